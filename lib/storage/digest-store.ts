// The digest store: one record per digest, plus summaries in bounded shards and url entries in 1,024 buckets (layout.ts), over any
// KeyValueArea. No operation reads or writes something that grows with the library, except the ones that are
// about the whole library (listing every summary, a full check, a rebuild, the one-time migration).
//
// ─── Public API (used through the extension's save use case, the background and the library page) ────────
//   saveDigest(article, entities, source, images?) → { digest, created, previous, replacedImages }   one digest
//                                            per article and site: a refresh keeps notes, tags, highlights and
//                                            savedAt; replacedImages is what its undo puts back of the kept images
//   getDigest(id) / getDigests(ids, problems?) / getByUrl(url) / findByUrl(url)
//   firstSummaries(limit) → { summaries, total }   (the newest, from the newest shards: the library's first rows)
//   listSummaries() → DigestSummary[]        (every summary, newest saved first)
//   deleteDigest(id, expected?, { keepImages? }) → Digest | null  (the deleted record, kept by the UI for undo;
//                                            its kept images go too, or stay under their keys with `keepImages`,
//                                            held (image-keys.ts: a day at most) until releaseImages(ids); with
//                                            `expected`, only when unchanged since:
//                                            undo of a new save)
//   restoreDigest(digest, { replaced?, images? }) → { outcome }  (undo of a delete or a refresh: puts the record
//                                            back as it was, and its kept images when given, unless written again
//                                            since: restore.ts)
//   getImages(id) → ImageCapture | null      (the digest's kept images: image-keys.ts; saveDigest's 4th argument)
//   updateNotes / saveNotes (two windows, notes-merge.ts) / setTags / changeTags / addHighlight / removeHighlight
//   importDigests(digests) → { added, merged, unchanged }   (merged with the same matcher as saves: url-match.ts)
//                                            written 200 a transaction; stopped part way: PartialImportError
//   count() → number      usage() → { count, bytes, imageBytes }      rebuildIndex() → DigestSummary[]
//   usageAfter(ids, previous) → usage() after writes to these digests, without listing every key when it can
//   reconcile() → boolean (the background's startup check: repairs only what an interrupted write touched, and
//                                            removes picture keys whose record is gone and whose hold is not live)
//   inspect({ full }) → { summaries, report }  (the library's check: never throws, lists what it can read,
//                                            reports what it cannot, repairs the layout; see index-check.ts)
// Reading never throws on bad data: a record that cannot be read (corrupt, half-written by another tool, from a
// newer version) is left in place untouched, left out of the summaries and listed by inspect(); nothing is deleted.
// Every write throws StorageError ('quota' | 'write-failed' | 'newer-schema' | 'not-found') and then leaves
// what was saved before untouched: a record, its summary's shard and its url buckets are written in ONE area.set
// (one LevelDB write batch in Chromium, one IndexedDB transaction in Firefox). The API does not promise that,
// so a journal written before every write names what it touches, and the next writer (or the next start)
// repairs exactly that from the records (test/storage/faults.test.ts injects these faults).
// Concurrency: every read-modify-write runs inside `lock`, in the extension a Web Lock shared by all extension
// contexts, so two windows saving or editing at the same moment both land.
import type { Article } from '../article';
import {
  digestIdFor,
  makeDigest,
  cleanTags,
  tagKey,
  siteOfUrl,
  keyFromStored,
  keysOfArticle,
  keysOfDigest,
  keysOfImported,
  pickMatch,
  type DigestKeys,
} from '../digest';
import type { Digest, Highlight } from '../digest';
import { capSpans, type Entities } from '../entities';
import type { ImageCapture } from '../images';
import { mergeDigest } from './digest-merge';
import { canonicalUrlKey } from '../meta';
import { PartialImportError, StorageError, toStorageError } from './errors';
import {
  emptyReport,
  readShardEntries,
  sameEntries,
  sameValue,
  type IndexState,
  type StorageReport,
} from './index-check';
import { createQueueLock, type KeyValueArea, type StoreLock } from './key-value-area';
import {
  DIRECTORY_KEY,
  JOURNAL_KEY,
  LAYOUT_VERSION,
  LEGACY_INDEX_KEY,
  META_KEY,
  RECORD_PREFIX,
  legacyUrlKey,
  readDirectory,
  readJournal,
  idsHash,
  recordKey,
  shardKey,
  type Directory,
  type Journal,
  type ShardInfo,
  type StoreMeta,
} from './layout';
import {
  IMAGE_PREFIX,
  heldIdsIn,
  holdsAt,
  imageHoldKey,
  imageSetKey,
  imageSetKeys,
  keysReplacedBy,
  newImageHold,
  orphanImageKeys,
  planImageWrite,
  readImageSet,
  readImageSetIndex,
  trimImageWrite,
  type ImageSetIndex,
} from './image-keys';
import { PREPARED_SEQ, type DerivedIndex, type DerivedSource, type StoreChange } from './derived';
import { DamagedLayout, LayoutBatch } from './layout-batch';
import { rebuildLayout } from './layout-rebuild';
import { CURRENT_SCHEMA, migrateRecord, type SchemaInfo } from './migrations';
import { mergeNotes, type NotesMerge } from './notes-merge';
import { checkRecord, type ReadProblem } from './record-check';
import { planRestore, type RestoreOutcome } from './restore';
import { summarise, type DigestSummary } from './summary';
import { BUCKET_PREFIX, bucketDamaged, bucketKeyOf, readBucket, readUrlEntries } from './url-buckets';
import { liftUrlKeys } from './url-buckets-migration';

export type { StorageReport } from './index-check';
export type { ReadProblem } from './record-check';
export type { RestoreOutcome } from './restore';
export {
  META_KEY,
  RECORD_PREFIX,
  LEGACY_INDEX_KEY,
  DIRECTORY_KEY,
  JOURNAL_KEY,
  SHARD_PREFIX,
  URL_PREFIX,
  digestChange,
} from './layout';
export { BUCKET_PREFIX, URL_BUCKETS, bucketKeyOf } from './url-buckets';
export type { StoreMeta } from './layout';

