// The kept search index in the extension: its IndexedDB database (platform/search-db.ts), opened on first use
// in each context, and the writer every store of the context tells of its writes, which then announces them
// to the other contexts. Where IndexedDB cannot be opened, the library page keeps an index in memory (built
// from the records when it opens) and the other contexts skip the index.
import { lexiconAcronymOf } from '../lib/library';
import { createMemorySearchDb, KeptIndex, type SearchDb } from '../lib/search';
import type { DerivedIndex, DigestStore } from '../lib/storage';
import { announceDigests } from './digest-events';
import { openSearchDb } from './search-db';

/** A database opened on first use; when it cannot be, `fallback(error)` answers instead. */
export function lazySearchDb(open: () => Promise<SearchDb>, fallback: (err: unknown) => SearchDb): SearchDb {
  let db: Promise<SearchDb> | null = null;
  const get = () => (db ??= open().catch((err: unknown) => fallback(err)));
  return {
    read: async (ops) => (await get()).read(ops),
    write: async (ops) => (await get()).write(ops),
  };
}

/** A database that refuses every call with the reason it could not be opened. */
export function unavailableSearchDb(err: unknown): SearchDb {
  const fail = async (): Promise<never> => {
    throw err instanceof Error ? err : new Error(String(err));
  };
  return { read: fail, write: fail };
}

let contextIndex: KeptIndex | null = null;

/**
 * This context's kept index. `inMemoryFallback`: the library page, which can build and keep an index of its
 * own when IndexedDB is not there (the first caller decides).
 */
export function keptIndexOfContext(inMemoryFallback = false): KeptIndex {
  contextIndex ??= new KeptIndex(
    lazySearchDb(() => openSearchDb(), inMemoryFallback ? () => createMemorySearchDb() : unavailableSearchDb),
    { acronymOf: lexiconAcronymOf },
  );
  return contextIndex;
}

/** The store's derived index: the kept index's writer, then the other contexts told which digests changed. */
export function announcing(writer: DerivedIndex): DerivedIndex {
  return {
    ...(writer.prepare ? { prepare: writer.prepare.bind(writer) } : {}),
    async apply(change, read) {
      try {
        await writer.apply(change, read);
      } finally {
        announceDigests([...change.put.map((d) => d.id), ...change.removed, ...change.recheck]);
      }
    },
  };
}

/**
 * The background's part: at startup and after an update, the index caught up with the store (a first build
 * after an update from a version without it goes on here, a few shards per step, whether or not the library
 * is open; open pages are told after each step); after saves, small segments merged once saving pauses.
 */
export function backgroundSearchUpkeep(store: DigestStore, index: KeptIndex = keptIndexOfContext()) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const source = () => store.derivedSource();
  return {
    async catchUp(): Promise<void> {
      await index.catchUp(source(), (p) => {
        if (p.changed) announceDigests([]);
      });
      if (await index.maintain(source())) announceDigests([]);
    },
    afterSave(): void {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void index.maintain(source()).catch(() => false);
      }, MAINTAIN_AFTER_SAVES_MS);
    },
  };
}

/** Merging waits until saving pauses this long. */
const MAINTAIN_AFTER_SAVES_MS = 5_000;
