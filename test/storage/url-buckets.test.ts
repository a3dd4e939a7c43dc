// The url entries in buckets (layout 3, lib/storage/url-buckets.ts): url keys that share a bucket, a bucket
// emptied, a url moving from one digest to another, aliases, and the number of keys a library holds.
import { describe, expect, it } from 'vitest';
import { urlKeyOf, type Digest } from '../../lib/digest';
import {
  BUCKET_PREFIX,
  URL_BUCKETS,
  bucketKeyOf,
  createDigestStore,
  RECORD_PREFIX,
  SHARD_PREFIX,
} from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { readBucket } from '../../lib/storage/url-buckets';
import { generateDigests } from '../support/generate-digests';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

function setup() {
  const area = createMemoryArea();
  return { area, store: createDigestStore(area) };
}
const save = (store: ReturnType<typeof createDigestStore>, a = makeArticle(1)) =>
  store.saveDigest(a, makeEntities(a), 'page');
const bucketOfData = (area: ReturnType<typeof createMemoryArea>, urlKey: string) => {
  const raw = area.data.get(bucketKeyOf(urlKey));
  return raw === undefined ? null : readBucket(JSON.parse(raw));
};

/** Two article numbers whose url keys fall in the same bucket (found by search, not assumed). */
function collidingPair(): [number, number] {
  const seen = new Map<string, number>();
  for (let n = 1; ; n++) {
    const b = bucketKeyOf(urlKeyOf(makeArticle(n)));
    const other = seen.get(b);
    if (other !== undefined) return [other, n];
    seen.set(b, n);
  }
}

