// What stands around a head word and decides whether it opens an agreement's name: the words right before it
// (the name of a law or a body, a plural, a draft, a signing verb), and what its name says (a proper name, a
// class of agreements, a domestic instrument).
import { canonicalTones } from '../../text';
import { isNotAgreementAcronym } from './known';
import type { ScanContext } from './scan';
import { BLOCKING_PREDECESSORS, PLURAL_PREDECESSORS, TYPE_WORDS } from './words';

export const capital = (w: string) => w[0] !== w[0]!.toLowerCase();

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && WORD_CHAR.test(c));

/** The word that ends at `end` (after spaces and tabs), read backwards: [start, end) or null. */
function wordBackFrom(work: string, end: number, floor: number): [number, number] | null {
  let e = end;
  while (e > floor && (work[e - 1] === ' ' || work[e - 1] === '\t')) e--;
  if (e === end) return null;
  let b = e;
  while (b > floor && isWordChar(work[b - 1]!)) b--;
  return b < e ? [b, e] : null;
}

/** The one or two words right before `start` (lower case), and whether they are capitalised. */
export interface WordsBefore {
  last: string;
  lastTwo: string;
  lastCap: boolean;
  lastTwoCap: boolean;
}

export function wordsBefore(work: string, start: number): WordsBefore | null {
  const floor = Math.max(0, start - 40);
  const one = wordBackFrom(work, start, floor);
  if (!one) return null;
  const two = wordBackFrom(work, one[0], floor);
  const last = work.slice(one[0], one[1]);
  const first = two ? work.slice(two[0], two[1]) : '';
  // toLowerCase: Vietnamese has no locale-specific case mappings, and the locale-aware call is much slower.
  return {
    last: last.toLowerCase(),
    lastTwo: first ? `${first} ${last}`.toLowerCase() : '',
    lastCap: capital(last),
    lastTwoCap: !!first && capital(first),
  };
}

/**
 * "Luật Thỏa thuận quốc tế", "Ủy ban Công ước", "Tổ chức Hiệp ước Bắc Đại Tây Dương": the head is part of the
 * name of a law or of a body.
 */
export function blockedByPredecessor(w: WordsBefore | null): boolean {
  if (!w) return false;
  return (w.lastCap && BLOCKING_PREDECESSORS.has(w.last)) || (w.lastTwoCap && BLOCKING_PREDECESSORS.has(w.lastTwo));
}

/**
 * "các hiệp định", "12 Hiệp định", "những thỏa thuận": a class of agreements, not one. A year is no count ("Hiệp
 * ước bổ sung năm 2005 Hiệp ước hoạch định biên giới ...").
 */
export function pluralBefore(w: WordsBefore | null): boolean {
  if (!w) return false;
  const count = /^\d+$/.test(w.last) && !w.lastTwo.startsWith('năm ');
  return count || PLURAL_PREDECESSORS.has(w.last) || PLURAL_PREDECESSORS.has(w.lastTwo);
}

/** "dự thảo thỏa thuận về Brexit": a draft, not an instrument yet. */
export const draftBefore = (work: string, start: number) =>
  /(?<![\p{L}\p{M}])dự[ \t]+thảo[ \t]+$/iu.test(work.slice(Math.max(0, start - 12), start));

/**
 * "ký kết Chương trình phối hợp", "Lễ ký Kế hoạch hợp tác", "Lễ ký kết hợp tác tuyên truyền Chương trình ...":
 * a signing verb at most three words before the head, in the same clause.
 */
export const signedBefore = (work: string, start: number) =>
  /(?<![\p{L}\p{M}])(?:ký|kí)(?:[ \t]+(?:kết|tắt))?(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+$/iu.test(
    work.slice(Math.max(0, start - 40), start),
  );

/** The words of a name after its head, lower case with canonical tone placement. */
export const wordsAfterHead = (name: string, head: string) =>
  [
    ...canonicalTones(name.slice(head.length))
      .toLowerCase()
      .matchAll(/[\p{L}\p{M}\p{N}]+/gu),
  ].map((m) => m[0]);

/**
 * After a plural, the name says which instruments, not only what kind: a capitalised word or acronym outside
 * the type words, before the parties or a topic ("các Công ước Geneva năm 1949"). Parties do not make a class
 * one instrument ("những Hiệp định thương mại tự do giữa Việt Nam và EU"), nor does a level ("cấp Chính phủ":
 * "một trong những Hiệp định cấp Chính phủ đầu tiên ... giữa Việt Nam và Hoa Kỳ").
 */
export function properlyNamed(name: string, head: string): boolean {
  // Two sides joined by a dash are parties too ("3 tuyên bố chung Mỹ - Trung").
  const rest = replacePartyPair(name.slice(head.length), ' giữa ');
  const words = rest.match(/\p{L}[\p{L}\p{M}\p{N}]*/gu) ?? [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const lower = canonicalTones(w.toLowerCase());
    if (CLASS_ENDS.has(lower)) return false;
    if (capital(w) && !TYPE_WORDS.has(lower) && words[k - 1]?.toLowerCase() !== 'cấp') return true;
  }
  return false;
}

// Two sides joined by a dash: capitalised words, a dash, a capital ("Mỹ - Trung", "Việt Nam – Hoa Kỳ"). Read run by
// run: one pattern for it retried a run of capitalised words from each of its capitals (quadratic).
const CAPITAL = /\p{Lu}/gu;
const REST_OF_CAPITALISED_RUN = /[\p{L}\p{M}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}\p{N}]*)*/uy;
const DASH_TO_CAPITAL = /[ \t]*[-‐‑‒–—―][ \t]*\p{Lu}/uy;

