// The notebook's article line (review1 defect 10): the publication date when the article has one; otherwise the
// save date, said to be one ('saved …' / 'lưu …') in the export's language, never set out as if published.
import { describe, expect, it } from 'vitest';
import { notebookMarkdown } from '../../lib/export';
import { makeDigest } from './make-digest';

const withNote = (published: string | null) => ({
  ...makeDigest({
    id: 'a',
    title: 'Bài viết',
    siteName: 'Công nghệ & Cuộc sống',
    published,
    savedAt: '2026-12-07T03:00:00.000Z',
  }),
  notes: 'ghi chú',
});

describe('notebook article line', () => {
  it('shows the publication date when it is known', () => {
    const md = notebookMarkdown([withNote('2025-10-22T19:25:00+07:00')], 'article', {
      lang: 'en',
      now: new Date('2027-01-01T00:00:00Z'),
    });
    expect(md).toContain('*Công nghệ & Cuộc sống, 2025-10-22*');
    expect(md).not.toContain('2026-12-07*');
  });

  it('says "saved" with the save date when the publication date is unknown (en and vi)', () => {
    const en = notebookMarkdown([withNote(null)], 'article', { lang: 'en', now: new Date('2027-01-01T00:00:00Z') });
    expect(en).toContain('Cuộc sống, saved 2026-12-07*');
    const vi = notebookMarkdown([withNote(null)], 'article', { lang: 'vi', now: new Date('2027-01-01T00:00:00Z') });
    expect(vi).toContain('Cuộc sống, lưu ngày 2026-12-07*');
  });
});
