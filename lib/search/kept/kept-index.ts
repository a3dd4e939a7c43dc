// The kept search index of one extension context: the writer the digest store tells of its writes, the reader
// the library searches with, and the two things a context does beside them: catching up with the store (a
// first build, a missed write) and merging segments when idle. Both run a step at a time under the store's lock.
import type { AcronymResolver } from '../../library';
import type { DerivedSource } from '../../storage';
import type { SearchDb } from './db';
import { KeptSearch } from './kept-search';
import { KeptIndexWriter, syncKept, type SyncProgress } from './kept-writer';

export class KeptIndex {
  readonly writer: KeptIndexWriter;
  readonly search: KeptSearch;

  constructor(
    readonly db: SearchDb,
    options: { acronymOf?: AcronymResolver } = {},
  ) {
    this.writer = new KeptIndexWriter(db, options);
    this.search = new KeptSearch(db, options);
  }

  /** Indexes what the store holds and the index does not (yet), a few shards per step. */
  catchUp(source: DerivedSource, onProgress?: (p: SyncProgress) => void): Promise<SyncProgress> {
    return syncKept(this.writer, source, { onProgress });
  }

  /** How much of the store the index covers (from the shards' numbers; nothing indexed). */
  coverage(source: DerivedSource): Promise<{ done: number; total: number; current: boolean }> {
    return this.writer.coverage(source);
  }

  /** Merges what piled up (under the store's lock); true when the index changed. */
  maintain(source: DerivedSource): Promise<boolean> {
    return source.lock(() => this.writer.maintain());
  }
}
