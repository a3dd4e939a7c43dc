// Hostile pages through the whole extraction (parseHtml + extractArticle): nothing executable, no script URL
// and no styling survives into any field of the article; markup-looking text stays text; spoofed metadata
// comes out as bounded plain text or not at all; dates are valid or null.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import { HOSTILE_CASES, HOSTILE_DIR, readHostile } from './hostile-cases';
import { inertProblems, plainTextProblems } from './inert-html';

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

function textFieldProblems(a: Article): string[] {
  return [
    ...plainTextProblems('title', a.title, 500),
    ...plainTextProblems('siteName', a.siteName, 200),
    ...plainTextProblems('lead', a.lead, 5000),
    ...plainTextProblems('publishedNote', a.publishedNote, 500),
    ...a.authors.flatMap((n, i) => plainTextProblems(`authors[${i}]`, n, 100)),
    ...a.images.flatMap((im, i) => [
      ...plainTextProblems(`images[${i}].alt`, im.alt, 2000),
      ...plainTextProblems(`images[${i}].caption`, im.caption, 2000),
      ...plainTextProblems(`images[${i}].credit`, im.credit, 500),
    ]),
  ];
}

describe('hostile page fixtures', () => {
  it('every fixture file has a case', () => {
    const files = readdirSync(HOSTILE_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(HOSTILE_CASES.map((c) => c.file).sort()).toEqual(files);
  });

  for (const c of HOSTILE_CASES) {
    describe(c.file, () => {
      const doc = parseHtml(readHostile(c.file), c.url);
      const r = extractArticle(doc, c.url);

      it(`gives ${c.expect}`, () => {
        if (c.expect === 'article') expect(r.kind).toBe('article');
        else expect(r).toMatchObject({ kind: 'not-article', code: c.expect });
        if (r.kind === 'not-article') expect(plainTextProblems('title', r.title, 500)).toEqual([]);
      });
      if (r.kind !== 'article') return;

      it('bodyHtml is inert article markup', () => {
        expect(inertProblems(r.bodyHtml)).toEqual([]);
        // Tags only: the text of some fixtures talks about "<script>" and "javascript:" (escaped, it is text).
        const tags = r.bodyHtml.match(/<[^>]*>/g) ?? [];
        for (const t of tags)
          expect(t.replace(/"[^"]*"/g, '""')).not.toMatch(
            /^<\/?(?:script|iframe|svg|math|form|object|embed|style)|\son[a-z]+\s*=|javascript:|vbscript:|data:|\sstyle=/i,
          );
      });
      it('bodyHtml is a fixed point of the sanitiser', () => {
        expect(sanitizeArticleHtml(r.bodyHtml, r.canonicalUrl, doc)).toBe(r.bodyHtml);
      });
      it('keeps the article and drops the payloads', () => {
        for (const s of c.keeps) expect(r.bodyText + '\n' + (r.lead ?? '')).toContain(s);
        for (const s of c.drops) {
          expect(r.bodyText).not.toContain(s);
          expect(r.bodyHtml).not.toContain(s);
        }
        for (const href of c.links ?? []) expect(r.bodyHtml).toContain(`href="${href}"`);
        expect(r.wordCount).toBeGreaterThan(50);
      });
      it('URLs are http(s) only', () => {
        for (const im of r.images) expect(im.src).toMatch(/^https?:\/\//);
        expect(r.canonicalUrl).toMatch(/^https?:\/\//);
        expect(r.url).toMatch(/^https?:\/\//);
        for (const im of r.images) expect(im.src).not.toMatch(SCRIPT_URL);
      });
      it('text fields are bounded plain text', () => {
        expect(textFieldProblems(r)).toEqual([]);
      });
      it('the date is a valid ISO date or null', () => {
        if (r.published === null) return;
        expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/);
        const t = Date.parse(r.published);
        expect(Number.isNaN(t)).toBe(false);
        expect(new Date(t).getUTCFullYear()).toBeGreaterThanOrEqual(1990);
        expect(new Date(t).getUTCFullYear()).toBeLessThanOrEqual(2100);
      });
    });
  }
});

describe('markup-looking text stays text', () => {
  const c = HOSTILE_CASES.find((x) => x.file === '10-markup-text.html')!;
  const r = extractArticle(parseHtml(readHostile(c.file), c.url), c.url) as Article;
  it('in the title and the lead, as plain text', () => {
    expect(r.title).toBe('Hướng dẫn an toàn thông tin: vì sao <script> là nguy hiểm');
    expect(r.lead).toContain('đoạn mã <script>alert(1)</script> do người dùng gửi lên');
  });
  it('in bodyHtml, escaped: parsing it back gives the same text and no element from the text', () => {
    expect(r.bodyHtml).toContain('chuỗi &lt;script&gt;alert(1)&lt;/script&gt; là');
    expect(r.bodyHtml).toContain('thẻ &lt;b&gt;in đậm&lt;/b&gt;');
    expect(r.bodyHtml).toContain('&amp;lt;i&amp;gt;');
    const body = parseHtml(`<html><body>${r.bodyHtml}</body></html>`).body;
    expect(body.querySelector('b, script, img, a')).toBeNull();
    expect(body.textContent).toContain('thẻ <b>in đậm</b> hoặc <img src=x onerror=alert(1)>');
  });
});

describe('spoofed metadata', () => {
  const c = HOSTILE_CASES.find((x) => x.file === '09-spoof.html')!;
  const r = extractArticle(parseHtml(readHostile(c.file), c.url), c.url) as Article;
  it('the title is the headline text, without script text or markup from the metadata', () => {
    expect(r.title).toBe('Ngoại trưởng Việt Nam thăm chính thức Cuba');
  });
  it('absurd dates are refused, not guessed', () => {
    expect(r.published).toBeNull();
    expect(r.publishedNote).toBeTruthy();
  });
  it('the 10,000-character and markup authors are not taken', () => {
    for (const a of r.authors) {
      expect(a.length).toBeLessThanOrEqual(100);
      expect(a).not.toMatch(/[<>]/);
    }
  });
  it('a javascript: canonical link and a data: og:url are ignored', () => {
    expect(r.canonicalUrl).toBe(c.url);
  });
});
