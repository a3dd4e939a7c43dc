// The generic path on English and other European pages: boilerplate boxes Readability keeps are removed by
// structure plus headings, and every link-sparse paragraph of the article stays (hand-made pages test the
// rules; the Readability suite test checks that no real page loses article text).
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { isForeignBoilerplateHeading } from '../../lib/extract/foreign-cleanup';

const EN = [
  'The foreign ministers of the two countries met on Tuesday to discuss the implementation of the trade agreement signed last year.',
  'Both sides agreed to speed up the ratification of the investment protection agreement and to cooperate on climate change.',
  'The minister also asked the European Commission to lift the yellow card on seafood exports as soon as possible, officials said.',
  'A follow-up meeting will take place in Brussels before the end of the year, with business leaders from both sides invited to attend.',
  'Analysts said the talks showed how much the relationship had deepened since the agreement entered into force three years ago.',
];
const URL = 'https://news.example.com/world/ministers-meet-trade-123';
const page = (body: string, lang = 'en') =>
  parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet to discuss trade | Example News</title></head><body>${body}</body></html>`,
    URL,
  );
const paras = (ps = EN) => ps.map((p) => `<p>${p}</p>`).join('\n');
const links = (n: number, prefix = 'Another story about') =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/world/story-${i}">${prefix} the news of the day number ${i + 1}</a></li>`,
  ).join('');

function extract(body: string, lang = 'en'): { ours: Article; theirs: string } {
  const doc = page(body, lang);
  const theirs = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  const ours = extractArticle(doc, URL) as Article;
  expect(ours.kind).toBe('article');
  return { ours, theirs };
}

function keepsArticle(ours: Article, ps = EN) {
  for (const p of ps) expect(ours.bodyText).toContain(p);
}

describe('boilerplate headings', () => {
  it('knows box headings in several languages and shapes, and nothing longer', () => {
    for (const h of [
      'Related',
      'Related Stories',
      'More stories',
      'More Politics stories',
      'More from The Guardian',
      'You may also like',
      'Read more',
      'Sign up',
      'Subscribe',
      'Newsletter',
      'ADVERTISEMENT',
      'Comments',
      '12 comments',
      'Share this article',
      'Tags',
      'Most read',
      'À lire aussi',
      'Mehr zum Thema',
      'Noticias relacionadas',
      'Leggi anche',
    ])
      expect(isForeignBoilerplateHeading(h), h).toBe(true);
    for (const h of [
      'Related to the trade talks, the minister said',
      'The newsletter scandal that shook Westminster',
      'Comments by the minister',
      'Share prices fell',
      'Background',
      'See also',
      'References',
    ])
      expect(isForeignBoilerplateHeading(h), h).toBe(false);
  });
});

