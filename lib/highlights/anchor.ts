// Finds a kept highlight again in a text by what it says, not where it was: the quote with a little of the text
// before and after it (a W3C-style text quote selector). The same passage is found in the stored body text and in
// the article as the reader renders it, after a refresh of the digest moved it, in NFC or NFD, with either tone
// placement (hoà/hòa), with other white space or invisible characters, and the right one of repeated quotes.
import type { Highlight } from '../digest';

export type QuoteSelector = Pick<Highlight, 'quote' | 'prefix' | 'suffix' | 'start'>;

/** Offsets into the anchored text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** How much text on each side of a quote is kept, and compared, to tell repeated quotes apart. */
export const CONTEXT_CHARS = 32;
/** Occurrences of a quote (or of its context) examined at most: a pasted text repeating one word stays cheap. */
const MAX_CANDIDATES = 500;

/** A text folded for matching, with the original range of each folded character. */
export interface FoldedText {
  text: string;
  from: number[];
  to: number[];
}

const isMark = (c: number) => c >= 0x300 && c <= 0x36f;
/** Vietnamese tone marks (and the two deprecated tone code points): dropped, so tone placement does not matter. */
const isTone = (c: number) =>
  c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323 || c === 0x340 || c === 0x341;
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const SPACE = /\s/;

const folds = new Map<string, string>();

/** One character and its combining marks: decomposed, tones and white space dropped, lower case, Ð as đ (memoised: a
 * text uses a few hundred distinct characters). */
function foldCluster(cluster: string): string {
  let out = folds.get(cluster);
  if (out === undefined) {
    out = foldClusterOnce(cluster);
    if (folds.size < 10_000) folds.set(cluster, out);
  }
  return out;
}

function foldClusterOnce(cluster: string): string {
  let out = '';
  for (const ch of cluster.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (isTone(c) || isInvisible(c) || SPACE.test(ch)) continue;
    if (ch === 'Ð' || ch === 'ð') {
      out += 'đ';
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/**
 * The text with white space, invisible characters and tone marks removed, lower case, other marks decomposed; each
 * folded character remembers the original range of the character (with its marks) it came from. Linear.
 */
export function foldWithOffsets(input: string): FoldedText {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < input.length) {
    const start = i;
    const cp = input.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < input.length && isMark(input.charCodeAt(i))) i++;
    const folded = foldCluster(input.slice(start, i));
    for (let k = 0; k < folded.length; k++) {
      from.push(start);
      to.push(i);
    }
    if (folded) parts.push(folded);
  }
  return { text: parts.join(''), from, to };
}

/** The selector of text[start, end): the quote and up to CONTEXT_CHARS of text on each side. */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
  };
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < MAX_CANDIDATES; at = hay.indexOf(needle, at + 1))
    out.push(at);
  return out;
}

/** How many characters at the end of `a` and `b` agree, as a share of `a` (the kept context). */
function endAgreement(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.length ? n / a.length : 0;
}

function startAgreement(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.length ? n / a.length : 0;
}

/** Folded index of the first character at or after an original offset. */
function foldedIndexOf(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.from[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface AnchorOptions {
  /** Where the quote is expected, as an offset into the text (default: the selector's start); breaks ties only. */
  near?: number | null;
}

/**
 * Where the selector's quote is in `text`, or null when it is no longer there. Among repeated occurrences the one
 * whose surrounding text agrees best with the kept prefix and suffix wins, then the one nearest the expected place.
 * When the quote itself was edited (a refreshed article), the passage between its unchanged prefix and suffix is
 * taken if its length is close to the quote's.
 */
export function anchorQuote(
  text: string | FoldedText,
  selector: QuoteSelector,
  options: AnchorOptions = {},
): TextRange | null {
  const hay = typeof text === 'string' ? foldWithOffsets(text) : text;
  const needle = foldWithOffsets(selector.quote).text;
  if (!needle || !hay.text) return null;
  const before = foldWithOffsets(selector.prefix).text.slice(-CONTEXT_CHARS);
  const after = foldWithOffsets(selector.suffix).text.slice(0, CONTEXT_CHARS);
  const near = options.near ?? selector.start;
  const expected = near === null || near === undefined ? null : foldedIndexOf(hay, near);
  const range = (s: number, e: number): TextRange => ({ start: hay.from[s]!, end: hay.to[e - 1]! });

  const found = occurrences(hay.text, needle);
  if (found.length === 0) return contextAnchor(hay, before, after, needle.length, range);
  let best = -1;
  let bestScore = -Infinity;
  for (const at of found) {
    const end = at + needle.length;
    // An empty kept prefix means the quote began the text: a candidate there agrees fully, elsewhere it is neutral.
    const pre = before ? endAgreement(before, hay.text.slice(Math.max(0, at - before.length), at)) : at === 0 ? 1 : 0.5;
    const post = after
      ? startAgreement(after, hay.text.slice(end, end + after.length))
      : end === hay.text.length
        ? 1
        : 0.5;
    const distance = expected === null ? 0 : Math.abs(at - expected) / hay.text.length;
    const score = pre + post - distance * 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return range(best, best + needle.length);
}

/** The quote is gone: the text between its kept prefix and suffix, when both are still there and near each other. */
function contextAnchor(
  hay: FoldedText,
  before: string,
  after: string,
  length: number,
  range: (s: number, e: number) => TextRange,
): TextRange | null {
  const MIN_CONTEXT = 8;
  if (before.length < MIN_CONTEXT || after.length < MIN_CONTEXT) return null;
  const slack = Math.max(10, Math.round(length * 0.5));
  const starts = occurrences(hay.text, before).map((at) => at + before.length);
  const ends = occurrences(hay.text, after);
  let best: [number, number] | null = null;
  let bestGap = Infinity;
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s) continue;
      const gap = Math.abs(e - s - length);
      if (gap <= slack && gap < bestGap) {
        bestGap = gap;
        best = [s, e];
      }
    }
  }
  return best ? range(best[0], best[1]) : null;
}