describe('url entries in buckets', () => {
  it('two url keys in one bucket: both found, each edited and deleted without touching the other', async () => {
    const { area, store } = setup();
    const [n1, n2] = collidingPair();
    const a1 = makeArticle(n1);
    const a2 = makeArticle(n2);
    const d1 = (await save(store, a1)).digest;
    const d2 = (await save(store, a2)).digest;
    expect(bucketKeyOf(d1.urlKey)).toBe(bucketKeyOf(d2.urlKey));
    expect([...bucketOfData(area, d1.urlKey)!.keys()].sort()).toEqual([d1.urlKey, d2.urlKey].sort());
    expect((await store.getByUrl(a1.url))?.id).toBe(d1.id);
    expect((await store.getByUrl(a2.url))?.id).toBe(d2.id);
    // A refresh of one keeps the other's entry.
    expect((await save(store, { ...a2, title: 'Tiêu đề mới' })).created).toBe(false);
    expect((await store.getByUrl(a1.url))?.id).toBe(d1.id);
    await store.deleteDigest(d2.id);
    expect([...bucketOfData(area, d1.urlKey)!.keys()]).toEqual([d1.urlKey]);
    expect((await store.getByUrl(a1.url))?.id).toBe(d1.id);
    expect(await store.getByUrl(a2.url)).toBeNull();
    expect(storedLayout(area.data)!.problems).toEqual([]);
  });

  it('a bucket emptied by a delete is removed, and the undo writes it back', async () => {
    const { area, store } = setup();
    const a = makeArticle(1);
    const d = (await save(store, a)).digest;
    const deleted = (await store.deleteDigest(d.id))!;
    expect([...area.data.keys()].filter((k) => k.startsWith(BUCKET_PREFIX))).toEqual([]);
    expect(await store.getByUrl(a.url)).toBeNull();
    await store.restoreDigest(deleted);
    expect((await store.getByUrl(a.url))?.id).toBe(d.id);
    expect(bucketOfData(area, d.urlKey)!.get(d.urlKey)).toEqual([{ id: d.id, site: 'baoquocte.vn', shard: 0 }]);
    const { report } = await store.inspect({ full: true });
    expect(report.index).toBe('ok');
  });

  it('aliases: the address a digest was read from leads to it through its own bucket, and leaves with a refresh', async () => {
    const { area, store } = setup();
    const read = 'https://m.baoquocte.vn/amp/bai-viet-1.html?utm_source=zalo';
    const a = makeArticle(1, { url: read });
    const d = (await save(store, a)).digest;
    const alias = urlKeyOf({ url: read, canonicalUrl: '' });
    expect(alias).not.toBe(d.urlKey);
    expect(bucketOfData(area, alias)!.get(alias)).toEqual([{ id: d.id, site: 'baoquocte.vn', alias: true }]);
    expect((await store.getByUrl(read))?.id).toBe(d.id);
    expect((await store.getByUrl(makeArticle(1).url))?.id).toBe(d.id);
    // Read again at its canonical address: the alias is no longer one of its keys, so its entry goes.
    expect((await save(store, makeArticle(1))).created).toBe(false);
    expect(bucketOfData(area, alias)?.get(alias)).toBeUndefined();
    expect((await store.getByUrl(makeArticle(1).url))?.id).toBe(d.id);
    expect(storedLayout(area.data)!.problems).toEqual([]);
  });

  it('a url moved from one digest to another: the entry leads to the digest that holds the key now', async () => {
    const { area, store } = setup();
    // A digest read at a tracking address of article 2 whose canonical is article 1: article 2's key is its alias.
    const read = makeArticle(2).url;
    const first = (await save(store, makeArticle(1, { url: read + '?utm_source=fb' }))).digest;
    const key2 = urlKeyOf(makeArticle(2));
    expect(bucketOfData(area, key2)!.get(key2)).toEqual([{ id: first.id, site: 'baoquocte.vn', alias: true }]);
    // The first digest read again at its canonical address drops the alias; article 2 then gets its own digest.
    await save(store, makeArticle(1));
    const second = (await save(store, makeArticle(2))).digest;
    expect(second.id).not.toBe(first.id);
    expect(bucketOfData(area, key2)!.get(key2)).toEqual([{ id: second.id, site: 'baoquocte.vn', shard: 0 }]);
    expect((await store.getByUrl(read))?.id).toBe(second.id);
    expect((await store.getByUrl(makeArticle(1).url))?.id).toBe(first.id);
    expect(storedLayout(area.data)!.problems).toEqual([]);
  });

  it('a library of 3,000 digests holds one key per record, a bounded number of buckets and its shards', async () => {
    const { area, store } = setup();
    await store.importDigests(generateDigests(3_000, { seed: 5, bodyWords: 20 }));
    const keys = [...area.data.keys()];
    const records = keys.filter((k) => k.startsWith(RECORD_PREFIX)).length;
    const buckets = keys.filter((k) => k.startsWith(BUCKET_PREFIX)).length;
    const shards = keys.filter((k) => k.startsWith(SHARD_PREFIX)).length;
    expect(records).toBe(3_000);
    expect(buckets).toBeLessThanOrEqual(URL_BUCKETS);
    expect(buckets).toBeGreaterThan(URL_BUCKETS / 2); // spread over the buckets, not piled into a few
    expect(keys.length).toBe(records + buckets + shards + 2); // + directory and meta
    expect(storedLayout(area.data)!.problems).toEqual([]);
  }, 60_000);

  it('a bucket damaged by another tool reads as empty: the lookup misses, a save of the article still finds its record', async () => {
    const { area, store } = setup();
    const a = makeArticle(1);
    const d = (await save(store, a)).digest;
    await store.updateNotes(d.id, 'ghi chú');
    area.data.set(bucketKeyOf(d.urlKey), JSON.stringify('hỏng'));
    expect(await store.getByUrl(a.url)).toBeNull();
    const again = await save(store, { ...a, title: 'Mới' });
    expect(again).toMatchObject({ created: false, digest: { id: d.id, notes: 'ghi chú' } });
    expect((await store.getByUrl(a.url))?.id).toBe(d.id);
  });

  /** Article numbers whose url keys share one bucket, at least `n` of them (found by search). */
  function sharingBucket(n: number): number[] {
    const seen = new Map<string, number[]>();
    for (let i = 1; ; i++) {
      const b = bucketKeyOf(urlKeyOf(makeArticle(i)));
      const list = [...(seen.get(b) ?? []), i];
      if (list.length >= n) return list;
      seen.set(b, list);
    }
  }

  it('a damaged bucket is rebuilt from the records by the next save into it: every digest of it is still found', async () => {
    const { area, store } = setup();
    const [x, y, z, last] = sharingBucket(4).map((n) => makeArticle(n));
    const saved: Digest[] = [];
    for (const a of [x!, y!, z!]) saved.push((await save(store, a)).digest);
    const bucket = bucketKeyOf(saved[0]!.urlKey);
    for (const damage of [JSON.stringify('hỏng'), JSON.stringify({ [saved[0]!.urlKey]: 'hỏng' })]) {
      area.data.set(bucket, damage);
      const again = (await save(store, last!)).digest;
      for (const [a, d] of [...[x!, y!, z!].map((a, i) => [a, saved[i]!] as const), [last!, again] as const])
        expect((await store.getByUrl(a.url))?.id).toBe(d.id);
      expect(storedLayout(area.data)!.problems).toEqual([]);
    }
  });

  it('inspect() reports a damaged bucket and rebuilds it', async () => {
    const { area, store } = setup();
    const [x, y] = sharingBucket(2).map((n) => makeArticle(n));
    const a = (await save(store, x!)).digest;
    const b = (await save(store, y!)).digest;
    area.data.set(bucketKeyOf(a.urlKey), JSON.stringify([1, 2]));
    const { summaries, report } = await store.inspect();
    expect(report).toMatchObject({ index: 'corrupt', indexRepaired: true });
    expect(summaries).toHaveLength(2);
    expect((await store.getByUrl(x!.url))?.id).toBe(a.id);
    expect((await store.getByUrl(y!.url))?.id).toBe(b.id);
  });
});
