// Hostile pages (test/fixtures/hostile): whatever they contain, the extracted body HTML holds only the
// allow-listed tags and attributes with http(s) URLs, and the title is the visible headline only.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { sanitizeArticleHtml } from '../../lib/sanitize';

const ALLOWED_TAGS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'a',
  'br',
  'hr',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sup',
  'sub',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
]);
const ALLOWED_ATTRS = new Set(['href', 'src', 'alt', 'colspan', 'rowspan', 'start']);

/** Every element and attribute of `html`, checked structurally (text that merely looks like markup is fine). */
function violations(html: string): string[] {
  const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) out.push(`<${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (!ALLOWED_ATTRS.has(attr)) out.push(`${tag}[${attr}]`);
      if ((attr === 'href' || attr === 'src') && !/^https?:\/\//i.test(el.getAttribute(attr) ?? ''))
        out.push(`${tag}[${attr}=${el.getAttribute(attr)}]`);
    }
  }
  return out;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const files = (() => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.html'));
  } catch {
    return [];
  }
})();

describe('hostile pages', () => {
  for (const f of files) {
    it(f, () => {
      const html = readFileSync(join(dir, f), 'utf8');
      const doc = parseHtml(html);
      const r = extractArticle(doc, 'https://hostile.example.vn/bai-viet.html', { force: true });
      expect(violations(sanitizeArticleHtml(html, 'https://hostile.example.vn/', doc))).toEqual([]);
      if (r.kind !== 'article') return;
      expect(violations(r.bodyHtml)).toEqual([]);
      expect(r.title).not.toMatch(/alert\(/); // script text inside the h1 is not part of the headline
      for (const img of r.images) expect(img.src).toMatch(/^https?:\/\//);
    });
  }
});
