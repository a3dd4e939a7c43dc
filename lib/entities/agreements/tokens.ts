// Tokens of the text around agreement names: words, numbers, dashes, "(...)" and punctuation that ends a
// name. Each token is read once (TokenCache) however many heads' scans overlap. Also what a parenthesised
// acronym looks like.
export type TokType = 'word' | 'num' | 'dash' | 'paren' | 'stop';

export interface Token {
  type: TokType;
  text: string;
  start: number;
  end: number;
  /** Lower-case form (words). */
  lower: string;
  /** Starts with a capital letter (words). */
  cap: boolean;
  /** An acronym by isAcronymWord ("EVFTA", "LHQ", "G20", "MoU"). */
  acr: boolean;
  /** Inside of a parenthesis (paren tokens). */
  content: string;
}

const TOKEN = /[ \t]*(?:(\p{L}[\p{L}\p{M}\p{N}]*)|(\d+(?:[.,]\d+)*)|([-‐‑‒–—―/])|(\(([^()\n]{1,40})\))|([^ \t]))/uy;

/**
 * Acronyms are Latin capitals and digits (Đ allowed: "QĐND", "TNCĐ"), or "MoU". A word in capitals with
 * other Vietnamese letters ("THƯƠNG", "HIỆP") is a word of a title written in capitals, not an acronym.
 */
export const isAcronymWord = (w: string) => /^[A-ZĐ][A-ZĐ0-9]+$/u.test(w) || w === 'MoU';

/**
 * A word that cannot be one Vietnamese syllable, so a foreign proper name ("Paris", "Geneva", "Minsk",
 * "Lisbon", "Astana"): a syllable has one group of vowels and ends in a vowel, c, ch, m, n, ng, nh, p or t.
 */
export function isForeignWord(word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  if (!/^[a-z]+$/.test(bare)) return false;
  if (/[fjwz]/.test(bare) || (bare.match(/[aeiouy]+/g) ?? []).length !== 1) return true;
  return !/(?:[aeiouy]|c|ch|m|n|ng|nh|p|t)$/.test(bare);
}

function readToken(text: string, at: number): Token | null {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (!m || m[0].length === 0) return null;
  const end = m.index + m[0].length;
  const body = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? '';
  const start = end - body.length;
  if (m[1]) {
    // toLowerCase: Vietnamese has no locale-specific case mappings, and the locale-aware call is much slower.
    const lower = body.toLowerCase();
    const cap = body[0] !== lower[0];
    const acr = isAcronymWord(body);
    return { type: 'word', text: body, start, end, lower, cap, acr, content: '' };
  }
  if (m[2] || m[3])
    return { type: m[2] ? 'num' : 'dash', text: body, start, end, lower: '', cap: false, acr: false, content: '' };
  if (m[4]) return { type: 'paren', text: body, start, end, lower: '', cap: false, acr: false, content: m[5]!.trim() };
  // Anything else (punctuation, a quote, a line break) is a 'stop'; white space other than spaces and tabs
  // is one too, so a name never runs over a line break.
  return { type: 'stop', text: body, start, end, lower: '', cap: false, acr: false, content: '' };
}

/**
 * The tokens of one text, each read once: `at(pos)` is the token that starts at `pos` or after the spaces
 * there (null at the end of the text). Scans of overlapping names ("Hiệp định Hiệp định ...") share them, and
 * text far from any head is never tokenised.
 */
export class TokenCache {
  /** By position: an array, not a Map (a Map's hashing and growth cost more than the scans on big texts). */
  private readonly tokens: Array<Token | null | undefined>;

  constructor(readonly text: string) {
    this.tokens = new Array<Token | null | undefined>(text.length + 1);
  }

  at(pos: number): Token | null {
    let t = this.tokens[pos];
    if (t === undefined) {
      t = readToken(this.text, pos);
      this.tokens[pos] = t;
    }
    return t;
  }
}

export interface ParenAcronym {
  acronym: string;
  year: number | null;
}

const PAREN_ACRONYM = /^([A-ZĐ][A-Za-zĐ0-9]*(?:[-/ ][A-ZĐ][A-Za-zĐ0-9]*){0,2})(?:[ \t]+(?:năm[ \t]+)?(\d{2,4}))?$/u;

/**
 * "(UNCLOS)", "(UNCLOS 1982)", "(VN-EAEU FTA)", "(MoU)", and a short form of several words that holds an
 * acronym beside foreign words ("(New START)"); not "(sửa đổi)", "(Ảnh: ...)", "(Theo AFP)" (a Vietnamese word).
 */
export function parseParenAcronym(content: string): ParenAcronym | null {
  const m = PAREN_ACRONYM.exec(content);
  if (!m) return null;
  const acronym = m[1]!;
  const words = acronym.split(/[-/ ]/u);
  const acronyms = words.filter((w) => (w.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}{2,}/u.test(w));
  // Every word is an acronym, or the acronym stands beside capitalised foreign words only.
  const shortForm =
    acronyms.length === words.length ||
    (acronyms.length > 0 && words.every((w) => acronyms.includes(w) || (/^[A-Z][a-z]+$/u.test(w) && isForeignWord(w))));
  if (!shortForm || (acronym.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  const y = m[2] ? Number(m[2]) : NaN;
  return { acronym, year: y >= 1900 && y <= 2099 ? y : null };
}
