// What stands around a head word and decides whether it opens an agreement's name: the words right before it
// (the name of a law or a body, a plural, a draft, a signing verb), and what its name says (a proper name, a
// class of agreements, a domestic instrument).
import { canonicalTones } from '../../text';
import { isNotAgreementAcronym } from './known';
import type { ScanContext } from './scan';
import { BLOCKING_PREDECESSORS, PLURAL_PREDECESSORS, TYPE_WORDS } from './words';

export const capital = (w: string) => w[0] !== w[0]!.toLowerCase();

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && WORD_CHAR.test(c));

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

/** "các hiệp định", "12 Hiệp định", "những thỏa thuận": a class of agreements, not one. */
export function pluralBefore(w: WordsBefore | null): boolean {
  return !!w && (/^\d+$/.test(w.last) || PLURAL_PREDECESSORS.has(w.last) || PLURAL_PREDECESSORS.has(w.lastTwo));
}

/** "dự thảo thỏa thuận về Brexit": a draft, not an instrument yet. */
export const draftBefore = (work: string, start: number) => /(?<![\p{L}\p{M}])dự[ \t]+thảo[ \t]+$/iu.test(work.slice(Math.max(0, start - 12), start));

/**
 * "ký kết Chương trình phối hợp", "Lễ ký Kế hoạch hợp tác", "Lễ ký kết hợp tác tuyên truyền Chương trình ...":
 * a signing verb at most three words before the head, in the same clause.
 */
export const signedBefore = (work: string, start: number) =>
  /(?<![\p{L}\p{M}])(?:ký|kí)(?:[ \t]+(?:kết|tắt))?(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+$/iu.test(work.slice(Math.max(0, start - 40), start));

/** The words of a name after its head, lower case with canonical tone placement. */
export const wordsAfterHead = (name: string, head: string) =>
  [...canonicalTones(name.slice(head.length)).toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => m[0]);

/** The name says more than the kind of instrument: a capitalised word or acronym outside the type words. */
export function properlyNamed(name: string, head: string): boolean {
  const rest = name.slice(head.length);
  return [...rest.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)].some((m) => capital(m[0]) && !TYPE_WORDS.has(canonicalTones(m[0].toLowerCase())));
}

/** A capitalised word (not a head) or an agreement acronym right after `pos`. */
export function properNameAt(ctx: ScanContext, pos: number): boolean {
  const t = ctx.tokens.at(pos);
  return !!t && t.type === 'word' && (t.cap || t.acr) && !ctx.isHead(t.start) && !(t.acr && isNotAgreementAcronym(t.text));
}
