// Exports of a tampered record: the Markdown body goes through the sanitiser (as every render does), and
// links to the original are written only for http(s) addresses. A Markdown viewer opening the export must
// not get a script link or raw HTML from the page.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { digestToMarkdown, notebookMarkdown } from '../../lib/export';
import { makeDigest } from '../library/make-digest';
import { HOSTILE_CASES, HOSTILE_VECTORS, readHostile } from './hostile-cases';

function tampered() {
  const d = makeDigest({ id: 't', title: 'Bài bị sửa' });
  d.notes = 'Ghi chú của tôi.';
  d.article = {
    ...d.article,
    url: 'javascript:alert(1)',
    canonicalUrl: 'javascript:alert(2)',
    bodyHtml:
      '<p>Đoạn thật <a href="https://baomau.vn/x">liên kết</a>.</p>' +
      HOSTILE_VECTORS.join('') +
      readHostile(HOSTILE_CASES[2]!.file).replace(/<!doctype[^>]*>/i, ''),
    // (The doctype is left out: linkedom, the Node DOM, empties a fragment that contains one. Safe, but it
    // would hide the text this test looks for. Browsers parse it as the page's own HTML.)
  };
  return d;
}

describe('Markdown export of a tampered record', () => {
  const md = digestToMarkdown(tampered(), parseHtml);
  it('has no script link and no raw HTML from the page', () => {
    expect(md).not.toMatch(/\]\(<?\s*(?:javascript|vbscript|data):/i);
    expect(md).not.toMatch(/<(?:script|img|iframe|svg|a|form|object|embed|style)\b/i);
    expect(md).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  });
  it('keeps the real text and http(s) links', () => {
    expect(md).toContain('Đoạn thật [liên kết](<https://baomau.vn/x>)');
    expect(md).toContain('Ghi chú của tôi.');
  });
  it('the notebook names the article without a script link', () => {
    const nb = notebookMarkdown([tampered()], 'article');
    expect(nb).toContain('Bài bị sửa');
    expect(nb).not.toMatch(/javascript:/i);
  });
});
