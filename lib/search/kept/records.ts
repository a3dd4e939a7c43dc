// What the kept search index writes in its database (db.ts), store by store.
//
//   meta   'manifest' → Manifest: the segments, and which state of the digest store the index reflects
//   terms  [word, g]  → TermRecord: one word's records in segment g (document, fields, spellings), no positions
//   pos    [word, g]  → PosRecord: the same records' positions, read only when a phrase needs them
//   segs   g          → SegTable: per document of the segment, what every query reads (id, saved, field starts)
//   cols   g          → SegColumns: what only some queries read (dates, site) and the versions indexed (merges)
//   tomb   g          → number[]: documents of the segment replaced or removed since it was written
//   loc    id         → Loc: where a digest's current version is, and which version it is
//   docs   id         → DocShare: what a result row shows and the text its snippet is cut from
//   ents   id         → EntityShare: people, agreements and sides, for the pages across all digests
//
// A segment is written once, by one save (one digest), one import step or one indexing step, and only ever
// replaced whole by a merge. Filters are terms too, in names no folded word can take (they start with U+0001),
// and so are completions (U+0003 + the first one or two letters of words: see completionTerm).
import type { Agreement, Person, Side } from '../../entities';
import type { Field } from '../fields';
import type { HitRow } from '../results';

/**
 * Bump when any record changes meaning: an index of another format is dropped and built again from the records
 * (3: tags folded; 4: completion terms, versions in the columns).
 */
export const KEPT_FORMAT = 4;

/**
 * Words typed this short are the ones with the most completions (a letter starts hundreds of words, thousands in
 * a library of several languages): each has a completion term, so the word being typed reads one record per
 * segment whatever the vocabulary. Longer prefixes read their words' records (a handful in Vietnamese).
 */
export const COMPLETION_MAX = 2;

/**
 * The completion term of a prefix: per document, the union of its completions' records (fields, positions
 * merged in order) and, as spellings, the first letters of their accented spellings (`hô`, `đ`), which is all a
 * prefix compares ("diacritics as typed" is a spelling that starts with the typed form).
 */
export const completionTerm = (prefix: string): string => '\u0003' + prefix;

export const MANIFEST_KEY = 'manifest';

export interface SegmentInfo {
  g: number;
  /** Documents written in it, and how many of them are dead (replaced or removed) since. */
  n: number;
  dead: number;
}

export interface Manifest {
  format: number;
  /** Changes with every write: a reader that sees another value reads the manifest again. */
  gen: number;
  /** The next segment number. */
  next: number;
  /** In segment order: document numbers run through them in this order. */
  segs: SegmentInfo[];
  /** The digest store's layout the stamps refer to (its directory's epoch). */
  epoch: string;
  /** Per summary shard of the digest store: the shard's write sequence number the index holds. */
  stamps: Record<string, number>;
}

export const emptyManifest = (): Manifest => ({
  format: KEPT_FORMAT,
  gen: 0,
  next: 1,
  segs: [],
  epoch: '',
  stamps: {},
});

export interface TermRecord {
  w: string;
  g: number;
  /** Varints per document: number (delta from the previous, the first from -1), field mask, spelling bits. */
  d: Uint8Array;
  /** The accented spellings the bits name (bit k is s[k - 1]); for a filter term, its spellings as written. */
  s: string[];
}

export interface PosRecord {
  w: string;
  g: number;
  /** Per document of the term record, in its order: the byte length of its positions, then the positions as deltas. */
  p: Uint8Array;
}

/** What every query reads of a segment (opening the index reads it: kept small). */
export interface SegTable {
  ids: string[];
  /** savedAt in ms. */
  saved: Float64Array;
  /** FIELD_STARTS numbers per document: where each field starts, and one past the last. */
  starts: Int32Array;
}

/** Starts kept per document (one per field and the end). */
export const FIELD_STARTS = 8;

/** What only some queries (and the writer's merges) read of a segment. */
export interface SegColumns {
  /** searchVersion of each document as indexed (the writer's, when it merges). */
  versions: string[];
  /** The day the page states (lib/time statedDay). The saved day is read from the save's instant (table.saved). */
  publishedDay: (string | null)[];
  /** Published instant in UTC ISO form. */
  publishedTime: (string | null)[];
  siteNameKey: string[];
}

export interface Loc {
  /** searchVersion of the version indexed. */
  v: string;
  g: number;
  l: number;
}

export type SnippetField = Exclude<Field, 'title' | 'lead'>;

export interface DocShare {
  row: HitRow;
  texts: Record<SnippetField, string>;
}

/** What the pages across digests read of one digest (buildCrossIndex's input). */
export interface EntityShare {
  id: string;
  savedAt: string;
  article: { title: string; siteName: string; published: string | null };
  entities: { people: Omit<Person, 'spans'>[]; agreements: Omit<Agreement, 'spans'>[]; sides: Omit<Side, 'spans'>[] };
}