/** `text` with its first pair of sides joined by a dash, from the pair's first capital to the second side's, made `by`. */
function replacePartyPair(text: string, by: string): string {
  CAPITAL.lastIndex = 0;
  for (let m = CAPITAL.exec(text); m; m = CAPITAL.exec(text)) {
    REST_OF_CAPITALISED_RUN.lastIndex = CAPITAL.lastIndex;
    REST_OF_CAPITALISED_RUN.exec(text);
    DASH_TO_CAPITAL.lastIndex = REST_OF_CAPITALISED_RUN.lastIndex;
    if (DASH_TO_CAPITAL.exec(text)) return text.slice(0, m.index) + by + text.slice(DASH_TO_CAPITAL.lastIndex);
    // Every capital before the end of this run ends its own run there too, so none of them starts a pair.
    CAPITAL.lastIndex = REST_OF_CAPITALISED_RUN.lastIndex;
  }
  return text;
}
/** Connectors after which a class's name goes on to its parties or topic, no longer to a proper name. */
const CLASS_ENDS = new Set(['giữa', 'với', 'của', 'về', 'tại', 'ở', 'trên', 'thuộc', 'trong']);

/** A capitalised word (not a head) or an agreement acronym right after `pos`. */
export function properNameAt(ctx: ScanContext, pos: number): boolean {
  const t = ctx.tokens.at(pos);
  return (
    !!t && t.type === 'word' && (t.cap || t.acr) && !ctx.isHead(t.start) && !(t.acr && isNotAgreementAcronym(t.text))
  );
}

/** Two sides named as such: "hai bên", "hai nước", "hai Bộ", "hai Thủ tướng", "hai tỉnh". */
const TWO_SIDES =
  /(?<![\p{L}\p{M}])hai[ \t]+(?:bên|nước|phía|quốc[ \t]+gia|bộ|chính[ \t]+phủ|đảng|cơ[ \t]+quan|ngành|lực[ \t]+lượng|đơn[ \t]+vị|thủ[ \t]+tướng|bộ[ \t]+trưởng|nhà[ \t]+lãnh[ \t]+đạo|lãnh[ \t]+đạo|tổng[ \t]+thống|chủ[ \t]+tịch|quân[ \t]+đội|tỉnh|thành[ \t]+phố)(?![\p{L}\p{M}])/giu;
const SENTENCE_END = /[.!?\n]/gu;
/** How far from a head its sentence is read, each way. */
const SENTENCE_REACH = 300;

/** The first index of the sorted `xs` whose value is at least `x`. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "Hai bên nhất trí triển khai hiệu quả Chương trình hành động đến 2025": the head's sentence says that two
 * sides make or carry out the programme, so it is theirs, not one body's own plan. The text is read once for
 * the two sides and the sentence ends; each head then looks them up (binary search), so a text of many heads
 * in one long sentence costs no more than a short one.
 */
export class SentenceSides {
  /** Where each "hai bên"... starts and ends, in text order. */
  private starts: number[] | null = null;
  private stops: number[] = [];
  private ends: number[] = [];

  constructor(private readonly work: string) {}

  /** The sentence around [start, end), read at most SENTENCE_REACH characters each way, names two sides. */
  around(start: number, end: number): boolean {
    if (!this.starts) {
      this.starts = [];
      for (const m of this.work.matchAll(TWO_SIDES)) {
        this.starts.push(m.index);
        this.stops.push(m.index + m[0].length);
      }
      if (this.starts.length > 0) this.ends = [...this.work.matchAll(SENTENCE_END)].map((m) => m.index);
    }
    if (this.starts.length === 0) return false;
    const before = lowerBound(this.ends, start) - 1;
    const from = Math.max(before >= 0 ? this.ends[before]! + 1 : 0, start - SENTENCE_REACH);
    const after = lowerBound(this.ends, end);
    const to = Math.min(after < this.ends.length ? this.ends[after]! : this.work.length, end + SENTENCE_REACH);
    // Matches do not overlap, so the first one starting in the sentence is the one that may end inside it.
    const k = lowerBound(this.starts, from);
    return k < this.starts.length && this.starts[k]! < to && this.stops[k]! <= to;
  }
}
