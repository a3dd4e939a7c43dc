// The inverted index's storage: for every folded word, the documents that hold it, each with a field mask,
// which accented spellings of the word it uses, and the word's positions (for phrases). Records are varint
// bytes: a compacted "base" (one buffer for all words, in word order: what serialize writes) plus a small
// per-word "tail" for documents added since, and a set of dead document numbers for those removed or
// replaced. Compaction folds tail and dead into a new base; documents are renumbered densely.
//
// A record: doc delta, field mask, spelling mask, byte length of the positions, the positions as deltas.
// Spelling mask: bit 0 = written without diacritics somewhere; bit k (1..30) = the word's k-th accented
// spelling (in the word's spelling list); bit 31 = a spelling past the 30th.
import type { QueryWord } from './query-parse';

export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  append(src: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.bytes.set(src.subarray(start, end), this.length);
    this.length += end - start;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads varints from a buffer; `at` is the next byte. */
export class ByteReader {
  at: number;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
  ) {
    this.at = start;
  }

  varint(): number {
    const b = this.bytes;
    let byte = b[this.at++]!;
    let v = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = b[this.at++]!;
      v |= (byte & 0x7f) << shift;
      shift += 7;
    }
    return v >>> 0;
  }
}

export const PLAIN_SPELLING = 1;
const OTHER_SPELLING = 0x80000000;
const MAX_SPELLINGS = 30;

/** Bit for a spelling in a word's spelling list (added to the list when new; past the 30th, the shared bit). */
export function spellingBitIn(list: string[], spelling: string): number {
  let k = list.indexOf(spelling);
  if (k < 0) {
    if (list.length >= MAX_SPELLINGS) return OTHER_SPELLING;
    list.push(spelling);
    k = list.length - 1;
  }
  return 1 << (k + 1);
}

/**
 * A spelling mask of one list written against another list: bit k of `from` becomes the bit of the same
 * spelling in `to` (added there when new). PLAIN and the shared bit stay as they are.
 */
export function remapSpellings(mask: number, from: readonly string[], to: string[]): number {
  let out = mask & (PLAIN_SPELLING | OTHER_SPELLING);
  for (let k = 0; k < from.length; k++) if (mask & (1 << (k + 1))) out |= spellingBitIn(to, from[k]!);
  return out >>> 0;
}

export interface WordEntry {
  /** [start, end) of the word's records in the base buffer. */
  baseStart: number;
  baseEnd: number;
  tail: ByteWriter | null;
  tailLastDoc: number;
  /** Accented spellings seen for the word (bit k of a spelling mask is spellings[k - 1]). */
  spellings: string[];
}

/** One document's occurrences of one word, as add() receives them. */
export interface Occurrences {
  mask: number;
  spellings: number;
  positions: number[];
}

/** What a scan hands over for each live record; positions are decoded on demand (decodePositionsInto). */
export type RecordVisitor = (
  doc: number,
  mask: number,
  spellings: number,
  bytes: Uint8Array,
  posStart: number,
  posEnd: number,
) => void;

/** Where one record's positions are: `bytes[start..end)`, deltas as varints. */
export type PositionVisitor = (doc: number, bytes: Uint8Array, start: number, end: number) => void;

/**
 * One word's records, wherever they are kept: the in-memory store (positions inline in each record) or one
 * segment of the kept index (the records without positions, which are read apart and only for the segments
 * a phrase needs). Matching reads the index only through this.
 */
export interface PostingList {
  /** Accented spellings of the word in this list (bit k of a record's spelling mask is spellings[k - 1]). */
  readonly spellings: readonly string[];
  /** True when scan() hands over each record's positions too (else its byte range is empty). */
  readonly inline: boolean;
  /** Every record whose document is not dead. */
  scan(dead: Uint8Array, visit: RecordVisitor): void;
  /** The positions of the live records whose document is in `want`. */
  scanPositions(dead: Uint8Array, want: Uint8Array, visit: PositionVisitor): void;
}

/**
 * The posting lists of a query word: the word's own, or those of every word it starts when it is a prefix
 * (`word`, when given, is the query word asked for: a source may answer a prefix with lists of its own kind).
 */
export interface PostingSource {
  lists(fold: string, prefix: boolean, word?: QueryWord): PostingList[];
}

export class PostingStore implements PostingSource {
  base: Uint8Array = new Uint8Array(0);
  words = new Map<string, WordEntry>();
  /** Words in the base, sorted (for prefix expansion), and words first seen since the last compaction. */
  sortedWords: string[] = [];
  newWords: string[] = [];
  tailBytes = 0;

  /** Bit for an accented spelling of a word, adding the spelling to the word's list. */
  spellingBit(entry: WordEntry, accent: string): number {
    return spellingBitIn(entry.spellings, accent);
  }

  entry(word: string): WordEntry {
    let e = this.words.get(word);
    if (!e) {
      e = { baseStart: 0, baseEnd: 0, tail: null, tailLastDoc: -1, spellings: [] };
      this.words.set(word, e);
      this.newWords.push(word);
    }
    return e;
  }

  /** Append a document's record for `word`; documents arrive in increasing number. */
  append(e: WordEntry, doc: number, occ: Occurrences): void {
    const w = (e.tail ??= new ByteWriter(64));
    const before = w.length;
    w.varint(doc - e.tailLastDoc);
    e.tailLastDoc = doc;
    w.varint(occ.mask);
    w.varint(occ.spellings);
    let len = 0;
    let prev = 0;
    for (const p of occ.positions) {
      len += varintSize(p - prev);
      prev = p;
    }
    w.varint(len);
    prev = 0;
    for (const p of occ.positions) {
      w.varint(p - prev);
      prev = p;
    }
    this.tailBytes += w.length - before;
  }

