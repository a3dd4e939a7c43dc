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
// Every write throws StorageError ('quota' | 'write-failed' | 'newer-schema' | 'not-found') and then leaves
// what was saved before untouched: a record and the index are written in ONE area.set call (one storage
// transaction), so a full quota or a crash cannot leave one without the other.
//
// Keys: `digest:<id>` (one Digest each), `index` ({ version, entries: DigestSummary[] }), `meta`
// ({ schemaVersion }). Concurrency: every read-modify-write of the index runs inside `lock`, which in the
// extension is a Web Lock shared by all extension contexts, so two tabs saving at the same moment both land.
import type { Article } from '../article/types';
import { digestIdFor } from '../digest/digest-id';
import { makeDigest, urlKeyOf } from '../digest/make-digest';
import type { Digest, Highlight } from '../digest/types';
import type { Entities } from '../entities/types';
import { canonicalUrlKey } from '../meta/canonical-url';
import { StorageError, toStorageError } from './errors';
import { createQueueLock, type KeyValueArea, type StoreLock } from './key-value-area';
import { CURRENT_SCHEMA, migrateRecord, type SchemaInfo } from './migrations';
import { summarise, type DigestSummary } from './summary';

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

export type DigestStore = ReturnType<typeof createDigestStore>;

const recordKey = (id: string) => RECORD_PREFIX + id;

function byNewest(a: DigestSummary, b: DigestSummary): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}

function randomId(): string {
  return 'h' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}

export function createDigestStore(area: KeyValueArea, options: StoreOptions = {}) {
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

  async function readRecords(ids: string[]): Promise<Digest[]> {
    if (!ids.length) return [];
    const got = await area.get(ids.map(recordKey));
    const out: Digest[] = [];
    for (const id of ids) {
      const raw = got[recordKey(id)];
      if (raw) out.push(migrateRecord(raw, schema));
    }
    return out;
  }

  async function allRecordIds(): Promise<string[]> {
    return (await area.keys()).filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
  }

  async function buildEntries(): Promise<DigestSummary[]> {
    return (await readRecords(await allRecordIds())).map(summarise).sort(byNewest);
  }

  /** Brings the stored data to the current schema (once per store object) and creates `meta` on first use. */
  function ready(): Promise<void> {
    readyOnce ??= lock(async () => {
      const got = await area.get([META_KEY, INDEX_KEY]);
      const meta = got[META_KEY] as StoreMeta | undefined;
      const stored = meta?.schemaVersion ?? (got[INDEX_KEY] ? 1 : schema.current);
      if (stored > schema.current) {
        throw new StorageError('newer-schema', `Stored digests use schema v${stored}; this extension knows v${schema.current}.`);
      }
      if (stored < schema.current) {
        // Migrate every record, then the index, then the version: a crash midway re-runs the (idempotent) steps.
        const ids = await allRecordIds();
        for (const id of ids) {
          const raw = (await area.get([recordKey(id)]))[recordKey(id)];
          if (raw) await write({ [recordKey(id)]: migrateRecord(raw, schema) });
        }
        await write({ [INDEX_KEY]: { version: INDEX_VERSION, entries: await buildEntries() } satisfies StoredIndex });
      }
      if (!meta || stored !== schema.current) await write({ [META_KEY]: { schemaVersion: schema.current } satisfies StoreMeta });
    });
    readyOnce.catch(() => {
      readyOnce = null; // a failed open is retried by the next call
    });
    return readyOnce;
  }

  /** The index entries; a missing or outdated index is rebuilt from the records. */
  async function readEntries(): Promise<DigestSummary[]> {
    const idx = (await area.get([INDEX_KEY]))[INDEX_KEY] as StoredIndex | undefined;
    if (idx && idx.version === INDEX_VERSION && Array.isArray(idx.entries)) return idx.entries;
    return buildEntries();
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

  /** A free id for a new url key (a hash collision with another article's record takes the next seed). */
  async function freeId(urlKey: string): Promise<string> {
    for (let seed = 0; ; seed++) {
      const id = digestIdFor(urlKey, seed);
      const existing = (await area.get([recordKey(id)]))[recordKey(id)] as Digest | undefined;
      if (!existing || existing.urlKey === urlKey) return id;
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
        const previous = hit ? ((await readRecords([hit.id]))[0] ?? null) : null;
        let digest = makeDigest(article, entities, source, now(), previous);
        if (!previous) digest = { ...digest, id: await freeId(digest.urlKey) };
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

    async listSummaries(): Promise<DigestSummary[]> {
      return [...(await readEntries())].sort(byNewest);
    },

    async count(): Promise<number> {
      return (await readEntries()).length;
    },

    async deleteDigest(id: string): Promise<Digest | null> {
      await ready();
      return lock(async () => {
        const [current] = await readRecords([id]);
        const entries = await readEntries();
        // Index first: a digest missing from the index is found again by reconcile(); the reverse would list a ghost.
        await write(indexItem(entries.filter((e) => e.id !== id)));
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
      await mutate(id, (d) => ({ ...d, highlights: [...d.highlights.filter((x) => x.id !== highlight.id), highlight] }));
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
          const hit = findEntry([...byId.values()], urlKey);
          if (hit && !opts.overwrite) {
            result.skipped++;
            continue;
          }
          const digest = { ...d, urlKey, id: hit?.id ?? (await freeId(urlKey)) };
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

    /** Repairs the index when it and the records disagree (a record deleted by hand, an interrupted delete). */
    async reconcile(): Promise<boolean> {
      await ready();
      return lock(async () => {
        const ids = new Set(await allRecordIds());
        const idx = (await area.get([INDEX_KEY]))[INDEX_KEY] as StoredIndex | undefined;
        const listed = new Set(idx?.version === INDEX_VERSION ? idx.entries.map((e) => e.id) : []);
        const same = idx?.version === INDEX_VERSION && ids.size === listed.size && [...ids].every((id) => listed.has(id));
        if (same) return false;
        await write(indexItem(await buildEntries()));
        return true;
      });
    },
  };
}
