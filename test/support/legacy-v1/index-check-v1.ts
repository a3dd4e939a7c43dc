// Whether the stored index can be trusted, and whether it says the same as the records. The index is only a
// cache of the records' summaries: when it is missing, corrupt, of another version or out of step with the
// records, the store rebuilds it from them (the records are the truth).
import type { ReadProblem } from '../../../lib/storage';
import type { DigestSummary } from './summary-v1';

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

function validEntry(e: unknown): e is DigestSummary {
  if (!isObject(e)) return false;
  for (const f of ['id', 'urlKey', 'url', 'title', 'siteName', 'domain', 'savedAt', 'updatedAt', 'lead'])
    if (typeof e[f] !== 'string') return false;
  for (const f of ['aliasKeys', 'people', 'agreements', 'tags']) if (!strings(e[f])) return false;
  return typeof e.wordCount === 'number' && typeof e.hasNotes === 'boolean' && typeof e.highlightCount === 'number';
}

/** The entries of a stored index value, or why they cannot be used. */
export function readIndex(
  raw: unknown,
  version: number,
): { entries: DigestSummary[] } | { state: Exclude<IndexState, 'ok' | 'out-of-step'> } {
  if (raw === undefined || raw === null) return { state: 'missing' };
  if (!isObject(raw) || !Array.isArray(raw.entries)) return { state: 'corrupt' };
  if (raw.version !== version) return { state: 'outdated' };
  if (!raw.entries.every(validEntry)) return { state: 'corrupt' };
  const ids = new Set(raw.entries.map((e) => e.id));
  if (ids.size !== raw.entries.length) return { state: 'corrupt' };
  return { entries: raw.entries };
}

/** Same summaries for the same ids (order ignored)? */
export function sameEntries(a: readonly DigestSummary[], b: readonly DigestSummary[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((e) => [e.id, JSON.stringify(e, Object.keys(e).sort())]));
  return b.every((e) => byId.get(e.id) === JSON.stringify(e, Object.keys(e).sort()));
}
