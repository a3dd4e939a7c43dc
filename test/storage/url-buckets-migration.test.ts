// The migration from layout 2 (a url: key per URL key) to layout 3 (url buckets) on stores written by the layout-2
// code itself (test/support/legacy-layout2, kept verbatim): records, shards and the directory's numbers untouched,
// every lookup works afterwards, and a migration cut short at any write finishes on the next start.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import {
  BUCKET_PREFIX,
  DIRECTORY_KEY,
  JOURNAL_KEY,
  META_KEY,
  RECORD_PREFIX,
  SHARD_PREFIX,
  URL_BUCKETS,
  URL_PREFIX,
  createDigestStore,
} from '../../lib/storage/digest-store';
import { StorageError } from '../../lib/storage/errors';
import { LAYOUT_VERSION } from '../../lib/storage/layout';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { createFaultyArea, type FaultyArea } from '../support/faulty-area';
import { generateDigests } from '../support/generate-digests';
import { createDigestStore as createLayout2Store } from './legacy-layout2/digest-store-l2';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

const SIZE = 10_000;

/** A library written by the layout-2 code: an import, saves with aliases, edits and a delete. */
async function layout2Library(area: ReturnType<typeof createMemoryArea> | FaultyArea, size: number) {
  const old = createLayout2Store(area);
  const generated = generateDigests(size, { seed: 23, bodyWords: 40 });
  await old.importDigests(generated);
  const aliased = [];
  for (let n = 1; n <= 5; n++) {
    const a = makeArticle(n, { url: `https://m.baoquocte.vn/amp/bai-viet-${n}.html?utm_source=zalo` });
    aliased.push((await old.saveDigest(a, makeEntities(a), 'page')).digest);
  }
  const ids = generated.map((d) => d.id);
  await old.updateNotes(ids[0]!, 'Ghi chú viết bằng phiên bản trước');
  await old.setTags(ids[1]!, ['ASEAN']);
  await old.deleteDigest(ids[2]!);
  const records = new Map<string, Digest>();
  for (const [k, v] of area.data)
    if (k.startsWith(RECORD_PREFIX)) records.set(k.slice(RECORD_PREFIX.length), JSON.parse(v) as Digest);
  return { records, aliased, ids };
}

const keysWith = (data: Map<string, string>, prefix: string) => [...data.keys()].filter((k) => k.startsWith(prefix));

/** Every digest found by its address and aliases, the layout consistent, nothing of layout 2 left. */
async function expectMigrated(area: { data: Map<string, string> }, records: Map<string, Digest>, aliased: Digest[]) {
  const store = createDigestStore(area as never);
  expect(JSON.parse(area.data.get(META_KEY)!)).toMatchObject({ layout: LAYOUT_VERSION });
  expect(keysWith(area.data, URL_PREFIX)).toEqual([]);
  expect(area.data.has(JOURNAL_KEY)).toBe(false);
  const layout = storedLayout(area.data)!;
  expect(layout.problems).toEqual([]);
  expect(layout.summaries.map((s) => s.id).sort()).toEqual([...records.keys()].sort());
  for (const d of records.values()) expect((await store.getByUrl(d.article.url))?.id).toBe(d.id);
  for (const d of aliased) expect((await store.getByUrl(d.article.url))?.id).toBe(d.id);
  expect(await store.count()).toBe(records.size);
  expect(await store.reconcile()).toBe(false);
}

