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

// An English possessive ending ("Mugabe's", "Abbott’s") is no part of the word: it stays in the next token's gap, so
// "Mugabe's" and "Mugabe" are one name and a possessive never joins a name run ("Ma Rainey's Black Bottom").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’](?!s(?![\p{L}\p{M}]))[\p{L}\p{M}]+)?/gu;
const LETTERS = /^[\p{L}\p{M}'’]+$/u;
/** A capitalised word with an English possessive: "Abbott’s", "Lucas's" (two letters or more before it). */
const POSSESSIVE = /^\p{Lu}[\p{L}\p{M}]+['’]s$/u;

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
  // ("HCMTiền": a capital after capitals is no lower-to-upper step; the acronym shape is tested on its own.)
  if (!inner && ACRONYM_GLUED.test(word)) return acronymGlued(word);
  if (!inner) return word.length > 4 && VIET_LETTER.test(word) ? gluedLower(word) : 0;
  const m = GLUED.exec(word);
  if (!m) return ACRONYM_GLUED.test(word) ? acronymGlued(word) : 0;
  return isVietSyllable(m[1]!.toLowerCase()) && isVietSyllable(m[2]!.toLowerCase()) && /[^a-z]/i.test(word)
    ? m[1]!.length
    : 0;
}

/** Letters only Vietnamese writes (a word holding one is Vietnamese, whatever its case). */
const VIET_LETTER =
  /[\u0300\u0301\u0303\u0309\u0323ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/**
 * "Trọngmong", "vắc xin28" aside: a Vietnamese word (it holds a Vietnamese letter) that is no syllable but two
 * syllables glued by a lost space; the offset of the second, or 0. The first syllable keeps its tone mark, so
 * the split is where both halves are syllables and the second has no tone of its own or starts a new onset.
 */
function gluedLower(word: string): number {
  const low = word.toLowerCase();
  if (isVietSyllable(low)) return 0;
  for (let k = 2; k <= low.length - 2; k++) {
    if (!isVietSyllable(low.slice(0, k)) || !isVietSyllable(low.slice(k))) continue;
    // "Neáng", "Néang" (a Khmer woman's name prefix): a vowel run cut in two is one syllable of a minority
    // language's spelling, not two words glued (a lost space between two vowels is rare; "Trọngmong" is split).
    if (VOWEL.test(low[k - 1]!) && VOWEL.test(low[k]!)) continue;
    return k;
  }
  return 0;
}

const VOWEL = /^[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]$/u;

/** "HCMTiền": an acronym glued to a capitalised Vietnamese word (a caption or dateline lost its space). */
const ACRONYM_GLUED = /^\p{Lu}{2,}\p{Lu}[\p{Ll}\p{M}]+$/u;
function acronymGlued(word: string): number {
  // The acronym ends one letter before the first lower-case letter.
  let k = 0;
  while (k < word.length && word[k] !== word[k]!.toLowerCase()) k++;
  const at = k - 1;
  return at >= 2 && isVietSyllable(word.slice(at).toLowerCase()) && VIET_LETTER.test(word.slice(at)) ? at : 0;
}

/** Tokenise `text` (cleaned, NFC); `canon` is canonicalTones(text), of the same length. */
export function tokenize(text: string, canon: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  // What a spelling is (case, letters, its lower-case canonical key) is decided once per spelling.
  const kinds = new Map<string, { low: string; cap: boolean; upper: boolean; alpha: boolean }>();
  const push = (s: number, e: number) => {
    const word = text.slice(s, e);
    let kind = kinds.get(word);
    if (!kind) {
      const first = word[0]!;
      const cap = first !== first.toLowerCase() && first === first.toUpperCase();
      const alpha = LETTERS.test(word);
      const upper = alpha && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
      kind = { low: canon.slice(s, e).toLowerCase(), cap, upper, alpha };
      if (kinds.size < 50_000) kinds.set(word, kind);
    }
    out.push({
      s,
      e,
      text: word,
      low: kind.low,
      cap: kind.cap,
      upper: kind.upper,
      alpha: kind.alpha,
      gap: text.slice(prevEnd, s),
    });
    prevEnd = e;
  };
  // Words recur: decide each spelling's split once.
  const splits = new Map<string, number>();
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // The "s" of a possessive ending right after its word stays in the gap.
    if (m[0] === 's' && m.index - 1 === prevEnd && prevEnd > 0 && /['’]/.test(text[prevEnd]!)) continue;
    let at = splits.get(m[0]);
    if (at === undefined) {
      at = glued(m[0]);
      if (splits.size < 50_000) splits.set(m[0], at);
    }
    // "Tony Abbott’s": an English possessive is not part of the name (the "’s" goes to the next gap).
    const end = m.index + m[0].length;
    if (at === 0 && POSSESSIVE.test(m[0])) {
      push(m.index, end - 2);
      continue;
    }
    if (at > 0) {
      push(m.index, m.index + at);
      push(m.index + at, m.index + m[0].length);
    } else push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Gap inside a phrase: spaces or a hyphen, never a line break or other punctuation. */
export function isJoiningGap(gap: string): boolean {
  // (One space is by far the most common gap: answered without the pattern.)
  return gap === ' ' || /^(?:[ \t]+|[ \t]*[-‐‑–][ \t]*)$/u.test(gap);
}

/** Gap inside a name: plain spaces, or a hyphen with no spaces ("Seherr-Thoss", "Sa-myeong"). */
export function isNameGap(gap: string): boolean {
  return gap === ' ' || /^(?:[ \t]+|[-‐‑])$/u.test(gap);
}
