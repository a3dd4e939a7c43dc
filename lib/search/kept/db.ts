// The storage the kept search index needs, and nothing more: object stores with ordered keys, reads of keys, of
// key ranges and of one index, and writes that land together. In the extension it is an IndexedDB database
// (platform/search-db.ts); tests and a browser without IndexedDB use the in-memory one (memory-db.ts). Reads
// batched in one call see one state of the database (one read-only transaction); a write is one transaction.

/** Keys ordered as IndexedDB orders them: numbers before strings before arrays; arrays element by element. */
export type DbKey = number | string | DbKey[];

export type StoreName = 'meta' | 'terms' | 'pos' | 'segs' | 'cols' | 'tomb' | 'loc' | 'docs' | 'ents';

/** The stores, and the one index: `terms` and `pos` by segment (`g` in each value), for merging segments. */
export const STORES: readonly StoreName[] = ['meta', 'terms', 'pos', 'segs', 'cols', 'tomb', 'loc', 'docs', 'ents'];
export const SEGMENT_INDEX: Partial<Record<StoreName, 'g'>> = { terms: 'g', pos: 'g' };

export type ReadOp =
  /** Values of these keys (undefined where absent), in the same order. */
  | { store: StoreName; get: DbKey[] }
  /** Values with lower ≤ key < upper (or index value, with `index`), in key order; at most `limit`. */
  | { store: StoreName; range: [DbKey, DbKey]; index?: 'g'; limit?: number }
  /** Every key of the store, in order. */
  | { store: StoreName; keys: true };

export type WriteOp =
  | { store: StoreName; put: [DbKey, unknown][] }
  | { store: StoreName; delete: DbKey[] }
  | { store: StoreName; clear: true };

export interface SearchDb {
  /** The reads, in one read-only transaction; one result list per op. */
  read(ops: ReadOp[]): Promise<unknown[][]>;
  /** The writes, in one transaction: all land or none. */
  write(ops: WriteOp[]): Promise<void>;
}

/** IndexedDB's key order (the in-memory database and the tests use it). */
export function compareKeys(a: DbKey, b: DbKey): number {
  const rank = (k: DbKey) => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number') return a - (b as number);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  const bb = b as DbKey[];
  for (let i = 0; i < Math.min(a.length, bb.length); i++) {
    const c = compareKeys(a[i]!, bb[i]!);
    if (c !== 0) return c;
  }
  return a.length - bb.length;
}

/** The keys from `[word]` up to (not including) the next word: every segment's record of one word. */
export function wordRange(word: string): [DbKey, DbKey] {
  return [[word], [word, []]];
}

/** Every segment's records of every word starting with `prefix`. */
export function prefixRange(prefix: string): [DbKey, DbKey] {
  return [[prefix], [prefix + '\uffff']];
}
