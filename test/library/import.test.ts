import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson, createBackup } from '../../lib/export';
import { parseBackup, validateBackup } from '../../lib/import';
import { createDigestStore, type ImportResult, createMemoryArea, joinNotes } from '../../lib/storage';
import type { Digest } from '../../lib/digest';
import { generateDigests } from '../support/generate-digests';
import { libraryArbitrary } from '../support/digest-arbitrary';
import { makeDigest } from './make-digest';
import { parseHtml } from '../../node/parse-html';
import { sanitizeArticleHtml } from '../../lib/sanitize';

/** The DOM an import sanitises with outside the browser. */
const DOC = parseHtml('<p></p>');

const library = generateDigests(20, { seed: 7, bodyWords: 120 });
const now = new Date('2025-06-01T00:00:00Z');

/**
 * Import as the library page does: parse, validate, then DigestStore.importDigests (the product's one import
 * path) into a store holding `existing`. Returns every stored record, the counts, and whether storage changed.
 */
async function importInto(
  existing: Digest[],
  text: string,
): Promise<{ library: Digest[]; result: ImportResult | null; error: string | null; changed: boolean }> {
  const area = createMemoryArea();
  const store = createDigestStore(area);
  await store.ready();
  for (const d of existing) await store.restoreDigest(d);
  const before = JSON.stringify([...area.data]);
  const parsed = parseBackup(text, DOC);
  const result = parsed.ok ? await store.importDigests(parsed.digests) : null;
  const library = await store.getDigests((await store.listSummaries()).map((s) => s.id));
  return {
    library,
    result,
    error: parsed.ok ? null : parsed.error,
    changed: JSON.stringify([...area.data]) !== before,
  };
}

const byId = (ds: Digest[]) => [...ds].sort((a, b) => a.id.localeCompare(b.id));

