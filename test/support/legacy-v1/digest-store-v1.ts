// TEST HELPER: the digest store exactly as v1 of Tin Gọn shipped it (one `index` key holding every summary),
// kept verbatim so the migration to the sharded layout is tested on stores the old code really wrote.

// The digest store: one record per digest plus a compact index, over any KeyValueArea.
//
// ─── Public API (used by the popup, the background and the library page) ─────────────────────────────────
//   const store = createDigestStore(area, { lock });            // platform/storage.ts gives the real ones
//   saveDigest(article, entities, source)  → { digest, created, previous }   one digest per canonical URL:
//                                            a refresh keeps notes, tags, highlights and savedAt
//   getDigest(id) → Digest | null            getByUrl(url) → Digest | null   findByUrl(url) → DigestSummary | null
//   listSummaries() → DigestSummary[]        (newest saved first; the library lists and searches these)
//   deleteDigest(id) → Digest | null         (the deleted record, kept by the UI for undo)
//   restoreDigest(digest)                    (undo of a delete, or of a refresh: puts the record back as it was)
//   updateNotes(id, notes) / setTags(id, tags) / addHighlight(id, h) / removeHighlight(id, highlightId) → Digest
//   importDigests(digests, { overwrite }) → { added, updated, skipped }
//   count() → number      usage() → { count, bytes }      rebuildIndex() → DigestSummary[]
//   reconcile() → boolean (index repaired from the records; the background runs it at startup)
//   inspect() → { summaries, report }        (the library's opening path: never throws, lists what it can read,
//                                            reports what it cannot, repairs the index; see index-check.ts)
//   saveNotes(id, notes, base) → { digest, outcome }   (two windows on one note: see notes-merge.ts)
// Reading never throws on bad data: a record that cannot be read (corrupt, half-written by another tool, from a
// newer version) is left in place untouched, left out of the index and listed by inspect(); nothing is deleted.
// Every write throws StorageError ('quota' | 'write-failed' | 'newer-schema' | 'not-found') and then leaves
// what was saved before untouched: a record and the index are written in ONE area.set call (one LevelDB
// write batch in Chromium, one IndexedDB transaction in Firefox). The API does not promise that, so the
// store also survives the worst case (only some keys of a set landing when the worker dies): the record is
// complete or old, never half; the index may be out of step and reconcile()/inspect() rebuild it
// (test/storage/faults.test.ts injects exactly these faults).
//
// Keys: `digest:<id>` (one Digest each), `index` ({ version, entries: DigestSummary[] }), `meta`
// ({ schemaVersion }). Concurrency: every read-modify-write of the index runs inside `lock`, which in the
// extension is a Web Lock shared by all extension contexts, so two tabs saving at the same moment both land.
import type { Article } from '../../../lib/article';
import { digestIdFor, makeDigest, urlKeyOf } from '../../../lib/digest';
import type { Digest, Highlight } from '../../../lib/digest';
import type { Entities } from '../../../lib/entities';
import { canonicalUrlKey } from '../../../lib/meta';
import {
  StorageError,
  toStorageError,
  createQueueLock,
  type KeyValueArea,
  type StoreLock,
  CURRENT_SCHEMA,
  migrateRecord,
  type SchemaInfo,
  mergeNotes,
  type NotesMerge,
  checkRecord,
  type ReadProblem,
} from '../../../lib/storage';
import { emptyReport, readIndex, sameEntries, type IndexState, type StorageReport } from './index-check-v1';
import { summarise, type DigestSummary } from './summary-v1';

export type { StorageReport } from './index-check-v1';
export type { ReadProblem } from '../../../lib/storage';

export const RECORD_PREFIX = 'digest:';
export const INDEX_KEY = 'index';
export const META_KEY = 'meta';
/** Bump when DigestSummary changes shape: an index of another version is rebuilt from the records. */
export const INDEX_VERSION = 1;

export interface StoredIndex {
  version: number;
  entries: DigestSummary[];
}

export interface StoreMeta {
  schemaVersion: number;
}

export interface SaveResult {
  digest: Digest;
  /** false when the article was already saved and this save refreshed it. */
  created: boolean;
  /** The record before this save (for undo), null when created. */
  previous: Digest | null;
}

