// The undo in the popup, and the kept search index: the background saves (its store keeps the index), the popup
// undoes with a store of its own (its own KeptIndex over the same database, the same lock). Once both have
// followed their writes, the index must be current with every shard: nothing left for a catch-up to index again.
import { describe, expect, it } from 'vitest';
import { createMemorySearchDb, KeptIndex, type SearchDb } from '../../lib/search';
import { createDigestStore, createQueueLock } from '../../lib/storage';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { SHARD_SIZE } from '../../lib/storage/layout';
import { makeArticle, makeEntities } from './fixtures';

function contexts() {
  const area = createMemoryArea();
  const db = createMemorySearchDb();
  const lock = createQueueLock();
  const open = () => {
    // A context that closes (the popup) stops writing to the index: its writes after that never land.
    const context = { closed: false };
    const own: SearchDb = {
      read: (ops) => db.read(ops),
      write: async (ops) => {
        await Promise.resolve();
        if (!context.closed) await db.write(ops);
      },
    };
    const index = new KeptIndex(own);
    return { context, index, store: createDigestStore(area, { lock, derived: index.writer }) };
  };
  return { area, db, background: open(), popup: open(), open };
}

type Context = ReturnType<ReturnType<typeof contexts>['open']>;

const save = (c: Context, n: number, over = {}) => {
  const a = makeArticle(n, over);
  return c.store.saveDigest(a, makeEntities(a), 'page');
};

/** What a catch-up would still have to do: nothing, when the index followed every write. */
async function lag(c: Context) {
  await c.store.settled();
  c.context.closed = false;
  const step = await c.index.writer.syncStep(c.store.derivedSource(), { checkedRemovals: true });
  return { changed: step.changed, left: step.total - step.done, finished: step.finished };
}

describe('undo in the popup and the kept search index', () => {
  it.each([
    ['a new save in a shard with room', 3],
    ['a new save that opened a new shard', SHARD_SIZE],
  ])('undo of %s (the record deleted): the index current with every shard', async (_, before) => {
    const { background, popup } = contexts();
    for (let n = 0; n < before; n++) await save(background, n);
    await background.store.settled();
    const saved = await save(background, 1000);
    await background.store.settled();
    expect(await popup.store.deleteDigest(saved.digest.id, saved.digest)).not.toBeNull();
    await popup.store.settled();
    expect(await lag(popup)).toEqual({ changed: false, left: 0, finished: true });
  });

  it('undo of a refresh (the earlier version put back): the index current with every shard', async () => {
    const { background, popup } = contexts();
    for (let n = 0; n < 5; n++) await save(background, n);
    await background.store.updateNotes((await save(background, 2)).digest.id, 'ghi chú');
    const refreshed = await save(background, 2, { title: 'Tiêu đề mới' });
    await background.store.settled();
    const { outcome } = await popup.store.restoreDigest(refreshed.previous!, { replaced: refreshed.digest });
    expect(outcome).toBe('restored');
    await popup.store.settled();
    expect(await lag(popup)).toEqual({ changed: false, left: 0, finished: true });
  });

  it.each([
    ['a shard with room', 3],
    ['a full last shard', SHARD_SIZE],
  ])('undo of a delete in the library, with %s: the index current with every shard', async (_, count) => {
    const { background, popup } = contexts();
    const ids = [];
    for (let n = 0; n < count; n++) ids.push((await save(background, n)).digest.id);
    await background.store.settled();
    const deleted = (await popup.store.deleteDigest(ids[0]!, undefined, { keepImages: true }))!;
    // Another article saved meanwhile fills the room the deleted one left.
    await save(background, 5000);
    await background.store.settled();
    expect((await popup.store.restoreDigest(deleted)).outcome).toBe('restored');
    await popup.store.settled();
    expect(await lag(popup)).toEqual({ changed: false, left: 0, finished: true });
  });

  it('the popup closed as soon as the undo answered: the index has already followed it', async () => {
    const { background, popup } = contexts();
    for (let n = 0; n < 3; n++) await save(background, n);
    const saved = await save(background, 7);
    const refreshed = await save(background, 1, { title: 'Tiêu đề mới' });
    await background.store.settled();
    expect(await popup.store.deleteDigest(saved.digest.id, saved.digest)).not.toBeNull();
    popup.context.closed = true;
    expect(await lag(popup)).toEqual({ changed: false, left: 0, finished: true });
    expect((await popup.store.restoreDigest(refreshed.previous!, { replaced: refreshed.digest })).outcome).toBe(
      'restored',
    );
    popup.context.closed = true;
    expect(await lag(popup)).toEqual({ changed: false, left: 0, finished: true });
  });

  it('the check sees a write the index missed (it is not vacuous)', async () => {
    const { background, popup } = contexts();
    for (let n = 0; n < 3; n++) await save(background, n);
    await background.store.settled();
    popup.context.closed = true;
    await save(popup, 9);
    await popup.store.settled();
    expect(await lag(popup)).toMatchObject({ changed: true, left: 0 });
  });
});
