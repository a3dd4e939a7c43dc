// The whole layout written again from the records: shards in saving order, url buckets, the directory, and the
// keys of the old layouts removed (layout 1's index is removed by the caller; layout 2's url: keys here). Used by
// the migration from layout 1 and when the layout is missing or damaged; the only write that grows with the library, so nothing else calls it. The directory is removed
// first and written last: a rebuild cut short leaves no directory, and the next writer rebuilds again.
import type { Digest } from '../digest';
import { toStorageError } from './errors';
import type { KeyValueArea } from './key-value-area';
import {
  DIRECTORY_KEY,
  JOURNAL_KEY,
  LAYOUT_VERSION,
  SHARD_PREFIX,
  SHARD_SIZE,
  URL_PREFIX,
  idsHash,
  newEpoch,
  shardKey,
  type Directory,
  type ShardInfo,
} from './layout';
import { summarise, type DigestSummary } from './summary';
import { BUCKET_PREFIX, bucketKey, bucketOf, bucketValue } from './url-buckets';
import { entriesFor, keysOfDigest, type UrlEntry } from '../digest';

/** Keys written per area.set while rebuilding (bounded writes, also for 50,000 digests). */
const WRITE_CHUNK = 400;

const byOldest = (a: DigestSummary, b: DigestSummary) =>
  a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : 1;

/** Writes the layout for `records` (readable, one per id); returns their summaries, newest first. */
export async function rebuildLayout(area: KeyValueArea, records: readonly Digest[]): Promise<DigestSummary[]> {
  const summaries = records.map(summarise).sort(byOldest);
  const shardOfId = new Map<string, number>();
  const shards: ShardInfo[] = [];
  const items: [string, unknown][] = [];
  for (let i = 0, n = 0; i < summaries.length; i += SHARD_SIZE, n++) {
    const entries = summaries.slice(i, i + SHARD_SIZE);
    for (const e of entries) shardOfId.set(e.id, n);
    shards.push({
      n,
      count: entries.length,
      newest: entries[entries.length - 1]!.savedAt,
      oldest: entries[0]!.savedAt,
      seq: 1,
      h: idsHash(entries.map((e) => e.id)),
    });
    items.push([shardKey(n), { entries }]);
  }
  const urls = new Map<string, UrlEntry[]>();
  for (const d of records) {
    for (const [k, e] of entriesFor(d.id, keysOfDigest(d), shardOfId.get(d.id)!)) {
      const list = urls.get(k) ?? [];
      // The digest's own key before aliases of other digests, and one entry per id.
      if (list.some((x) => x.id === e.id)) continue;
      if (e.alias) list.push(e);
      else list.unshift(e);
      urls.set(k, list);
    }
  }
  const buckets = new Map<number, Map<string, UrlEntry[]>>();
  for (const [k, list] of urls) {
    const b = bucketOf(k);
    if (!buckets.has(b)) buckets.set(b, new Map());
    buckets.get(b)!.set(k, list);
  }
  for (const [b, entries] of buckets) items.push([bucketKey(b), bucketValue(entries)]);
  try {
    await area.remove([DIRECTORY_KEY]);
    for (let i = 0; i < items.length; i += WRITE_CHUNK)
      await area.set(Object.fromEntries(items.slice(i, i + WRITE_CHUNK)));
    const wanted = new Set(items.map(([k]) => k));
    const stale = (await area.keys()).filter(
      (k) => (k.startsWith(SHARD_PREFIX) || k.startsWith(BUCKET_PREFIX) || k.startsWith(URL_PREFIX)) && !wanted.has(k),
    );
    for (let i = 0; i < stale.length; i += WRITE_CHUNK) await area.remove(stale.slice(i, i + WRITE_CHUNK));
    // A new epoch: what an index derived from the old layout holds is compared digest by digest again.
    await area.set({
      [DIRECTORY_KEY]: { version: LAYOUT_VERSION, shards, seq: 1, epoch: newEpoch() } satisfies Directory,
    });
    await area.remove([JOURNAL_KEY]);
  } catch (err) {
    throw toStorageError(err);
  }
  return summaries.reverse();
}