describe('migration from layout 2 (url: keys) to layout 3 (url buckets)', () => {
  it(`a store of ${SIZE.toLocaleString('en')} written by the layout-2 code: records, shards and the index's numbers untouched, every lookup works`, async () => {
    const area = createMemoryArea();
    const { records, aliased, ids } = await layout2Library(area, SIZE);
    const before = new Map(area.data);
    const urlKeys = keysWith(before, URL_PREFIX).length;
    expect(urlKeys).toBeGreaterThan(SIZE);
    const store = createDigestStore(area);
    await store.ready();
    // Records and shards are kept byte for byte; the directory only says its new layout (same epoch and numbers,
    // so the kept search index has nothing to catch up).
    for (const [k, v] of before)
      if (k.startsWith(RECORD_PREFIX) || k.startsWith(SHARD_PREFIX)) expect(area.data.get(k)).toBe(v);
    expect(JSON.parse(area.data.get(DIRECTORY_KEY)!)).toEqual({
      ...(JSON.parse(before.get(DIRECTORY_KEY)!) as object),
      version: LAYOUT_VERSION,
    });
    const buckets = keysWith(area.data, BUCKET_PREFIX).length;
    expect(buckets).toBeLessThanOrEqual(URL_BUCKETS);
    expect(area.data.size).toBe(before.size - urlKeys + buckets);
    await expectMigrated(area, records, aliased);
    // What the user did with the previous version is there, and the store goes on working.
    expect((await store.getDigest(ids[0]!))?.notes).toBe('Ghi chú viết bằng phiên bản trước');
    expect(await store.getDigest(ids[2]!)).toBeNull();
    const a = makeArticle(1);
    const again = await store.saveDigest({ ...a, title: 'Tiêu đề mới' }, makeEntities(a), 'page');
    expect(again).toMatchObject({ created: false, digest: { id: aliased[0]!.id } });
    expect(storedLayout(area.data)!.problems).toEqual([]);
  }, 180_000);

  it('a migration cut short at any of its writes (any part of that write landed) finishes on the next start, nothing lost', async () => {
    let armed = false;
    let crashAt = -1;
    const area = createFaultyArea({
      rand: (() => {
        let r = 7;
        return () => (r = (r * 48271) % 2147483647) / 2147483647;
      })(),
      plan: (c) => (armed && c.n === crashAt ? 'crash' : undefined),
    });
    const { records, aliased } = await layout2Library(area, 1_500);
    const pristine = new Map(area.data);
    // The writes of an uninterrupted migration, counted first.
    const start = area.writes;
    await createDigestStore(area).ready();
    const writes = area.writes - start;
    expect(writes).toBeGreaterThan(4);
    for (let at = 0; at < writes; at++) {
      area.data.clear();
      for (const [k, v] of pristine) area.data.set(k, v);
      crashAt = area.writes + at;
      armed = true;
      await expect(createDigestStore(area).ready()).rejects.toBeInstanceOf(StorageError);
      expect(area.dead).toBe(true);
      armed = false;
      area.revive();
      // The popup's lookup meanwhile still finds saved articles (bucket, else the url: key not yet moved).
      for (const d of aliased) expect((await createDigestStore(area).getByUrl(d.article.url))?.id).toBe(d.id);
      await createDigestStore(area).ready();
      await expectMigrated(area, records, aliased);
    }
  }, 180_000);

  it('a write of the layout-2 code cut short (its journal left) is repaired after the migration', async () => {
    let crashNext = false;
    const area = createFaultyArea({
      rand: () => 0.5,
      plan: (c) =>
        crashNext && c.keys.some((k) => k.startsWith(RECORD_PREFIX)) ? ((crashNext = false), 'crash') : undefined,
    });
    const old = createLayout2Store(area);
    for (let n = 1; n <= 6; n++) await old.saveDigest(makeArticle(n), makeEntities(makeArticle(n)), 'page');
    crashNext = true;
    const a = makeArticle(7, { url: 'https://m.baoquocte.vn/bai-viet-7.html' });
    await expect(old.saveDigest(a, makeEntities(a), 'page')).rejects.toThrow();
    area.revive();
    expect(area.data.has(JOURNAL_KEY)).toBe(true);
    const store = createDigestStore(area);
    await store.reconcile();
    expect(area.data.has(JOURNAL_KEY)).toBe(false);
    expect(keysWith(area.data, URL_PREFIX)).toEqual([]);
    const { report, summaries } = await store.inspect({ full: true });
    expect(report.index).toBe('ok');
    expect(storedLayout(area.data)!.problems).toEqual([]);
    for (const s of summaries) expect((await store.getByUrl(s.url))?.id).toBe(s.id);
  });

  it('the layout-2 code opened on a migrated store is read-only (newer layout), and changes nothing', async () => {
    const area = createMemoryArea();
    const { records } = await layout2Library(area, 40);
    await createDigestStore(area).ready();
    const after = new Map(area.data);
    const old = createLayout2Store(area);
    const err = await old.saveDigest(makeArticle(30), makeEntities(makeArticle(30)), 'page').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('newer-schema');
    expect((await old.listSummaries()).length).toBe(records.size);
    expect(area.data).toEqual(after);
  });

  it('before the migration has run (the library opened while the background migrates): the layout-2 store is read as it is, no record read, nothing rebuilt', async () => {
    const area = createMemoryArea();
    const { records, aliased } = await layout2Library(area, 300);
    const before = new Map(area.data);
    const read: string[] = [];
    const get = area.get.bind(area);
    area.get = (keys) => {
      read.push(...keys);
      return get(keys);
    };
    const store = createDigestStore(area);
    const first = await store.firstSummaries(20);
    expect(first.total).toBe(records.size);
    expect(await store.count()).toBe(records.size);
    expect(await store.check()).toMatchObject({ index: 'ok', indexRepaired: false, unreadable: [] });
    expect((await store.getByUrl(aliased[0]!.article.url))?.id).toBe(aliased[0]!.id);
    // The lookup read one record; the rows, the count and the check none.
    expect(read.filter((k) => k.startsWith(RECORD_PREFIX))).toEqual([RECORD_PREFIX + aliased[0]!.id]);
    expect(area.data).toEqual(before);
  });
});
