// Layout 2 → 3: the url: keys (one per URL key) moved into their buckets (url-buckets.ts), without reading a record
// or touching a shard: the directory keeps its shards, sequence numbers and epoch, so an index derived from the
// records (the kept search index) has nothing to catch up. Run once by ready() under the store's lock, before
// `meta` says layout 3; resumable at any point, because every bucket is written (merged with what a run cut short
// wrote before) before the first url: key is removed, and the directory is lifted last (its format is the same:
// readers take either version meanwhile):
//   1. read every url: key and the buckets already there; an entry leads only to an id that has a record;
//   2. write every bucket (a url: key still there wins over the bucket's copy of it);
//   3. remove the url: keys; 4. the directory says layout 3.
import { toStorageError } from './errors';
import type { KeyValueArea } from './key-value-area';
import { DIRECTORY_KEY, LAYOUT_VERSION, RECORD_PREFIX, URL_PREFIX, readDirectory } from './layout';
import { BUCKET_PREFIX, bucketKey, bucketOf, bucketValue, readBucket, readUrlEntries } from './url-buckets';
import type { UrlEntry } from '../digest';

/** Keys read or written per storage call (url: keys and buckets are small). */
const CHUNK = 400;

/**
 * Moves layout 2's url: keys into buckets; `keys` is the area's key listing. False when there is no readable
 * directory (of layout 2, or 3 after a run cut short): the caller rebuilds the layout from the records.
 */
export async function liftUrlKeys(area: KeyValueArea, keys: readonly string[]): Promise<boolean> {
  try {
    const dir = readDirectory((await area.get([DIRECTORY_KEY]))[DIRECTORY_KEY]);
    if (!dir) return false;
    const ids = new Set(keys.filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length)));
    const live = (entries: UrlEntry[]) => entries.filter((e) => ids.has(e.id));
    const buckets = new Map<number, Map<string, UrlEntry[]>>();
    const bucketKeys = keys.filter((k) => k.startsWith(BUCKET_PREFIX));
    for (let i = 0; i < bucketKeys.length; i += CHUNK) {
      const got = await area.get(bucketKeys.slice(i, i + CHUNK));
      for (const [k, raw] of Object.entries(got)) {
        const n = Number(k.slice(BUCKET_PREFIX.length));
        if (Number.isInteger(n)) buckets.set(n, readBucket(raw));
      }
    }
    const urlKeys = keys.filter((k) => k.startsWith(URL_PREFIX));
    for (let i = 0; i < urlKeys.length; i += CHUNK) {
      const got = await area.get(urlKeys.slice(i, i + CHUNK));
      for (const [k, raw] of Object.entries(got)) {
        const key = k.slice(URL_PREFIX.length);
        const b = bucketOf(key);
        if (!buckets.has(b)) buckets.set(b, new Map());
        buckets.get(b)!.set(key, readUrlEntries(raw));
      }
    }
    const writes: [string, unknown][] = [];
    const emptied: string[] = [];
    for (const [b, entries] of buckets) {
      for (const [k, list] of entries) entries.set(k, live(list));
      const value = bucketValue(entries);
      if (value) writes.push([bucketKey(b), value]);
      else emptied.push(bucketKey(b));
    }
    for (let i = 0; i < writes.length; i += CHUNK) await area.set(Object.fromEntries(writes.slice(i, i + CHUNK)));
    const gone = [...emptied.filter((k) => bucketKeys.includes(k)), ...urlKeys];
    for (let i = 0; i < gone.length; i += CHUNK) await area.remove(gone.slice(i, i + CHUNK));
    if (dir.version !== LAYOUT_VERSION) await area.set({ [DIRECTORY_KEY]: { ...dir, version: LAYOUT_VERSION } });
    return true;
  } catch (err) {
    throw toStorageError(err);
  }
}
