// Search tokens: the words of foldForSearch, and the same words with their offsets in the ORIGINAL text so
// matches can be highlighted in the accented spelling the user reads. Indexing 10,000 article bodies makes
// speed matter here: one pass over UTF-16 code units with a per-character table instead of whole-string
// Unicode normalisation (which is 4× slower), giving the same words as foldForSearch.
import { canonicalTones, cleanText, foldForSearch } from '../text';

export interface OffsetToken {
  /** The folded word (what the index stores). */
  token: string;
  /** UTF-16 offsets of the word in the original text, combining marks included. */
  start: number;
  end: number;
  /** Written in ASCII only (no diacritics). */
  plain: boolean;
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
 * Call `each(token, start, end, plain)` for every word of `text` in order; stop early when it returns false.
 * Tokens equal `foldForSearch(text).split(' ')`; `plain` is true when the word was written in ASCII only
 * (nothing was folded away but case), so its accented spelling is the token itself.
 */
export function forEachToken(
  text: string,
  each: (token: string, start: number, end: number, plain: boolean) => boolean | void,
): void {
  // While a word is plain ASCII its folded form is the slice lower-cased: no string is built letter by
  // letter until the first letter that needs folding.
  let token = '';
  let start = -1;
  let end = -1;
  let plain = true;
  const n = text.length;
  const emit = () => each(plain ? lowerAscii(text.slice(start, end)) : token, start, end, plain);
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII: letters and digits belong to the word, everything else separates.
      const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      if (alnum) {
        if (start < 0) {
          start = i;
          plain = true;
        }
        if (!plain) token += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!;
        end = i + 1;
      } else if (start >= 0) {
        if (emit() === false) return;
        start = -1;
      }
      i++;
      continue;
    }
    let width = 1;
    let f: string;
    // A surrogate pair is one character; a lone surrogate (broken text) is one unit on its own.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      width = 2;
      f = foldAstral(text.slice(i, i + 2));
    } else {
      f = foldUnit(c);
    }
    if (f === ' ') {
      if (start >= 0) {
        if (emit() === false) return;
        start = -1;
      }
    } else if (f === '' && start < 0) {
      // A mark or invisible character before any letter: nothing to join.
    } else {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (plain) {
        token = lowerAscii(text.slice(start, i));
        plain = false;
      }
      token += f;
      end = i + width;
    }
    i += width;
  }
  if (start >= 0) emit();
}

/** Lower case of an ASCII string (toLowerCase only when there is an upper-case letter). */
function lowerAscii(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.toLowerCase();
  }
  return s;
}

/** Words of `text` with their offsets in `text`. */
export function tokensWithOffsets(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  forEachToken(text, (token, start, end, plain) => {
    out.push({ token, start, end, plain });
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

const accentForms = new Map<string, string>();

/**
 * A word as written, in one comparable form: NFC, Ð as Đ, invisible characters dropped, canonical tone
 * placement (hoà = hòa), lower case. Two spellings with the same form carry the same diacritics.
 * Memoised: a library has far fewer distinct written words than word occurrences.
 */
export function accentForm(raw: string): string {
  let form = accentForms.get(raw);
  if (form === undefined) {
    form = canonicalTones(cleanText(raw)).toLocaleLowerCase('vi');
    if (accentForms.size < 200_000) accentForms.set(raw, form);
  }
  return form;
}
