// Import validation (issue 13 item 5, import side, and the low items): a backup is a file anyone can edit. Dates
// are strict ISO 8601 (they became export file names), addresses are http(s), unknown fields are dropped, body
// HTML is sanitised again, images that could be a read-beacon on the local network or over plain http go,
// and every field is within its cap. Each case was accepted as it was before.
import { describe, expect, it } from 'vitest';
import { FIELD_CAPS } from '../../lib/article';
import type { Digest } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { backupJson } from '../../lib/export';
import { isStrictIsoDate, parseBackup } from '../../lib/import';
import { makeDigest } from '../library/make-digest';

const DOC = parseHtml('<p></p>');
const now = new Date('2025-06-01T00:00:00Z');

function importOne(edit: (d: Digest & Record<string, unknown>) => void) {
  const d = makeDigest({ id: 'a' }) as Digest & Record<string, unknown>;
  edit(d);
  return parseBackup(backupJson([d], now), DOC);
}

describe('dates', () => {
  it.each([
    '../../../../tmp/x 2020',
    '/etc/cron.d/ 2020',
    '2020\u0000 1',
    'C:/Users/ 2020',
    '2020',
    'Tue, 01 Jan 2025',
    '2025-02-30',
    '2025-13-01T00:00:00Z',
    '2025-01-01T24:00:00Z',
    '2025-01-01 08:00',
    '',
  ])('refuses %j wherever a date goes', (bad) => {
    for (const place of ['savedAt', 'published', 'highlight'] as const) {
      const r = importOne((d) => {
        if (place === 'savedAt') d.savedAt = bad;
        else if (place === 'published') d.article.published = bad;
        else d.highlights = [{ id: 'h', quote: 'q', start: 0, prefix: '', suffix: '', comment: '', createdAt: bad }];
      });
      expect(r.ok, `${place} = ${JSON.stringify(bad)}`).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/ISO 8601/);
    }
  });

  it('accepts the dates the extension writes', () => {
    for (const good of [
      '2025-10-22T19:25:00+07:00',
      '2025-01-01T00:00:00.000Z',
      '2024-02-29',
      '2025-10-22T19:25+07:00',
    ])
      expect(isStrictIsoDate(good), good).toBe(true);
    expect(importOne((d) => (d.article.published = '2025-10-22T19:25:00+07:00')).ok).toBe(true);
  });
});

describe('addresses', () => {
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'chrome://settings',
    'not an address',
  ])('refuses an article address %j', (bad) => {
    expect(importOne((d) => (d.article.url = bad)).ok).toBe(false);
    expect(importOne((d) => (d.article.canonicalUrl = bad)).ok).toBe(false);
  });
});

describe('what is stored', () => {
  it('drops fields this version does not know, at every level', () => {
    const r = importOne((d) => {
      d.evil = 'x';
      (d.article as unknown as Record<string, unknown>).tracker = 'https://t.example/p.gif';
      d.entities.people = [
        {
          name: 'Phạm Minh Chính',
          key: 'pham minh chinh',
          titles: [],
          organisation: null,
          mentions: 1,
          spans: [],
          firstSentence: 'x',
          extra: 1,
        } as never,
      ];
      d.highlights = [
        {
          id: 'h',
          quote: 'q',
          start: 0,
          prefix: '',
          suffix: '',
          comment: '',
          createdAt: '2025-01-01T00:00:00Z',
          onclick: 'x',
        } as never,
      ];
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.digests[0]! as unknown as Record<string, unknown> & Digest;
    expect('evil' in d).toBe(false);
    expect('tracker' in d.article).toBe(false);
    expect('extra' in d.entities.people[0]!).toBe(false);
    expect('onclick' in d.highlights[0]!).toBe(false);
    expect(d.entities.people[0]!.name).toBe('Phạm Minh Chính');
  });

  it('sanitises the body again and drops images that could call home on the local network or in clear text', () => {
    const r = importOne((d) => {
      d.article.bodyHtml =
        '<p onclick="x()">Đoạn một.<script>alert(1)</script></p><img src="https://192.168.1.1/p.gif"><img src="https://localhost/p.gif"><img src="https://printer.lan/p.gif">' +
        '<figure><img src="http://vnexpress.net/anh.jpg" onerror="alert(1)" alt="ảnh"></figure>';
      d.article.images = [
        { src: 'https://10.0.0.1/beacon.gif', alt: '', caption: null, credit: null },
        { src: 'https://[::1]/beacon.gif', alt: '', caption: null, credit: null },
        { src: 'http://vnexpress.net/anh.jpg', alt: 'ảnh', caption: null, credit: null },
      ];
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.digests[0]!.article;
    expect(a.bodyHtml).toBe('<p>Đoạn một.</p><figure><img src="https://vnexpress.net/anh.jpg" alt="ảnh"></figure>');
    expect(a.images.map((i) => i.src)).toEqual(['https://vnexpress.net/anh.jpg']);
  });

  it('caps a 5-million-character title and multi-megabyte alt texts', () => {
    const r = importOne((d) => {
      d.article.title = 'Đ'.repeat(5_000_000);
      d.article.images = [
        {
          src: 'https://vnexpress.net/anh.jpg',
          alt: 'a'.repeat(3_000_000),
          caption: 'c'.repeat(2_000_000),
          credit: null,
        },
      ];
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.digests[0]!.article;
    expect(a.title.length).toBeLessThanOrEqual(FIELD_CAPS.title);
    expect(a.images[0]!.alt.length).toBeLessThanOrEqual(FIELD_CAPS.alt);
    expect(a.images[0]!.caption!.length).toBeLessThanOrEqual(FIELD_CAPS.caption);
  });

  it('checks the credited source: a string within its cap or null; absent in older backups', () => {
    const long = importOne((d) => (d.article.source = 'TTXVN '.repeat(100_000)));
    expect(long.ok).toBe(true);
    if (long.ok) expect(long.digests[0]!.article.source!.length).toBeLessThanOrEqual(FIELD_CAPS.label);
    for (const bad of [42, ['TTXVN'], { name: 'TTXVN' }]) {
      const r = importOne((d) => ((d.article as unknown as Record<string, unknown>).source = bad));
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/source/);
    }
    expect(importOne((d) => (d.article.source = null)).ok).toBe(true);
    expect(importOne((d) => delete (d.article as Partial<typeof d.article>).source).ok).toBe(true);
  });

  it('keeps a digest the extension wrote exactly as it was', () => {
    const d = makeDigest({ id: 'b', title: 'Thủ tướng tiếp Đại sứ', tags: ['EU'], notes: 'ghi chú' });
    const r = parseBackup(backupJson([d], now), DOC);
    expect(r.ok && r.digests[0]).toEqual(d);
  });
});