  /** Visit every record of a word whose document is not dead. */
  scan(e: WordEntry, dead: Uint8Array, visit: RecordVisitor): void {
    scanRange(this.base, e.baseStart, e.baseEnd, dead, visit);
    if (e.tail) scanRange(e.tail.bytes, 0, e.tail.length, dead, visit);
  }

  /** The word's records as a PostingList (positions inline). */
  list(e: WordEntry): PostingList {
    return {
      spellings: e.spellings,
      inline: true,
      scan: (dead, visit) => this.scan(e, dead, visit),
      scanPositions: (dead, want, visit) =>
        this.scan(e, dead, (doc, _m, _s, bytes, start, end) => {
          if (want[doc]) visit(doc, bytes, start, end);
        }),
    };
  }

  lists(fold: string, prefix: boolean): PostingList[] {
    const words = prefix ? this.expand(fold) : this.words.has(fold) ? [fold] : [];
    return words.map((w) => this.list(this.words.get(w)!));
  }

  /** Words starting with `prefix`: binary search in the sorted base words, then the few new ones. */
  expand(prefix: string): string[] {
    const v = this.sortedWords;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < v.length && v[i]!.startsWith(prefix); i++) out.push(v[i]!);
    for (const w of this.newWords) if (w.startsWith(prefix)) out.push(w);
    return out;
  }

  /**
   * Rebuild the base from base + tail, without dead documents, renumbering each live document to
   * `renumber[doc]`. Words left with no document are dropped.
   */
  compact(dead: Uint8Array, renumber: Int32Array, anyDead = true): void {
    const words = [...this.words.keys()].sort();
    const out = new ByteWriter(Math.max(1024, this.base.length + this.tailBytes));
    const next = new Map<string, WordEntry>();
    const sorted: string[] = [];
    for (const word of words) {
      const e = this.words.get(word)!;
      const start = out.length;
      if (!anyDead) {
        // Nothing removed, numbers unchanged: the records are copied as they are; only the tail's first
        // document, counted from -1, is counted again from the base's last document.
        out.append(this.base, e.baseStart, e.baseEnd);
        if (e.tail && e.tail.length > 0) {
          const r = new ByteReader(e.tail.bytes, 0);
          const first = r.varint() - 1;
          out.varint(first - (e.baseEnd > e.baseStart ? lastDoc(this.base, e.baseStart, e.baseEnd) : -1));
          out.append(e.tail.bytes, r.at, e.tail.length);
        }
        next.set(word, { baseStart: start, baseEnd: out.length, tail: null, tailLastDoc: -1, spellings: e.spellings });
        sorted.push(word);
        continue;
      }
      let last = -1;
      this.scan(e, dead, (doc, mask, spellings, bytes, posStart, posEnd) => {
        const num = renumber[doc]!;
        out.varint(num - last);
        last = num;
        out.varint(mask);
        out.varint(spellings);
        out.varint(posEnd - posStart);
        out.append(bytes, posStart, posEnd);
      });
      if (out.length === start) continue;
      next.set(word, { baseStart: start, baseEnd: out.length, tail: null, tailLastDoc: -1, spellings: e.spellings });
      sorted.push(word);
    }
    this.base = out.bytes.slice(0, out.length);
    this.words = next;
    this.sortedWords = sorted;
    this.newWords = [];
    this.tailBytes = 0;
  }

  /** A compacted store from its parts (see SearchIndex.load). */
  static fromBase(base: Uint8Array, words: string[], lengths: number[], spellings: string[][]): PostingStore {
    const s = new PostingStore();
    s.base = base;
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      const end = at + lengths[i]!;
      s.words.set(words[i]!, {
        baseStart: at,
        baseEnd: end,
        tail: null,
        tailLastDoc: -1,
        spellings: spellings[i] ?? [],
      });
      at = end;
    }
    if (at !== base.length) throw new Error('search index: the postings do not add up to the stored size');
    s.sortedWords = words;
    return s;
  }
}

/** The last document number of a range of records (headers read, positions skipped). */
function lastDoc(bytes: Uint8Array, start: number, end: number): number {
  const r = new ByteReader(bytes, start);
  let doc = -1;
  while (r.at < end) {
    doc += r.varint();
    r.varint();
    r.varint();
    const len = r.varint();
    r.at += len;
  }
  return doc;
}

export function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Number of varints in a byte range (each ends with a byte below 0x80). */
export function countVarints(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (bytes[i]! < 0x80) n++;
  return n;
}

/** Decode the positions of a record into `out` from index `at`; returns the index after the last. */
export function decodePositionsInto(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Int32Array,
  at: number,
): number {
  let p = 0;
  let i = start;
  while (i < end) {
    let byte = bytes[i++]!;
    let v = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = bytes[i++]!;
      v |= (byte & 0x7f) << shift;
      shift += 7;
    }
    p += v;
    out[at++] = p;
  }
  return at;
}

function scanRange(bytes: Uint8Array, start: number, end: number, dead: Uint8Array, visit: RecordVisitor): void {
  const r = new ByteReader(bytes, start);
  let doc = -1;
  while (r.at < end) {
    doc += r.varint();
    const mask = r.varint();
    const spellings = r.varint();
    const len = r.varint();
    const posStart = r.at;
    r.at += len;
    if (dead[doc]) continue;
    visit(doc, mask, spellings, bytes, posStart, posStart + len);
  }
}
