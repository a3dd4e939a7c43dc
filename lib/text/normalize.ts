// Vietnamese text normalisation shared by extraction, entities and search.
// Display text keeps the page's spelling; keys (for matching and search) fold the variants away.

/** Zero-width characters and the BOM: invisible, but they split words and break matching. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Non-breaking and other exotic spaces that should behave like a plain space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Any UTF-16 code unit outside ASCII (surrogate halves included). */
const NON_ASCII = /[\u0080-\uFFFF]/;
/** Plain ASCII: no accents, no exotic spaces, nothing NFC or NFD would change (the fast paths below). */
export const isAscii = (input: string): boolean => !NON_ASCII.test(input);
/** Vietnamese tone marks as combining characters (NFD). */
const TONE = '\u0300\u0301\u0303\u0309\u0323';
const TONE_MARK = new RegExp(`[${TONE}]`, 'u');

/**
 * Clean text for display and storage: NFC, `Ð`/`ð` (Icelandic eth, a common stand-in) to `Đ`/`đ`,
 * non-breaking spaces to spaces, zero-width characters removed. Keeps tone placement and case.
 */
export function cleanText(input: string): string {
  // Plain ASCII (most text of English pages) is already clean: no pass over it allocates a copy.
  if (!NON_ASCII.test(input)) return input;
  return input.normalize('NFC').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
}

/** cleanText, then runs of white space collapsed to one space and the ends trimmed. */
export function cleanInline(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

/**
 * Move the tone mark of open "oa", "oe" and "uy" syllables to one canonical place, so that the old and the
 * new placement (hoà/hòa, thoả/thỏa, uỷ/ủy, khoẻ/khỏe) become the same string. The canonical form puts the
 * mark on the second vowel (hoà, thoả, uỷ). Returns NFC text.
 */
export function canonicalTones(input: string): string {
  const nfd = input.normalize('NFD');
  // o/u carrying the tone directly (no circumflex/horn in between), then a/e/y, then the end of the syllable.
  const moved = nfd.replace(
    new RegExp(`([oOuU])([${TONE}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu'),
    (_m, first: string, tone: string, second: string) => {
      const pair = (first + second).toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return first + tone + second;
      return first + second + tone;
    },
  );
  return moved.normalize('NFC');
}

/**
 * Key for matching names and terms: cleaned, canonical tone placement, lower case, dashes unified and
 * spaced, white space collapsed. "Thoả thuận  Việt Nam-EU" and "thỏa thuận Việt Nam – EU" get the same key.
 */
export function matchKey(input: string): string {
  return (
    canonicalTones(cleanText(input))
      .toLocaleLowerCase('vi')
      // White space collapsed before the dashes are spaced: /\s*-\s*/ retried a long run of spaces from each one.
      .replace(/\s+/g, ' ')
      .replace(/ ?[-‐‑‒–—―] ?/g, ' - ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/**
 * Key for diacritic-insensitive search: every accent removed, đ to d, lower case, punctuation to spaces.
 * "Hoàng Xuân Chiến", "HOANG XUAN CHIEN" and "hoang  xuan chien" all give "hoang xuan chien".
 */
export function foldForSearch(input: string): string {
  // Plain ASCII has no accents to remove and no letters or digits outside [a-z0-9]: the same key without the
  // Unicode passes (extraction folds every short line of an English page).
  if (isAscii(input))
    return input
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return cleanText(input)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text carries any Vietnamese tone mark (a cheap language signal). */
export function hasToneMark(input: string): boolean {
  return TONE_MARK.test(input.normalize('NFD'));
}

/**
 * Clean text for entity extraction while remembering where each cleaned character came from, so that
 * offsets found in the cleaned text can be reported in the caller's (NFC) text.
 * `map[i]` is the offset in the NFC input of cleaned character i; `map[cleaned.length]` is the input length.
 */
export function cleanWithOffsets(input: string): { text: string; map: number[]; source: string } {
  const source = input.normalize('NFC');
  // One pass over UTF-16 code units (everything replaced or dropped is in the BMP), with no regex per
  // character: this runs on every article body before entity extraction.
  const parts: string[] = [];
  const map: number[] = [];
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) parts.push(source.slice(runStart, end));
    for (let k = runStart; k < end; k++) map.push(k);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0xa0) continue;
    let out: string | null;
    if (isZeroWidth(c)) out = '';
    else if (isOddSpace(c)) out = ' ';
    else if (c === 0xd0) out = 'Đ';
    else if (c === 0xf0) out = 'đ';
    else continue;
    flush(i);
    if (out) {
      parts.push(out);
      map.push(i);
    }
    runStart = i + 1;
  }
  flush(source.length);
  map.push(source.length);
  return { text: parts.join(''), map, source };
}

function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function isOddSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
