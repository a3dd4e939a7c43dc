// The Vietnamese cleaning acts only on Vietnamese pages; elsewhere the generic path keeps what Readability
// keeps. Not-an-article is about listings and video pages, never about length alone.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { looksVietnamese } from '../../lib/meta';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import type { Article } from '../../lib/article';

const EN = [
  'The foreign ministers of the two countries met on Tuesday to discuss the implementation of the trade agreement signed last year.',
  'Both sides agreed to speed up the ratification of the investment protection agreement and to cooperate on climate change.',
  'The minister also asked the European Commission to lift the yellow card on seafood exports as soon as possible.',
  'Officials said a follow-up meeting would take place in Brussels before the end of the year, with business leaders invited.',
];
const VI = [
  'Chiều 24/5, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã điện đàm với Phó Chủ tịch Ủy ban châu Âu về quan hệ hợp tác giữa hai bên.',
  'Hai bên nhất trí thúc đẩy triển khai hiệu quả Hiệp định Thương mại tự do Việt Nam - EU (EVFTA), tạo thuận lợi cho doanh nghiệp.',
  'Bộ trưởng đề nghị EU sớm phê chuẩn Hiệp định Bảo hộ đầu tư (EVIPA) và gỡ bỏ thẻ vàng đối với thủy sản Việt Nam.',
  'Phía EU khẳng định coi trọng quan hệ Đối tác và Hợp tác toàn diện với Việt Nam trong các lĩnh vực thương mại, đầu tư.',
];

