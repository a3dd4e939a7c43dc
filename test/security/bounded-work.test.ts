// Work without a bound (issue 13 items 7, 8 and the low items): pathological inputs end with the right answer
// and every field within its cap. Each case here hung, threw or kept a huge field before the fix; how long they
// take is measured in the bench (section "Robustness", pathological inputs), not here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { FIELD_CAPS } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle, extractArticleAsync, type Stage, splitCredit } from '../../lib/extract';
import { readJsonLdArticle } from '../../lib/meta';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import { parseRoute } from '../../components/library/route';
import { ARTICLE_URL, articlePage, PARAGRAPH } from './pathological';

const asArticle = (r: ReturnType<typeof extractArticle>): Article => {
  if (r.kind !== 'article') throw new Error(`expected an article, got ${r.code}: ${r.reason}`);
  return r;
};

describe('photo credits and captions', () => {
  /** The pattern this replaced, kept here as the reference on short captions (where it is fast). */
  const OLD =
    /^(.*?)[\s,;–-]*[(（]?\s*((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn|Photo|Video|Đồ họa|Đồ hoạ)\s*[:：]?\s*[^()（）]{1,60}?)\s*[)）]?\.?$/u;
  function oldSplit(text: string): { caption: string | null; credit: string | null } {
    const m = OLD.exec(text);
    if (m && /[:：]|^Ảnh\s/u.test(m[2]!) && m[1]) {
      const caption = m[1].replace(/[\s–-]+$/u, '').trim();
      return { caption: caption || null, credit: m[2]!.trim() };
    }
    if (m && !m[1] && /[:：]/u.test(m[2]!)) return { caption: null, credit: m[2]!.trim() };
    return { caption: text, credit: null };
  }

  it('splits real captions as before', () => {
    expect(splitCredit('Các đại biểu dâng hương. Ảnh: QUỐC THANH')).toEqual({
      caption: 'Các đại biểu dâng hương.',
      credit: 'Ảnh: QUỐC THANH',
    });
    expect(splitCredit('Thủ tướng phát biểu (Ảnh: TTXVN)')).toEqual({
      caption: 'Thủ tướng phát biểu',
      credit: 'Ảnh: TTXVN',
    });
    expect(splitCredit('Ảnh: Tuấn Anh')).toEqual({ caption: null, credit: 'Ảnh: Tuấn Anh' });
    expect(splitCredit('Hội nghị thượng đỉnh ASEAN')).toEqual({ caption: 'Hội nghị thượng đỉnh ASEAN', credit: null });
  });

  it('agrees with the old pattern on any short caption built from its pieces', () => {
    const piece = fc.constantFrom(
      'Ảnh',
      'Nguồn',
      'Photo',
      'Ảnh tư liệu',
      ':',
      '：',
      ' ',
      ',',
      ';',
      '-',
      '–',
      '(',
      ')',
      '（',
      '）',
      '.',
      'Hà Nội',
      'TTXVN',
      'a',
      'QUỐC THANH',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('').replace(/\s+/g, ' ').trim();
        if (!text) return;
        expect(splitCredit(text)).toEqual(oldSplit(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a caption of 75,000 commas (froze a tab 26 s) is a caption, cut to its cap', () => {
    const r = splitCredit(`${','.repeat(75_000)} Ảnh`);
    expect(r.credit).toBe(null);
    expect(r.caption!.length).toBeLessThanOrEqual(FIELD_CAPS.caption);
  });

  it('the same caption on a page: the article is extracted with its figure', () => {
    const caption = `${', '.repeat(40_000)}Ảnh`;
    const html = articlePage(
      `<figure><img src="https://vnexpress.net/a.jpg" width="600"><figcaption>${caption}</figcaption></figure>`,
    );
    const a = asArticle(extractArticle(parseHtml(html, ARTICLE_URL), ARTICLE_URL));
    expect(a.images).toHaveLength(1);
    expect(a.images[0]!.caption!.length).toBeLessThanOrEqual(FIELD_CAPS.caption);
  });
});

describe('fields without a cap', () => {
  it('a JSON-LD headline or author longer than any real one is no value', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Đ'.repeat(FIELD_CAPS.title + 1),
      author: { '@type': 'Person', name: 'x'.repeat(FIELD_CAPS.author + 1) },
      datePublished: '2025-10-22',
    });
    expect(readJsonLdArticle(parseHtml('<p></p>'), [ld])).toMatchObject({
      headline: null,
      authors: [],
      datePublished: '2025-10-22',
    });
  });

  it("a 5-million-character JSON-LD headline does not become the title (the page's headline does)", () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Đ'.repeat(5_000_000),
      author: { '@type': 'Person', name: 'x'.repeat(2_000_000) },
    });
    const a = asArticle(
      extractArticle(
        parseHtml(articlePage('', { head: `<script type="application/ld+json">${ld}</script>` }), ARTICLE_URL),
        ARTICLE_URL,
      ),
    );
    expect(a.title).toBe('Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội');
    expect(a.authors.every((n) => n.length <= FIELD_CAPS.author)).toBe(true);
  });

  it('a JSON-LD block over its size cap is skipped, a normal one read', () => {
    const big = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      articleBody: 'x'.repeat(FIELD_CAPS.jsonLdBlock),
    });
    expect(readJsonLdArticle(parseHtml('<p></p>'), [big])).toBe(null);
    expect(
      readJsonLdArticle(parseHtml('<p></p>'), [JSON.stringify({ '@type': 'NewsArticle', headline: 'Tiêu đề' })])
        ?.headline,
    ).toBe('Tiêu đề');
  });

  it('a 54 KB og:title of separators and a huge <title> give a title within its cap', () => {
    const sep = ' - | '.repeat(11_000);
    const head = `<meta property="og:title" content="${sep}"><title>${'Tin tức | '.repeat(50_000)}</title>`;
    const html = articlePage('', { head, h1: '' });
    const a = asArticle(extractArticle(parseHtml(html, ARTICLE_URL), ARTICLE_URL, { force: true }));
    expect(a.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
  });

  it('a profile page whose byline, date line and headline hold megabytes: every field within its cap', () => {
    // The byline stays in the body (it is no credit), so it is kept under the article-text cap (a longer body is
    // refused whole: below); 70,000 repeats are ~1.1 MB of UTF-8.
    const page = (repeats: number) =>
      articlePage(`<p class="author">${'Hoàng Phương '.repeat(repeats)}</p>`, {
        h1: `Thủ tướng tiếp Đại sứ ${'rất '.repeat(300_000)}`,
      }).replace('<span class="date">', `<span class="date">${'Thứ tư, '.repeat(200_000)}`);
    const a = asArticle(extractArticle(parseHtml(page(70_000), ARTICLE_URL), ARTICLE_URL, { force: true }));
    expect(a.extractor.path).toBe('profile');
    expect(a.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    for (const name of a.authors) expect(name.length).toBeLessThanOrEqual(FIELD_CAPS.author);
    expect(a.bodyText).toContain('giao lưu nhân dân');
    const refused = extractArticle(parseHtml(page(200_000), ARTICLE_URL), ARTICLE_URL, { force: true });
    expect(refused).toMatchObject({ kind: 'not-article', code: 'too-large' });
    if (refused.kind !== 'article') expect(refused.reason).toMatch(/2,6\d\d,\d{3} characters/);
  });

  it('multi-megabyte alt and data-src values: the alt is cut, the absurd address dropped', () => {
    const alt = 'ảnh '.repeat(500_000);
    const longSrc = `https://vnexpress.net/${'a'.repeat(3_000_000)}.jpg`;
    const html = articlePage(
      `<figure><img src="https://vnexpress.net/anh-1.jpg" alt="${alt}" width="600"><figcaption>Ảnh một</figcaption></figure>` +
        `<figure><img src="data:image/gif;base64,R0lGOD" data-src="${longSrc}" width="600"><figcaption>Ảnh hai</figcaption></figure>`,
    );
    const a = asArticle(extractArticle(parseHtml(html, ARTICLE_URL), ARTICLE_URL));
    expect(a.images.map((i) => i.src)).toEqual(['https://vnexpress.net/anh-1.jpg']);
    expect(a.images[0]!.alt.length).toBeLessThanOrEqual(FIELD_CAPS.alt);
    expect(a.bodyHtml.length).toBeLessThan(20_000);
  });
});