describe('JSON backup import', () => {
  it('round-trips: export then import into an empty library gives the same library (the same ids)', async () => {
    const { library: restored, result } = await importInto([], backupJson(library, now));
    expect(result).toEqual({ added: 20, merged: 0, unchanged: 0 });
    expect(byId(restored)).toEqual(byId(library));
  });

  it('importing a backup of the library into itself changes nothing (not one stored byte)', async () => {
    const { library: after, result, changed } = await importInto(library, backupJson(library, now));
    expect(result).toEqual({ added: 0, merged: 0, unchanged: 20 });
    expect(changed).toBe(false);
    expect(byId(after)).toEqual(byId(library));
  });

  it('is lossless for arbitrary digests, and a second import changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary(6), async (ds) => {
        const { library: restored, error } = await importInto([], backupJson(ds, now));
        expect(error).toBeNull();
        // Imported HTML is sanitised again: the body comes back in the sanitiser's form (balanced tags).
        const sanitised = ds.map((d) => ({
          ...d,
          article: {
            ...d.article,
            bodyHtml: sanitizeArticleHtml(d.article.bodyHtml, d.article.canonicalUrl || d.article.url, DOC),
          },
        }));
        expect(byId(restored)).toEqual(byId(sanitised));
        const again = await importInto(restored, backupJson(restored, now));
        expect(again.result).toEqual({ added: 0, merged: 0, unchanged: restored.length });
        expect(again.changed).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('merges the same article instead of duplicating it, keeping all of the user’s work', async () => {
    const mine = {
      ...makeDigest({ id: 'x', notes: 'Ghi chú của tôi', tags: ['EU'], savedAt: '2025-01-01T00:00:00.000Z' }),
    };
    mine.highlights = [
      { id: 'h1', quote: 'một', start: 0, prefix: '', suffix: '', comment: '', createdAt: '2025-01-01T00:00:00.000Z' },
    ];
    const theirs: Digest = {
      ...makeDigest({
        id: 'x-other-id',
        notes: 'Ghi chú máy khác',
        tags: ['eu', 'Quốc phòng'],
        savedAt: '2025-02-01T00:00:00.000Z',
        title: 'Tiêu đề mới',
      }),
      urlKey: mine.urlKey,
      updatedAt: '2025-02-02T00:00:00.000Z',
      highlights: [
        {
          id: 'h1',
          quote: 'một',
          start: 0,
          prefix: '',
          suffix: '',
          comment: '',
          createdAt: '2025-01-01T00:00:00.000Z',
        },
        {
          id: 'h2',
          quote: 'hai',
          start: 5,
          prefix: '',
          suffix: '',
          comment: 'x',
          createdAt: '2025-02-01T00:00:00.000Z',
        },
      ],
    };
    const r = await importInto([mine], backupJson([theirs], now));
    expect(r.result).toEqual({ added: 0, merged: 1, unchanged: 0 });
    expect(r.library).toHaveLength(1);
    const m = r.library[0]!;
    expect(m.id).toBe('x');
    expect(m.article.title).toBe('Tiêu đề mới');
    expect(m.notes).toContain('Ghi chú của tôi');
    expect(m.notes).toContain('Ghi chú máy khác');
    expect(m.tags).toEqual(['EU', 'Quốc phòng']);
    expect(m.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(m.updatedAt).toBe('2025-02-02T00:00:00.000Z');
  });

  it('joins notes without losing or repeating text', () => {
    expect(joinNotes('abc', 'abc')).toBe('abc');
    expect(joinNotes('abc', '')).toBe('abc');
    expect(joinNotes('', 'xyz')).toBe('xyz');
    expect(joinNotes('abc', 'abc def')).toBe('abc def');
    expect(joinNotes('a', 'b')).toBe('a\n\n---\n\nb');
  });

  describe('refuses bad files with a clear message', () => {
    const good = createBackup(library.slice(0, 2), now);
    const mutate = (f: (b: Record<string, unknown> & { digests: Record<string, unknown>[] }) => void): string => {
      const copy = JSON.parse(JSON.stringify(good));
      f(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, string, RegExp][] = [
      ['not JSON', 'this is not json {', /not a Tin Gọn backup.*not valid JSON/],
      ['empty file', '', /not valid JSON/],
      ['a JSON array', '[]', /not a Tin Gọn backup/],
      ['another app’s JSON', JSON.stringify({ format: 'pocket-export', items: [] }), /not a Tin Gọn backup/],
      ['no format', mutate((b) => delete (b as Record<string, unknown>).format), /not a Tin Gọn backup/],
      ['newer version', mutate((b) => (b.version = 2)), /newer version of Tin Gọn \(backup version 2/],
      ['version as text', mutate((b) => (b.version = '1')), /no valid version/],
      ['no digests', mutate((b) => delete (b as Record<string, unknown>).digests), /no list of digests/],
      ['bad exportedAt', mutate((b) => (b.exportedAt = 'yesterday')), /exportedAt must be a date/],
      [
        'missing title',
        mutate((b) => delete (b.digests[1]!.article as Record<string, unknown>).title),
        /digest 2.*article\.title is missing/,
      ],
      [
        'title of wrong type',
        mutate((b) => ((b.digests[0]!.article as Record<string, unknown>).title = 42)),
        /digest 1.*article\.title must be text/,
      ],
      ['tags not a list', mutate((b) => (b.digests[0]!.tags = 'EU')), /tags must be a list/],
      [
        'bad person',
        mutate((b) => ((b.digests[0]!.entities as { people: unknown[] }).people = [{ name: 'A' }])),
        /entities\.people\[0\]\.key is missing/,
      ],
      [
        'bad kind',
        mutate(
          (b) =>
            ((b.digests[0]!.entities as { agreements: unknown[] }).agreements = [
              {
                name: 'A',
                key: 'a',
                acronym: null,
                kind: 'pact',
                year: null,
                mentions: 1,
                spans: [],
                firstSentence: '',
              },
            ]),
        ),
        /kind must be one of/,
      ],
      ['bad savedAt', mutate((b) => (b.digests[0]!.savedAt = 'hôm qua')), /savedAt must be a date/],
      ['newer digest schema', mutate((b) => (b.digests[0]!.schemaVersion = 9)), /digest format 9, newer/],
      ['duplicate digest', mutate((b) => b.digests.push(b.digests[0]!)), /appears twice/],
      ['empty urlKey', mutate((b) => (b.digests[0]!.urlKey = ' ')), /urlKey is empty/],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const r = await importInto(library, text);
        expect(r.error).toMatch(message);
        expect(r.result).toBeNull();
        expect(r.changed).toBe(false);
        expect(byId(r.library)).toEqual(byId(library));
      });
    }

    it('accepts an empty backup and a BOM', () => {
      expect(parseBackup('\uFEFF' + backupJson([], now), DOC)).toEqual({
        ok: true,
        digests: [],
        exportedAt: now.toISOString(),
      });
      expect(validateBackup(null, DOC)).toMatchObject({ ok: false });
    });
  });
});
