// The title from the agreement of the page's headings and its metadata (round 2, class 1): never the site's
// name, a box's heading or a column's name; a standfirst glued to the headline is left out.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { agreedTitle, type TitleSignals } from '../../lib/meta';

const HEADLINE = 'Vietnam and Japan upgrade ties to a comprehensive strategic partnership';
const base: TitleSignals = {
  headings: [],
  meta: [],
  docTitle: null,
  siteName: 'The Example Times',
  domain: 'example-times.com',
};

describe('agreedTitle', () => {
  it.each([
    ['the site name as the first h1', { headings: ['The Example Times', HEADLINE], meta: [HEADLINE] }],
    [
      'a box heading as the only h1',
      {
        headings: ['The Latest From The Example Times'],
        meta: [null, HEADLINE],
        docTitle: `${HEADLINE} | The Example Times`,
      },
    ],
    ['a column name as the h1', { headings: ['Opinion and Analysis'], meta: [HEADLINE] }],
    [
      'the standfirst glued to the headline',
      {
        headings: [`${HEADLINE} A letter to the editor on what the deal means for the region`],
        meta: [null, HEADLINE],
      },
    ],
    [
      'the h1 agreeing with the <title> alone',
      { headings: ['Most Read', HEADLINE], meta: [], docTitle: `${HEADLINE} - The Example Times` },
    ],
    ['a metadata title with an addition not stripped', { headings: [HEADLINE], meta: [`${HEADLINE} (Video)`] }],
  ])('%s', (_name, s) => {
    expect(agreedTitle({ ...base, ...s })).toBe(HEADLINE);
  });

  it('the printed headline when the metadata words it differently (SEO title)', () => {
    const printed = 'Japan and Vietnam upgrade their ties to the highest level';
    expect(
      agreedTitle({
        ...base,
        headings: [printed],
        meta: ['Vietnam Japan ties upgrade comprehensive strategic partnership news'],
      }),
    ).toBe(printed);
  });

  it('the first heading of headline length over a social-media title sharing no words with it; a short one not', () => {
    const printed = 'The deck of cards that made tarot a global phenomenon';
    const social = 'If you can picture one of these images, it is because of three people';
    expect(agreedTitle({ ...base, headings: [printed], meta: [null, social] })).toBe(printed);
    expect(agreedTitle({ ...base, headings: ['Monitoring Distributed Systems', printed], meta: [null, social] })).toBe(
      social,
    );
  });

  it('the first heading when there is no metadata; null when there is nothing', () => {
    expect(agreedTitle({ ...base, headings: [HEADLINE] })).toBe(HEADLINE);
    expect(agreedTitle(base)).toBeNull();
    expect(agreedTitle({ ...base, headings: ['The Example Times'], meta: ['The Example Times'] })).toBeNull();
  });
});

const PARAS = [
  'Vietnam and Japan on Monday upgraded their relationship to a comprehensive strategic partnership, the highest level in Hanoi’s diplomatic hierarchy, during a visit by the Vietnamese president to Tokyo.',
  'The two sides agreed to expand cooperation in defence, semiconductors and clean energy, and Japan pledged new development loans for infrastructure projects across the country.',
  'Officials said the upgrade reflected fifty years of diplomatic ties and a fast-growing trade relationship that reached record levels last year.',
  'Analysts said the move placed Japan on the same footing as China, Russia, India, South Korea and the United States in Vietnam’s network of partners.',
];

function english(header: string, head: string): Article {
  const url = 'https://example-times.com/world/asia/vietnam-japan-ties-2023-11-27';
  const html = `<!doctype html><html lang="en"><head><title>${HEADLINE} | The Example Times</title>${head}</head><body>
<header><h1 class="masthead">The Example Times</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>${header}<article><div class="story-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article>
<section class="latest"><h2>The Latest From The Example Times</h2><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/news/${i}">Another story number ${i} about something else entirely</a></li>`).join('')}</ul></section></main></body></html>`;
  const r = extractArticle(parseHtml(html, url), url);
  if (r.kind !== 'article') throw new Error(r.reason);
  return r;
}

describe('English pages', () => {
  it('the site’s name in an h1 above the article is not the title', () => {
    expect(english('', `<meta property="og:title" content="${HEADLINE}">`).title).toBe(HEADLINE);
  });

  it('a box heading set as h1 is not the title', () => {
    const a = english(
      '<h1 class="rail-title">The Latest From The Example Times</h1>',
      `<meta property="og:title" content="${HEADLINE}">`,
    );
    expect(a.title).toBe(HEADLINE);
  });

  it('the standfirst glued into the h1 is left out', () => {
    const a = english(
      `<h1>${HEADLINE} <span class="dek">A letter to the region on what the deal means</span></h1>`,
      `<meta name="twitter:title" content="${HEADLINE}">`,
    );
    expect(a.title).toBe(HEADLINE);
  });
});