describe('the time budget inside a stage', () => {
  it('a stage still running past the deadline stops inside its loops, not at the next pause', async () => {
    // A clock that passes the deadline once extraction has begun: the profile stage (one long walk over 20,000
    // paragraphs) must stop inside its loop, so the pipeline never reports the stage as finished.
    let t = 0;
    let calls = 0;
    const now = () => (++calls > 2 ? (t += 1_000) : t);
    const html = articlePage(PARAGRAPH.repeat(20_000));
    const stages: Stage[] = [];
    const r = await extractArticleAsync(
      parseHtml(html, ARTICLE_URL),
      ARTICLE_URL,
      { now, timeBudgetMs: 10_000 },
      async () => undefined,
      (s) => stages.push(s),
    );
    expect(r.kind).toBe('not-article');
    expect(r.kind === 'not-article' && r.code).toBe('too-large');
    expect(stages).not.toContain('profile');
  });

  it('with a real clock and the default budget, the same page is an article', () => {
    const a = asArticle(extractArticle(parseHtml(articlePage(PARAGRAPH.repeat(2_000)), ARTICLE_URL), ARTICLE_URL));
    expect(a.wordCount).toBeGreaterThan(10_000);
  });
});

describe('deep nesting never overflows the stack', () => {
  const nest = (open: string, close: string, depth: number) =>
    `${open.repeat(depth)}${PARAGRAPH}${close.repeat(depth)}`;

  it.each([
    ['<b>', '</b>'],
    ['<blockquote>', '</blockquote>'],
    ['<ul><li>', '</li></ul>'],
    ['<span>', '</span>'],
  ])('5,000 levels of %s: the article and its deepest paragraph are kept', (open, close) => {
    const html = articlePage(nest(open, close, 5_000));
    const r = extractArticle(parseHtml(html, ARTICLE_URL), ARTICLE_URL);
    const a = asArticle(r);
    expect(a.bodyText).toContain('Đại sứ Nhật Bản');
  });

  it('the sanitiser keeps the text of a body nested 100,000 deep', () => {
    const out = sanitizeArticleHtml(
      `${'<b>'.repeat(100_000)}chữ còn lại`,
      'https://vnexpress.net/',
      parseHtml('<p></p>'),
    );
    expect(out).toContain('chữ còn lại');
    expect(out).not.toContain(
      '<b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b><b>'.repeat(
        100,
      ),
    );
  });

  it('JSON-LD nested 100,000 deep in @graph is read without recursion', () => {
    const deep = `${'{"@graph":'.repeat(100_000)}{"@type":"NewsArticle","headline":"Sâu"}${'}'.repeat(100_000)}`;
    expect(() => readJsonLdArticle(parseHtml('<p></p>'), [deep])).not.toThrow();
    const shallow = `${'{"@graph":'.repeat(5)}{"@type":"NewsArticle","headline":"Nông"}${'}'.repeat(5)}`;
    expect(readJsonLdArticle(parseHtml('<p></p>'), [shallow])?.headline).toBe('Nông');
  });
});

describe('a malformed library address', () => {
  it('#/digest/%E0%A4%A does not throw and names the digest as written', () => {
    expect(() => parseRoute('#/digest/%E0%A4%A')).not.toThrow();
    expect(parseRoute('#/digest/%E0%A4%A')).toEqual({ name: 'digest', id: '%E0%A4%A' });
    expect(parseRoute('#/digest/abc%20d')).toEqual({ name: 'digest', id: 'abc d' });
  });
});
