// A note typed into a note that already has text leaves the layout as it is: the store writes the record alone,
// in one set of one key (Chromium's storage.local.set costs time in proportion to the keys stored, so the number
// of sets is what a big library pays for), after preparing the kept index; the guarantees stay: the index follows,
// a context that stops after the record landed is caught up, a refused write changes nothing.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { emptyQuery, KeptIndex, createMemorySearchDb, type SearchDb } from '../../lib/search';
import {
  createDigestStore,
  createMemoryArea,
  createQueueLock,
  DIRECTORY_KEY,
  JOURNAL_KEY,
  RECORD_PREFIX,
  readDirectory,
  StorageError,
  type DerivedIndex,
  type KeyValueArea,
} from '../../lib/storage';
import { generateDigests } from '../support/generate-digests';
import { options } from '../library/kept-support';

/** The area with every set's keys recorded, and an optional refusal of the next sets. */
function recording(area: ReturnType<typeof createMemoryArea>) {
  const sets: string[][] = [];
  let refuse = false;
  const wrapped: KeyValueArea = {
    get: (k) => area.get(k),
    keys: () => area.keys(),
    getBytesInUse: (k) => area.getBytesInUse(k),
    remove: (k) => area.remove(k),
    async set(items) {
      if (refuse) throw new Error('IO error: .../000123.ldb: No space left on device');
      sets.push(Object.keys(items).sort());
      return area.set(items);
    },
  };
  return { area: wrapped, sets, refuse: (on: boolean) => (refuse = on) };
}

async function library(
  derivedOf: (index: KeptIndex) => DerivedIndex = (i) => i.writer,
  db: SearchDb = createMemorySearchDb(),
) {
  const memory = createMemoryArea();
  const rec = recording(memory);
  const index = new KeptIndex(db, options);
  const lock = createQueueLock();
  const store = createDigestStore(rec.area, { lock, derived: derivedOf(index) });
  const digests = generateDigests(80, { seed: 17, bodyWords: 80 });
  await store.importDigests(digests);
  await store.settled();
  const withNotes = digests.find((d) => d.notes.trim() !== '')!;
  const without = digests.find((d) => d.notes.trim() === '')!;
  return { memory, rec, index, store, lock, withNotes, without };
}

const search = async (index: KeptIndex, q: string) => {
  await index.search.refresh();
  return (await index.search.search({ ...emptyQuery(), q })).ids;
};

const seqOf = async (area: KeyValueArea) => readDirectory((await area.get([DIRECTORY_KEY]))[DIRECTORY_KEY])!.seq;

describe('a note typed into a note that has text', () => {
  it('is one set of the record alone, and the kept index finds the new words at once', async () => {
    const lib = await library();
    const seq = await seqOf(lib.rec.area);
    lib.rec.sets.length = 0;
    const d: Digest = lib.withNotes;
    const text = `${d.notes}\nHỏi lại Bộ Ngoại giao về Đối thoại Shangri-La.`;
    const saved = await lib.store.saveNotes(d.id, text, d.notes);
    expect(saved.digest.notes).toBe(text);
    expect(lib.rec.sets).toEqual([[RECORD_PREFIX + d.id]]);
    expect(await seqOf(lib.rec.area)).toBe(seq);
    await lib.store.settled();
    expect(await search(lib.index, 'shangri la')).toEqual([d.id]);
    expect(await search(lib.index, 'note:"bo ngoai giao"')).toEqual([d.id]);
    // Nothing left for a catch-up: the index holds every shard as current.
    expect((await lib.index.coverage(lib.store.derivedSource())).current).toBe(true);
  }, 60_000);

  it('a first note (the list shows "has notes") and a tag still write the layout with its journal', async () => {
    const lib = await library();
    lib.rec.sets.length = 0;
    await lib.store.saveNotes(lib.without.id, 'Ghi chú đầu tiên', '');
    expect(lib.rec.sets[0]).toEqual([JOURNAL_KEY]);
    expect(lib.rec.sets[1]).toContain(DIRECTORY_KEY);
    expect((await lib.store.listSummaries()).find((s) => s.id === lib.without.id)!.hasNotes).toBe(true);
    lib.rec.sets.length = 0;
    await lib.store.changeTags(lib.withNotes.id, { add: ['Theo dõi tháng Mười'] });
    expect(lib.rec.sets[1]).toContain(DIRECTORY_KEY);
    await lib.store.settled();
    expect(await search(lib.index, 'tag:"theo doi thang muoi"')).toEqual([lib.withNotes.id]);
  }, 60_000);

  it('a context that stops after the record landed (the index never told): the next catch-up indexes the note', async () => {
    const db = createMemorySearchDb();
    // The writing context's index is prepared, then the context is gone before the apply.
    const lib = await library(
      (index) => ({
        prepare: (epoch, shards) => index.writer.prepare(epoch, shards),
        apply: (change, read) =>
          change.put.some((x) => x.notes.includes('Shangri-La'))
            ? Promise.reject(new Error('context stopped'))
            : index.writer.apply(change, read),
      }),
      db,
    );
    const d = lib.withNotes;
    await lib.store.saveNotes(d.id, `${d.notes} Đối thoại Shangri-La`, d.notes);
    await lib.store.settled();
    const next = new KeptIndex(db, options);
    const source = lib.store.derivedSource();
    const coverage = await next.coverage(source);
    expect(coverage.current).toBe(false);
    expect(coverage.total - coverage.done).toBeLessThanOrEqual(64); // one shard to index again, not the library
    await next.catchUp(source);
    expect((await next.coverage(source)).current).toBe(true);
    expect(await search(next, 'shangri la')).toEqual([d.id]);
  }, 60_000);

  it('a refused write: a clear StorageError, the note as it was, the index current with nothing to catch up', async () => {
    const lib = await library();
    const d = lib.withNotes;
    lib.rec.refuse(true);
    const err = await lib.store.saveNotes(d.id, `${d.notes} Đối thoại Shangri-La`, d.notes).catch((e: unknown) => e);
    lib.rec.refuse(false);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('write-failed');
    expect((await lib.store.getDigest(d.id))!.notes).toBe(d.notes);
    await lib.store.settled();
    expect((await lib.index.coverage(lib.store.derivedSource())).current).toBe(true);
    expect(await search(lib.index, 'shangri la')).toEqual([]);
  }, 60_000);

  it('an index that cannot be prepared: the note is written with the layout (its numbers move), as before', async () => {
    const lib = await library((index) => ({
      prepare: () => Promise.reject(new Error('The database connection is closing.')),
      apply: (change, read) => index.writer.apply(change, read),
    }));
    const seq = await seqOf(lib.rec.area);
    lib.rec.sets.length = 0;
    const d = lib.withNotes;
    await lib.store.saveNotes(d.id, `${d.notes} Đối thoại Shangri-La`, d.notes);
    expect(lib.rec.sets[0]).toEqual([JOURNAL_KEY]);
    expect(await seqOf(lib.rec.area)).toBe(seq! + 1);
    await lib.store.settled();
    expect(await search(lib.index, 'shangri la')).toEqual([d.id]);
  }, 60_000);
});
