import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { sanitizeArticleHtml } from '../../lib/sanitize';

const doc = parseHtml('<p></p>');
const clean = (html: string) => sanitizeArticleHtml(html, 'https://vnexpress.net/a.html', doc);

describe('sanitizeArticleHtml on linkedom', () => {
  it('removes event handlers, scripts and dangerous URLs', () => {
    const out = clean(
      '<p onclick="x()">hi<img src="/a.jpg" onerror="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)">x</a><a href=" java\tscript:alert(2)">y</a></p>',
    );
    expect(out).toBe('<p>hi<img src="https://vnexpress.net/a.jpg" alt=""><a>x</a><a>y</a></p>');
  });
  it('drops iframes, forms, svg, style attributes and data: images', () => {
    const out = clean(
      '<iframe src="https://x"></iframe><form><input></form><svg><script>1</script></svg><p style="color:red">s</p><img src="data:image/png;base64,AAA"><object data="x"></object>',
    );
    expect(out).toBe('<p>s</p>');
  });
  it('keeps article markup and resolves relative links', () => {
    const out = clean(
      '<h1>T</h1><h3>Sub</h3><ul><li>a</li></ul><table><tr><td colspan="2">c</td></tr></table><blockquote><p>q</p></blockquote><figure><img src="x.jpg" alt="A"><figcaption>Cap</figcaption></figure><p><a href="/b">b</a> <em>e</em> <strong>s</strong></p>',
    );
    expect(out).toContain('<h2>T</h2><h3>Sub</h3><ul><li>a</li></ul><table><tr><td colspan="2">c</td></tr></table>');
    expect(out).toContain(
      '<figure><img src="https://vnexpress.net/x.jpg" alt="A"><figcaption>Cap</figcaption></figure>',
    );
    expect(out).toContain('<a href="https://vnexpress.net/b">b</a> <em>e</em> <strong>s</strong>');
  });
  it('escapes text so markup cannot be smuggled through', () => {
    expect(clean('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(clean('<img src="x.jpg" alt="&quot; onerror=&quot;alert(1)">')).toBe(
      '<img src="https://vnexpress.net/x.jpg" alt="&quot; onerror=&quot;alert(1)">',
    );
  });
});
