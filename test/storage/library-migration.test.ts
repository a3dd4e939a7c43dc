// A library written before the kept search index (layout 2 as the previous version wrote it: no index, a
// directory without sequence numbers, epoch or id hashes) opens at once; the index is built in the background a
// few shards per step, the list says how far it got, a search meanwhile finds only digests that truly match,
// and once built the index answers as the in-memory index does.
import { describe, expect, it } from 'vitest';
import { LibraryController } from '../../components/library/library-controller';
import { lexiconAcronymOf } from '../../lib/library';
import { emptyQuery, SearchIndex } from '../../lib/search';
import { createDigestStore, DIRECTORY_KEY } from '../../lib/storage/digest-store';
import { QUERIES, storedDigests } from '../library/kept-support';
import { fakePlatform } from '../popup/fake-platform';
import { generateDigests } from '../support/generate-digests';

const SIZE = 700;

describe('a library written before the kept index', () => {
  it('opens at once, is indexed in steps while searching only what is indexed, then answers as the in-memory index', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const old = createDigestStore(p.area, { lock: p.lock });
    await old.importDigests(generateDigests(SIZE, { seed: 21, bodyWords: 80 }));
    const dir = JSON.parse(p.area.data.get(DIRECTORY_KEY)!) as {
      seq?: number;
      epoch?: string;
      shards: { seq?: number; h?: number }[];
    };
    delete dir.seq;
    delete dir.epoch;
    for (const s of dir.shards) {
      delete s.seq;
      delete s.h;
    }
    p.area.data.set(DIRECTORY_KEY, JSON.stringify(dir));
    const digests = await storedDigests(old);
    const memory = new SearchIndex(digests, { acronymOf: lexiconAcronymOf });
    const matching = new Set(memory.search({ ...emptyQuery(), q: 'hoang xuan chien' }).ids);
    expect(matching.size).toBeGreaterThan(10);

    const c = new LibraryController(p);
    const progress: { done: number; total: number }[] = [];
    const partial: Promise<string[]>[] = [];
    c.subscribe((s) => {
      if (s.indexing && progress.at(-1) !== s.indexing) {
        progress.push(s.indexing);
        // A search while the index is being built.
        if (s.indexing.done > 0 && partial.length < 2)
          partial.push(c.kept.search.search({ ...emptyQuery(), q: 'hoang xuan chien' }).then((r) => r.ids));
      }
    });
    await c.load();
    // The first rows came from the store's newest summaries, before anything was indexed.
    expect(c.state.total).toBe(SIZE);
    expect(c.state.summaries.length).toBeGreaterThan(0);
    expect(progress[0]).toEqual({ done: 0, total: SIZE });
    await c.catchUp();
    expect(c.state.indexing).toBeNull();
    // In steps, each covering more of the library.
    const done = progress.map((x) => x.done);
    expect(new Set(done).size).toBeGreaterThan(2);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    // What a search found while indexing was right, only incomplete.
    const found = await Promise.all(partial);
    expect(found.length).toBeGreaterThan(0);
    for (const ids of found) {
      expect(ids.every((id) => matching.has(id))).toBe(true);
      expect(ids.length).toBeLessThan(matching.size);
    }
    // Built: the same answers as the in-memory index.
    for (const over of QUERIES) {
      const q = { ...emptyQuery(), ...over };
      expect((await c.kept.search.search(q, { limit: 30 })).ids, JSON.stringify(over)).toEqual(
        memory.search(q, { limit: 30 }).ids,
      );
    }
    c.close();
  }, 180_000);
});

describe('catching up on a store not read yet', () => {
  it('reads the layout under the store lock without waiting on itself (the library opened while the background installs)', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    // A store of this context that has not been used yet: its first use is a catch-up step, under the lock.
    const store = createDigestStore(p.area, { lock: p.lock });
    const source = store.derivedSource();
    const layout = await Promise.race([
      source.lock(() => source.shards()),
      new Promise((r) => setTimeout(() => r('waited on itself'), 5_000)),
    ]);
    expect(layout).not.toBe('waited on itself');
    expect(await p.keptIndex.catchUp(store.derivedSource())).toMatchObject({ done: 0, total: 0 });
  });
});
