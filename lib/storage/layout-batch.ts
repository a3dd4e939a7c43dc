// One write of the store, staged: the records it puts or removes, and the shards, url entries (in their buckets:
// url-buckets.ts) and directory that follow from them. `commit()` writes the journal, then everything in ONE area.set, then removes what
// goes (records last, so an interrupted delete leaves the record, which comes back in the list), then the
// journal. Whatever part of that lands, the journal says which digests to look at again (repairJournal).
import type { Digest } from '../digest';
import type { KeyValueArea } from './key-value-area';
import { toStorageError } from './errors';
import { readShardEntries, sameValue } from './index-check';
import {
  DIRECTORY_KEY,
  JOURNAL_KEY,
  SHARD_SIZE,
  idsHash,
  newEpoch,
  recordKey,
  shardKey,
  type Directory,
  type Journal,
  type ShardInfo,
} from './layout';
import { summarise, type DigestSummary } from './summary';
import { bucketDamaged, bucketKey, bucketOf, bucketValue, readBucket } from './url-buckets';
import { entriesFor, keysOfDigest, type DigestKeys, type UrlEntry } from '../digest';
import type { StoreChange } from './derived';

/**
 * A shard or url bucket that cannot be read: the layout is rebuilt from the records instead of being patched (a
 * damaged bucket rewritten with this write's entries alone would lose the lookups of its other digests for good).
 */
export class DamagedLayout extends Error {}

const keysOf = (d: Digest | null): DigestKeys | null => (d ? keysOfDigest(d) : null);

export class LayoutBatch {
  private shards = new Map<number, DigestSummary[]>();
  private changedShards = new Set<number>();
  /** The entries of every url key loaded, by url key; `buckets` holds the loaded buckets as they were read. */
  private urls = new Map<string, UrlEntry[]>();
  private buckets = new Map<number, Map<string, UrlEntry[]>>();
  private changedUrls = new Set<string>();
  private records = new Map<string, Digest>();
  private removed = new Set<string>();
  private journalIds = new Map<string, number>();
  private sideSet: Record<string, unknown> = {};
  private sideRemoved = new Set<string>();

  constructor(
    private readonly area: KeyValueArea,
    readonly dir: Directory,
  ) {}

  /** A digest put in this batch (so a later step of the same import sees it). */
  staged(id: string): Digest | undefined {
    return this.records.get(id);
  }

