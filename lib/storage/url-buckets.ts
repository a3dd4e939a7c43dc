// Which digest a URL key leads to, kept in a bounded number of bucket keys (layout 3): the url key's hash picks
// its bucket, and the bucket holds the entries of every url key that hashes there. Chromium's storage.local.set
// costs time in proportion to the number of keys stored (scripts/storage-set-cost.ts measures it), so a library
// of n digests holds about n + URL_BUCKETS + n/64 keys instead of 2–3 n; a bucket is written whole in the same
// set as the record it follows, so a lookup entry and its record still land together.
import type { UrlEntry } from '../digest';
import { idHash } from './layout';

export const BUCKET_PREFIX = 'urls:';
/**
 * Buckets of url entries. A bucket holds ~1.5 entries (~110 B each) per 1,024 digests: ~1.6 KB at 10,000
 * digests, ~8 KB at 50,000, so reading or rewriting one stays small; and 1,024 keys cost a set what ~1,000
 * digests' url: keys did before (nothing next to the records).
 */
export const URL_BUCKETS = 1024;

/** The bucket of a url key: FNV-1a of the key (the same hash as the shards' id hashes). */
export const bucketOf = (urlKey: string): number => idHash(urlKey) % URL_BUCKETS;
export const bucketKey = (n: number): string => BUCKET_PREFIX + n;
export const bucketKeyOf = (urlKey: string): string => bucketKey(bucketOf(urlKey));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of one url key, keeping only well-formed ones (a key damaged by another tool leads nowhere). */
export function readUrlEntries(raw: unknown): UrlEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is UrlEntry => isObject(e) && typeof e.id === 'string' && typeof e.site === 'string');
}

/**
 * Whether a stored bucket value cannot be trusted (not an object of url key → well-formed entries): a write that
 * loads it rebuilds the layout from the records first (layout-batch.ts), inspect() reports it. Absent is not damaged.
 */
export function bucketDamaged(raw: unknown): boolean {
  if (raw === undefined) return false;
  if (!isObject(raw)) return true;
  return Object.values(raw).some((v) => !Array.isArray(v) || readUrlEntries(v).length !== v.length);
}

/** A stored bucket as url key → entries; a damaged bucket reads as empty, a damaged list as no entry (reads only). */
export function readBucket(raw: unknown): Map<string, UrlEntry[]> {
  const out = new Map<string, UrlEntry[]>();
  if (!isObject(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    const entries = readUrlEntries(v);
    if (entries.length) out.set(k, entries);
  }
  return out;
}

/** The stored form of a bucket (null: empty, the key is removed). */
export function bucketValue(entries: ReadonlyMap<string, readonly UrlEntry[]>): Record<string, UrlEntry[]> | null {
  const out: Record<string, UrlEntry[]> = {};
  let any = false;
  for (const [k, list] of entries) {
    if (!list.length) continue;
    out[k] = [...list];
    any = true;
  }
  return any ? out : null;
}