describe('English boilerplate inside the article', () => {
  it('removes a related box, a "More … stories" list and a "You may also like" box after the text', () => {
    const { ours, theirs } = extract(`<article><h1>Ministers meet to discuss trade agreement</h1>${paras()}
      <div class="box-x1"><h3>Related</h3><ul>${links(4)}</ul></div>
      <section><h2>More World stories</h2><ul>${links(5, 'World story about')}</ul></section>
      <div><h4>You may also like</h4><ul>${links(3, 'A story you may like about')}</ul></div></article>`);
    keepsArticle(ours);
    expect(theirs).toContain('Another story about');
    for (const s of [
      'Another story about',
      'World story about',
      'A story you may like',
      'More World stories',
      'You may also like',
    ])
      expect(ours.bodyText).not.toContain(s);
  });

  it('removes a newsletter sign-up box and an advertisement label inside the body, keeping the paragraphs around them', () => {
    const { ours } = extract(`<article><h1>Ministers meet to discuss trade agreement</h1>${paras(EN.slice(0, 2))}
      <div class="promo-q"><h3>Sign up for our newsletter</h3><p>The best stories, every morning in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
      <div><span>Advertisement</span></div>
      <div>${EN[2]}</div>
      <div class="ad-slot"><p>Advertisement</p></div>
      ${paras(EN.slice(3))}</article>`);
    keepsArticle(ours);
    for (const s of ['Sign up', 'every morning in your inbox', 'Advertisement']) expect(ours.bodyText).not.toContain(s);
  });

  it('a heading alone in the article container takes the link list after it, never the prose after it', () => {
    const { ours } = extract(`<article><h1>Ministers meet to discuss trade agreement</h1>${paras(EN.slice(0, 3))}
      <h3>Read more</h3><div>${EN[3]}</div>${paras(EN.slice(4))}</article>`);
    keepsArticle(ours);
  });

  it('keeps a paragraph that ends with a "Read more" link, and article subheadings', () => {
    const { ours } = extract(`<article><h1>Ministers meet to discuss trade agreement</h1>${paras(EN.slice(0, 3))}
      <h2>What comes next</h2><p>${EN[3]} <a href="/more">Read more</a></p>${paras(EN.slice(4))}</article>`);
    keepsArticle(ours);
    expect(ours.bodyText).toContain('What comes next');
  });

  it('removes a headline list without a heading after the last paragraph', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="card"><a href="/s/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/s/${i}">Other headline number ${i + 1} about the economy today</a></h3><p>A short summary of that other story.</p></div>`,
    ).join('');
    const { ours } = extract(
      `<main><article><h1>Ministers meet to discuss trade agreement</h1>${paras()}</article><div class="cards">${teasers}</div></main>`,
    );
    keepsArticle(ours);
    expect(ours.bodyText).not.toContain('Other headline number');
  });

  it('keeps a list of links inside the text, a table of contents and references', () => {
    const toc = `<ul>${['Background of the talks', 'The trade agreement today', 'What comes next for both'].map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('')}</ul>`;
    const refs = `<ol>${Array.from({ length: 5 }, (_, i) => `<li>^ <a href="https://example.org/r${i}">"Report number ${i + 1} on the trade talks"</a>. Example Org. Retrieved 2024.</li>`).join('')}</ol>`;
    const { ours } = extract(
      `<article><h1>Ministers meet to discuss trade agreement</h1>${paras(EN.slice(0, 2))}${toc}${paras(EN.slice(2))}<h2>References</h2>${refs}</article>`,
    );
    keepsArticle(ours);
    expect(ours.bodyText).toContain('The trade agreement today');
    expect(ours.bodyText).toContain('Report number 5 on the trade talks');
  });

  it('removes tag lines, date lines and byline lines at the top of the body', () => {
    const { ours } =
      extract(`<article><p>By Jane Doe and John Roe</p><p>Updated March 4, 2024 at 10:31 am EST</p>${paras()}
      <p>Tags: <a href="/t/trade">Trade</a>, <a href="/t/eu">EU</a>, <a href="/t/climate">Climate</a></p></article>`);
    keepsArticle(ours);
    for (const s of ['By Jane Doe', 'Updated March 4', 'Tags:']) expect(ours.bodyText).not.toContain(s);
  });

  it('removes French and German boxes too', () => {
    const FR = [
      'Les ministres des Affaires étrangères des deux pays se sont rencontrés mardi pour discuter de la mise en œuvre de l’accord commercial.',
      'Les deux parties ont convenu d’accélérer la ratification de l’accord de protection des investissements et de coopérer sur le climat.',
      'Une réunion de suivi aura lieu à Bruxelles avant la fin de l’année, avec des chefs d’entreprise des deux côtés.',
    ];
    const { ours } = extract(
      `<article><h1>Les ministres se rencontrent pour discuter du commerce</h1>${paras(FR)}<aside><h3>À lire aussi</h3><ul>${links(4, 'Un autre article sur')}</ul></aside><div><h3>Mehr zum Thema</h3><ul>${links(3, 'Ein anderer Artikel über')}</ul></div></article>`,
      'fr',
    );
    keepsArticle(ours, FR);
    expect(ours.bodyText).not.toContain('Un autre article sur');
    expect(ours.bodyText).not.toContain('Ein anderer Artikel');
  });
});
