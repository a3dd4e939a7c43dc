// One size rule for what a digest keeps (lib/article/field-caps.ts articleTooLarge), applied by the extraction
// that the extension and the command line share: an "article" of more than FIELD_CAPS.articleText characters is
// refused with a clear reason instead of being saved as a record of tens of MB.
import { describe, expect, it } from 'vitest';
import { FIELD_CAPS, articleTooLarge } from '../../lib/article';
import { digestDocument } from '../../lib/digest';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../node/parse-html';

const URL = 'https://baomau.vn/the-gioi/bai-rat-dai-1002.html';
const P =
  '<p>Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao đã hội đàm với Ngoại trưởng Nhật Bản về hợp tác kinh tế, ' +
  'giáo dục và văn hoá giữa hai nước trong thời gian tới.</p>';

describe('the size of an article a digest keeps', () => {
  it('counts the lead and the body', () => {
    const half = 'a'.repeat(FIELD_CAPS.articleText / 2);
    expect(articleTooLarge({ lead: null, bodyText: half + half })).toBeNull();
    expect(articleTooLarge({ lead: 'xy', bodyText: half + half })).toMatch(/1,000,002 characters.*1,000,000/);
  });

  it('a page whose article is longer is refused by the extraction, with the reason', { timeout: 180_000 }, () => {
    const paragraphs = Math.ceil((FIELD_CAPS.articleText * 1.05) / 150);
    const html = `<!doctype html><html lang="vi"><head><title>Bài rất dài</title></head><body><article><h1>Bài rất dài</h1>${P.repeat(paragraphs)}</article></body></html>`;
    // A budget long enough that the size rule, not the time budget, answers on a loaded machine.
    const r = extractArticle(parseHtml(html, URL), URL, { timeBudgetMs: 600_000 });
    expect(r).toMatchObject({ kind: 'not-article', code: 'too-large' });
    if (r.kind === 'not-article') expect(r.reason).toContain('more than the 1,000,000 characters a digest keeps');
  });

  it('a selection longer than that is refused the same way', { timeout: 120_000 }, async () => {
    const html = `<!doctype html><html lang="vi"><head><title>Trang</title></head><body><article><h1>Trang</h1>${P.repeat(20)}</article></body></html>`;
    const selected = 'Hai bên nhất trí thúc đẩy hợp tác.\n\n'.repeat(Math.ceil((FIELD_CAPS.articleText * 1.05) / 36));
    const answer = await digestDocument(parseHtml(html, URL), URL, { mode: 'selection', force: true }, selected);
    expect(answer).toMatchObject({ ok: true, result: { kind: 'not-article', code: 'too-large' } });
  });
});
