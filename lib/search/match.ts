// Which documents answer a parsed query, and how well. Two passes over the postings of the query's words:
// the first finds the documents holding every unit of every phrase (field masks, spellings; positions are
// skipped), the second reads positions only for those candidates and checks that the units stand next to
// each other, in order, within one field. Phrase matches win; scattered words only when no document has
// the phrase (quoted and field-prefixed phrases are never scattered).
import { FIELD_WEIGHT, FIELDS, MASK_WEIGHT, type Field } from './fields';
import type { DocMeta } from './doc-meta';
import { PLAIN_SPELLING, readPositions, type PostingStore, type WordEntry } from './postings';
import type { ParsedQuery, QueryPhrase, QueryWord } from './query-parse';

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
  entries: WordEntry[];
  mask: Uint8Array;
  exact: Uint8Array;
  /** Whether each entry is a spelling this word accepts (literal words: plain spelling only). */
}

const EXACT_BONUS = 1000;
const FIELD_SCALE = 10;

function wordKey(w: QueryWord): string {
  return `${w.fold}|${w.prefix ? 1 : 0}|${w.literal ? 1 : 0}|${w.accent ?? ''}`;
}

function hitsOf(word: QueryWord, store: PostingStore, dead: Uint8Array, n: number): WordHits {
  const words = word.prefix ? store.expand(word.fold) : store.words.has(word.fold) ? [word.fold] : [];
  const entries = words.map((w) => store.words.get(w)!);
  const mask = new Uint8Array(n);
  const exact = new Uint8Array(n);
  for (const e of entries) {
    // Spelling bits that count as the typed diacritics (a prefix being typed: spellings it starts).
    let exactBits = 0;
    if (word.accent) e.spellings.forEach((s, k) => {
      if (s === word.accent || (word.prefix && s.startsWith(word.accent!))) exactBits |= 1 << (k + 1);
    });
    store.scan(e, dead, (doc, m, spellings) => {
      if (word.literal && !(spellings & PLAIN_SPELLING)) return;
      mask[doc] |= m;
      if (spellings & exactBits) exact[doc] = 1;
    });
  }
  return { word, entries, mask, exact };
}

/** Positions of a word in each candidate document (the union over a prefix's words). */
function positionsOf(h: WordHits, store: PostingStore, dead: Uint8Array, candidate: Uint8Array): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const e of h.entries) {
    store.scan(e, dead, (doc, _m, spellings, bytes, start, end) => {
      if (!candidate[doc]) return;
      if (h.word.literal && !(spellings & PLAIN_SPELLING)) return;
      let set = out.get(doc);
      if (!set) {
        set = new Set();
        out.set(doc, set);
      }
      for (const p of readPositions(bytes, start, end)) set.add(p);
    });
  }
  return out;
}

function fieldAt(starts: readonly number[], pos: number): number {
  for (let f = FIELDS.length - 1; f >= 0; f--) if (pos >= starts[f]!) return f;
  return 0;
}

/** Is the phrase a single word (no positions needed)? */
function singleWord(p: QueryPhrase): boolean {
  return p.units.length === 1 && p.units[0]!.alts.every((a) => a.length === 1);
}

