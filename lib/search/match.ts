// Which documents answer a parsed query, and how well. Two passes over the postings of the query's words:
// the first finds the documents holding every unit of every phrase (field masks, spellings; positions are
// skipped), the second reads positions only for those candidates and checks that the units stand next to
// each other, in order, within one field. Phrase matches win; scattered words only when no document has
// the phrase (quoted and field-prefixed phrases are never scattered).
import { FIELD_WEIGHT, FIELDS, MASK_WEIGHT } from './fields';
import { countVarints, decodePositionsInto, PLAIN_SPELLING, type PostingList, type PostingSource } from './postings';
import { queryWords, type ParsedQuery, type QueryPhrase, type QueryWord } from './query-parse';

/** What matching needs to know of the documents besides their words. */
export interface MatchTable {
  /** Document numbers run from 0 to size - 1. */
  readonly size: number;
  /** The document is in the index (not removed). */
  live(d: number): boolean;
  /** The field (FIELDS index) a word position of document `d` is in. */
  fieldAt(d: number, pos: number): number;
}

export interface MatchResult {
  docs: number[];
  /** Indexed by document number. */
  score: Float64Array;
  /** Fields where the query's words occur, by document number. */
  fieldMask: Uint8Array;
  /** No document holds the phrase: these hold the words apart. */
  scattered: boolean;
}

/** A query word's hits: for each document, its field mask (0: absent) and whether its accented spelling is there. */
interface WordHits {
  word: QueryWord;
  entries: PostingList[];
  mask: Uint8Array;
  exact: Uint8Array;
  /**
   * Where the positions of the documents in `refs.covers` are, noted during the same scan when the query
   * narrows an earlier one (the positions are then read without scanning the postings again).
   */
  refs: PositionRefs | null;
}

interface PositionRefs {
  covers: Uint8Array;
  docs: number[];
  bufs: Uint8Array[];
  /** start, end of each record's positions. */
  ranges: number[];
}

const EXACT_BONUS = 1000;
const FIELD_SCALE = 10;

function wordKey(w: QueryWord): string {
  return `${w.fold}|${w.prefix ? 1 : 0}|${w.literal ? 1 : 0}|${w.accent ?? ''}`;
}

function hitsOf(
  word: QueryWord,
  source: PostingSource,
  dead: Uint8Array,
  n: number,
  bound: Uint8Array | null,
): WordHits {
  const entries = source.lists(word.fold, word.prefix, word);
  const mask = new Uint8Array(n);
  const exact = new Uint8Array(n);
  // Positions can be noted during this scan only where the records hold them.
  const refs: PositionRefs | null =
    bound && entries.every((e) => e.inline) ? { covers: bound, docs: [], bufs: [], ranges: [] } : null;
  for (const e of entries) {
    // Spelling bits that count as the typed diacritics (a prefix being typed: spellings it starts).
    let exactBits = 0;
    if (word.accent)
      e.spellings.forEach((s, k) => {
        if (s === word.accent || (word.prefix && s.startsWith(word.accent!))) exactBits |= 1 << (k + 1);
      });
    e.scan(dead, (doc, m, spellings, bytes, start, end) => {
      if (word.literal && !(spellings & PLAIN_SPELLING)) return;
      mask[doc]! |= m;
      if (spellings & exactBits) exact[doc] = 1;
      if (refs && bound![doc]) {
        refs.docs.push(doc);
        refs.bufs.push(bytes);
        refs.ranges.push(start, end);
      }
    });
  }
  return { word, entries, mask, exact, refs };
}

/**
 * Positions of a word in each candidate document: `pool[from[d]..from[d + 1])`, sorted (or, for the union over a
 * prefix's words, unsorted). The postings are read once (or were noted during the hits scan), counted, then
 * decoded into one typed array.
 */
export interface WordPositions {
  from: Int32Array;
  pool: Int32Array;
  /** More than one word's positions in a document (a prefix): that slice is not sorted. */
  mixed: Uint8Array;
}

