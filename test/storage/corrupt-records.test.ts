// Damaged storage: records that are not objects, cut-short JSON text, missing fields, wrong types, a record
// from a newer version, a missing or corrupt index, a corrupt meta. The store lists what it can read, reports
// the rest with a reason, rebuilds the index from the records and never deletes or rewrites a bad record.
import { describe, expect, it } from 'vitest';
import { createDigestStore, DIRECTORY_KEY, META_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { shardKey } from '../../lib/storage/layout';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { checkRecord } from '../../lib/storage/record-check';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

async function library() {
  const area = createMemoryArea();
  const store = createDigestStore(area);
  const ids: string[] = [];
  for (let n = 1; n <= 3; n++) {
    const a = makeArticle(n);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page');
    await store.updateNotes(digest.id, `ghi chú ${n}`);
    ids.push(digest.id);
  }
  return { area, ids, good: JSON.parse(area.data.get(RECORD_PREFIX + ids[0])!) as Record<string, unknown> };
}

const BAD: [string, (good: Record<string, unknown>) => unknown, string][] = [
  ['a number', () => 42, 'not-an-object'],
  ['null', () => null, 'not-an-object'],
  ['an array', (g) => [g], 'not-an-object'],
  ['truncated JSON text', (g) => JSON.stringify(g).slice(0, 300), 'unparseable'],
  ['no article', (g) => ({ ...g, article: undefined }), 'missing-fields'],
  [
    'an article without body',
    (g) => ({ ...g, article: { ...(g.article as object), bodyText: undefined } }),
    'missing-fields',
  ],
  ['a title that is a number', (g) => ({ ...g, article: { ...(g.article as object), title: 7 } }), 'wrong-types'],
  ['tags that are a string', (g) => ({ ...g, tags: 'EU' }), 'wrong-types'],
  ['a newer schema', (g) => ({ ...g, schemaVersion: 9, renamedField: true }), 'newer-schema'],
];

describe('unreadable records', () => {
  it.each(BAD)(
    '%s: the others are listed, it is reported with its reason, kept untouched, the index rebuilt',
    async (_name, damage, reason) => {
      const { area, ids } = await library();
      const key = RECORD_PREFIX + 'zz-damaged';
      const value = damage(JSON.parse(area.data.get(RECORD_PREFIX + ids[0])!));
      area.data.set(key, JSON.stringify(value));
      const stored = area.data.get(key);
      area.data.delete(DIRECTORY_KEY); // and the layout's directory is gone too

      const store = createDigestStore(area);
      expect((await store.listSummaries()).map((s) => s.id).sort()).toEqual([...ids].sort());
      const { summaries, report } = await store.inspect();
      expect(summaries).toHaveLength(3);
      expect(report.unreadable).toEqual([{ key, reason, detail: expect.any(String) }]);
      expect(report.index).toBe('missing');
      expect(report.indexRepaired).toBe(true);
      expect(storedLayout(area.data)!.summaries).toHaveLength(3);
      // Reported on every opening (not forgotten once the index is rebuilt), and never deleted or rewritten.
      expect((await createDigestStore(area).inspect()).report.unreadable).toHaveLength(1);
      await store.reconcile();
      await store.rebuildIndex();
      expect(area.data.get(key)).toBe(stored);
      // Writes still work around it.
      const a = makeArticle(8);
      await store.saveDigest(a, makeEntities(a), 'page');
      expect(await store.count()).toBe(4);
      expect(area.data.get(key)).toBe(stored);
    },
  );

  it('a record damaged in place while the index still lists it: the full check drops it from the list and reports it', async () => {
    const { area, ids } = await library();
    area.data.set(RECORD_PREFIX + ids[1], JSON.stringify({ id: ids[1], urlKey: 'x' }));
    const { summaries, report } = await createDigestStore(area).inspect({ full: true });
    expect(summaries.map((s) => s.id)).not.toContain(ids[1]);
    expect(report).toMatchObject({
      index: 'out-of-step',
      indexRepaired: true,
      unreadable: [{ key: RECORD_PREFIX + ids[1], reason: 'missing-fields' }],
    });
    expect(area.data.has(RECORD_PREFIX + ids[1])).toBe(true);
  });

  it('saving the same article as an unreadable record does not overwrite it (the new digest takes another id)', async () => {
    const { area, ids, good } = await library();
    area.data.set(RECORD_PREFIX + ids[0], JSON.stringify({ ...good, schemaVersion: 5 }));
    const store = createDigestStore(area);
    await store.reconcile();
    const a = makeArticle(1);
    const { digest, created } = await store.saveDigest(a, makeEntities(a), 'page');
    expect(created).toBe(true);
    expect(digest.id).not.toBe(ids[0]);
    expect(JSON.parse(area.data.get(RECORD_PREFIX + ids[0])!).schemaVersion).toBe(5);
    // Deleting through the UI never removes a record this version cannot read.
    await store.deleteDigest(ids[0]!);
    expect(area.data.has(RECORD_PREFIX + ids[0])).toBe(true);
  });

  it('a record stored as complete JSON text is read', () => {
    const a = makeArticle(1);
    const d = {
      schemaVersion: 1,
      id: 'd1',
      urlKey: 'baoquocte.vn/bai-viet-1.html',
      savedAt: '2025-01-01T00:00:00Z',
      article: a,
      entities: makeEntities(a),
    };
    const r = checkRecord('digest:d1', JSON.stringify(d));
    expect(r.ok && r.digest).toMatchObject({ id: 'd1', notes: '', tags: [], updatedAt: '2025-01-01T00:00:00Z' });
  });
});

describe('damaged layout and meta', () => {
  it.each([
    ['the directory is a string', DIRECTORY_KEY, () => 'xin chào', 'corrupt'],
    ['a shard holds entries that are not summaries', shardKey(0), () => ({ entries: [{ id: 3 }] }), 'corrupt'],
    [
      'a shard lists one digest twice',
      shardKey(0),
      (v: { entries: unknown[] }) => ({ entries: [...v.entries, v.entries[0]] }),
      'corrupt',
    ],
    ['the directory is of another layout version', DIRECTORY_KEY, () => ({ version: 1, shards: [] }), 'outdated'],
  ] as const)('%s: rebuilt from the records and written back', async (_n, key, damage, state) => {
    const { area, ids } = await library();
    area.data.set(key, JSON.stringify(damage(JSON.parse(area.data.get(key)!))));
    const store = createDigestStore(area);
    expect((await store.listSummaries()).map((s) => s.id).sort()).toEqual([...ids].sort());
    const { report } = await store.inspect();
    expect(report.index).toBe(state);
    const layout = storedLayout(area.data)!;
    expect(layout.summaries).toHaveLength(3);
    expect(layout.problems).toEqual([]);
  });

  it('a shard that lists a missing record and misses a present one is repaired on opening', async () => {
    const { area, ids } = await library();
    const shard = JSON.parse(area.data.get(shardKey(0))!);
    shard.entries = shard.entries.map((e: { id: string }) => (e.id === ids[2] ? { ...e, id: 'ghost' } : e));
    area.data.set(shardKey(0), JSON.stringify(shard));
    const { summaries, report } = await createDigestStore(area).inspect();
    expect(summaries.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(report).toMatchObject({ index: 'out-of-step', indexRepaired: true, unreadable: [] });
    expect(
      storedLayout(area.data)!
        .summaries.map((s) => s.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it.each([
    ['a string', 'v1'],
    ['a version that is text', { schemaVersion: 'một' }],
    ['null', null],
  ])('meta is %s: reported, rewritten, nothing lost', async (_n, value) => {
    const { area, ids } = await library();
    area.data.set(META_KEY, JSON.stringify(value));
    const store = createDigestStore(area);
    expect((await store.inspect()).report.meta).toBe('corrupt');
    await store.updateNotes(ids[0]!, 'sau khi sửa');
    expect(JSON.parse(area.data.get(META_KEY)!)).toEqual({ schemaVersion: 1, layout: 3 });
    expect((await store.getDigest(ids[1]!))?.notes).toBe('ghi chú 2');
    expect(await store.count()).toBe(3);
  });

  it('meta from a newer version: the library still lists and reports, writes are refused with "newer-schema"', async () => {
    const { area } = await library();
    area.data.set(META_KEY, JSON.stringify({ schemaVersion: 4 }));
    area.data.delete(DIRECTORY_KEY);
    const before = new Map(area.data);
    const store = createDigestStore(area);
    const { summaries, report } = await store.inspect();
    expect(summaries).toHaveLength(3);
    expect(report).toMatchObject({ meta: 'newer', index: 'missing', indexRepaired: false });
    const a = makeArticle(5);
    await expect(store.saveDigest(a, makeEntities(a), 'page')).rejects.toMatchObject({ code: 'newer-schema' });
    expect(area.data).toEqual(before);
  });
});
