// A search the user has typed past is given up at its next read of the kept index, and the searches after it
// answer as if it had never run.
import { describe, expect, it } from 'vitest';
import { emptyQuery, SearchIndex, Superseded } from '../../lib/search';
import { answerOf, keptLibrary, options, storedDigests } from '../library/kept-support';
import { generateDigests } from '../support/generate-digests';

describe('a superseded search', () => {
  it('stops at its next read, and the next search answers as a fresh one', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests(generateDigests(40, { seed: 5, bodyWords: 60 }));
    await lib.store.settled();
    const index = new SearchIndex(await storedDigests(lib.store), options);
    await lib.search.refresh();
    let newer = false;
    const old = lib.search.search({ ...emptyQuery(), q: 'hoang x' }, { stale: () => newer });
    const next = lib.search.search({ ...emptyQuery(), q: 'hoang xuan' }, { limit: 60 });
    newer = true;
    await expect(old).rejects.toBeInstanceOf(Superseded);
    const query = { ...emptyQuery(), q: 'hoang xuan' };
    expect(answerOf(await next)).toEqual(answerOf(index.search(query, { limit: 60 })));
    // Typed on from the one given up: the same answer as the in-memory index.
    for (const q of ['hoang x', 'hoang xu', 'hoang xuan c']) {
      const r = await lib.search.search({ ...emptyQuery(), q }, { limit: 60, stale: () => false });
      expect(answerOf(r), q).toEqual(answerOf(index.search({ ...emptyQuery(), q }, { limit: 60 })));
    }
  });
});
