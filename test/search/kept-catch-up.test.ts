// Catching the kept index up with writes it missed (a popup closed before its index update, a context that
// stopped): the shards whose sequence number moved are compared with the index, and only the digests that
// changed are indexed again; the answers are then those of an index built from the records.
import { describe, expect, it } from 'vitest';
import { generateDigests } from '../support/generate-digests';
import type { KeptSearch } from '../../lib/search';
import { syncKept } from '../../lib/search/kept';
import type { Loc } from '../../lib/search/kept/records';
import { createDigestStore } from '../../lib/storage';
import { inMemoryAnswers, keptAnswers, keptLibrary, storedDigests } from '../library/kept-support';

async function locOf(search: KeptSearch, id: string): Promise<Loc | undefined> {
  const [got] = await search.db.read([{ store: 'loc', get: [id] }]);
  return got![0] as Loc | undefined;
}

describe('catching the kept index up', () => {
  it('indexes again only the digests a missed write changed, and answers as an index of the records', async () => {
    const lib = keptLibrary();
    const digests = generateDigests(70, { seed: 23, bodyWords: 60 });
    await lib.store.importDigests(digests);
    await lib.store.settled();
    await lib.writer.maintain();
    // Another context writes without telling the index: a note, a delete.
    const blind = createDigestStore(lib.area, { lock: lib.lock });
    const [edited, deleted, untouched] = [digests[3]!.id, digests[40]!.id, digests[5]!.id];
    await blind.saveNotes(edited, 'Ghi chú mới về Biển Đông', '');
    await blind.deleteDigest(deleted);
    const before = { edited: await locOf(lib.search, edited), untouched: await locOf(lib.search, untouched) };
    const progress = await syncKept(lib.writer, lib.store.derivedSource());
    expect(progress.done).toBe(progress.total);
    // The unchanged digest stays where it was; the edited one is in a new segment; the deleted one is gone.
    expect(await locOf(lib.search, untouched)).toEqual(before.untouched);
    expect((await locOf(lib.search, edited))?.g).not.toBe(before.edited?.g);
    expect(await locOf(lib.search, deleted)).toBeUndefined();
    expect(await keptAnswers(lib.search)).toEqual(inMemoryAnswers(await storedDigests(lib.store)));
  });
});