function positionsOf(h: WordHits, dead: Uint8Array, candidate: Uint8Array, n: number): WordPositions {
  // One scan keeps where each candidate's positions are; counting and decoding then read only those.
  const docs: number[] = [];
  const bufs: Uint8Array[] = [];
  const ranges: number[] = [];
  const count = new Int32Array(n + 1);
  const sources = new Uint8Array(n);
  const literal = h.word.literal;
  const note = (d: number, bytes: Uint8Array, start: number, end: number) => {
    docs.push(d);
    bufs.push(bytes);
    ranges.push(start, end);
    count[d + 1]! += countVarints(bytes, start, end);
    sources[d]!++;
  };
  if (h.refs && covered(h.refs.covers, candidate, n)) {
    const r = h.refs;
    for (let i = 0; i < r.docs.length; i++)
      if (candidate[r.docs[i]!]) note(r.docs[i]!, r.bufs[i]!, r.ranges[2 * i]!, r.ranges[2 * i + 1]!);
  } else if (literal) {
    // Only the records written without diacritics count: their positions are read beside their spelling bits.
    const plain = new Uint8Array(n);
    for (const e of h.entries) {
      plain.fill(0);
      e.scan(dead, (d, _m, spellings) => {
        if (candidate[d] && spellings & PLAIN_SPELLING) plain[d] = 1;
      });
      e.scanPositions(dead, plain, note);
    }
  } else {
    for (const e of h.entries) e.scanPositions(dead, candidate, note);
  }
  const from = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) from[d + 1] = from[d]! + count[d + 1]!;
  const pool = new Int32Array(from[n]!);
  const fill = from.slice(0, n);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    fill[d] = decodePositionsInto(bufs[i]!, ranges[2 * i]!, ranges[2 * i + 1]!, pool, fill[d]!);
  }
  // Positions of several words (a prefix) interleave; those documents are searched in order, not sorted
  // (a prefix is looked up at a few places per document, sorting every slice cost more).
  return { from, pool, mixed: sources };
}

/** Every document of `inner` is in `outer`. */
function covered(outer: Uint8Array, inner: Uint8Array, n: number): boolean {
  for (let d = 0; d < n; d++) if (inner[d] && !outer[d]) return false;
  return true;
}

