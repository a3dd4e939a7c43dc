// Whether the stored summaries can be trusted, and whether they say the same as the records. They are only a
// cache of the records: when they are missing, corrupt, of another layout or out of step with the records, the
// store rebuilds them from the records (the records are the truth).
import type { ReadProblem } from './record-check';
import type { DigestSummary } from './summary';

export type IndexState = 'ok' | 'missing' | 'corrupt' | 'outdated' | 'out-of-step';

/** What the store could not read or had to repair; shown by the library, counted by the bench. */
export interface StorageReport {
  /** Records kept in place but not listed (unreadable or from a newer version), with the reason. */
  unreadable: ReadProblem[];
  /** The index as found. */
  index: IndexState;
  /** The rebuilt index was written back (false when nothing needed repair or storage refused the write). */
  indexRepaired: boolean;
  /** 'corrupt' or 'missing' meta is rewritten; 'newer' means a newer Tin Gọn wrote here: no writes until updated. */
  meta: 'ok' | 'missing' | 'corrupt' | 'newer';
}

export const emptyReport = (): StorageReport => ({ unreadable: [], index: 'ok', indexRepaired: false, meta: 'ok' });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function validEntry(e: unknown): e is DigestSummary {
  if (!isObject(e)) return false;
  for (const f of ['id', 'urlKey', 'url', 'title', 'siteName', 'domain', 'savedAt', 'updatedAt', 'lead'])
    if (typeof e[f] !== 'string') return false;
  for (const f of ['aliasKeys', 'people', 'agreements', 'tags']) if (!strings(e[f])) return false;
  return typeof e.wordCount === 'number' && typeof e.hasNotes === 'boolean' && typeof e.highlightCount === 'number';
}

/** The summaries of a stored shard value, or null when it cannot be trusted (not a shard, a bad entry, an id twice). */
export function readShardEntries(raw: unknown): DigestSummary[] | null {
  if (!isObject(raw) || !Array.isArray(raw.entries) || !raw.entries.every(validEntry)) return null;
  const ids = new Set(raw.entries.map((e) => e.id));
  return ids.size === raw.entries.length ? raw.entries : null;
}

/** Equal JSON-like values, compared by value: object key order and undefined members ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue(ra[k], rb[k]));
}

/** Same summaries for the same ids (order ignored)? */
export function sameEntries(a: readonly DigestSummary[], b: readonly DigestSummary[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((e) => [e.id, e]));
  return b.every((e) => sameValue(byId.get(e.id), e));
}
