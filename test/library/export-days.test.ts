// The exports take their days from the one owner (lib/time), as the list and the date filter do: a publication
// on the day the page states (what a citation cites), the save ("accessed", "created", "saved …", file names)
// on the reader's own day. A US article of 25 Sept 2018, saved at 06:30 in Hà Nội on 7 Dec 2026.
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExport, citationFile, citationRecord, digestToMarkdown, notebookMarkdown } from '../../lib/export';
import { parseHtml } from '../../node/parse-html';
import { makeDigest } from './make-digest';

const zone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const savedAt = '2026-12-06T23:30:00.000Z';
const us = { ...makeDigest({ id: 'us', savedAt, published: '2018-09-25T21:28:31-04:00' }), notes: 'ghi chú' };
const undated = { ...makeDigest({ id: 'undated', savedAt, published: null }), notes: 'ghi chú' };
const now = new Date('2026-12-06T23:40:00.000Z');

describe('export days', () => {
  it('CSL-JSON, RIS and BibLaTeX: issued on the page’s day, accessed on the reader’s day', () => {
    const record = citationRecord(us, { lang: 'en' });
    expect(record.issued).toEqual({ year: 2018, month: 9, day: 25 });
    expect(record.accessed).toEqual({ year: 2026, month: 12, day: 7 });
    expect(citationFile([record], 'ris')).toContain('Y2  - 2026/12/07');
    expect(citationFile([record], 'biblatex')).toContain('urldate      = {2026-12-07}');
    expect(citationFile([record], 'biblatex')).toContain('date         = {2018-09-25}');
  });

  it('Markdown: published and created; the notebook’s “saved” line and its date', () => {
    const md = digestToMarkdown(us, parseHtml, { lang: 'en' });
    expect(md).toContain('published: "2018-09-25"');
    expect(md).toContain('created: "2026-12-07"');
    const notebook = notebookMarkdown([undated], 'article', { lang: 'en', now });
    expect(notebook).toContain('saved 2026-12-07*');
    expect(notebook).toContain('· 2026-12-07*');
  });

  it('file names: the article’s day, else the save’s, and the export’s own day where the reader is', () => {
    const out = buildExport([us, undated], { format: 'markdown', parseHtml, now });
    expect(out.filename).toBe('tin-gon-2026-12-07-markdown.zip');
    const names = Object.keys(unzipSync(out.data as Uint8Array)).sort();
    expect(names.some((n) => n.startsWith('2018-09-25-'))).toBe(true);
    expect(names.some((n) => n.startsWith('2026-12-07-'))).toBe(true);
    expect(strFromU8(unzipSync(out.data as Uint8Array)[names[0]!]!)).toContain('published: "2018-09-25"');
  });

  it('a reader in Washington accessed it on the Washington day; the article keeps its own', () => {
    process.env.TZ = 'America/New_York';
    const record = citationRecord(us, { lang: 'en' });
    expect(record.issued).toEqual({ year: 2018, month: 9, day: 25 });
    expect(record.accessed).toEqual({ year: 2026, month: 12, day: 6 });
    expect(digestToMarkdown(us, parseHtml, { lang: 'en' })).toContain('created: "2026-12-06"');
  });
});