/** Is `pos` among the sorted positions of document `d`? */
function hasPosition(wp: WordPositions, d: number, pos: number): boolean {
  let lo = wp.from[d]!;
  let hi = wp.from[d + 1]!;
  const pool = wp.pool;
  if (wp.mixed[d]! > 1) {
    for (let i = lo; i < hi; i++) if (pool[i] === pos) return true;
    return false;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = pool[mid]!;
    if (v === pos) return true;
    if (v < pos) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** The field a position is in, from the positions where each field starts (FIELDS order). */
export function fieldAt(starts: ArrayLike<number>, pos: number, from = 0): number {
  for (let f = FIELDS.length - 1; f >= 0; f--) if (pos >= starts[from + f]!) return f;
  return 0;
}

/** Is the phrase a single word (no positions needed)? */
function singleWord(p: QueryPhrase): boolean {
  return p.units.length === 1 && p.units[0]!.alts.every((a) => a.length === 1);
}

/**
 * What one search leaves for the next while the index does not change (the owner clears it on every
 * change): recent words' hits, and the candidates of the last query, which bound those of a query typed
 * on from it ("hoang x" → "hoang xu": every document of the second is among those of the first).
 */
export class MatchCache {
  words = new Map<string, WordHits>();
  last: { text: string; filters: string; candidates: Uint8Array; literal: boolean } | null = null;

  /** Positions of recent words, with the candidate set they cover (a superset of any narrower query's). */
  private wordPositions = new Map<string, { covers: Uint8Array; positions: WordPositions }>();

  clear(): void {
    this.words.clear();
    this.wordPositions.clear();
    this.last = null;
  }

  /** A word's positions kept from the query this one narrows (they cover every candidate of this one). */
  positions(w: QueryWord, bound: Uint8Array | null): WordPositions | null {
    const kept = this.wordPositions.get(wordKey(w));
    return bound && kept && kept.covers === bound ? kept.positions : null;
  }

  keepPositions(w: QueryWord, covers: Uint8Array, positions: WordPositions): void {
    const k = wordKey(w);
    this.wordPositions.delete(k);
    if (this.wordPositions.size >= 16) this.wordPositions.delete(this.wordPositions.keys().next().value!);
    this.wordPositions.set(k, { covers, positions });
  }

  hits(w: QueryWord, source: PostingSource, dead: Uint8Array, n: number, bound: Uint8Array | null): WordHits {
    const k = wordKey(w);
    let h = this.words.get(k);
    if (h) {
      // Most recently used last, so the oldest goes first when the cache is full.
      this.words.delete(k);
    } else {
      h = hitsOf(w, source, dead, n, bound);
      if (this.words.size >= 32) this.words.delete(this.words.keys().next().value!);
    }
    this.words.set(k, h);
    return h;
  }

  /** The last candidates when `text` only narrows the last query (typed on, no quote, prefix or abbreviation). */
  narrowing(q: ParsedQuery, text: string, filters: string): Uint8Array | null {
    const last = this.last;
    if (!last || last.literal || last.filters !== filters || !text.startsWith(last.text)) return null;
    if (/[:"“”„«»]/u.test(text) || q.phrases.some((p) => p.units.some((u) => u.alts.length > 1))) return null;
    return last.candidates;
  }
}

/**
 * A match after its first pass: the candidates (documents holding every unit of every phrase) are known; the
 * second pass needs the positions of `positionLists()` for those candidates (the kept index reads them then).
 */
export interface StartedMatch {
  q: ParsedQuery;
  dead: Uint8Array;
  table: MatchTable;
  cache: MatchCache;
  bound: Uint8Array | null;
  hitsFor: (w: QueryWord) => WordHits;
  candidate: Uint8Array;
  candidates: Uint8Array;
  docs: number[];
  fieldMask: Uint8Array;
  score: Float64Array;
}

/** Pass 1: documents holding every unit (some spelling of it) of every phrase. */
export function startMatch(
  q: ParsedQuery,
  source: PostingSource,
  dead: Uint8Array,
  table: MatchTable,
  pass: (num: number) => boolean,
  cache: MatchCache = new MatchCache(),
  context: { text: string; filters: string } = { text: '', filters: '' },
): StartedMatch {
  const n = table.size;
  const hits = new Map<QueryWord, WordHits>();
  const bound = cache.narrowing(q, context.text, context.filters);
  for (const w of queryWords(q)) hits.set(w, cache.hits(w, source, dead, n, bound));
  const hitsFor = (w: QueryWord) => hits.get(w)!;
  const fieldMask = new Uint8Array(n);
  const score = new Float64Array(n);
  const candidate = new Uint8Array(n);
  if (bound) for (let d = 0; d < n; d++) candidate[d] = bound[d]!;
  else for (let d = 0; d < n; d++) candidate[d] = table.live(d) && pass(d) ? 1 : 0;
  for (const p of q.phrases) {
    const fieldBit = p.field ? 1 << FIELDS.indexOf(p.field) : 0xff;
    for (const u of p.units) {
      const has = new Uint8Array(n);
      for (const alt of u.alts) {
        const altHits = alt.map(hitsFor);
        for (let d = 0; d < n; d++) {
          if (!candidate[d] || has[d]) continue;
          let ok = true;
          for (const h of altHits) if (!(h.mask[d]! & fieldBit)) ok = false;
          if (ok) has[d] = 1;
        }
      }
      for (let d = 0; d < n; d++) if (!has[d]) candidate[d] = 0;
    }
  }
  const candidates = candidate.slice();
  cache.last = { ...context, candidates, literal: queryWords(q).some((w) => w.literal) };
  const docs: number[] = [];
  for (let d = 0; d < n; d++) if (candidate[d]) docs.push(d);
  return { q, dead, table, cache, bound, hitsFor, candidate, candidates, docs, fieldMask, score };
}

/**
 * The posting lists whose positions the second pass reads (words of phrases of more than one word, unless
 * the positions kept from the query this one narrows cover them). Empty when no document is a candidate.
 */
export function positionLists(m: StartedMatch): PostingList[] {
  if (m.docs.length === 0) return [];
  const out = new Set<PostingList>();
  for (const p of m.q.phrases) {
    if (singleWord(p)) continue;
    for (const u of p.units)
      for (const alt of u.alts)
        for (const w of alt) {
          if (m.cache.positions(w, m.bound)) continue;
          for (const e of m.hitsFor(w).entries) out.add(e);
        }
  }
  return [...out];
}

/** Pass 2: positions of the candidates, for phrases of more than one word; scores. */
export function finishMatch(m: StartedMatch): MatchResult {
  const { q, dead, table, cache, bound, hitsFor, candidate, candidates, docs, fieldMask, score } = m;
  const n = table.size;
  if (docs.length === 0) return { docs, score, fieldMask, scattered: false };
  const positions = new Map<WordHits, WordPositions>();
  const posFor = (w: QueryWord) => {
    const h = hitsFor(w);
    let wp = positions.get(h);
    if (!wp) {
      wp = cache.positions(w, bound) ?? positionsOf(h, dead, candidate, n);
      cache.keepPositions(w, candidates, wp);
      positions.set(h, wp);
    }
    return wp;
  };
  const phraseOk = new Uint8Array(n).fill(1);
  const strictOk = new Uint8Array(n).fill(1);
  const phraseWeight = new Float64Array(n);
  const exactAll = new Uint8Array(n).fill(1);
  const anyAccent = q.phrases.some((p) => p.units.some((u) => u.alts[0]!.some((w) => w.accent)));
  for (const p of q.phrases) {
    const fieldIdx = p.field ? FIELDS.indexOf(p.field) : -1;
    // unit → alternative → its words' hits, looked up once per phrase, not per document.
    const units = p.units.map((u) =>
      u.alts.map((alt) => alt.map((w) => ({ h: hitsFor(w), accent: w.accent !== null }))),
    );
    const all = units.flat(2).map((x) => x.h);
    const single = singleWord(p);
    const wordPositions = single ? [] : p.units.map((u) => u.alts.map((alt) => alt.map(posFor)));
    const weights = FIELDS.map((f) => FIELD_WEIGHT[f]);
    // No field weighs more than this: a phrase found there ends the search of that document.
    const most = fieldIdx >= 0 ? weights[fieldIdx]! : Math.max(...weights);
    for (const d of docs) {
      let m = 0;
      for (const h of all) m |= h.mask[d]!;
      fieldMask[d]! |= m;
      // Exact diacritics: every unit has a spelling present with the accents as typed.
      if (anyAccent && exactAll[d]) {
        for (const alts of units) {
          let unitExact = false;
          for (const alt of alts) {
            let ok = true;
            for (const x of alt) if (!x.h.mask[d] || (x.accent && !x.h.exact[d])) ok = false;
            if (ok) unitExact = true;
          }
          if (!unitExact) exactAll[d] = 0;
        }
      }
      let best = 0;
      if (single) {
        best = MASK_WEIGHT[fieldIdx >= 0 ? m & (1 << fieldIdx) : m]!;
      } else {
        best = bestPhraseWeight(
          wordPositions,
          d,
          (start) => {
            const f = table.fieldAt(d, start);
            return fieldIdx >= 0 && f !== fieldIdx ? 0 : weights[f]!;
          },
          most,
        );
      }
      if (best === 0) {
        phraseOk[d] = 0;
        if (p.strict) strictOk[d] = 0;
        // Scattered: half the best field any of its words is in.
        phraseWeight[d]! += MASK_WEIGHT[m]! / 2;
      } else phraseWeight[d]! += best;
    }
  }
  let kept = docs.filter((d) => phraseOk[d]);
  let scattered = false;
  if (kept.length === 0) {
    kept = docs.filter((d) => strictOk[d]);
    scattered = kept.length > 0;
  }
  for (const d of kept)
    score[d] = (anyAccent && exactAll[d] ? EXACT_BONUS : 0) + phraseWeight[d]! * FIELD_SCALE + popcount(fieldMask[d]!);
  return { docs: kept, score, fieldMask, scattered };
}

/** Both passes at once, for an index whose records hold their positions (the in-memory one). */
export function matchQuery(
  q: ParsedQuery,
  source: PostingSource,
  dead: Uint8Array,
  table: MatchTable,
  pass: (num: number) => boolean,
  cache: MatchCache = new MatchCache(),
  context: { text: string; filters: string } = { text: '', filters: '' },
): MatchResult {
  return finishMatch(startMatch(q, source, dead, table, pass, cache, context));
}

function popcount(m: number): number {
  let c = 0;
  for (; m; m &= m - 1) c++;
  return c;
}

/**
 * The best weight of a place where the phrase stands in document `d` (0: nowhere), `weight(start)` being the
 * weight of the field a phrase starting there is in (0: a field the phrase may not be in). Each start of the
 * phrase's first unit is followed unit by unit, depth first, until one way through is found; the search stops
 * at the first place weighing `most`. Runs per candidate document: it allocates nothing.
 * `words[u][a][k]` are the positions of the k-th word of alternative a of unit u.
 */
export function bestPhraseWeight(
  words: WordPositions[][][],
  d: number,
  weight: (start: number) => number,
  most: number,
): number {
  let best = 0;
  for (const alt of words[0]!) {
    const first = alt[0]!;
    for (let k = first.from[d]!; k < first.from[d + 1]!; k++) {
      const s = first.pool[k]!;
      const w = weight(s);
      if (w <= best) continue;
      if (altAt(alt, d, s, 1) && restFrom(words, 1, d, s + alt.length)) {
        best = w;
        if (best >= most) return best;
      }
    }
  }
  return best;
}

/** Do the words of `alt` from its `from`-th stand one after the other from `at - from` on in document `d`? */
function altAt(alt: WordPositions[], d: number, at: number, from: number): boolean {
  for (let j = from; j < alt.length; j++) if (!hasPosition(alt[j]!, d, at + j)) return false;
  return true;
}

/** Do the units from `u` on stand one after the other from position `at` in document `d` (one alternative each)? */
function restFrom(words: WordPositions[][][], u: number, d: number, at: number): boolean {
  if (u === words.length) return true;
  for (const alt of words[u]!) if (altAt(alt, d, at, 0) && restFrom(words, u + 1, d, at + alt.length)) return true;
  return false;
}
