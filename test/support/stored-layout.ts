// Reads the store's layout straight from an in-memory area's data (JSON text per key) and checks it against
// itself: every shard the directory names is readable, counts agree, every summary's own url key leads to it in
// the right shard (through its bucket), and no url: key of layout 2 is left. Used by the fault runner and the storage tests to compare the layout with the records.
import {
  readShardEntries,
  DIRECTORY_KEY,
  JOURNAL_KEY,
  readDirectory,
  readBucket,
  bucketKeyOf,
  shardKey,
} from '../../lib/storage';
import type { DigestSummary } from '../../lib/storage';

export interface StoredLayout {
  summaries: DigestSummary[];
  /** What does not agree, in words (empty when the layout is consistent). */
  problems: string[];
  /** A journal is still there (a write was cut short and not yet repaired). */
  journal: boolean;
}

const parse = (data: Map<string, string>, key: string): unknown => {
  const raw = data.get(key);
  return raw === undefined ? undefined : JSON.parse(raw);
};

/** null when there is no directory at all. */
export function storedLayout(data: Map<string, string>): StoredLayout | null {
  const dirRaw = parse(data, DIRECTORY_KEY);
  if (dirRaw === undefined) return null;
  const problems: string[] = [];
  const dir = readDirectory(dirRaw);
  if (!dir) return { summaries: [], problems: ['directory unreadable'], journal: data.has(JOURNAL_KEY) };
  const summaries: DigestSummary[] = [];
  for (const info of dir.shards) {
    const raw = parse(data, shardKey(info.n));
    const entries = raw === undefined ? [] : readShardEntries(raw);
    if (!entries) {
      problems.push(`shard ${info.n} unreadable`);
      continue;
    }
    if (entries.length !== info.count)
      problems.push(`shard ${info.n}: ${entries.length} entries, directory says ${info.count}`);
    for (const e of entries) {
      summaries.push(e);
      const own = readBucket(parse(data, bucketKeyOf(e.urlKey)))
        .get(e.urlKey)
        ?.find((u) => u.id === e.id && !u.alias);
      if (own?.shard !== info.n) problems.push(`${e.id}: url key leads to shard ${own?.shard}, summary in ${info.n}`);
    }
  }
  if (new Set(summaries.map((s) => s.id)).size !== summaries.length) problems.push('an id in two shards');
  const legacy = [...data.keys()].filter((k) => k.startsWith('url:'));
  if (legacy.length) problems.push(`${legacy.length} url: keys of layout 2 left`);
  return { summaries, problems, journal: data.has(JOURNAL_KEY) };
}

/** The same, from a dump of storage.local (values as objects, e.g. read in the extension's service worker). */
export function layoutOfDump(dump: Record<string, unknown>): StoredLayout | null {
  return storedLayout(new Map(Object.entries(dump).map(([k, v]) => [k, JSON.stringify(v)])));
}

/** The summaries of a dump (empty when there is no layout yet). */
export function summariesOfDump(dump: Record<string, unknown>): DigestSummary[] {
  return layoutOfDump(dump)?.summaries ?? [];
}
