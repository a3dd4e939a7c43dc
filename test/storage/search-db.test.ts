// The kept search index's IndexedDB adapter (platform/search-db.ts) on fake-indexeddb (a complete IndexedDB in
// JavaScript): the same reads as the in-memory database for every kind of op, writes all or nothing, data kept
// across connections, and the kept index answering as the in-memory index over it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  compareKeys,
  createMemorySearchDb,
  type DbKey,
  type ReadOp,
  type SearchDb,
  type WriteOp,
} from '../../lib/search';
import { openSearchDb } from '../../platform/search-db';
import { inMemoryAnswers, keptAnswers, keptLibrary, storedDigests } from '../library/kept-support';
import { seededRandom, generateDigests } from '../support/generate-digests';

const words = ['a', 'ab', 'abc', 'b', 'ba', 'hoang', 'hoanh', 'hoa', '\u0001ptran', '\u0001s', 'z\uffff'];

async function fill(db: SearchDb): Promise<void> {
  const ops: WriteOp[] = [
    {
      store: 'terms',
      put: words.flatMap((w, i) =>
        [0, 1, 2].map((g): [DbKey, unknown] => [[w, g], { w, g, d: new Uint8Array([i, g]), s: [w.toUpperCase()] }]),
      ),
    },
    { store: 'loc', put: ['b', 'a', 'c', 'aa'].map((id, l): [DbKey, unknown] => [id, { v: 'v', g: 1, l }]) },
    {
      store: 'segs',
      put: [
        [2, { ids: ['x'], saved: new Float64Array([1.5]) }],
        [10, { ids: [] }],
      ],
    },
  ];
  await db.write(ops);
}

const reads: ReadOp[] = [
  { store: 'terms', range: [['hoa'], ['hoa\uffff']] },
  { store: 'terms', range: [['hoang'], ['hoang', []]] },
  { store: 'terms', range: [['\u0001p'], ['\u0001p\uffff']] },
  { store: 'terms', range: [1, 2], index: 'g' },
  { store: 'terms', range: [[''], [[]]], limit: 5 },
  { store: 'loc', get: ['c', 'missing', 'a'] },
  { store: 'loc', keys: true },
  { store: 'loc', range: ['a', []], limit: 2 },
  { store: 'segs', get: [2, 10, 3] },
];

describe('the search index database over IndexedDB', () => {
  it('reads as the in-memory database does: ranges in key order, the segment index, limits, gets, keys', async () => {
    const idb = await openSearchDb(new IDBFactory());
    const mem = createMemorySearchDb();
    await fill(idb);
    await fill(mem);
    expect(await idb.read(reads)).toEqual(await mem.read(reads));
    const [segs] = await idb.read([{ store: 'segs', get: [2] }]);
    expect((segs![0] as { saved: Float64Array }).saved).toBeInstanceOf(Float64Array);
  });

  it('orders keys as IndexedDB does', async () => {
    const rand = seededRandom(9);
    const keys: DbKey[] = [];
    for (let i = 0; i < 60; i++) {
      const r = rand();
      keys.push(
        r < 0.3
          ? Math.floor(rand() * 100)
          : r < 0.6
            ? words[Math.floor(rand() * words.length)]!
            : [words[Math.floor(rand() * words.length)]!, Math.floor(rand() * 4)],
      );
    }
    const idb = await openSearchDb(new IDBFactory());
    await idb.write([{ store: 'docs', put: keys.map((k, i): [DbKey, unknown] => [k, i]) }]);
    const [stored] = await idb.read([{ store: 'docs', keys: true }]);
    const unique = [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()];
    expect(stored).toEqual(unique.sort(compareKeys));
  });

  it('writes all or nothing, and what landed is there for the next connection', async () => {
    const factory = new IDBFactory();
    const idb = await openSearchDb(factory);
    await fill(idb);
    await expect(
      idb.write([
        { store: 'loc', put: [['new', { v: 'v' }]] },
        { store: 'docs', put: [['bad', { f: () => 1 }]] },
      ]),
    ).rejects.toThrow(/search index database/);
    const again = await openSearchDb(factory);
    const [found, keys] = await again.read([
      { store: 'loc', get: ['new'] },
      { store: 'loc', keys: true },
    ]);
    expect(found![0]).toBeUndefined();
    expect(keys).toEqual(['a', 'aa', 'b', 'c']);
  });

  it('keeps a kept index that answers as the in-memory index', async () => {
    const lib = keptLibrary(await openSearchDb(new IDBFactory()));
    const pool = generateDigests(50, { seed: 23, bodyWords: 120 });
    await lib.store.importDigests(pool.slice(0, 40));
    const stored = await storedDigests(lib.store);
    await lib.store.saveNotes(stored[3]!.id, 'Hoàng Xuân Chiến gặp đoàn EU', '');
    await lib.store.deleteDigest(stored[4]!.id);
    for (const d of pool.slice(40)) await lib.store.importDigests([d]);
    await lib.store.settled();
    await lib.lock(() => lib.writer.maintain());
    expect(await keptAnswers(lib.search)).toEqual(inMemoryAnswers(await storedDigests(lib.store)));
  }, 60_000);
});
