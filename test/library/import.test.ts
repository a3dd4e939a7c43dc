import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson, createBackup } from '../../lib/export';
import { mergeImport, mergeNotes, parseBackup, validateBackup } from '../../lib/import';
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

/** Import as the library page does: parse, validate, plan, then apply the plan to the stored records. */
function importInto(existing: Digest[], text: string): { library: Digest[]; result: ReturnType<typeof mergeImport> | null; error: string | null } {
  const parsed = parseBackup(text, DOC);
  if (!parsed.ok) return { library: existing, result: null, error: parsed.error };
  const result = mergeImport(existing, parsed.digests);
  const byId = new Map(existing.map((d) => [d.id, d]));
  for (const d of result.toWrite) byId.set(d.id, d);
  return { library: [...byId.values()], result, error: null };
}

const byId = (ds: Digest[]) => [...ds].sort((a, b) => a.id.localeCompare(b.id));

describe('JSON backup import', () => {
  it('round-trips: export then import into an empty library gives the same library', () => {
    const { library: restored, result } = importInto([], backupJson(library, now));
    expect(result).toMatchObject({ added: 20, merged: 0, unchanged: 0 });
    expect(byId(restored)).toEqual(byId(library));
  });

  it('importing a backup of the library into itself changes nothing', () => {
    const { library: after, result } = importInto(library, backupJson(library, now));
    expect(result).toMatchObject({ added: 0, merged: 0, unchanged: 20, toWrite: [] });
    expect(after).toEqual(library);
  });

  it('is lossless for arbitrary digests (property)', () => {
    fc.assert(
      fc.property(libraryArbitrary(6), (ds) => {
        const { library: restored, error } = importInto([], backupJson(ds, now));
        expect(error).toBeNull();
        // Imported HTML is sanitised again: the body comes back in the sanitiser's form (balanced tags).
        const sanitised = ds.map((d) => ({ ...d, article: { ...d.article, bodyHtml: sanitizeArticleHtml(d.article.bodyHtml, d.article.canonicalUrl || d.article.url, DOC) } }));
        expect(byId(restored)).toEqual(byId(sanitised));
        const again = importInto(restored, backupJson(restored, now));
        expect(again.result!.toWrite).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('merges the same article instead of duplicating it, keeping all of the user’s work', () => {
    const mine = { ...makeDigest({ id: 'x', notes: 'Ghi chú của tôi', tags: ['EU'], savedAt: '2025-01-01T00:00:00.000Z' }) };
    mine.highlights = [{ id: 'h1', quote: 'một', start: 0, prefix: '', suffix: '', comment: '', createdAt: '2025-01-01T00:00:00.000Z' }];
    const theirs: Digest = {
      ...makeDigest({ id: 'x-other-id', notes: 'Ghi chú máy khác', tags: ['eu', 'Quốc phòng'], savedAt: '2025-02-01T00:00:00.000Z', title: 'Tiêu đề mới' }),
      urlKey: mine.urlKey,
      updatedAt: '2025-02-02T00:00:00.000Z',
      highlights: [
        { id: 'h1', quote: 'một', start: 0, prefix: '', suffix: '', comment: '', createdAt: '2025-01-01T00:00:00.000Z' },
        { id: 'h2', quote: 'hai', start: 5, prefix: '', suffix: '', comment: 'x', createdAt: '2025-02-01T00:00:00.000Z' },
      ],
    };
    const r = mergeImport([mine], [theirs]);
    expect(r).toMatchObject({ added: 0, merged: 1, unchanged: 0 });
    const m = r.toWrite[0]!;
    expect(m.id).toBe('x');
    expect(m.article.title).toBe('Tiêu đề mới');
    expect(m.notes).toContain('Ghi chú của tôi');
    expect(m.notes).toContain('Ghi chú máy khác');
    expect(m.tags).toEqual(['EU', 'Quốc phòng']);
    expect(m.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(m.updatedAt).toBe('2025-02-02T00:00:00.000Z');
  });

  it('merges notes without losing or repeating text', () => {
    expect(mergeNotes('abc', 'abc')).toBe('abc');
    expect(mergeNotes('abc', '')).toBe('abc');
    expect(mergeNotes('', 'xyz')).toBe('xyz');
    expect(mergeNotes('abc', 'abc def')).toBe('abc def');
    expect(mergeNotes('a', 'b')).toBe('a\n\n---\n\nb');
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
      ['missing title', mutate((b) => delete (b.digests[1]!.article as Record<string, unknown>).title), /digest 2.*article\.title is missing/],
      ['title of wrong type', mutate((b) => ((b.digests[0]!.article as Record<string, unknown>).title = 42)), /digest 1.*article\.title must be text/],
      ['tags not a list', mutate((b) => (b.digests[0]!.tags = 'EU')), /tags must be a list/],
      ['bad person', mutate((b) => ((b.digests[0]!.entities as { people: unknown[] }).people = [{ name: 'A' }])), /entities\.people\[0\]\.key is missing/],
      ['bad kind', mutate((b) => ((b.digests[0]!.entities as { agreements: unknown[] }).agreements = [{ name: 'A', key: 'a', acronym: null, kind: 'pact', year: null, mentions: 1, spans: [], firstSentence: '' }])), /kind must be one of/],
      ['bad savedAt', mutate((b) => (b.digests[0]!.savedAt = 'hôm qua')), /savedAt must be a date/],
      ['newer digest schema', mutate((b) => (b.digests[0]!.schemaVersion = 9)), /digest format 9, newer/],
      ['duplicate digest', mutate((b) => b.digests.push(b.digests[0]!)), /appears twice/],
      ['empty urlKey', mutate((b) => (b.digests[0]!.urlKey = ' ')), /urlKey is empty/],
    ];
    for (const [name, text, message] of cases) {
      it(name, () => {
        const before = structuredClone(library);
        const r = importInto(library, text);
        expect(r.error).toMatch(message);
        expect(r.result).toBeNull();
        expect(r.library).toEqual(before);
      });
    }

    it('accepts an empty backup and a BOM', () => {
      expect(parseBackup('\uFEFF' + backupJson([], now), DOC)).toEqual({ ok: true, digests: [], exportedAt: now.toISOString() });
      expect(validateBackup(null, DOC)).toMatchObject({ ok: false });
    });
  });
});
