// bodyHtml is built safe by construction; these tests hold it to the sanitiser's normal form.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../golden/corpus';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import type { Article } from '../../lib/article';

describe('bodyHtml is already sanitised', () => {
  for (const { name, html, gold } of loadCorpus()) {
    it(`${name}: sanitize(bodyHtml) === bodyHtml`, () => {
      const doc = parseHtml(html, gold.url);
      const r = extractArticle(doc, gold.url) as Article;
      expect(sanitizeArticleHtml(r.bodyHtml, r.canonicalUrl, doc)).toBe(r.bodyHtml);
    });
  }

  it('on a hostile page', () => {
    const p =
      'Đoạn văn bản dài của bài báo về quan hệ hợp tác Việt Nam và Liên minh châu Âu trong lĩnh vực thương mại và đầu tư.';
    const doc = parseHtml(`<html lang="vi"><body><h1>Tiêu đề bài báo thử nghiệm an toàn</h1><div class="content">
      <p onclick="steal()">${p} <a href="javascript:alert(1)">xấu</a> <a href="/tot">tốt</a></p>
      <p>${p}<img src="/a.jpg" onerror="alert(1)"><script>alert(1)</script></p>
      <p style="color:red">${p} &lt;script&gt;alert(2)&lt;/script&gt;</p><iframe src="https://evil.example"></iframe>
      <svg><a href="javascript:1"><text>x</text></a></svg><form><input value="x"></form>
      <p>${p} <img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x"></p></div></body></html>`);
    const r = extractArticle(doc, 'https://bao-mau.example.vn/bai-1.html', { force: true }) as Article;
    expect(r.kind).toBe('article');
    expect(r.bodyHtml).not.toMatch(/<script|<iframe|<svg|<form|<input|\son\w+=|javascript:|style=|data:/i);
    expect(r.bodyHtml).toContain('<a href="https://bao-mau.example.vn/tot">tốt</a>');
    expect(r.bodyHtml).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(sanitizeArticleHtml(r.bodyHtml, r.canonicalUrl, doc)).toBe(r.bodyHtml);
  });
});