  /** Loads the entries of these url keys (their buckets, one get for those not loaded yet). */
  async loadUrls(keys: string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.urls.has(k));
    if (!missing.length) return;
    const needed = [...new Set(missing.map(bucketOf))].filter((b) => !this.buckets.has(b));
    if (needed.length) {
      const got = await this.area.get(needed.map(bucketKey));
      for (const b of needed) {
        if (bucketDamaged(got[bucketKey(b)])) throw new DamagedLayout(`url bucket ${b} is damaged`);
        this.buckets.set(b, readBucket(got[bucketKey(b)]));
      }
    }
    for (const k of missing) this.urls.set(k, [...(this.buckets.get(bucketOf(k))!.get(k) ?? [])]);
  }

  /** Entries of a key already loaded (loadUrls first). */
  entries(key: string): readonly UrlEntry[] {
    return this.urls.get(key) ?? [];
  }

  private async loadShard(n: number): Promise<DigestSummary[]> {
    let entries = this.shards.get(n);
    if (entries) return entries;
    const raw = (await this.area.get([shardKey(n)]))[shardKey(n)];
    const read = raw === undefined ? [] : readShardEntries(raw);
    if (!read) throw new DamagedLayout(`shard ${n} is damaged`);
    entries = [...read];
    this.shards.set(n, entries);
    return entries;
  }

  /** The shard holding a stored digest's summary, from its own url entry (null when the layout lost it). */
  async locate(d: Digest): Promise<number | null> {
    await this.loadUrls([d.urlKey]);
    return this.entries(d.urlKey).find((e) => e.id === d.id && !e.alias)?.shard ?? null;
  }

  /** The shard a new summary goes to: the last one while it has room, else a new one. */
  async freeShard(): Promise<number> {
    const last = this.dir.shards.reduce<ShardInfo | null>((m, s) => (!m || s.n > m.n ? s : m), null);
    const staged = Math.max(-1, ...this.shards.keys());
    const n = Math.max(last?.n ?? -1, staged);
    if (n >= 0 && (await this.loadShard(n)).length < SHARD_SIZE) return n;
    this.shards.set(n + 1, []);
    return n + 1;
  }

  /** Stages `next` (new, refreshed, edited or restored) with its summary in `shard`; `prev` is the stored version. */
  async put(next: Digest, prev: Digest | null, shard: number): Promise<void> {
    this.records.set(next.id, next);
    this.removed.delete(next.id);
    await this.place(next.id, next, prev, shard);
  }

  /**
   * Keys that belong to a staged digest beside its record (its kept images: image-keys.ts), written in the same
   * set as the record and removed with the records.
   */
  side(write: { set: Record<string, unknown>; remove: string[] }): void {
    for (const [k, v] of Object.entries(write.set)) {
      this.sideSet[k] = v;
      this.sideRemoved.delete(k);
    }
    for (const k of write.remove) {
      delete this.sideSet[k];
      this.sideRemoved.add(k);
    }
  }

  /** Stages the removal of a stored digest (its summary, its url entries, then the record). */
  async drop(prev: Digest, shard: number | null): Promise<void> {
    this.records.delete(prev.id);
    this.removed.add(prev.id);
    await this.place(prev.id, null, prev, shard);
  }

  /** Puts the summary and url entries of `id` in the state of `next` (null: gone). */
  async place(id: string, next: Digest | null, prev: Digest | null, shard: number | null): Promise<void> {
    if (shard !== null) {
      this.journalIds.set(id, shard);
      const entries = await this.loadShard(shard);
      const at = entries.findIndex((e) => e.id === id);
      const summary = next ? summarise(next) : null;
      if (at >= 0 && summary) entries[at] = summary;
      else if (at >= 0) entries.splice(at, 1);
      else if (summary) entries.push(summary);
      // Written even when unchanged: the directory's count for it is recomputed (a repair relies on that).
      this.changedShards.add(shard);
    }
    const before = keysOf(prev);
    const after = keysOf(next);
    const keys = new Set([
      ...(before ? [before.urlKey, ...before.aliases] : []),
      ...(after ? [after.urlKey, ...after.aliases] : []),
    ]);
    await this.loadUrls([...keys]);
    const wanted = new Map(next && after && shard !== null ? entriesFor(id, after, shard) : []);
    for (const k of keys) {
      const current = this.entries(k);
      const kept = current.filter((e) => e.id !== id);
      const mine = wanted.get(k);
      const updated = mine ? [...kept, mine] : kept;
      if (!sameValue(updated, current)) {
        this.urls.set(k, updated);
        this.changedUrls.add(k);
      }
    }
  }

  /**
   * Whether the stored `prev` can be replaced by `next` without touching the layout: `shard` already holds
   * `next`'s summary (by value: storage may hand keys back in another order) and its url entries stay as they are.
   */
  async unchangedBy(next: Digest, prev: Digest, shard: number): Promise<boolean> {
    const stored = (await this.loadShard(shard)).find((e) => e.id === next.id);
    if (!stored || !sameValue(stored, summarise(next))) return false;
    const keys = keysOfDigest(next);
    if (!sameValue(keys, keysOfDigest(prev))) return false;
    const wanted = entriesFor(next.id, keys, shard);
    await this.loadUrls(wanted.map(([k]) => k));
    return wanted.every(([k, entry]) => {
      const mine = this.entries(k).filter((e) => e.id === next.id);
      return mine.length === 1 && sameValue(mine[0], entry);
    });
  }

  /** Takes `id` out of the entries of these keys (a repair, before the record says where it belongs). */
  async unlink(id: string, keys: string[]): Promise<void> {
    await this.loadUrls(keys);
    for (const k of keys) {
      const current = this.entries(k);
      if (!current.some((e) => e.id === id)) continue;
      this.urls.set(
        k,
        current.filter((e) => e.id !== id),
      );
      this.changedUrls.add(k);
    }
  }

  journal(): Journal {
    return { ids: [...this.journalIds].map(([id, shard]) => ({ id, shard })), keys: [...this.changedUrls] };
  }

  get empty(): boolean {
    return (
      this.records.size === 0 &&
      this.removed.size === 0 &&
      this.changedShards.size === 0 &&
      this.changedUrls.size === 0 &&
      Object.keys(this.sideSet).length === 0 &&
      this.sideRemoved.size === 0
    );
  }

  /** Each bucket holding a changed url key, as it is to be stored (null: emptied, its key is removed). */
  private changedBuckets(): Map<number, ReturnType<typeof bucketValue>> {
    const touched = new Map<number, Map<string, UrlEntry[]>>();
    for (const k of this.changedUrls) {
      const b = bucketOf(k);
      let entries = touched.get(b);
      if (!entries) touched.set(b, (entries = new Map(this.buckets.get(b))));
      entries.set(k, this.urls.get(k)!);
    }
    return new Map([...touched].map(([b, entries]) => [b, bucketValue(entries)]));
  }

  private nextDirectory(): Directory {
    const seq = (this.dir.seq ?? 0) + 1;
    const shards = this.dir.shards.map((s) => ({ ...s }));
    for (const n of this.changedShards) {
      const entries = this.shards.get(n)!;
      let info = shards.find((s) => s.n === n);
      if (!info) {
        info = { n, count: 0, newest: '', oldest: '' };
        shards.push(info);
      }
      info.count = entries.length;
      info.seq = seq;
      info.h = idsHash(entries.map((e) => e.id));
      for (const e of entries) {
        if (!info.newest || e.savedAt > info.newest) info.newest = e.savedAt;
        if (!info.oldest || e.savedAt < info.oldest) info.oldest = e.savedAt;
      }
    }
    return {
      version: this.dir.version,
      shards: shards.sort((a, b) => a.n - b.n),
      seq,
      epoch: this.dir.epoch ?? newEpoch(),
    };
  }

  /**
   * What this batch changed, for an index derived from the records: the shards with their sequence number
   * before and after, the records written and removed, and (a repair) the ids whose records decide.
   */
  change(written: Directory, recheck: readonly string[] = []): StoreChange {
    const before = new Map(this.dir.shards.map((s) => [s.n, s.seq ?? 0]));
    return {
      epoch: written.epoch ?? '',
      shards: [...this.changedShards].map((n) => ({ n, before: before.get(n) ?? null, after: written.seq ?? 0 })),
      put: [...this.records.values()],
      removed: [...this.removed],
      recheck: [...recheck],
    };
  }

  /**
   * Writes the batch. `journaled`: the journal is already in storage (a repair of an interrupted write), so it
   * is not written again. Returns the directory as written.
   */
  async commit(journaled = false): Promise<Directory> {
    const dir = this.nextDirectory();
    if (this.empty) {
      if (journaled) await this.clearJournal();
      return dir;
    }
    const items: Record<string, unknown> = {};
    for (const [id, d] of this.records) items[recordKey(id)] = d;
    Object.assign(items, this.sideSet);
    for (const n of this.changedShards) items[shardKey(n)] = { entries: this.shards.get(n) };
    const gone: string[] = [];
    for (const [b, value] of this.changedBuckets()) {
      if (value) items[bucketKey(b)] = value;
      else gone.push(bucketKey(b));
    }
    items[DIRECTORY_KEY] = dir;
    try {
      if (!journaled) await this.area.set({ [JOURNAL_KEY]: this.journal() });
    } catch (err) {
      throw toStorageError(err);
    }
    try {
      await this.area.set(items);
    } catch (err) {
      // Refused whole (quota, a failed write): nothing landed, the journal has nothing to repair. After a crash
      // this fails too and the journal stays for the next start.
      await this.clearJournal();
      throw toStorageError(err);
    }
    try {
      if (gone.length || this.removed.size || this.sideRemoved.size)
        await this.area.remove([...gone, ...this.sideRemoved, ...[...this.removed].map(recordKey)]);
    } catch (err) {
      // A delete failed: the record still there comes back in the list (the journal stays to repair the index).
      if (this.removed.size) throw toStorageError(err);
      // Nothing left but leftovers (emptied url buckets, a hold, image keys): the records and index landed, so the
      // write did happen and is reported so. The journal stays, naming the leftovers, and the next writer or
      // start removes them (best effort: if even this fails, the url buckets are still repaired from the journal).
      await this.area
        .set({ [JOURNAL_KEY]: { ...this.journal(), leftovers: [...this.sideRemoved] } })
        .catch(() => undefined);
      return dir;
    }
    await this.clearJournal();
    return dir;
  }

  /** Best effort: a journal left behind only makes the next writer look at these digests again. */
  private async clearJournal(): Promise<void> {
    await this.area.remove([JOURNAL_KEY]).catch(() => undefined);
  }
}