export function matchQuery(q: ParsedQuery, store: PostingStore, dead: Uint8Array, metas: readonly (DocMeta | null)[], pass: (num: number) => boolean): MatchResult {
  const n = metas.length;
  const hits = new Map<string, WordHits>();
  const hitsFor = (w: QueryWord) => {
    const k = wordKey(w);
    let h = hits.get(k);
    if (!h) {
      h = hitsOf(w, store, dead, n);
      hits.set(k, h);
    }
    return h;
  };
  const fieldMask = new Uint8Array(n);
  const score = new Float64Array(n);
  // Pass 1: documents holding every unit (some spelling of it) of every phrase.
  const candidate = new Uint8Array(n);
  for (let d = 0; d < n; d++) candidate[d] = metas[d] && pass(d) ? 1 : 0;
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
  const docs: number[] = [];
  for (let d = 0; d < n; d++) if (candidate[d]) docs.push(d);
  if (docs.length === 0) return { docs, score, fieldMask, scattered: false };

  // Pass 2: positions of the candidates, for phrases of more than one word.
  const positions = new Map<string, Map<number, Set<number>>>();
  const posFor = (w: QueryWord) => {
    const k = wordKey(w);
    let m = positions.get(k);
    if (!m) {
      m = positionsOf(hitsFor(w), store, dead, candidate);
      positions.set(k, m);
    }
    return m;
  };
  const phraseOk = new Uint8Array(n).fill(1);
  const strictOk = new Uint8Array(n).fill(1);
  const phraseWeight = new Float64Array(n);
  const exactAll = new Uint8Array(n).fill(1);
  const anyAccent = q.phrases.some((p) => p.units.some((u) => u.alts[0]!.some((w) => w.accent)));
  for (const p of q.phrases) {
    const fieldIdx = p.field ? FIELDS.indexOf(p.field) : -1;
    for (const d of docs) {
      // Exact diacritics: each unit has a spelling present with the accents as typed.
      if (anyAccent) {
        const unitExact = p.units.every((u) => u.alts.some((alt) => alt.every((w) => !w.accent || hitsFor(w).exact[d]) && alt.every((w) => hitsFor(w).mask[d])));
        if (!unitExact) exactAll[d] = 0;
      }
      for (const u of p.units) for (const alt of u.alts) for (const w of alt) fieldMask[d] |= hitsFor(w).mask[d]!;
      let best = 0;
      if (singleWord(p)) {
        let m = 0;
        for (const alt of p.units[0]!.alts) m |= hitsFor(alt[0]!).mask[d]!;
        if (fieldIdx >= 0) m &= 1 << fieldIdx;
        best = MASK_WEIGHT[m]!;
      } else {
        for (const start of phraseStarts(p, d, posFor)) {
          const f = fieldAt(metas[d]!.starts, start);
          if (fieldIdx >= 0 && f !== fieldIdx) continue;
          best = Math.max(best, FIELD_WEIGHT[FIELDS[f]! as Field]);
        }
      }
      if (best === 0) {
        phraseOk[d] = 0;
        if (p.strict) strictOk[d] = 0;
        // Scattered: the best field any of its words is in.
        let m = 0;
        for (const u of p.units) for (const alt of u.alts) for (const w of alt) m |= hitsFor(w).mask[d]!;
        phraseWeight[d] += MASK_WEIGHT[m]! / 2;
      } else phraseWeight[d] += best;
    }
  }
  let kept = docs.filter((d) => phraseOk[d]);
  let scattered = false;
  if (kept.length === 0) {
    kept = docs.filter((d) => strictOk[d]);
    scattered = kept.length > 0;
  }
  for (const d of kept) score[d] = (anyAccent && exactAll[d] ? EXACT_BONUS : 0) + phraseWeight[d]! * FIELD_SCALE + popcount(fieldMask[d]!);
  return { docs: kept, score, fieldMask, scattered };
}

function popcount(m: number): number {
  let c = 0;
  for (; m; m &= m - 1) c++;
  return c;
}

/** Start positions of the phrase in document `d`: units one after the other, each filled by one alternative. */
function phraseStarts(p: QueryPhrase, d: number, posFor: (w: QueryWord) => Map<number, Set<number>>): number[] {
  // (start, next free position) pairs, extended unit by unit.
  let spans: [number, number][] = [];
  const at = (w: QueryWord, pos: number) => posFor(w).get(d)?.has(pos) ?? false;
  p.units.forEach((u, i) => {
    const next: [number, number][] = [];
    for (const alt of u.alts) {
      if (i === 0) {
        const first = posFor(alt[0]!).get(d);
        if (!first) continue;
        for (const s of first) if (alt.every((w, k) => k === 0 || at(w, s + k))) next.push([s, s + alt.length]);
      } else {
        for (const [s, e] of spans) if (alt.every((w, k) => at(w, e + k))) next.push([s, e + alt.length]);
      }
    }
    spans = next;
  });
  return spans.map(([s]) => s);
}