export interface StoreOptions {
  lock?: StoreLock;
  now?: () => Date;
  schema?: SchemaInfo;
}

export type NewHighlight = Pick<Highlight, 'quote'> & Partial<Omit<Highlight, 'quote'>>;

export type LegacyV1Store = ReturnType<typeof createLegacyV1Store>;

const recordKey = (id: string) => RECORD_PREFIX + id;
/** Records read per storage call when many are needed (rebuilding the index, migrating). */
const READ_CHUNK = 200;

function byNewest(a: DigestSummary, b: DigestSummary): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}

function randomId(): string {
  return 'h' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

export function createLegacyV1Store(area: KeyValueArea, options: StoreOptions = {}) {
  const lock = options.lock ?? createQueueLock();
  const now = options.now ?? (() => new Date());
  const schema = options.schema ?? CURRENT_SCHEMA;
  let readyOnce: Promise<void> | null = null;

  async function write(items: Record<string, unknown>): Promise<void> {
    try {
      await area.set(items);
    } catch (err) {
      throw toStorageError(err);
    }
  }

  /** Readable records of these ids (unreadable ones are reported in `problems`, never thrown). */
  async function readRecords(ids: string[], problems: ReadProblem[] = []): Promise<Digest[]> {
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

  async function allRecordIds(): Promise<string[]> {
    return (await area.keys()).filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
  }

  async function buildEntries(problems: ReadProblem[] = []): Promise<DigestSummary[]> {
    return (await readRecords(await allRecordIds(), problems)).map(summarise).sort(byNewest);
  }

  async function readMeta(): Promise<{ version: number | null; state: StorageReport['meta'] }> {
    const got = await area.get([META_KEY]);
    if (!(META_KEY in got)) return { version: null, state: 'missing' };
    const v = (got[META_KEY] as StoreMeta | null)?.schemaVersion;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { version: null, state: 'corrupt' };
    return { version: v, state: v > schema.current ? 'newer' : 'ok' };
  }

  /** Brings the stored data to the current schema (once per store object) and creates `meta` on first use. */
  function ready(): Promise<void> {
    readyOnce ??= lock(async () => {
      const meta = await readMeta();
      if (meta.state === 'newer') {
        throw new StorageError(
          'newer-schema',
          `Stored digests use schema v${meta.version}; this extension knows v${schema.current}.`,
        );
      }
      // No meta: a first run (nothing to migrate) or data from before meta existed. A corrupt meta: unknown, so
      // every record is checked; each record carries its own version, so re-running the pass is harmless.
      const hasData =
        meta.state !== 'ok' && (await area.keys()).some((k) => k.startsWith(RECORD_PREFIX) || k === INDEX_KEY);
      const stored = meta.version ?? (hasData ? 1 : schema.current);
      if (stored < schema.current || meta.state === 'corrupt') {
        // Migrate every record, then the index, then the version: a crash midway re-runs the (idempotent) steps.
        // Unreadable records and records of a newer version are left exactly as they are.
        for (const id of await allRecordIds()) {
          const key = recordKey(id);
          const raw = (await area.get([key]))[key];
          const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
          if (typeof version === 'number' && version >= schema.current) continue;
          const checked = checkRecord(key, raw, schema);
          if (checked.ok) await write({ [key]: checked.digest });
        }
        await write(indexItem(await buildEntries()));
      }
      if (meta.version !== schema.current)
        await write({ [META_KEY]: { schemaVersion: schema.current } satisfies StoreMeta });
    });
    readyOnce.catch(() => {
      readyOnce = null; // a failed open is retried by the next call
    });
    return readyOnce;
  }

  /** The index entries; a missing, corrupt or outdated index is rebuilt from the records (in memory). */
  async function readEntries(): Promise<DigestSummary[]> {
    const idx = readIndex((await area.get([INDEX_KEY]))[INDEX_KEY], INDEX_VERSION);
    return 'entries' in idx ? idx.entries : buildEntries();
  }

  /** Writes a rebuilt index when storage allows it; the report says whether it did. */
  async function persistIndex(entries: DigestSummary[]): Promise<boolean> {
    try {
      await ready();
      await lock(() => write(indexItem(entries)));
      return true;
    } catch {
      return false;
    }
  }

  function indexItem(entries: DigestSummary[]): Record<string, StoredIndex> {
    return { [INDEX_KEY]: { version: INDEX_VERSION, entries: [...entries].sort(byNewest) } };
  }

  function findEntry(entries: DigestSummary[], url: string): DigestSummary | null {
    const key = canonicalUrlKey(url);
    return entries.find((e) => e.urlKey === key || e.aliasKeys.includes(key)) ?? null;
  }

  /** Writes one record and the index updated for it, in one transaction. */
  async function putWithIndex(entries: DigestSummary[], digest: Digest): Promise<void> {
    const next = entries.filter((e) => e.id !== digest.id);
    next.push(summarise(digest));
    await write({ [recordKey(digest.id)]: digest, ...indexItem(next) });
  }

  /**
   * The id for an article the index does not list: a free one, or the id of a readable record of the same
   * article that the index missed (returned so its notes are kept). Another article's record, or an unreadable
   * record, is never overwritten: a hash collision or a damaged record takes the next seed.
   */
  async function idFor(urlKey: string): Promise<{ id: string; existing: Digest | null }> {
    for (let seed = 0; ; seed++) {
      const id = digestIdFor(urlKey, seed);
      const key = recordKey(id);
      const got = await area.get([key]);
      if (!(key in got)) return { id, existing: null };
      const checked = checkRecord(key, got[key], schema);
      if (checked.ok && checked.digest.urlKey === urlKey) return { id, existing: checked.digest };
    }
  }

  async function mutate(id: string, change: (d: Digest) => Digest): Promise<Digest> {
    await ready();
    return lock(async () => {
      const [current] = await readRecords([id]);
      if (!current) throw new StorageError('not-found', `No digest ${id}`);
      const next = change(current);
      await putWithIndex(await readEntries(), next);
      return next;
    });
  }

  return {
    ready,

    async saveDigest(article: Article, entities: Entities, source: Digest['source'] = 'page'): Promise<SaveResult> {
      await ready();
      return lock(async () => {
        const entries = await readEntries();
        const hit = findEntry(entries, article.canonicalUrl || article.url) ?? findEntry(entries, article.url);
        let previous = hit ? ((await readRecords([hit.id]))[0] ?? null) : null;
        let digest = makeDigest(article, entities, source, now(), previous);
        if (!previous) {
          const free = await idFor(digest.urlKey);
          previous = free.existing;
          digest = previous ? makeDigest(article, entities, source, now(), previous) : { ...digest, id: free.id };
        }
        await putWithIndex(entries, digest);
        return { digest, created: !previous, previous };
      });
    },

    async getDigest(id: string): Promise<Digest | null> {
      return (await readRecords([id]))[0] ?? null;
    },

    async findByUrl(url: string): Promise<DigestSummary | null> {
      return findEntry(await readEntries(), url);
    },

    async getByUrl(url: string): Promise<Digest | null> {
      const hit = findEntry(await readEntries(), url);
      return hit ? ((await readRecords([hit.id]))[0] ?? null) : null;
    },

    /** Never throws on bad data: a broken index is rebuilt from the readable records (and written back). */
    async listSummaries(): Promise<DigestSummary[]> {
      const idx = readIndex((await area.get([INDEX_KEY]))[INDEX_KEY], INDEX_VERSION);
      if ('entries' in idx) return [...idx.entries].sort(byNewest);
      const entries = await buildEntries();
      void persistIndex(entries);
      return entries;
    },

    /**
     * The library's opening path: the readable digests' summaries and a report of what could not be read.
     * Checks the index against the record keys (one keys() call; records the index does not list are read),
     * so a missing, corrupt or out-of-step index is rebuilt and written back. `full` reads every record and
     * compares every summary (the background's startup check).
     */
    async inspect(opts: { full?: boolean } = {}): Promise<{ summaries: DigestSummary[]; report: StorageReport }> {
      const report = emptyReport();
      report.meta = (await readMeta()).state;
      const got = await area.get([INDEX_KEY]);
      const idx = readIndex(got[INDEX_KEY], INDEX_VERSION);
      const ids = await allRecordIds();
      let entries: DigestSummary[];
      let state: IndexState = 'entries' in idx ? 'ok' : idx.state;
      if (!('entries' in idx) || opts.full) {
        entries = (await readRecords(ids, report.unreadable)).map(summarise);
        if ('entries' in idx && !sameEntries(idx.entries, entries)) state = 'out-of-step';
      } else {
        const present = new Set(ids);
        const listed = new Set(idx.entries.map((e) => e.id));
        const kept = idx.entries.filter((e) => present.has(e.id));
        const found = (
          await readRecords(
            ids.filter((id) => !listed.has(id)),
            report.unreadable,
          )
        ).map(summarise);
        entries = [...kept, ...found];
        if (kept.length !== idx.entries.length || found.length) state = 'out-of-step';
      }
      entries.sort(byNewest);
      report.index = state;
      if (state !== 'ok' && report.meta !== 'newer') report.indexRepaired = await persistIndex(entries);
      return { summaries: entries, report };
    },

    async count(): Promise<number> {
      return (await readEntries()).length;
    },

    async deleteDigest(id: string): Promise<Digest | null> {
      await ready();
      return lock(async () => {
        const unreadable: ReadProblem[] = [];
        const [current] = await readRecords([id], unreadable);
        const entries = await readEntries();
        // Index first: a digest missing from the index is found again by reconcile(); the reverse would list a ghost.
        await write(indexItem(entries.filter((e) => e.id !== id)));
        if (unreadable.length) return null; // a record this version cannot read is never deleted by it
        try {
          await area.remove([recordKey(id)]);
        } catch (err) {
          throw toStorageError(err);
        }
        return current ?? null;
      });
    },

    async restoreDigest(digest: Digest): Promise<void> {
      await ready();
      await lock(async () => putWithIndex(await readEntries(), migrateRecord(digest, schema)));
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

    setTags(id: string, tags: string[]): Promise<Digest> {
      const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
      return mutate(id, (d) => ({ ...d, tags: clean }));
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

    /** Imported digests (from the library's import): new ones are added; existing ones kept unless overwrite. */
    async importDigests(digests: Digest[], opts: { overwrite?: boolean } = {}) {
      await ready();
      return lock(async () => {
        const entries = await readEntries();
        const result = { added: 0, updated: 0, skipped: 0 };
        const items: Record<string, unknown> = {};
        const byId = new Map(entries.map((e) => [e.id, e]));
        for (const raw of digests) {
          const d = migrateRecord(raw, schema);
          const urlKey = d.urlKey || urlKeyOf(d.article);
          const listed = findEntry([...byId.values()], urlKey);
          const free = listed ? null : await idFor(urlKey);
          const hit = listed ?? (free?.existing ? summarise(free.existing) : null);
          if (hit && !opts.overwrite) {
            result.skipped++;
            continue;
          }
          const digest = { ...d, urlKey, id: hit?.id ?? free!.id };
          items[recordKey(digest.id)] = digest;
          byId.set(digest.id, summarise(digest));
          if (hit) result.updated++;
          else result.added++;
        }
        if (result.added + result.updated) await write({ ...items, ...indexItem([...byId.values()]) });
        return result;
      });
    },

    async usage(): Promise<{ count: number; bytes: number | null }> {
      const [entries, bytes] = await Promise.all([readEntries(), area.getBytesInUse()]);
      return { count: entries.length, bytes };
    },

    async rebuildIndex(): Promise<DigestSummary[]> {
      await ready();
      return lock(async () => {
        const entries = await buildEntries();
        await write(indexItem(entries));
        return entries;
      });
    },

    /**
     * Repairs the index when it and the records disagree (a record deleted by hand, an interrupted delete, a
     * save cut short by the worker stopping): every record is read and every summary compared.
     */
    async reconcile(): Promise<boolean> {
      await ready();
      return lock(async () => {
        const idx = readIndex((await area.get([INDEX_KEY]))[INDEX_KEY], INDEX_VERSION);
        const entries = await buildEntries();
        if ('entries' in idx && sameEntries(idx.entries, entries)) return false;
        await write(indexItem(entries));
        return true;
      });
    },
  };
}
