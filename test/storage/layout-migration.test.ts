// The migration from layout 1 (every summary in one `index` key) on a store of 10,000 digests written by the
// layout-1 code itself (test/support/legacy-v1, kept verbatim): nothing lost, every lookup works afterwards,
// and a migration cut short finishes on the next start.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { createDigestStore, LEGACY_INDEX_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { LAYOUT_VERSION, META_KEY } from '../../lib/storage/layout';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { generateDigests } from '../support/generate-digests';
import { createLegacyV1Store } from '../support/legacy-v1/digest-store-v1';
import { storedLayout } from '../support/stored-layout';

const SIZE = 10_000;

async function legacyLibrary(size: number) {
  const area = createMemoryArea();
  const old = createLegacyV1Store(area);
  const digests = generateDigests(size, { seed: 17, bodyWords: 60 });
  await old.importDigests(digests);
  const ids = (await old.listSummaries()).map((s) => s.id);
  // User edits made with the old code after the import (each rewrote the whole index then).
  await old.updateNotes(ids[0]!, 'Ghi chú viết bằng phiên bản cũ');
  await old.setTags(ids[1]!, ['ASEAN', 'ngoại giao']);
  await old.addHighlight(ids[2]!, { quote: 'đối tác', comment: 'quan trọng' });
  const records = new Map<string, Digest>();
  for (const [k, v] of area.data)
    if (k.startsWith(RECORD_PREFIX)) records.set(k.slice(RECORD_PREFIX.length), JSON.parse(v) as Digest);
  return { area, records, ids };
}

describe('migration from layout 1', () => {
  it(`a store of ${SIZE.toLocaleString('en')} written by the old code: every record untouched, layout consistent, lookups by url`, async () => {
    const { area, records, ids } = await legacyLibrary(SIZE);
    expect(area.data.has(LEGACY_INDEX_KEY)).toBe(true);
    const rawBefore = new Map([...area.data].filter(([k]) => k.startsWith(RECORD_PREFIX)));
    const store = createDigestStore(area);
    await store.ready();
    // Records are the truth: the migration rewrites none of them (same schema), it builds the layout around them.
    for (const [k, v] of rawBefore) expect(area.data.get(k)).toBe(v);
    expect(area.data.has(LEGACY_INDEX_KEY)).toBe(false);
    expect(JSON.parse(area.data.get(META_KEY)!)).toEqual({ schemaVersion: 1, layout: LAYOUT_VERSION });
    const layout = storedLayout(area.data)!;
    expect(layout.problems).toEqual([]);
    expect(layout.summaries).toHaveLength(SIZE);
    expect(await store.count()).toBe(SIZE);
    expect(await store.reconcile()).toBe(false);
    // What the user added with the old version is there.
    expect((await store.getDigest(ids[0]!))?.notes).toBe('Ghi chú viết bằng phiên bản cũ');
    expect((await store.getDigest(ids[1]!))?.tags).toEqual(['ASEAN', 'ngoại giao']);
    expect((await store.getDigest(ids[2]!))?.highlights.map((h) => h.comment)).toContain('quan trọng');
    const all = await store.getDigests([...records.keys()]);
    expect(all).toHaveLength(SIZE);
    for (const d of all) expect(d).toEqual(records.get(d.id));
    // Every digest is found by its address, and the newest rows come first.
    for (const d of [...records.values()].filter((_, i) => i % 500 === 0))
      expect((await store.getByUrl(d.article.url))?.id).toBe(d.id);
    const first = await store.firstSummaries(50);
    expect(first.total).toBe(SIZE);
    expect(first.summaries.map((s) => s.id)).toEqual((await store.listSummaries()).slice(0, 50).map((s) => s.id));
    // Refreshing an old digest updates it in place (no duplicate), with its notes.
    const d0 = records.get(ids[0]!)!;
    const again = await store.saveDigest({ ...d0.article, title: 'Tiêu đề mới' }, d0.entities, 'page');
    expect(again).toMatchObject({ created: false, digest: { id: ids[0], notes: 'Ghi chú viết bằng phiên bản cũ' } });
    expect(await store.count()).toBe(SIZE);
  }, 120_000);

  it('a migration cut short (the worker stopped) finishes on the next start, nothing lost', async () => {
    const { area, records } = await legacyLibrary(600);
    let writes = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      if (++writes === 2) throw new Error('Extension context invalidated');
      return set(items);
    };
    await expect(createDigestStore(area).ready()).rejects.toThrow();
    area.set = set;
    // The library opened meanwhile still lists everything (from the records).
    expect(await createDigestStore(area).listSummaries()).toHaveLength(600);
    const store = createDigestStore(area);
    await store.ready();
    expect(storedLayout(area.data)!.problems).toEqual([]);
    expect(await store.count()).toBe(600);
    for (const [id, d] of records) expect((await store.getDigest(id))?.notes).toBe(d.notes);
  }, 60_000);

  it('a downgrade and upgrade again: the old code writes its index, the next open rebuilds the layout', async () => {
    const { area } = await legacyLibrary(50);
    await createDigestStore(area).ready();
    const old = createLegacyV1Store(area);
    const extra = generateDigests(1, { seed: 99, bodyWords: 40 });
    await old.importDigests(extra); // saved while the old version ran: only in its index
    const store = createDigestStore(area);
    await store.ready();
    expect(await store.count()).toBe(51);
    expect((await store.getByUrl(extra[0]!.article.url))?.article.title).toBe(extra[0]!.article.title);
  });
});
