// Search tokens: the words of foldForSearch, and the same words with their offsets in the ORIGINAL text so
// matches can be highlighted in the accented spelling the user reads. Indexing 10,000 article bodies makes
// speed matter here: one pass over UTF-16 code units with a per-character table instead of whole-string
// Unicode normalisation (which is 4× slower), giving the same words as foldForSearch.
import { foldForSearch } from '../text/normalize';

export interface OffsetToken {
  /** The folded word (what the index stores). */
  token: string;
  /** UTF-16 offsets of the word in the original text, combining marks included. */
  start: number;
  end: number;
}

/** '' for marks and invisible characters (they join the word), ' ' for separators, else the folded letters. */
const bmpTable: (string | undefined)[] = new Array(65536);
const astralCache = new Map<string, string>();

function computeFold(ch: string): string {
  // "a" guards keep foldForSearch from trimming: "a a" is a separator, "aa" a mark or invisible char.
  const f = foldForSearch(`a${ch}a`);
  if (f === 'aa') return '';
  if (f.length > 2 && f.startsWith('a') && f.endsWith('a') && !f.slice(1, -1).includes(' ')) return f.slice(1, -1);
  return ' ';
}

function foldUnit(code: number): string {
  let f = bmpTable[code];
  if (f === undefined) {
    f = computeFold(String.fromCharCode(code));
    bmpTable[code] = f;
  }
  return f;
}

function foldAstral(pair: string): string {
  let f = astralCache.get(pair);
  if (f === undefined) {
    f = computeFold(pair);
    if (astralCache.size < 10_000) astralCache.set(pair, f);
  }
  return f;
}

/**
 * Call `each(token, start, end)` for every word of `text` in order; stop early when it returns false.
 * Tokens equal `foldForSearch(text).split(' ')`.
 */
export function forEachToken(text: string, each: (token: string, start: number, end: number) => boolean | void): void {
  let token = '';
  let start = -1;
  let end = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let width = 1;
    let f: string;
    if (c < 128) {
      // ASCII fast path: letters lower-cased, digits kept, everything else separates.
      if (c >= 97 && c <= 122) f = text[i]!;
      else if (c >= 65 && c <= 90) f = String.fromCharCode(c + 32);
      else if (c >= 48 && c <= 57) f = text[i]!;
      else f = ' ';
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      width = 2;
      f = foldAstral(text.slice(i, i + 2));
    } else {
      f = foldUnit(c);
    }
    if (f === '') {
      if (start >= 0) end = i + width;
    } else if (f === ' ') {
      if (start >= 0) {
        if (each(token, start, end) === false) return;
        token = '';
        start = -1;
      }
    } else {
      if (start < 0) start = i;
      token += f;
      end = i + width;
    }
    i += width;
  }
  if (start >= 0) each(token, start, end);
}

/** Words of `text` with their offsets in `text`. */
export function tokensWithOffsets(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  forEachToken(text, (token, start, end) => {
    out.push({ token, start, end });
  });
  return out;
}

/** Folded words of `text` (diacritics, case, tone placement, NFD and Ð folded away). */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (token) => {
    out.push(token);
  });
  return out;
}
