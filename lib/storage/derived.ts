// An index derived from the records (the kept search index), kept up to date by the store itself: after every
// write lands, inside the store's lock, the store hands it what changed. The records stay the truth: a derived
// index that missed a change (its context stopped, its own storage failed) finds it again by comparing the
// shards' sequence numbers with the ones it holds (`DerivedSource`), so a lost update only delays it.
import type { Digest } from '../digest';
import type { ReadProblem } from './record-check';
import type { DigestSummary } from './summary';
import type { StoreLock } from './key-value-area';

export interface StoreChange {
  /** The layout's epoch (see Directory.epoch). */
  epoch: string;
  /** Each shard the write touched, with its sequence number before (null: a new shard) and after. */
  shards: { n: number; before: number | null; after: number }[];
  /** Records written. */
  put: Digest[];
  /** Ids of records removed. */
  removed: string[];
  /** Ids a repair touched: the index puts them in the state their records say (read, or absent). */
  recheck: string[];
  /**
   * The layout was rebuilt from the records (a new epoch), holding this many digests: an empty one (a first
   * save, storage cleared) the index can take as it is; any other is caught up digest by digest.
   */
  rebuilt?: number;
}

/**
 * The stamp a derived index gives a shard between `prepare` and `apply`: a change whose shards say `before:
 * PREPARED_SEQ` moves the stamp back to the shard's number; left there (the apply never came), the shard is lagging.
 */
export const PREPARED_SEQ = -1;

export interface DerivedIndex {
  /** Called inside the lock, after the write landed; `read` reads records. Failures are the index's own. */
  apply(change: StoreChange, read: (ids: string[]) => Promise<Digest[]>): Promise<void>;
  /**
   * Called inside the lock before a write that changes records of these shards without moving their sequence
   * numbers (an edit that leaves the layout as it is: a note typed). A shard the index is current with is stamped
   * PREPARED_SEQ, so if the apply never comes (the context stopped) the next catch-up indexes the shard again.
   * Throws when it could not (the store then writes the layout too, moving the numbers).
   */
  prepare?(epoch: string, shards: readonly { n: number; seq: number }[]): Promise<void>;
}

/** What a derived index reads of the store to catch up (a first build, a missed write, a rebuilt layout). */
export interface DerivedSource {
  lock: StoreLock;
  /** The layout's epoch and each shard's sequence number and count; null when there is no layout yet. */
  shards(): Promise<{ epoch: string; shards: { n: number; seq: number; count: number }[] } | null>;
  /** The summaries in these shards. */
  summaries(shards: number[]): Promise<DigestSummary[]>;
  /** Readable records of these ids; unreadable ones are reported in `problems`. */
  records(ids: string[], problems?: ReadProblem[]): Promise<Digest[]>;
  /** Ids of every record in storage. */
  recordIds(): Promise<string[]>;
}
