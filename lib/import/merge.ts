// Merging a backup into the library: digests of the same article are merged, never duplicated, and nothing the
// user wrote is lost. Importing a backup of the library into itself changes nothing. Which digest is "the same
// article" is decided by the one matcher every save uses (lib/digest/url-match.ts: canonical key, then aliases,
// same site only); the store plans and writes an import with it in one step (DigestStore.importDigests), and
// mergeImport plans with it over digests in memory.
import type { Digest, Highlight } from '../digest';
import { entriesFor, keysOfDigest, keysOfImported, pickMatch, type UrlEntry } from '../digest';
import { matchKey } from '../text';

export interface MergeResult {
  /** Digests to write (new ones and merged ones), in incoming order. */
  toWrite: Digest[];
  added: number;
  merged: number;
  unchanged: number;
}

/** Structural equality of JSON-like values (key order ignored). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Notes merged without losing text: identical or contained → the longer; different → both, kept apart. */
export function mergeNotes(mine: string, theirs: string): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (b === '' || a.includes(b)) return mine;
  if (a === '' || b.includes(a)) return theirs;
  return `${mine.trimEnd()}\n\n---\n\n${theirs.trimStart()}`;
}

function mergeTags(mine: string[], theirs: string[]): string[] {
  const seen = new Set(mine.map((t) => matchKey(t)));
  const out = [...mine];
  for (const t of theirs) {
    const k = matchKey(t);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

function mergeHighlights(mine: Highlight[], theirs: Highlight[]): Highlight[] {
  const out = [...mine];
  const byId = new Map(mine.map((h) => [h.id, h]));
  for (const h of theirs) {
    const cur = byId.get(h.id);
    if (!cur) {
      byId.set(h.id, h);
      out.push(h);
    } else if (!sameData(cur, h)) {
      // Same id, different content (edited on two machines): keep both rather than lose a comment.
      let id = `${h.id}-imported`;
      for (let n = 2; byId.has(id); n++) id = `${h.id}-imported-${n}`;
      const copy = { ...h, id };
      byId.set(id, copy);
      out.push(copy);
    }
  }
  return out;
}

/** One digest from two copies of the same article: the newest article, all of the user's work. */
export function mergeDigest(mine: Digest, theirs: Digest): Digest {
  const newer = Date.parse(theirs.savedAt) > Date.parse(mine.savedAt) ? theirs : mine;
  const merged: Digest = {
    ...mine,
    savedAt: newer.savedAt,
    source: newer.source,
    article: newer.article,
    entities: newer.entities,
    notes: mergeNotes(mine.notes, theirs.notes),
    notesUpdatedAt: later(mine.notesUpdatedAt, theirs.notesUpdatedAt),
    tags: mergeTags(mine.tags, theirs.tags),
    highlights: mergeHighlights(mine.highlights, theirs.highlights),
    updatedAt: later(mine.updatedAt, theirs.updatedAt)!,
  };
  // Nothing new came in: keep the stored record as it is, so the caller writes nothing.
  return sameData(merged, mine) ? mine : merged;
}

/** Plan an import: what to write, and the counts the UI reports. Pure: the caller writes `toWrite`. */
export function mergeImport(existing: readonly Digest[], incoming: readonly Digest[]): MergeResult {
  const byId = new Map(existing.map((d) => [d.id, d]));
  const table = new Map<string, UrlEntry[]>();
  const enter = (d: Digest) => {
    for (const [k, e] of entriesFor(d.id, keysOfDigest(d))) table.set(k, [...(table.get(k) ?? []).filter((x) => x.id !== d.id), e]);
  };
  for (const d of existing) enter(d);
  const result: MergeResult = { toWrite: [], added: 0, merged: 0, unchanged: 0 };
  for (const d of incoming) {
    const keys = keysOfImported(d);
    const hit = pickMatch((k) => table.get(k) ?? [], keys);
    const mine = hit ? byId.get(hit.id) : undefined;
    if (!mine) {
      result.toWrite.push(d);
      result.added++;
      byId.set(d.id, d);
      enter(d);
      continue;
    }
    const merged = mergeDigest(mine, { ...d, id: mine.id, urlKey: mine.urlKey });
    if (merged === mine) {
      result.unchanged++;
      continue;
    }
    // A digest merged twice in one plan is written once, as last merged.
    const at = result.toWrite.findIndex((x) => x.id === merged.id);
    if (at >= 0) result.toWrite[at] = merged;
    else result.toWrite.push(merged);
    result.merged++;
    byId.set(merged.id, merged);
  }
  return result;
}
