// A segment of the kept index from digests: per word, the records of the segment's documents (document
// number, fields, spellings) and, apart, their positions; the filter terms; the per-document table and
// columns; each digest's row and text (for hits) and its people and agreements (for the pages across digests).
import type { Digest } from '../../digest';
import type { WordOccurrences } from '../digest-words';
import type { AcronymResolver } from '../../library';
import { digestWords } from '../digest-words';
import { isoTime, siteKey } from '../doc-meta';
import { fieldText } from '../fields';
import { ByteWriter, PLAIN_SPELLING, spellingBitIn, varintSize } from '../postings';
import { hitRowOf } from '../results';
import { searchVersion } from '../../digest';
import { statedDay } from '../../time';
import { accentForm } from '../tokenize';
import { filterTerms } from './filter-terms';
import {
  COMPLETION_MAX,
  completionTerm,
  FIELD_STARTS,
  type DocShare,
  type EntityShare,
  type PosRecord,
  type SegColumns,
  type SegTable,
  type TermRecord,
} from './records';

export interface SegmentRecords {
  g: number;
  terms: TermRecord[];
  pos: PosRecord[];
  table: SegTable;
  cols: SegColumns;
}

export interface BuiltSegment extends SegmentRecords {
  docs: [string, DocShare][];
  ents: [string, EntityShare][];
}

/** One word's records while a segment is written. */
export class TermWriter {
  readonly d = new ByteWriter(32);
  readonly p: ByteWriter | null;
  readonly s: string[] = [];
  private last = -1;

  constructor(positions: boolean) {
    this.p = positions ? new ByteWriter(32) : null;
  }

  /** A document's record (documents in increasing number). */
  add(doc: number, mask: number, spellings: number): void {
    this.d.varint(doc - this.last);
    this.last = doc;
    this.d.varint(mask);
    this.d.varint(spellings);
  }

  positions(list: readonly number[]): void {
    const p = this.p!;
    let len = 0;
    let prev = 0;
    for (const x of list) {
      len += varintSize(x - prev);
      prev = x;
    }
    p.varint(len);
    prev = 0;
    for (const x of list) {
      p.varint(x - prev);
      prev = x;
    }
  }

  /** Positions already encoded (a merge copies them). */
  rawPositions(bytes: Uint8Array, start: number, end: number): void {
    this.p!.varint(end - start);
    this.p!.append(bytes, start, end);
  }

  get empty(): boolean {
    return this.last < 0;
  }
}

/** The term and position records of the writers, sorted by word. */
export function termRecords(g: number, writers: Map<string, TermWriter>): { terms: TermRecord[]; pos: PosRecord[] } {
  const terms: TermRecord[] = [];
  const pos: PosRecord[] = [];
  for (const w of [...writers.keys()].sort()) {
    const t = writers.get(w)!;
    if (t.empty) continue;
    terms.push({ w, g, d: t.d.view().slice(), s: t.s });
    if (t.p) pos.push({ w, g, p: t.p.view().slice() });
  }
  return { terms, pos };
}

export function entityShare(d: Digest): EntityShare {
  return {
    id: d.id,
    savedAt: d.savedAt,
    article: { title: d.article.title, siteName: d.article.siteName, published: d.article.published },
    entities: {
      people: d.entities.people.map(({ spans: _spans, ...p }) => p),
      agreements: d.entities.agreements.map(({ spans: _spans, ...a }) => a),
      sides: (d.entities.sides ?? []).map(({ spans: _spans, ...s }) => s),
    },
  };
}

export function docShare(d: Digest, acronymOf?: AcronymResolver): DocShare {
  const text = (f: Parameters<typeof fieldText>[1]) => fieldText(d, f, acronymOf);
  return {
    row: hitRowOf(d),
    texts: {
      people: text('people'),
      agreements: text('agreements'),
      notes: text('notes'),
      tags: text('tags'),
      body: text('body'),
    },
  };
}

/** One document's record of a completion term, while it is gathered from the document's words. */
interface Completion {
  mask: number;
  plain: boolean;
  /** The completions' accented spellings cut to the prefix's length. */
  accents: Set<string>;
  positions: number[];
}

/** A word's record added to the completion terms of its first letters (the word itself included). */
function addCompletions(
  into: Map<string, Completion>,
  word: string,
  occ: WordOccurrences,
  accents: readonly string[],
): void {
  for (let n = 1; n <= Math.min(COMPLETION_MAX, word.length); n++) {
    const prefix = word.slice(0, n);
    let c = into.get(prefix);
    if (!c) {
      c = { mask: 0, plain: false, accents: new Set(), positions: [] };
      into.set(prefix, c);
    }
    c.mask |= occ.mask;
    if (occ.spellings & PLAIN_SPELLING) c.plain = true;
    // A spelling starts with the typed form exactly when its first letters are that form (same length).
    for (const a of accents) c.accents.add(a.slice(0, n));
    for (const p of occ.positions) c.positions.push(p);
  }
}

export function buildSegment(g: number, digests: readonly Digest[], acronymOf?: AcronymResolver): BuiltSegment {
  const writers = new Map<string, TermWriter>();
  const writer = (w: string, positions: boolean) => {
    let t = writers.get(w);
    if (!t) {
      t = new TermWriter(positions);
      writers.set(w, t);
    }
    return t;
  };
  const n = digests.length;
  const table: SegTable = {
    ids: [],
    saved: new Float64Array(n),
    starts: new Int32Array(n * FIELD_STARTS),
  };
  const cols: SegColumns = { versions: [], publishedDay: [], publishedTime: [], siteNameKey: [] };
  digests.forEach((d, l) => {
    const { words, starts } = digestWords(d, acronymOf);
    const completions = new Map<string, Completion>();
    for (const [word, occ] of words) {
      const t = writer(word, true);
      let spellings = occ.spellings;
      const accents: string[] = [];
      for (const raw of occ.written ?? []) {
        const accent = accentForm(raw);
        if (accent !== word) accents.push(accent);
        spellings |= accent === word ? PLAIN_SPELLING : spellingBitIn(t.s, accent);
      }
      t.add(l, occ.mask, spellings >>> 0);
      t.positions(occ.positions);
      addCompletions(completions, word, occ, accents);
    }
    for (const [prefix, c] of completions) {
      const t = writer(completionTerm(prefix), true);
      let spellings = c.plain ? PLAIN_SPELLING : 0;
      for (const a of c.accents) if (a !== prefix) spellings |= spellingBitIn(t.s, a);
      t.add(l, c.mask, spellings >>> 0);
      t.positions(c.positions.sort((a, b) => a - b));
    }
    for (const f of filterTerms(d, acronymOf)) {
      const t = writer(f.term, false);
      t.add(l, f.mask, spellingBitIn(t.s, f.spelling) >>> 0);
    }
    table.ids.push(d.id);
    cols.versions.push(searchVersion(d));
    table.saved[l] = Date.parse(d.savedAt) || 0;
    table.starts.set(starts, l * FIELD_STARTS);
    const published = d.article.published;
    cols.publishedDay.push(statedDay(published));
    cols.publishedTime.push(published ? isoTime(published) : null);
    cols.siteNameKey.push(siteKey(d.article.siteName || d.article.domain));
  });
  return {
    g,
    ...termRecords(g, writers),
    table,
    cols,
    docs: digests.map((d) => [d.id, docShare(d, acronymOf)]),
    ents: digests.map((d) => [d.id, entityShare(d)]),
  };
}
