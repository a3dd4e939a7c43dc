// Word tokens of the cleaned article text, with what the people rules need to know about each one.
// Hyphens split tokens ("Seherr-Thoss" is two tokens joined by the gap "-"), so "Bà Rịa-Vũng Tàu" can be seen
// as two places and a hyphenated name still reads as one name.

import { isVietSyllable } from './syllable';

export interface Token {
  /** Offsets into the cleaned text. */
  s: number;
  e: number;
  /** Display spelling (cleaned text). */
  text: string;
  /** Lower case with canonical tone placement: the key for lexicon look-ups. */
  low: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronym, or a name written in capitals). */
  upper: boolean;
  /** Letters only. */
  alpha: boolean;
  /** Text between the previous token and this one ('' for the first). */
  gap: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?/gu;
const LETTERS = /^[\p{L}\p{M}'’]+$/u;

const GLUED = /^(\p{Lu}?[\p{Ll}\p{M}]+)(\p{Lu}[\p{Ll}\p{M}]+)$/u;

/**
 * "QuốcNgụy", "ThủyTheo": two Vietnamese words whose space was lost (a line break dropped by the source); the
 * offset of the second, or 0. Foreign words with an inner capital ("McDonald", "VinFuture", "DeSantis") stay whole:
 * both halves must be Vietnamese syllables.
 */
function glued(word: string): number {
  // Cheap test first: a lower-case letter followed by a capital somewhere inside the word.
  let inner = false;
  for (let k = 1; k < word.length && !inner; k++) {
    const c = word[k]!;
    inner = c !== c.toLowerCase() && word[k - 1] !== word[k - 1]!.toUpperCase();
  }
  if (!inner) return 0;
  const m = GLUED.exec(word);
  if (!m) return 0;
  return isVietSyllable(m[1]!.toLowerCase()) && isVietSyllable(m[2]!.toLowerCase()) && /[^a-z]/i.test(word) ? m[1]!.length : 0;
}

/** Tokenise `text` (cleaned, NFC); `canon` is canonicalTones(text), of the same length. */
export function tokenize(text: string, canon: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  const push = (s: number, e: number) => {
    const word = text.slice(s, e);
    const first = word[0]!;
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const alpha = LETTERS.test(word);
    const upper = alpha && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    out.push({ s, e, text: word, low: canon.slice(s, e).toLowerCase(), cap, upper, alpha, gap: text.slice(prevEnd, s) });
    prevEnd = e;
  };
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = glued(m[0]);
    if (at > 0) {
      push(m.index, m.index + at);
      push(m.index + at, m.index + m[0].length);
    } else push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Gap inside a phrase: spaces or a hyphen, never a line break or other punctuation. */
export function isJoiningGap(gap: string): boolean {
  return /^(?:[ \t]+|[ \t]*[-‐‑–][ \t]*)$/u.test(gap);
}

/** Gap inside a name: plain spaces, or a hyphen with no spaces ("Seherr-Thoss", "Sa-myeong"). */
export function isNameGap(gap: string): boolean {
  return /^(?:[ \t]+|[-‐‑])$/u.test(gap);
}
