// Tokens of the text after an agreement's head word: words, numbers, dashes, "(...)" and punctuation that
// ends a name. Also what a parenthesised acronym looks like.
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
/** Longer than any real name (the longest in the seeds is 35 tokens); bounds the work per head. */
const MAX_TOKENS = 60;

/**
 * Acronyms are Latin capitals and digits (Đ allowed: "QĐND", "TNCĐ"), or "MoU". A word in capitals with
 * other Vietnamese letters ("THƯƠNG", "HIỆP") is a word of a title written in capitals, not an acronym.
 */
export const isAcronymWord = (w: string) => /^[A-ZĐ][A-ZĐ0-9]+$/u.test(w) || w === 'MoU';

export function tokenize(text: string, from: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  while (out.length < MAX_TOKENS && TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) break;
    const end = m.index + m[0].length;
    const body = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? '';
    const start = end - body.length;
    if (m[1]) {
      const lower = body.toLocaleLowerCase('vi');
      out.push({ type: 'word', text: body, start, end, lower, cap: body[0] !== lower[0], acr: isAcronymWord(body), content: '' });
    } else if (m[2] || m[3]) {
      out.push({ type: m[2] ? 'num' : 'dash', text: body, start, end, lower: '', cap: false, acr: false, content: '' });
    } else if (m[4]) {
      out.push({ type: 'paren', text: body, start, end, lower: '', cap: false, acr: false, content: m[5]!.trim() });
    } else {
      out.push({ type: 'stop', text: body, start, end, lower: '', cap: false, acr: false, content: '' });
      break;
    }
    if (TOKEN.lastIndex === at) break;
  }
  return out;
}

export interface ParenAcronym {
  acronym: string;
  year: number | null;
}

const PAREN_ACRONYM = /^([A-ZĐ][A-Za-zĐ0-9]*(?:[-/ ][A-ZĐ][A-ZĐ0-9]*){0,2})(?:[ \t]+(?:năm[ \t]+)?(\d{2,4}))?$/u;

/** "(UNCLOS)", "(UNCLOS 1982)", "(VN-EAEU FTA)", "(MoU)"; not "(sửa đổi)" nor "(Ảnh: ...)". */
export function parseParenAcronym(content: string): ParenAcronym | null {
  const m = PAREN_ACRONYM.exec(content);
  if (!m) return null;
  const acronym = m[1]!;
  if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2 || /\p{Ll}{2,}/u.test(acronym)) return null;
  const y = m[2] ? Number(m[2]) : NaN;
  return { acronym, year: y >= 1900 && y <= 2099 ? y : null };
}