export interface SaveResult {
  digest: Digest;
  /** false when the article was already saved and this save refreshed it. */
  created: boolean;
  /** The record before this save (for undo), null when created. */
  previous: Digest | null;
  /**
   * What this refresh replaced of the digest's kept images (pictures it removed or overwrote with other bytes, and
   * the earlier list of those left as addresses): restoreDigest's `images` when the refresh is undone. Null when
   * created or when no image key was touched.
   */
  replacedImages: ImageCapture | null;
}

export interface ImportResult {
  added: number;
  merged: number;
  unchanged: number;
}

export interface StoreOptions {
  lock?: StoreLock;
  now?: () => Date;
  schema?: SchemaInfo;
  /**
   * An index derived from the records (the kept search index): told of every write after it landed, inside
   * the lock, while the caller already has its answer.
   */
  derived?: DerivedIndex;
  /** Told when the derived index fails to follow a write (it catches up later from the shards' numbers). */
  onDerivedError?: (err: unknown) => void;
}

/** What one write under the lock collects for the derived index. */
interface WriteContext {
  changes: StoreChange[];
}

export type NewHighlight = Pick<Highlight, 'quote'> & Partial<Omit<Highlight, 'quote'>>;

export type DigestStore = ReturnType<typeof createDigestStore>;

/** Records read per storage call when many are needed (listing, migrating, rebuilding). */
const READ_CHUNK = 200;
/** Imported digests written per transaction: a backup of 10,000 is not one 100 MB write. */
const IMPORT_CHUNK = 200;
/** usageAfter() looks at this many changed digests one by one; more, and it counts everything again. */
const USAGE_IDS_CHECKED = 20;

export function byNewest(a: DigestSummary, b: DigestSummary): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}