function page(lang: string, body: string, head = ''): Document {
  return parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet</title>${head}</head><body>${body}</body></html>`,
  );
}

const readabilityText = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
const URL_EN = 'https://news.example.com/world/ministers-meet-123';

describe('language detection', () => {
  it('tells Vietnamese from French, Spanish and English text', () => {
    expect(looksVietnamese(VI.join(' '))).toBe(true);
    expect(looksVietnamese('Ha Noi hợp tác toàn diện với Đức')).toBe(true);
    expect(looksVietnamese(EN.join(' '))).toBe(false);
    expect(
      looksVietnamese(
        'Un troisième Français a été tué dans le tremblement de terre samedi au Népal, a déclaré jeudi le ministre.',
      ),
    ).toBe(false);
    expect(looksVietnamese('El presidente habló después de la reunión con los ministros de economía y energía.')).toBe(
      false,
    );
  });
});

describe('Vietnamese cleaning only on Vietnamese pages', () => {
  const box = (heading: string) =>
    `<div><h3>${heading}</h3><p>${heading === 'Tags' ? 'Trade, Climate, Europe' : 'A note the author wrote for this story, with some words.'}</p></div>`;

  it('keeps a closing credit line and a box with a note of the author, but not an English "Tags" box', () => {
    // The Vietnamese cleaning does not run here; the English boilerplate cleaning removes the tag list
    // (issue 11: Readability keeps it, every extraction benchmark's gold leaves it out).
    const doc = page(
      'en',
      `<article><h1>Ministers meet to discuss trade agreement</h1>${EN.map((p) => `<p>${p}</p>`).join('')}${box('Tags')}${box('Xem thêm')}<p>Reuters</p></article>`,
    );
    const r = extractArticle(doc, URL_EN) as Article;
    expect(r.kind).toBe('article');
    const theirs = readabilityText(doc);
    expect(theirs).toContain('Trade, Climate, Europe');
    expect(r.bodyText).not.toContain('Trade, Climate, Europe');
    for (const s of ['A note the author wrote for this story', 'Reuters', EN[EN.length - 1]!]) {
      expect(theirs).toContain(s);
      expect(r.bodyText).toContain(s);
    }
  });

  it('still removes the Vietnamese boxes and the byline line on a Vietnamese page', () => {
    const related = `<div class="box"><h3>Tin liên quan</h3><ul>${[1, 2, 3].map((i) => `<li><a href="/tin-${i}.html">Tiêu đề tin số ${i} về một sự kiện khác</a></li>`).join('')}</ul></div>`;
    const doc = page(
      'vi',
      `<article><h1>Thúc đẩy quan hệ hợp tác Việt Nam - EU</h1>${VI.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Hoàng Phương</strong></p>${related}</article>`,
    );
    const r = extractArticle(doc, 'https://bao-mau.example.vn/the-gioi/thuc-day-123.html') as Article;
    expect(r.kind).toBe('article');
    expect(r.bodyText).toContain(VI[3]);
    expect(r.bodyText).not.toContain('Tin liên quan');
    expect(r.bodyText).not.toContain('Hoàng Phương');
    expect(r.authors).toContain('Hoàng Phương');
  });

  it('treats a Vietnamese page that declares "en" as Vietnamese', () => {
    const related = `<div class="box"><h3>Tin liên quan</h3><ul>${[1, 2, 3].map((i) => `<li><a href="/tin-${i}.html">Tiêu đề tin số ${i} về một sự kiện khác</a></li>`).join('')}</ul></div>`;
    const doc = page(
      'en',
      `<article><h1>Thúc đẩy quan hệ hợp tác Việt Nam - EU</h1>${VI.map((p) => `<p>${p}</p>`).join('')}${related}</article>`,
    );
    const r = extractArticle(doc, 'https://bao-mau.example.vn/the-gioi/thuc-day-124.html') as Article;
    expect(r.bodyText).not.toContain('Tin liên quan');
  });

  it('keeps data tables, nested lists and indented paragraphs', () => {
    const table =
      '<table><tr><th>Year</th><th>Trade</th></tr><tr><td>2023</td><td><a href="/t">$58 billion</a></td></tr></table>';
    const lists =
      '<ol><li>First step of the plan</li><ol><li>Consider all routable placements first</li></ol></ol><ul>An indented paragraph old pages write inside a bare list.</ul>';
    const doc = page(
      'en',
      `<article><h1>Ministers meet to discuss trade agreement</h1>${EN.map((p) => `<p>${p}</p>`).join('')}${table}${lists}</article>`,
    );
    const r = extractArticle(doc, URL_EN) as Article;
    expect(r.bodyHtml).toMatch(
      /<table>[\s\S]*<td>2023<\/td><td><a href="https:\/\/news\.example\.com\/t">\$58 billion<\/a><\/td>/,
    );
    expect(sanitizeArticleHtml(r.bodyHtml, URL_EN, parseHtml(''))).toBe(r.bodyHtml);
    expect(r.bodyText).toContain('$58 billion');
    expect(r.bodyText).toContain('Consider all routable placements first');
    expect(r.bodyText).toContain('An indented paragraph old pages write inside a bare list.');
  });

  it('keeps the text next to a spacer image', () => {
    const doc = page(
      'en',
      `<article><h1>Ministers meet to discuss trade agreement</h1>${EN.map((p) => `<p>${p}</p>`).join('')}<p><img src="/dot.gif" width="1" height="1">Memorial day of the treaty signing</p></article>`,
    );
    const r = extractArticle(doc, URL_EN) as Article;
    expect(r.bodyText).toContain('Memorial day of the treaty signing');
    expect(r.images).toEqual([]);
  });
});

describe('the lead of a non-Vietnamese page', () => {
  const desc = 'The ministers agreed to speed up the ratification of the investment agreement.';
  const head = `<meta name="description" content="${desc}">`;

  it('is the standfirst next to the headline when it matches the description and is not in the body', () => {
    const doc = page(
      'en',
      `<div class="top"><header><h1>Ministers meet to discuss trade agreement</h1><div class="summary">${desc}</div></header></div><main><div class="story-body">${[...EN, ...EN.map((p) => `Later, ${p.toLowerCase()}`)].map((p) => `<p>${p}</p>`).join('')}</div><aside><a href="/x">Other news</a></aside></main>`,
      head,
    );
    expect(readabilityText(doc)).not.toContain(desc); // Readability leaves the standfirst out
    const r = extractArticle(doc, URL_EN) as Article;
    expect(r.lead).toBe(desc);
  });

  it('is not repeated when the body already has it', () => {
    const doc = page(
      'en',
      `<article><h1>Ministers meet to discuss trade agreement</h1><p class="summary">${desc}</p>${EN.map((p) => `<p>${p}</p>`).join('')}</article>`,
      head,
    );
    const r = extractArticle(doc, URL_EN) as Article;
    const text = `${r.lead ?? ''} ${r.bodyText}`;
    expect(text.split(desc).length - 1).toBe(1);
  });

  it('is never a caption, a widget text or a teaser that differs from the description', () => {
    const doc = page(
      'en',
      `<article><h1>Ministers meet to discuss trade agreement</h1><div class="lead-asset"><figure><img src="/a.jpg"><figcaption>The ministers at the meeting in Brussels on Tuesday. Credit: Reuters</figcaption></figure></div><p class="vjs-modal-dialog-description">This is a modal window. It can be closed by pressing the Escape key.</p>${EN.map((p) => `<p>${p}</p>`).join('')}</article>`,
      head,
    );
    const r = extractArticle(doc, URL_EN) as Article;
    expect(r.lead).toBeNull();
  });
});

describe('not an article: listings, never length alone', () => {
  it('keeps a one-line page with real text (as Readability does)', () => {
    const doc = page('en', '<p>abc</p><p>def</p> ghi');
    expect(readabilityText(doc)).toMatch(/abc/);
    const r = extractArticle(doc, 'https://example.com/note.html');
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.bodyText).toMatch(/abc[\s\S]*def[\s\S]*ghi/);
  });

  it('keeps a short Vietnamese news flash', () => {
    const r = extractArticle(
      page('vi', '<h1>Hà Nội mưa lớn</h1><p>Chiều 24/5, Hà Nội mưa lớn.</p>'),
      'https://bao-mau.example.vn/ha-noi-mua-lon-1.html',
    );
    expect(r.kind).toBe('article');
  });

  it('keeps a page of headed pictures', () => {
    const r = extractArticle(
      page(
        'en',
        '<article><h2>Test Case 1</h2><img src="https://example.com/a.jpg"><h2>Test Case 2</h2><img src="https://example.com/b.png"></article>',
      ),
      'https://example.com/pictures.html',
    );
    expect(r.kind).toBe('article');
  });

  it('refuses a page without any text', () => {
    const r = extractArticle(
      page('en', '<div><img src="/a.jpg"><span> </span></div>'),
      'https://example.com/empty.html',
    );
    expect(r).toMatchObject({ kind: 'not-article', code: 'no-content' });
  });

  it('refuses an English section page of headline links', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) =>
        `<article><h3><a href="/story-${i}.html">Headline number ${i} about the news of the day</a></h3><p>Short teaser.</p></article>`,
    ).join('');
    const r = extractArticle(page('en', `<h1>World</h1>${items}`), 'https://news.example.com/world');
    expect(r).toMatchObject({ kind: 'not-article', code: 'listing' });
  });
});
