import { describe, expect, it } from 'vitest';
import { bucketKeyOf, createDigestStore, DIRECTORY_KEY, META_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { shardKey } from '../../lib/storage/layout';
import { StorageError } from '../../lib/storage/errors';
import { createQueueLock } from '../../lib/storage/key-value-area';
import { createMemoryArea, QuotaExceededError } from '../../lib/storage/memory-area';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

function setup(opts: Parameters<typeof createMemoryArea>[0] = {}) {
  const area = createMemoryArea(opts);
  let t = Date.parse('2025-05-24T10:00:00Z');
  const now = () => new Date((t += 1000));
  return { area, store: createDigestStore(area, { now }), now };
}

async function save(store: ReturnType<typeof setup>['store'], n: number, over = {}) {
  const a = makeArticle(n, over);
  return store.saveDigest(a, makeEntities(a), 'page');
}

describe('digest store: records and index', () => {
  it('saves one record, its summary in a shard and its url entry in its bucket, with meta at schema v1, layout 3', async () => {
    const { area, store } = setup();
    const { digest, created, previous } = await save(store, 1);
    expect(created).toBe(true);
    expect(previous).toBeNull();
    expect(digest.urlKey).toBe('baoquocte.vn/bai-viet-1.html');
    expect([...area.data.keys()].sort()).toEqual(
      [DIRECTORY_KEY, META_KEY, RECORD_PREFIX + digest.id, shardKey(0), bucketKeyOf(digest.urlKey)].sort(),
    );
    const summaries = await store.listSummaries();
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      id: digest.id,
      title: 'Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản 1',
      siteName: 'Báo Quốc tế',
      people: ['Bùi Thanh Sơn'],
      agreements: ['Hiệp định Đối tác Kinh tế Việt Nam - Nhật Bản', 'VJEPA'],
      hasNotes: false,
      highlightCount: 0,
    });
    expect(JSON.parse(area.data.get(META_KEY)!)).toEqual({ schemaVersion: 1, layout: 3 });
    expect(await store.getDigest(digest.id)).toEqual(digest);
  });

  it('recognises the same article under a tracking URL: refresh, no duplicate, user data kept', async () => {
    const { store } = setup();
    const first = (await save(store, 1)).digest;
    await store.updateNotes(first.id, 'ghi chú quan trọng');
    await store.setTags(first.id, ['Nhật Bản', ' ngoại giao ', 'Nhật Bản']);
    await store.addHighlight(first.id, { quote: 'tiếp tục hỗ trợ' });
    expect(
      await store.getByUrl('https://baoquocte.vn/bai-viet-1.html?utm_source=facebook&fbclid=x#top'),
    ).not.toBeNull();

    const again = await save(store, 1, {
      url: 'https://m.baoquocte.vn/bai-viet-1.html?utm_source=zalo',
      title: 'Tiêu đề mới',
    });
    expect(again.created).toBe(false);
    expect(again.previous?.id).toBe(first.id);
    expect(again.digest.id).toBe(first.id);
    expect(again.digest.savedAt).toBe(first.savedAt);
    expect(again.digest.updatedAt > first.updatedAt).toBe(true);
    expect(again.digest.notes).toBe('ghi chú quan trọng');
    expect(again.digest.tags).toEqual(['Nhật Bản', 'ngoại giao']);
    expect(again.digest.highlights).toHaveLength(1);
    expect(await store.count()).toBe(1);
    expect((await store.listSummaries())[0]).toMatchObject({ title: 'Tiêu đề mới', hasNotes: true, highlightCount: 1 });
  });

  it('finds a digest by the address it was read from when the canonical URL differs', async () => {
    const { store } = setup();
    await save(store, 2, {
      url: 'https://baoquocte.vn/print/2?ref=home',
      canonicalUrl: 'https://baoquocte.vn/bai-viet-2.html',
    });
    expect((await store.findByUrl('https://baoquocte.vn/print/2'))?.urlKey).toBe('baoquocte.vn/bai-viet-2.html');
    expect(await store.findByUrl('https://baoquocte.vn/bai-viet-3.html')).toBeNull();
  });

  it('lists newest first and deletes with a record to undo with', async () => {
    const { area, store } = setup();
    const a = (await save(store, 1)).digest;
    const b = (await save(store, 2)).digest;
    expect((await store.listSummaries()).map((s) => s.id)).toEqual([b.id, a.id]);
    const removed = await store.deleteDigest(a.id);
    expect(removed?.id).toBe(a.id);
    expect(area.data.has(RECORD_PREFIX + a.id)).toBe(false);
    expect(await store.count()).toBe(1);
    await store.restoreDigest(removed!);
    expect((await store.listSummaries()).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(await store.getDigest(a.id)).toEqual(a);
  });

  it('undoes a refresh by restoring the previous version', async () => {
    const { store } = setup();
    const first = (await save(store, 1)).digest;
    const again = await save(store, 1, { title: 'Đổi' });
    await store.restoreDigest(again.previous!, { replaced: again.digest });
    expect((await store.getDigest(first.id))?.article.title).toBe(first.article.title);
    expect(await store.count()).toBe(1);
  });

  it('adds and removes highlights; unknown ids are reported', async () => {
    const { store } = setup();
    const d = (await save(store, 1)).digest;
    const h = await store.addHighlight(d.id, { quote: 'Hai bên nhất trí', start: 0, comment: 'x' });
    expect((await store.getDigest(d.id))?.highlights).toEqual([h]);
    await store.removeHighlight(d.id, h.id);
    expect((await store.getDigest(d.id))?.highlights).toEqual([]);
    await expect(store.updateNotes('nope', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('imports digests: new ones added, a digest already saved merged (both sides kept), a repeat import changes nothing', async () => {
    const { store } = setup();
    const d1 = (await save(store, 1)).digest;
    await store.updateNotes(d1.id, 'của tôi');
    const other = setup().store;
    const d2 = (await save(other, 2)).digest;
    const d1b = { ...d1, notes: 'từ tệp', tags: ['EU'] };
    expect(await store.importDigests([d1b, d2])).toEqual({ added: 1, merged: 1, unchanged: 0 });
    expect(await store.count()).toBe(2);
    const merged = await store.getDigest(d1.id);
    expect(merged?.notes).toContain('của tôi');
    expect(merged?.notes).toContain('từ tệp');
    expect(merged?.tags).toEqual(['EU']);
    expect(await store.importDigests([d1b, d2])).toEqual({ added: 0, merged: 0, unchanged: 2 });
  });

  it('the first rows (from the newest shards only) are the newest summaries, whatever order digests were saved in', async () => {
    const { generateDigests, seededRandom } = await import('../support/generate-digests');
    const rand = seededRandom(11);
    // Imported and restored digests carry old savedAt values into the newest shard: shards are not in date order.
    const digests = generateDigests(500, { seed: 12, bodyWords: 20 }).map((d) => ({
      ...d,
      savedAt: new Date(Date.UTC(2020, 0, 1) + rand() * 5e10).toISOString(),
    }));
    const { store } = setup();
    for (let i = 0; i < digests.length; i += 100) await store.importDigests(digests.slice(i, i + 100));
    const all = await store.listSummaries();
    for (const limit of [1, 50, 120]) {
      const first = await store.firstSummaries(limit);
      expect(first.total).toBe(500);
      expect(first.summaries.map((x) => x.id)).toEqual(all.slice(0, limit).map((x) => x.id));
    }
  });

  it('reports usage', async () => {
    const { store } = setup();
    await save(store, 1);
    const u = await store.usage();
    expect(u.count).toBe(1);
    expect(u.bytes).toBeGreaterThan(500);
  });
});

describe('digest store: concurrency', () => {
  it('two tabs saving at the same moment (two store objects, one shared lock) lose nothing', async () => {
    // Every area call yields to the event loop, so unserialised read-modify-writes would interleave.
    const area = createMemoryArea({ delay: () => new Promise((r) => setTimeout(r, Math.random() * 3)) });
    const lock = createQueueLock();
    const tab1 = createDigestStore(area, { lock });
    const tab2 = createDigestStore(area, { lock });
    const saves = [];
    for (let n = 0; n < 10; n++) {
      const a = makeArticle(n);
      saves.push((n % 2 ? tab1 : tab2).saveDigest(a, makeEntities(a), 'page'));
    }
    const results = await Promise.all(saves);
    expect(new Set(results.map((r) => r.digest.id)).size).toBe(10);
    expect(await tab1.count()).toBe(10);
    expect([...area.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX))).toHaveLength(10);
  });

  it('without the shared lock the same race does lose summaries (why the lock exists)', async () => {
    // Equal delays: every writer reads the shard before any of them writes it back.
    const area = createMemoryArea({ delay: () => new Promise((r) => setTimeout(r, 1)) });
    const stores = Array.from({ length: 10 }, () => createDigestStore(area)); // each its own lock
    await stores[0]!.ready();
    await Promise.all(stores.map((s, n) => s.saveDigest(makeArticle(n), makeEntities(makeArticle(n)), 'page')));
    expect(await stores[0]!.count()).toBeLessThan(10);
    // ...and the library's check (record keys against the summaries) repairs it from the records, all written.
    expect((await stores[0]!.inspect()).report).toMatchObject({ index: 'out-of-step', indexRepaired: true });
    expect(await stores[0]!.count()).toBe(10);
  });
});

describe('digest store: failures keep what was saved', () => {
  it('a full quota is reported as "quota" and the earlier digests are intact', async () => {
    const { area, store } = setup({ quotaBytes: 9000 });
    await save(store, 1);
    const before = new Map(area.data);
    const big = 'x'.repeat(20_000);
    const err = await save(store, 2, { bodyText: big, bodyHtml: `<p>${big}</p>` }).catch((e) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err.code).toBe('quota');
    expect(area.data).toEqual(before);
    expect(await store.count()).toBe(1);
  });

  it('a refresh that fails leaves the old record and index as they were', async () => {
    const { area, store } = setup();
    const first = (await save(store, 1)).digest;
    area.failNextSet = new QuotaExceededError();
    await expect(save(store, 1, { title: 'mới' })).rejects.toMatchObject({ code: 'quota' });
    expect((await store.getDigest(first.id))?.article.title).toBe(first.article.title);
    area.failNextSet = new Error('IO error: disk');
    await expect(store.updateNotes(first.id, 'x')).rejects.toMatchObject({ code: 'write-failed' });
    expect((await store.getDigest(first.id))?.notes).toBe('');
  });

  it('rebuilds a lost or outdated layout from the records', async () => {
    const { area, store } = setup();
    await save(store, 1);
    await save(store, 2);
    area.data.delete(DIRECTORY_KEY);
    expect(await store.count()).toBe(2); // read path rebuilds in memory
    area.data.set(DIRECTORY_KEY, JSON.stringify({ version: 0, shards: [] }));
    expect(await store.reconcile()).toBe(true);
    expect(storedLayout(area.data)!.summaries).toHaveLength(2);
    expect(await store.reconcile()).toBe(false);
    expect(await store.rebuildIndex()).toHaveLength(2);
  });

  it('gives a colliding id the next seed instead of overwriting another article', async () => {
    const { area, store } = setup();
    const a = makeArticle(1);
    // Plant a record of ANOTHER article under the id article 1 would get.
    const { digestIdFor } = await import('../../lib/digest');
    const id0 = digestIdFor('baoquocte.vn/bai-viet-1.html');
    area.data.set(RECORD_PREFIX + id0, JSON.stringify({ ...(await save(setup().store, 9)).digest, id: id0 }));
    await store.rebuildIndex();
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page');
    expect(digest.id).toBe(digestIdFor('baoquocte.vn/bai-viet-1.html', 1));
    expect(await store.count()).toBe(2);
  });
});
