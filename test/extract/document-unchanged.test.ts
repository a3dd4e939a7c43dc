// Extraction must never modify the page it reads (in the browser that page is the user's live tab).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../golden/corpus';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';

describe('extractArticle leaves the document unchanged', () => {
  for (const { name, html, gold } of loadCorpus()) {
    it(name, () => {
      const doc = parseHtml(html, gold.url);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, gold.url);
      expect(doc.documentElement.outerHTML === before).toBe(true);
    });
  }

  it('on the generic path too (Readability mutates what it gets)', () => {
    const doc = parseHtml(
      `<html lang="vi"><head><title>Bài viết - Báo Mẫu</title></head><body><h1>Hội nghị hợp tác Việt Nam - EU bàn về thương mại</h1>
      ${'<p>Sáng nay, các đại biểu đã thảo luận về quan hệ hợp tác thương mại giữa Việt Nam và Liên minh châu Âu trong bối cảnh mới.</p>'.repeat(8)}
      <div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin A</a></li><li><a href="/b">Tin B</a></li></ul></div></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc, 'https://example.vn/bai-viet-123.html');
    expect(r.kind).toBe('article');
    expect(doc.documentElement.outerHTML === before).toBe(true);
  });
});
