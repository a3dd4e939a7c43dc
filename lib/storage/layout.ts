// Where the store keeps what, in the extension's storage.local. Every key is small or bounded, so no operation
// reads or writes something that grows with the library:
//   digest:<id>   one Digest (the truth; everything else below can be rebuilt from the records)
//   urls:<b>      { [urlKey]: UrlEntry[] }: the digests each URL key of bucket b leads to (their canonical key, or
//                 an alias), with their site; URL_BUCKETS buckets at most, by the url key's hash (url-buckets.ts)
//   shard:<n>     { entries: DigestSummary[] }: at most SHARD_SIZE summaries, filled in saving order
//   shards        Directory: every shard's count, savedAt bounds, write sequence number and id hash (the count,
//                 the first rows, the library's cheap check and the search index's staleness come from here)
//   journal       Journal: what the write under way touches, written before it and removed after it; a write cut
//                 short (the worker stopped, a popup closed) is repaired from it by the next writer or at startup
//   meta          { schemaVersion, layout }
// Layout 1 kept every summary in one `index` key rewritten on every save; layout 2 gave every URL key a key of
// its own (`url:<key>`, 2–3 keys per digest; migrated to buckets by url-buckets-migration.ts).
import type { DigestSummary } from './summary';

export const RECORD_PREFIX = 'digest:';
/** Layout 2's url keys (one per URL key), migrated into buckets. */
export const URL_PREFIX = 'url:';
export const SHARD_PREFIX = 'shard:';
export const DIRECTORY_KEY = 'shards';
export const JOURNAL_KEY = 'journal';
export const META_KEY = 'meta';
/** The single index of layout 1; its presence means the layout has to be (re)built from the records. */
export const LEGACY_INDEX_KEY = 'index';

export const LAYOUT_VERSION = 3;
/**
 * Summaries per shard. A summary is ~0.7 KB, so a shard write is ~45 KB whatever the library's size; small
 * enough for a save, large enough that opening a 10,000-digest library reads ~160 keys.
 */
export const SHARD_SIZE = 64;

export const recordKey = (id: string) => RECORD_PREFIX + id;
export const legacyUrlKey = (key: string) => URL_PREFIX + key;
export const shardKey = (n: number) => SHARD_PREFIX + n;

export interface ShardInfo {
  n: number;
  count: number;
  /** Bounds of the savedAt values the shard holds or held (kept as bounds when entries leave). */
  newest: string;
  oldest: string;
  /**
   * The directory's sequence number when the shard was last written: an index derived from the records (the
   * kept search index) compares it with the one it holds to find what changed. Absent in directories written
   * before it existed (read as 0).
   */
  seq?: number;
  /** XOR of idHash over the shard's ids: the library compares the record keys with it without reading shards. */
  h?: number;
}

export interface Directory {
  version: number;
  shards: ShardInfo[];
  /** Bumped by every write. */
  seq?: number;
  /** Random, new at every rebuild of the layout: sequence numbers of two epochs are not comparable. */
  epoch?: string;
}

/** A 32-bit FNV-1a hash of a digest id (XORed over a shard's ids in ShardInfo.h). */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** XOR of idHash over ids. */
export function idsHash(ids: Iterable<string>): number {
  let h = 0;
  for (const id of ids) h = (h ^ idHash(id)) >>> 0;
  return h;
}

export function newEpoch(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

export interface Shard {
  entries: DigestSummary[];
}

export interface Journal {
  /** The digests the write changes, each with the shard that holds (or will hold) its summary. */
  ids: { id: string; shard: number }[];
  /** The url keys whose entries it rewrites (the digests' old and new keys; their buckets are what is written). */
  keys: string[];
  /**
   * Keys a write that landed still had to remove when its removal failed (a refresh's dropped pictures, an
   * undo's hold): the repair removes them. Only written after the write's records landed.
   */
  leftovers?: string[];
}

export interface StoreMeta {
  schemaVersion: number;
  layout?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Directory versions read as this layout's: layout 3 changed the url keys only, so a directory of layout 2 (one
 * whose migration has not run yet, or is under way) is read as it is: its shards are the same.
 */
const DIRECTORY_VERSIONS: readonly unknown[] = [2, LAYOUT_VERSION];

export function readDirectory(raw: unknown): Directory | null {
  if (!isObject(raw) || !DIRECTORY_VERSIONS.includes(raw.version) || !Array.isArray(raw.shards)) return null;
  const optionalInt = (v: unknown) => v === undefined || Number.isInteger(v);
  const ok = raw.shards.every(
    (s: unknown) =>
      isObject(s) &&
      Number.isInteger(s.n) &&
      Number.isInteger(s.count) &&
      typeof s.newest === 'string' &&
      typeof s.oldest === 'string' &&
      optionalInt(s.seq) &&
      optionalInt(s.h),
  );
  if (!ok || !optionalInt(raw.seq) || !(raw.epoch === undefined || typeof raw.epoch === 'string')) return null;
  return raw as unknown as Directory;
}

export function readJournal(raw: unknown): Journal | null {
  if (!isObject(raw) || !Array.isArray(raw.ids) || !Array.isArray(raw.keys)) return null;
  const ids = raw.ids.filter(
    (x: unknown): x is Journal['ids'][number] => isObject(x) && typeof x.id === 'string' && Number.isInteger(x.shard),
  );
  const strings = (a: unknown[]) => a.filter((k: unknown): k is string => typeof k === 'string');
  const keys = strings(raw.keys);
  return Array.isArray(raw.leftovers) ? { ids, keys, leftovers: strings(raw.leftovers) } : { ids, keys };
}

/**
 * What a storage change means for the store's readers: the ids whose records changed, and whether the summaries
 * changed (a write of the store always rewrites the directory). Null when the change is not the store's.
 */
export function digestChange(keys: readonly string[]): { ids: string[] } | null {
  const ids = keys.filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
  return ids.length || keys.includes(DIRECTORY_KEY) ? { ids } : null;
}