function randomId(): string {
  return 'h' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

const emptyDirectory = (): Directory => ({ version: LAYOUT_VERSION, shards: [] });

export function createDigestStore(area: KeyValueArea, options: StoreOptions = {}) {
  const lock = options.lock ?? createQueueLock();
  const now = options.now ?? (() => new Date());
  const schema = options.schema ?? CURRENT_SCHEMA;
  const derived = options.derived ?? null;
  let readyOnce: Promise<void> | null = null;
  /** Derived-index work started by this store object and not finished yet. */
  const following = new Set<Promise<unknown>>();

  /**
   * A write inside the lock. The caller gets its answer as soon as the write landed; the derived index is told
   * afterwards, still inside the lock (so the next writer waits for it and derived writes keep their order).
   * `indexFirst`: the answer waits until the index has followed (an undo: the popup that asked closes as soon as
   * it shows the answer, and an index write still under way in a closed context never lands, leaving the shard
   * to be indexed again by the next catch-up).
   */
  function writing<T>(body: (w: WriteContext) => Promise<T>, opts: { indexFirst?: boolean } = {}): Promise<T> {
    const fn = (w: WriteContext) => repairing(w, body);
    if (!derived) return lock(() => fn({ changes: [] }));
    return new Promise<T>((resolve, reject) => {
      const run = lock(async () => {
        const w: WriteContext = { changes: [] };
        let answer: () => void;
        try {
          const value = await fn(w);
          answer = () => resolve(value);
        } catch (err) {
          answer = () => reject(err);
        }
        if (!opts.indexFirst) answer();
        // Also after a failure: what landed before it (an earlier import chunk, a repair) is followed.
        for (const change of w.changes) {
          try {
            await derived.apply(change, (ids) => readRecords(ids));
          } catch (err) {
            options.onDerivedError?.(err);
          }
        }
        if (opts.indexFirst) answer();
      });
      following.add(run);
      void run.finally(() => following.delete(run));
    });
  }

  /**
   * A write that finds a shard or url bucket damaged while staging (before anything of it is written) has the
   * layout rebuilt from the records, then runs again: a damaged bucket is never rewritten with this write's
   * entries alone.
   */
  async function repairing<T>(w: WriteContext, body: (w: WriteContext) => Promise<T>): Promise<T> {
    try {
      return await body(w);
    } catch (err) {
      if (!(err instanceof DamagedLayout)) throw err;
      await rebuildIn(w);
      return body(w);
    }
  }

  /** The layout rebuilt from the records inside a write, told to the derived index; returns the new directory. */
  async function rebuildIn(w: WriteContext): Promise<Directory> {
    const summaries = await rebuild();
    const dir = readDirectory((await area.get([DIRECTORY_KEY]))[DIRECTORY_KEY]) ?? emptyDirectory();
    w.changes.push({
      epoch: dir.epoch ?? '',
      shards: [],
      put: [],
      removed: [],
      recheck: [],
      rebuilt: summaries.length,
    });
    return dir;
  }

  async function write(items: Record<string, unknown>): Promise<void> {
    try {
      await area.set(items);
    } catch (err) {
      throw toStorageError(err);
    }
  }

  /** Readable records of these ids (unreadable ones are reported in `problems`, never thrown). */
  async function readRecords(ids: readonly string[], problems: ReadProblem[] = []): Promise<Digest[]> {
    const out: Digest[] = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const keys = ids.slice(i, i + READ_CHUNK).map(recordKey);
      const got = await area.get(keys);
      for (const k of keys) {
        if (!(k in got)) continue;
        const checked = checkRecord(k, got[k], schema);
        if (checked.ok) out.push(checked.digest);
        else problems.push(checked.problem);
      }
    }
    return out;
  }

  async function readOne(id: string): Promise<Digest | null> {
    return (await readRecords([id]))[0] ?? null;
  }

  async function allRecordIds(): Promise<string[]> {
    return (await area.keys()).filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
  }

  async function buildEntries(problems: ReadProblem[] = []): Promise<DigestSummary[]> {
    return (await readRecords(await allRecordIds(), problems)).map(summarise).sort(byNewest);
  }

  async function readMeta(): Promise<{ version: number | null; layout: number | null; state: StorageReport['meta'] }> {
    const got = await area.get([META_KEY]);
    if (!(META_KEY in got)) return { version: null, layout: null, state: 'missing' };
    const meta = got[META_KEY] as Partial<StoreMeta> | null;
    const v = meta?.schemaVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      return { version: null, layout: null, state: 'corrupt' };
    const layout = typeof meta?.layout === 'number' ? meta.layout : null;
    return { version: v, layout, state: v > schema.current || (layout ?? 0) > LAYOUT_VERSION ? 'newer' : 'ok' };
  }

  /** The whole layout written again from the records (migration, damage); the records are not touched. */
  async function rebuild(problems: ReadProblem[] = []): Promise<DigestSummary[]> {
    return rebuildLayout(area, await readRecords(await allRecordIds(), problems));
  }

  /**
   * Brings the stored data to the current schema and layout (once per store object) and creates `meta` on first
   * use. Layout 1 (one `index` key) is migrated here: records stay as they are, shards and url buckets are built
   * from them, `meta` says the current layout, and the old index goes last, so an interrupted migration runs
   * again. Layout 2 (a url: key per URL key) has its url: keys moved into buckets (url-buckets-migration.ts).
   */
  function ready(): Promise<void> {
    readyOnce ??= lock(async () => {
      const meta = await readMeta();
      if (meta.state === 'newer') {
        throw new StorageError(
          'newer-schema',
          `Stored digests use schema v${meta.version} (layout ${meta.layout}); this extension knows v${schema.current}.`,
        );
      }
      const keys = meta.state === 'ok' && meta.layout === LAYOUT_VERSION ? null : await area.keys();
      const legacy = (await area.get([LEGACY_INDEX_KEY]))[LEGACY_INDEX_KEY] !== undefined;
      const hasData = !!keys?.some((k) => k.startsWith(RECORD_PREFIX) || k === LEGACY_INDEX_KEY);
      const stored = meta.version ?? (hasData ? 1 : schema.current);
      const migrateRecords = stored < schema.current || meta.state === 'corrupt';
      if (migrateRecords) {
        // Each record carries its own version, so re-running this pass is harmless. Unreadable records and
        // records of a newer version are left exactly as they are.
        for (const id of await allRecordIds()) {
          const key = recordKey(id);
          const raw = (await area.get([key]))[key];
          const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
          if (typeof version === 'number' && version >= schema.current) continue;
          const checked = checkRecord(key, raw, schema);
          if (checked.ok) await write({ [key]: checked.digest });
        }
      }
      if (migrateRecords || legacy || (hasData && meta.layout !== LAYOUT_VERSION)) {
        // Layout 2 → 3 moves the url: keys into buckets, records and shards untouched; anything older, damaged
        // or migrated record by record is laid out again from the records.
        const lifted = !migrateRecords && !legacy && meta.layout === 2 && (await liftUrlKeys(area, keys!));
        if (!lifted) await rebuild();
      }
      if (meta.version !== schema.current || meta.layout !== LAYOUT_VERSION) {
        await write({ [META_KEY]: { schemaVersion: schema.current, layout: LAYOUT_VERSION } satisfies StoreMeta });
      }
      if (legacy) await area.remove([LEGACY_INDEX_KEY]).catch((err: unknown) => Promise.reject(toStorageError(err)));
    });
    readyOnce.catch(() => {
      readyOnce = null; // a failed open is retried by the next call
    });
    return readyOnce;
  }

  /**
   * The start of every write, inside the lock: the directory, and the repair of a write that was cut short
   * (its journal is still there). A damaged directory or shard is rebuilt from the records first.
   */
  async function begin(w: WriteContext): Promise<LayoutBatch> {
    const got = await area.get([DIRECTORY_KEY, JOURNAL_KEY]);
    let dir = readDirectory(got[DIRECTORY_KEY]);
    const journal = readJournal(got[JOURNAL_KEY]);
    try {
      if (!dir) throw new DamagedLayout('directory missing or damaged');
      if (journal) dir = await repairJournal(dir, journal, w);
    } catch (err) {
      if (!(err instanceof DamagedLayout)) throw err;
      dir = await rebuildIn(w);
    }
    return new LayoutBatch(area, dir);
  }

  /** Puts the summaries and url entries of the journaled digests in the state of their records. */
  async function repairJournal(dir: Directory, journal: Journal, w: WriteContext): Promise<Directory> {
    const batch = new LayoutBatch(area, dir);
    const records = new Map((await readRecords(journal.ids.map((x) => x.id))).map((d) => [d.id, d]));
    await batch.loadUrls(journal.keys);
    for (const { id, shard } of journal.ids) {
      // Whatever the interrupted write left, the id's entries are taken out of the keys it touched and put back
      // as its record (if any) says.
      await batch.unlink(id, journal.keys);
      await batch.place(id, records.get(id) ?? null, records.get(id) ?? null, shard);
    }
    if (journal.leftovers?.length) batch.side({ set: {}, remove: journal.leftovers });
    const written = await batch.commit(true);
    w.changes.push(
      batch.change(
        written,
        journal.ids.map((x) => x.id),
      ),
    );
    return written;
  }

  /** The digest `keys` designate, read under the lock; `batch` sees what an import staged before. */
  async function match(batch: LayoutBatch, keys: DigestKeys): Promise<Digest | null> {
    await batch.loadUrls([keys.urlKey, ...keys.aliases]);
    const hit = pickMatch((k) => batch.entries(k), keys);
    if (!hit) return null;
    return batch.staged(hit.id) ?? (await readOne(hit.id));
  }

  /**
   * The id for an article no url entry leads to (`preferred` first: an imported digest's own id): a free one, or
   * the id of a readable record of the same article
   * and site that the layout missed (returned so its notes are kept). Another article's record, a record of
   * another site or an unreadable record is never overwritten: a hash collision takes the next seed.
   */
  async function idFor(
    batch: LayoutBatch,
    keys: DigestKeys,
    preferred?: string,
  ): Promise<{ id: string; existing: Digest | null }> {
    for (let seed = preferred ? -1 : 0; ; seed++) {
      const id = seed < 0 ? preferred! : digestIdFor(keys.urlKey, seed);
      const staged = batch.staged(id);
      if (staged) {
        if (keyFromStored(staged.urlKey) === keys.urlKey && keysOfDigest(staged).site === keys.site)
          return { id, existing: staged };
        continue;
      }
      const key = recordKey(id);
      const got = await area.get([key]);
      if (!(key in got)) return { id, existing: null };
      const checked = checkRecord(key, got[key], schema);
      if (
        checked.ok &&
        keyFromStored(checked.digest.urlKey) === keys.urlKey &&
        keysOfDigest(checked.digest).site === keys.site
      )
        return { id, existing: checked.digest };
    }
  }

  /** Commits a batch and notes its change for the derived index. */
  async function commit(batch: LayoutBatch, w: WriteContext): Promise<void> {
    const written = await batch.commit();
    if (!batch.empty) w.changes.push(batch.change(written));
  }

  async function shardOf(batch: LayoutBatch, d: Digest): Promise<number> {
    return (await batch.locate(d)) ?? (await batch.freeShard());
  }

  async function mutate(id: string, change: (d: Digest) => Digest): Promise<Digest> {
    await ready();
    return writing(async (w) => {
      const batch = await begin(w);
      const current = await readOne(id);
      if (!current) throw new StorageError('not-found', `No digest ${id}`);
      const next = change(current);
      if (next === current) return current;
      const located = await batch.locate(current);
      if (located !== null && (await writeRecordAlone(batch, next, current, located, w))) return next;
      await batch.put(next, current, located ?? (await batch.freeShard()));
      await commit(batch, w);
      return next;
    });
  }

  /**
   * An edit that leaves the layout as it is (a note typed into a note that already had text): the record alone,
   * in one set of one key, with no journal, shard or directory. Chromium's storage.local.set costs time in
   * proportion to the number of keys stored (its quota bookkeeping copies a map of every key per set), so one set
   * instead of two is what keeps typing fast in a big library. A single key lands whole or not at all, so no
   * journal is needed; the directory's numbers do not move, so the derived index is prepared first (it marks the
   * shard until the apply comes: a context that stops in between leaves the shard to its catch-up). False when
   * the layout would change or the index could not be prepared: the caller writes the whole batch.
   */
  async function writeRecordAlone(
    batch: LayoutBatch,
    next: Digest,
    current: Digest,
    shard: number,
    w: WriteContext,
  ): Promise<boolean> {
    const info = batch.dir.shards.find((s) => s.n === shard);
    const epoch = batch.dir.epoch;
    if (!derived?.prepare || !info || epoch === undefined || !(await batch.unchangedBy(next, current, shard)))
      return false;
    const seq = info.seq ?? 0;
    try {
      await derived.prepare(epoch, [{ n: shard, seq }]);
    } catch (err) {
      options.onDerivedError?.(err);
      return false;
    }
    const change = (put: Digest[]): StoreChange => ({
      epoch,
      shards: [{ n: shard, before: PREPARED_SEQ, after: seq }],
      put,
      removed: [],
      recheck: [],
    });
    try {
      await write({ [recordKey(next.id)]: next });
    } catch (err) {
      w.changes.push(change([])); // nothing landed: the index's mark is taken back
      throw err;
    }
    w.changes.push(change([next]));
    return true;
  }

  async function readImageIndex(id: string): Promise<ImageSetIndex | null> {
    return readImageSetIndex((await area.get([imageSetKey(id)]))[imageSetKey(id)]);
  }

  /**
   * Stages the kept images of `d` as they follow from `capture` (null: none read now; image-keys.ts), and returns
   * what that replaces of the stored set (for the undo of a refresh), read inside the same lock.
   */
  async function stageImages(
    batch: LayoutBatch,
    d: Digest,
    capture: ImageCapture | null,
  ): Promise<ImageCapture | null> {
    const old = await readImageIndex(d.id);
    const plan = planImageWrite(
      d.id,
      d.article.images.map((i) => i.src),
      old,
      capture,
    );
    const keys = keysReplacedBy(d.id, old, plan);
    const { write, replaced } = trimImageWrite(d.id, old, plan, keys.length ? await area.get(keys) : {});
    batch.side(write);
    return replaced;
  }

  async function readDirectoryValue(): Promise<Directory | null> {
    return readDirectory((await area.get([DIRECTORY_KEY]))[DIRECTORY_KEY]);
  }

  /** Summaries of these shards; null when one is damaged. */
  async function readShards(ns: number[]): Promise<DigestSummary[] | null> {
    const out: DigestSummary[] = [];
    for (let i = 0; i < ns.length; i += READ_CHUNK) {
      const keys = ns.slice(i, i + READ_CHUNK).map(shardKey);
      const got = await area.get(keys);
      for (const k of keys) {
        if (got[k] === undefined) continue; // an empty shard removed by hand: its digests are found by inspect()
        const entries = readShardEntries(got[k]);
        if (!entries) return null;
        out.push(...entries);
      }
    }
    return out;
  }

  /** Every summary from the shards, one per id; null when the layout is missing or damaged. */
  async function readAllSummaries(): Promise<DigestSummary[] | null> {
    const dir = await readDirectoryValue();
    if (!dir) return null;
    const entries = await readShards(dir.shards.map((s) => s.n));
    if (!entries) return null;
    const seen = new Set<string>();
    return entries.filter((e) => !seen.has(e.id) && !!seen.add(e.id)).sort(byNewest);
  }

  /** Gives every shard of the directory its id hash (directories written before the hashes); layout unchanged. */
  async function addShardHashes(): Promise<void> {
    await ready();
    await lock(async () => {
      const dir = await readDirectoryValue();
      if (!dir || dir.shards.every((s) => s.h !== undefined)) return;
      const shards: ShardInfo[] = [];
      for (const info of dir.shards) {
        if (info.h !== undefined) shards.push(info);
        else {
          const entries = await readShards([info.n]);
          if (!entries) return; // damaged: inspect() rebuilds it
          shards.push({ ...info, h: idsHash(entries.map((e) => e.id)) });
        }
      }
      await write({ [DIRECTORY_KEY]: { ...dir, shards } satisfies Directory });
    });
  }

  /** Writes a rebuilt layout when storage allows it; says whether it did. */
  async function persistRebuild(): Promise<boolean> {
    try {
      await ready();
      await lock(() => rebuild());
      return true;
    } catch {
      return false;
    }
  }

  /** Whether one of these url bucket keys holds a value that cannot be trusted (read in chunks). */
  async function anyBucketDamaged(keys: readonly string[]): Promise<boolean> {
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const chunk = keys.slice(i, i + READ_CHUNK);
      const got = await area.get(chunk);
      if (chunk.some((k) => bucketDamaged(got[k]))) return true;
    }
    return false;
  }

  /** The summaries compared with the records (inspect()): what can be listed, and the layout's state. */
  async function checkLayout(
    full: boolean,
  ): Promise<{ entries: DigestSummary[]; state: IndexState; unreadable: ReadProblem[] }> {
    const unreadable: ReadProblem[] = [];
    const got = await area.get([DIRECTORY_KEY, JOURNAL_KEY, LEGACY_INDEX_KEY]);
    const keys = await area.keys();
    const ids = keys.filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
    const listed = got[DIRECTORY_KEY] === undefined ? null : await readAllSummaries();
    let entries: DigestSummary[];
    let state: IndexState = 'ok';
    if (!listed || full) {
      entries = (await readRecords(ids, unreadable)).map(summarise);
      if (!listed) {
        const dir = got[DIRECTORY_KEY] as { version?: unknown } | undefined;
        const otherVersion = typeof dir?.version === 'number' && dir.version !== LAYOUT_VERSION;
        if (dir === undefined)
          state =
            got[LEGACY_INDEX_KEY] !== undefined ? 'outdated' : entries.length || unreadable.length ? 'missing' : 'ok';
        else state = otherVersion ? 'outdated' : 'corrupt';
      } else if (!sameEntries(listed, entries) || readJournal(got[JOURNAL_KEY])) state = 'out-of-step';
    } else {
      const present = new Set(ids);
      const known = new Set(listed.map((e) => e.id));
      const kept = listed.filter((e) => present.has(e.id));
      const found = (
        await readRecords(
          ids.filter((id) => !known.has(id)),
          unreadable,
        )
      ).map(summarise);
      entries = [...kept, ...found];
      if (kept.length !== listed.length || found.length || readJournal(got[JOURNAL_KEY])) state = 'out-of-step';
    }
    // A damaged url bucket loses the lookups of its digests: reported, and rebuilt with the rest of the layout.
    if (listed && (await anyBucketDamaged(keys.filter((k) => k.startsWith(BUCKET_PREFIX))))) state = 'corrupt';
    return { entries, state, unreadable };
  }

  /** One chunk of an import in one write (inside the lock): its counts once the write has landed. */
  async function importChunk(w: WriteContext, digests: readonly Digest[]): Promise<ImportResult> {
    const counts: ImportResult = { added: 0, merged: 0, unchanged: 0 };
    const batch = await begin(w);
    for (const raw of digests) {
      const lifted = migrateRecord(raw, schema);
      // A backup keeps what a save keeps: the mention count, and the first spans of each entity.
      const incoming = { ...lifted, entities: capSpans(lifted.entities) };
      const keys = keysOfImported(incoming);
      let mine = await match(batch, keys);
      const free = mine ? null : await idFor(batch, keys, incoming.id);
      mine ??= free?.existing ?? null;
      if (!mine) {
        await batch.put({ ...incoming, id: free!.id }, null, await batch.freeShard());
        counts.added++;
        continue;
      }
      const merged = mergeDigest(mine, { ...incoming, id: mine.id, urlKey: mine.urlKey });
      if (merged === mine) {
        counts.unchanged++;
        continue;
      }
      await batch.put(merged, mine, await shardOf(batch, mine));
      counts.merged++;
    }
    await commit(batch, w);
    return counts;
  }

  // Methods call each other through `store`, not `this`: they stay correct when passed around unbound.
  const store = {
    ready,

    /** `images`: the pictures read in the tab for "keep images in the library", written in the same set as the record. */
    async saveDigest(
      article: Article,
      entities: Entities,
      source: Digest['source'] = 'page',
      images: ImageCapture | null = null,
    ): Promise<SaveResult> {
      await ready();
      return writing(async (w) => {
        const batch = await begin(w);
        const keys = keysOfArticle(article);
        let previous = await match(batch, keys);
        let digest = makeDigest(article, entities, source, now(), previous);
        if (!previous) {
          const free = await idFor(batch, keys);
          previous = free.existing;
          digest = previous ? makeDigest(article, entities, source, now(), previous) : { ...digest, id: free.id };
        }
        await batch.put(digest, previous, previous ? await shardOf(batch, previous) : await batch.freeShard());
        const replaced = await stageImages(batch, digest, images);
        await commit(batch, w);
        return { digest, created: !previous, previous, replacedImages: previous ? replaced : null };
      });
    },

    getDigest(id: string): Promise<Digest | null> {
      return readOne(id);
    },

    /** Readable records of these ids, in chunks; unreadable ones are reported in `problems`. */
    getDigests(ids: readonly string[], problems: ReadProblem[] = []): Promise<Digest[]> {
      return readRecords(ids, problems);
    },

    /**
     * The saved digest of this address (its key or an alias, same site only): two small reads, its url bucket
     * then the record. The layout-2 url: key is read in the same get, for a store whose migration is under way.
     */
    async getByUrl(url: string): Promise<Digest | null> {
      const keys: DigestKeys = { urlKey: canonicalUrlKey(url), aliases: [], site: siteOfUrl(url) };
      const bucket = bucketKeyOf(keys.urlKey);
      const got = await area.get([bucket, legacyUrlKey(keys.urlKey)]);
      const entries = readBucket(got[bucket]).get(keys.urlKey) ?? readUrlEntries(got[legacyUrlKey(keys.urlKey)]);
      const hit = pickMatch(() => entries, keys);
      return hit ? readOne(hit.id) : null;
    },

    async findByUrl(url: string): Promise<DigestSummary | null> {
      const d = await store.getByUrl(url);
      return d ? summarise(d) : null;
    },

    /**
     * The newest summaries, read from the newest shards only (the library's first rows), and the count. Shards
     * are read newest bound first until the next one cannot hold anything newer than the `limit`-th summary.
     */
    async firstSummaries(limit: number): Promise<{ summaries: DigestSummary[]; total: number }> {
      const dir = await readDirectoryValue();
      if (!dir) {
        const all = await store.listSummaries();
        return { summaries: all.slice(0, limit), total: all.length };
      }
      const order = dir.shards
        .filter((s) => s.count > 0)
        .sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
      const got: DigestSummary[] = [];
      // Two shards per read: the newest shard is often not full, so the rows usually need the one before it.
      for (let i = 0; i < order.length; i += 2) {
        if (got.length >= limit && got[limit - 1]!.savedAt > order[i]!.newest) break;
        const entries = await readShards(order.slice(i, i + 2).map((info) => info.n));
        if (!entries) {
          const all = await store.listSummaries();
          return { summaries: all.slice(0, limit), total: all.length };
        }
        got.push(...entries);
        got.sort(byNewest);
      }
      return { summaries: got.slice(0, limit), total: dir.shards.reduce((n, s) => n + s.count, 0) };
    },

    /**
     * Never throws on bad data: a missing or damaged layout is rebuilt in memory from the readable records (the
     * next write, reconcile() or inspect() writes it back; a read never writes).
     */
    async listSummaries(): Promise<DigestSummary[]> {
      return (await readAllSummaries()) ?? buildEntries();
    },

    /**
     * The library's check: the readable digests' summaries and a report of what could not be read. The record
     * keys are compared with the summaries (one keys() call; records no shard lists are read), so a missing,
     * damaged or out-of-step layout is rebuilt and written back. `full` also reads every record and compares
     * every summary by value.
     */
    async inspect(opts: { full?: boolean } = {}): Promise<{ summaries: DigestSummary[]; report: StorageReport }> {
      const report = emptyReport();
      const meta = await readMeta();
      report.meta = meta.state;
      // A write cut short (or under way in another window): its journal is finished first, touching only what it
      // names, so it is not mistaken for a layout that needs a whole rebuild.
      if (meta.state !== 'newer' && readJournal((await area.get([JOURNAL_KEY]))[JOURNAL_KEY]))
        await store.reconcile().catch(() => false);
      let checked = await checkLayout(opts.full ?? false);
      // The record keys are listed before the shards are read: a save landing in between looks out of step.
      // Before declaring damage, look once more with writes held off.
      if (checked.state === 'out-of-step') checked = await lock(() => checkLayout(opts.full ?? false));
      const { entries, state } = checked;
      report.unreadable.push(...checked.unreadable);
      entries.sort(byNewest);
      report.index = state;
      if (state !== 'ok' && report.meta !== 'newer') report.indexRepaired = await persistRebuild();
      return { summaries: entries, report };
    },

    /**
     * The library's check without reading every shard: meta, directory and journal are looked at, then (unless
     * `quick`) the record keys are hashed against the directory's per-shard id hashes (one keys() call). Anything
     * amiss, or a directory that predates the hashes, and it is inspect() (which lists, reports and repairs); a
     * directory without hashes gets them once. `quick` answers null when nothing looked amiss.
     */
    async check(opts: { quick?: boolean } = {}): Promise<StorageReport | null> {
      const meta = await readMeta();
      const got = await area.get([DIRECTORY_KEY, JOURNAL_KEY]);
      const dir = readDirectory(got[DIRECTORY_KEY]);
      const sound = meta.state === 'ok' && dir !== null && !readJournal(got[JOURNAL_KEY]);
      if (sound && opts.quick) return null;
      if (sound && dir.shards.every((s) => s.h !== undefined)) {
        const ids = await allRecordIds();
        const listed = dir.shards.reduce((n, s) => n + s.count, 0);
        const hash = dir.shards.reduce((h, s) => (h ^ s.h!) >>> 0, 0);
        if (ids.length === listed && idsHash(ids) === hash) return emptyReport();
      }
      const { report } = await store.inspect();
      if (report.meta !== 'newer') await addShardHashes().catch(() => undefined);
      return report;
    },

    /** Resolves when the derived index has followed every write this store object made so far. */
    async settled(): Promise<void> {
      while (following.size > 0) await Promise.allSettled([...following]);
    },

    /** What a derived index reads of the store to catch up. */
    derivedSource(): DerivedSource {
      return {
        // The store made ready (migrated) first: ready() takes the lock, so it must not run first inside it (a
        // library opened while the background installs caught up under the lock and waited on itself).
        lock: async (fn) => {
          await ready();
          return lock(fn);
        },
        shards: async () => {
          await ready();
          const dir = await readDirectoryValue();
          return dir
            ? { epoch: dir.epoch ?? '', shards: dir.shards.map((x) => ({ n: x.n, seq: x.seq ?? 0, count: x.count })) }
            : null;
        },
        summaries: async (ns) => {
          const entries = await readShards(ns);
          if (!entries) throw new DamagedLayout('a shard is damaged');
          return entries;
        },
        records: (ids, problems) => readRecords(ids, problems),
        recordIds: allRecordIds,
      };
    },

    async count(): Promise<number> {
      const dir = await readDirectoryValue();
      return dir ? dir.shards.reduce((n, s) => n + s.count, 0) : (await store.listSummaries()).length;
    },

    /**
     * Deletes a digest; returns the deleted record (for undo), or null when nothing was deleted. With `expected`
     * (an undo of the save that wrote it), a record changed since (a note typed, saved again) is kept.
     */
    async deleteDigest(id: string, expected?: Digest, opts: { keepImages?: boolean } = {}): Promise<Digest | null> {
      await ready();
      // With `expected` (the popup's undo of its save) the answer waits for the derived index (writing()).
      return writing(
        async (w) => {
          const batch = await begin(w);
          const unreadable: ReadProblem[] = [];
          const [current] = await readRecords([id], unreadable);
          if (!current) return null; // a record this version cannot read is never deleted by it
          if (expected && !sameValue(current, migrateRecord(expected, schema))) return null;
          await batch.drop(current, await batch.locate(current));
          const images = await readImageIndex(id);
          // Kept for the undo: held in the same set, so no sweep (another context's start-up) takes them meanwhile.
          if (opts.keepImages && images)
            batch.side({ set: { [imageHoldKey(id)]: newImageHold(now().getTime()) }, remove: [] });
          if (!opts.keepImages) batch.side({ set: {}, remove: [imageSetKey(id), ...imageSetKeys(id, images)] });
          await commit(batch, w);
          return current;
        },
        { indexFirst: expected !== undefined },
      );
    },

    /**
     * The undo of deletes made with `keepImages` is no longer offered: removes their holds, and the kept pictures
     * of those ids that have no record (one restored, or saved again meanwhile, keeps its pictures). One id at a
     * time.
     */
    async releaseImages(ids: readonly string[]): Promise<void> {
      await ready();
      for (const id of ids) {
        await writing(async () => {
          const owned = (await area.get([recordKey(id)]))[recordKey(id)] !== undefined;
          const keys = [...(owned ? [] : imageSetKeys(id, await readImageIndex(id))), imageHoldKey(id)];
          await area.remove(keys).catch((err: unknown) => Promise.reject(toStorageError(err)));
        });
      }
    },

    /**
     * Undo: puts `digest` back (with its kept `images` when given: as getImages read them before a delete, or the
     * `replacedImages` of the refresh undone; absent, the stored ones stay as they are) unless the record was written again after the change undone (`replaced`: what that change
     * left stored, null or absent after a delete). A newer record is kept, never overwritten (restore.ts). The
     * answer comes once the derived index has followed (the popup that undoes closes as soon as it shows it).
     */
    async restoreDigest(
      digest: Digest,
      opts: { replaced?: Digest | null; images?: ImageCapture | null } = {},
    ): Promise<{ outcome: RestoreOutcome }> {
      await ready();
      const d = migrateRecord(digest, schema);
      return writing(
        async (w) => {
          const batch = await begin(w);
          const current = (await readOne(d.id)) ?? (await match(batch, keysOfDigest(d)));
          const replaced = opts.replaced ? migrateRecord(opts.replaced, schema) : null;
          const plan = planRestore(d, replaced, current);
          if (plan.write) {
            await batch.put(plan.write, current, current ? await shardOf(batch, current) : await batch.freeShard());
            // The kept images go back with the version put back, not into a newer record the deleted one merged into.
            if (plan.outcome === 'restored' && opts.images !== undefined)
              await stageImages(batch, plan.write, opts.images);
            // The pictures a delete held for this undo are the restored record's again (or released by the caller).
            if (plan.outcome === 'restored') batch.side({ set: {}, remove: [imageHoldKey(d.id)] });
            await commit(batch, w);
          }
          return { outcome: plan.outcome };
        },
        { indexFirst: true },
      );
    },

    updateNotes(id: string, notes: string): Promise<Digest> {
      return mutate(id, (d) => ({ ...d, notes, notesUpdatedAt: now().toISOString() }));
    },

    /**
     * Notes typed in one window, with the text that window started from (`base`). When another window saved
     * the note meanwhile, the edits are merged without losing text (notes-merge.ts); the caller shows
     * `digest.notes` when the outcome is 'both' or 'clean' and says another window edited the note.
     */
    async saveNotes(
      id: string,
      notes: string,
      base: string,
    ): Promise<{ digest: Digest; outcome: NotesMerge['outcome'] }> {
      let outcome: NotesMerge['outcome'] = 'mine';
      const digest = await mutate(id, (d) => {
        const merged = mergeNotes(base, notes, d.notes);
        outcome = merged.outcome;
        return merged.notes === d.notes ? d : { ...d, notes: merged.notes, notesUpdatedAt: now().toISOString() };
      });
      return { digest, outcome };
    },

    /** Replaces the whole tag list (one tag whatever its diacritics and case, in its first spelling: tags.ts). */
    setTags(id: string, tags: string[]): Promise<Digest> {
      const clean = cleanTags(tags);
      return mutate(id, (d) => ({ ...d, tags: clean }));
    },

    /**
     * Adds and removes tags on the stored list, inside the lock: a tag another window added meanwhile is kept
     * (a window never writes back its stale list).
     */
    changeTags(id: string, change: { add?: string[]; remove?: string[] }): Promise<Digest> {
      const removed = new Set((change.remove ?? []).map((t) => tagKey(t.trim())));
      return mutate(id, (d) => {
        const tags = cleanTags([...d.tags.filter((t) => !removed.has(tagKey(t))), ...(change.add ?? [])]);
        return tags.length === d.tags.length && tags.every((t, i) => t === d.tags[i]) ? d : { ...d, tags };
      });
    },

    async addHighlight(id: string, h: NewHighlight): Promise<Highlight> {
      const highlight: Highlight = {
        id: h.id ?? randomId(),
        quote: h.quote,
        start: h.start ?? null,
        prefix: h.prefix ?? '',
        suffix: h.suffix ?? '',
        comment: h.comment ?? '',
        createdAt: h.createdAt ?? now().toISOString(),
      };
      await mutate(id, (d) => ({
        ...d,
        highlights: [...d.highlights.filter((x) => x.id !== highlight.id), highlight],
      }));
      return highlight;
    },

    removeHighlight(id: string, highlightId: string): Promise<Digest> {
      return mutate(id, (d) => ({ ...d, highlights: d.highlights.filter((x) => x.id !== highlightId) }));
    },

    /**
     * A backup merged into the library. Each digest is matched like a save (url-match.ts: its key, then its
     * aliases, same site only), also against the digests of the same backup already merged; a match is merged
     * (digest-merge.ts: both sides' notes, tags and highlights kept), never overwritten. A new digest keeps the
     * backup's id when no record holds it (a restored library keeps its ids, and links to them).
     */
    async importDigests(digests: readonly Digest[]): Promise<ImportResult> {
      await ready();
      const result: ImportResult = { added: 0, merged: 0, unchanged: 0 };
      for (let i = 0; i < digests.length; i += IMPORT_CHUNK) {
        try {
          const chunk = await writing((w) => importChunk(w, digests.slice(i, i + IMPORT_CHUNK)));
          result.added += chunk.added;
          result.merged += chunk.merged;
          result.unchanged += chunk.unchanged;
        } catch (err) {
          // Chunks already written stay written: the caller is told how many landed and how many did not.
          const cause = toStorageError(err);
          throw i === 0 ? cause : new PartialImportError(cause, result, digests.length - i);
        }
      }
      return result;
    },

    /** The kept images of a digest, each checked; null when it has none. */
    async getImages(id: string): Promise<ImageCapture | null> {
      const index = await readImageIndex(id);
      if (!index) return null;
      const keys = imageSetKeys(id, index).slice(1);
      return readImageSet(index, id, keys.length ? await area.get(keys) : {});
    },

    /**
     * The digests, the storage they take, and how much of it is kept images (null when nothing tells: Firefox's
     * storage.local has no byte count, and then the images' own sizes are added up from their indexes).
     */
    async usage(): Promise<{ count: number; bytes: number | null; imageBytes: number | null }> {
      const [count, bytes, keys] = await Promise.all([store.count(), area.getBytesInUse(), area.keys()]);
      const imageKeys = keys.filter((k) => k.startsWith(IMAGE_PREFIX));
      if (!imageKeys.length) return { count, bytes, imageBytes: 0 };
      const measured = await area.getBytesInUse(imageKeys);
      if (measured !== null) return { count, bytes, imageBytes: measured };
      const indexKeys = imageKeys.filter((k) => k.indexOf(':', IMAGE_PREFIX.length) < 0);
      const got = await area.get(indexKeys);
      const imageBytes = indexKeys.reduce(
        (n, k) => n + (readImageSetIndex(got[k])?.items.reduce((m, e) => m + e.bytes, 0) ?? 0),
        0,
      );
      return { count, bytes, imageBytes };
    },

    /**
     * The usage after writes to these digests, from the previous answer: the count and the bytes read again (two
     * small reads), the pictures' share kept unless one of them has kept pictures or is gone (then usage(), which
     * lists every key: 0.7 s at 10,000 digests in Chromium, holding up every storage call meanwhile).
     */
    async usageAfter(
      ids: readonly string[],
      previous: { count: number; bytes: number | null; imageBytes: number | null } | null,
    ): Promise<{ count: number; bytes: number | null; imageBytes: number | null }> {
      if (!previous || previous.bytes === null || ids.length > USAGE_IDS_CHECKED) return store.usage();
      for (const id of ids) {
        const [images, record] = await Promise.all([
          area.getBytesInUse([imageSetKey(id)]),
          area.getBytesInUse([recordKey(id)]),
        ]);
        if (images !== 0 || !record) return store.usage();
      }
      const [count, bytes] = await Promise.all([store.count(), area.getBytesInUse()]);
      return { count, bytes, imageBytes: previous.imageBytes };
    },

    async rebuildIndex(): Promise<DigestSummary[]> {
      await ready();
      return lock(() => rebuild());
    },

    /**
     * The background's startup check: finishes the repair of a write that was cut short (the journal), rebuilds a
     * missing or damaged layout, and removes picture keys whose record is gone and whose hold (a delete's undo
     * still offered, image-keys.ts) has expired or was never made, with the expired holds (from the key listing
     * and the holds' values: no record or picture is read). Touches only what the journal names, the orphans and
     * the holds; says whether it repaired anything.
     */
    async reconcile(): Promise<boolean> {
      await ready();
      return writing(async (w) => {
        const got = await area.get([DIRECTORY_KEY, JOURNAL_KEY]);
        const layout = !readDirectory(got[DIRECTORY_KEY]) || !!readJournal(got[JOURNAL_KEY]);
        if (layout) await begin(w);
        const keys = await area.keys();
        const heldIds = heldIdsIn(keys);
        const holds = heldIds.length ? await area.get(heldIds.map(imageHoldKey)) : {};
        const at = now().getTime();
        const live = new Set(heldIds.filter((id) => holdsAt(holds[imageHoldKey(id)], at)));
        const stale = [...orphanImageKeys(keys, live), ...heldIds.filter((id) => !live.has(id)).map(imageHoldKey)];
        if (stale.length) await area.remove(stale).catch((err: unknown) => Promise.reject(toStorageError(err)));
        return layout || stale.length > 0;
      });
    },
  };
  return store;
}
