// Where does an agreement's name end? Given the text after a capitalised head word, read the complement
// token by token: capitalised words, acronyms, numbers and years, dashes ("Việt Nam - EU"), connectors that
// build a name ("về", "giữa", "của" + a capital, "và" + a capital), descriptive lower-case words, up to a
// parenthesised acronym, a clause boundary or a word that starts the rest of the sentence.
import { headAt } from './heads';
import { isNotAgreementAcronym, knownByAcronym } from './known';
import {
  ANAPHORA,
  CONNECT_ALWAYS,
  CONNECT_BEFORE_CAPITAL,
  CONNECT_BEFORE_CAPITAL_OR_PLURAL,
  CONNECT_PERIOD,
  DETERMINERS,
  PLURALS,
  STOP_WORDS,
} from './words';

type TokType = 'word' | 'num' | 'dash' | 'paren' | 'stop';

export interface Token {
  type: TokType;
  text: string;
  start: number;
  end: number;
  /** Lower-case form (words). */
  lower: string;
  /** Starts with a capital letter (words). */
  cap: boolean;
  /** All capitals and digits, two or more letters ("EVFTA", "LHQ", "G20"), or "MoU". */
  acr: boolean;
  /** Inside of a parenthesis (paren tokens). */
  content: string;
}

const TOKEN = /[ \t]*(?:(\p{L}[\p{L}\p{M}\p{N}]*)|(\d+(?:[.,]\d+)*)|([-‐‑‒–—―/])|(\(([^()\n]{1,40})\))|([^ \t]))/uy;
const MAX_TOKENS = 70;

export const isAcronymWord = (w: string) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) || w === 'MoU';

export function tokenize(text: string, from: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  while (out.length < MAX_TOKENS && TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) break;
    const start = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? '').length;
    const base = { start, end: m.index + m[0].length, lower: '', cap: false, acr: false, content: '' };
    if (m[1]) {
      const w = m[1];
      out.push({ ...base, type: 'word', text: w, lower: w.toLocaleLowerCase('vi'), cap: w[0] !== w[0]!.toLocaleLowerCase('vi'), acr: isAcronymWord(w) });
    } else if (m[2]) out.push({ ...base, type: 'num', text: m[2] });
    else if (m[3]) out.push({ ...base, type: 'dash', text: m[3] });
    else if (m[4]) out.push({ ...base, type: 'paren', text: m[4], content: m[5]!.trim() });
    else {
      out.push({ ...base, type: 'stop', text: m[6] ?? '' });
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

const PAREN_ACRONYM = /^(\p{Lu}[\p{L}\p{N}]*(?:[-/ ]\p{Lu}[\p{Lu}\p{N}]*)?)(?:[ \t]+(?:năm[ \t]+)?(\d{2,4}))?$/u;

/** "(UNCLOS)", "(UNCLOS 1982)", "(VN-EAEU FTA)", "(MoU)"; not "(sửa đổi)" nor "(Ảnh: ...)". */
export function parseParenAcronym(content: string): ParenAcronym | null {
  const m = PAREN_ACRONYM.exec(content);
  if (!m) return null;
  const acronym = m[1]!;
  if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2 || /\p{Ll}{2,}/u.test(acronym)) return null;
  const y = m[2] ? Number(m[2]) : NaN;
  return { acronym, year: y >= 1900 && y <= 2099 ? y : null };
}

const yearOf = (t: Token | undefined) => {
  if (t?.type !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2099 ? y : null;
};

/** A year right after position i: "1982" or "năm 1982". */
function yearAt(toks: Token[], i: number): { year: number; last: number } | null {
  const direct = yearOf(toks[i]);
  if (direct) return { year: direct, last: i };
  if (toks[i]?.lower === 'năm') {
    const y = yearOf(toks[i + 1]);
    if (y) return { year: y, last: i + 1 };
  }
  return null;
}

export interface NameScan {
  /** End of the name (after the last word that belongs to it). */
  nameEnd: number;
  /** End of the whole mention: the name plus "(ACRONYM)" and a year written after it. */
  mentionEnd: number;
  acronym: string | null;
  /** A year written with the acronym ("(UNCLOS) 1982", "(UNCLOS 1982)", "UNCLOS năm 1982"). */
  acronymYear: number | null;
}

type Part = 'cap' | 'acr' | 'low' | 'num' | 'dash' | 'conn';

/**
 * Read the name that follows a head ending at `from`. Returns null when what follows is not a specific name
 * (no capitalised word, acronym or number: "Tuyên bố rằng", "Công ước trên", "Thỏa thuận hợp tác").
 */
export function scanName(text: string, from: number): NameScan | null {
  const toks = tokenize(text, from);
  const parts: Array<{ tok: Token; part: Part }> = [];
  let specific = false;
  let acronym: string | null = null;
  let acronymYear: number | null = null;
  let mentionEnd = -1;
  /** The current stretch of the name began with a lower-case word ("đối tác và hợp tác toàn diện"). */
  let groupLower = false;
  let lastNumber = 0;
  let stoppedAtWord = false;
  const prev = () => parts[parts.length - 1]?.part;
  const accept = (tok: Token, part: Part) => parts.push({ tok, part });

  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (t.type === 'stop') break;
    if (t.type === 'dash') {
      if (parts.length > 0 && (next?.type === 'word' || next?.type === 'num')) {
        accept(t, 'dash');
        continue;
      }
      break;
    }
    if (t.type === 'num') {
      accept(t, 'num');
      specific = true;
      lastNumber = Number(t.text.replace(/[.,]/g, ''));
      continue;
    }
    if (t.type === 'paren') {
      const p = parseParenAcronym(t.content);
      if (!p) break;
      if (isNotAgreementAcronym(p.acronym)) {
        // "(EU)" in "Việt Nam - Liên minh châu Âu (EU)" is part of the name.
        if (parts.length === 0) break;
        accept(t, 'acr');
        continue;
      }
      acronym = p.acronym;
      acronymYear = p.year;
      mentionEnd = t.end;
      const y = yearAt(toks, i + 1);
      if (y) {
        acronymYear ??= y.year;
        mentionEnd = toks[y.last]!.end;
      }
      // "Bản ghi nhớ (MoU) về hợp tác ...": a generic acronym right after the head; the name goes on.
      if (parts.length === 0 && knownByAcronym(p.acronym)?.bare === 'never') {
        accept(t, 'acr');
        continue;
      }
      break;
    }
    // A word.
    const lw = t.lower;
    if (parts.length === 0) {
      if (!t.cap && ANAPHORA.has(lw)) return null;
      // "Hiệp định EVFTA", "Công ước FAL 65", "UNCLOS năm 1982": head + acronym is the whole name.
      if (t.acr && !isNotAgreementAcronym(t.text) && !(next?.type === 'dash' && toks[i + 2]?.type === 'word')) {
        acronym = t.text;
        accept(t, 'acr');
        specific = true;
        const y = yearAt(toks, i + 1);
        if (y) {
          acronymYear = y.year;
          for (let k = i + 1; k <= y.last; k++) accept(toks[k]!, 'num');
        } else if (next?.type === 'num' && next.text.length <= 2) accept(next, 'num');
        break;
      }
    }
    if (t.cap || t.acr) {
      if (parts.length === 0 || prev() === 'conn') groupLower = false;
      accept(t, t.acr ? 'acr' : 'cap');
      specific = true;
      continue;
    }
    const nextWord = next?.type === 'word' ? next : undefined;
    if (CONNECT_ALWAYS.has(lw)) {
      if (!nextWord && next?.type !== 'num') break;
      if (lw === 'về' && nextWord && PLURALS.has(nextWord.lower)) break;
      accept(t, 'conn');
      groupLower = !!nextWord && !nextWord.cap && !nextWord.acr;
      continue;
    }
    if (CONNECT_PERIOD.has(lw)) {
      if (lw === 'giai' && nextWord?.lower === 'đoạn' && toks[i + 2]?.type === 'num') {
        accept(t, 'conn');
        accept(nextWord, 'conn');
        i++;
        continue;
      }
      if (lw !== 'giai' && (next?.type === 'num' || (nextWord?.lower === 'năm' && toks[i + 2]?.type === 'num'))) {
        accept(t, 'conn');
        continue;
      }
      stoppedAtWord = true;
      break;
    }
    if (lw === 'năm' && next?.type === 'num') {
      accept(t, 'conn');
      continue;
    }
    if (CONNECT_BEFORE_CAPITAL.has(lw) || CONNECT_BEFORE_CAPITAL_OR_PLURAL.has(lw)) {
      if (nextWord && (nextWord.cap || nextWord.acr)) {
        accept(t, 'conn');
        continue;
      }
      if (CONNECT_BEFORE_CAPITAL_OR_PLURAL.has(lw) && nextWord?.lower === 'các') {
        accept(t, 'conn');
        groupLower = true;
        continue;
      }
      stoppedAtWord = true;
      break;
    }
    if (lw === 'và') {
      if (nextWord) {
        const capital = nextWord.cap || nextWord.acr;
        if (capital && !headAt(text, nextWord.start) && !(nextWord.acr && knownByAcronym(nextWord.text))) {
          accept(t, 'conn');
          continue;
        }
        if (!capital && groupLower && !DETERMINERS.has(nextWord.lower) && !STOP_WORDS.has(nextWord.lower)) {
          accept(t, 'conn');
          continue;
        }
      }
      stoppedAtWord = true;
      break;
    }
    const two = nextWord ? `${lw} ${nextWord.lower}` : '';
    if (STOP_WORDS.has(lw) || STOP_WORDS.has(two)) {
      stoppedAtWord = true;
      break;
    }
    // An ordinary lower-case word: part of a descriptive name, unless it follows an acronym or a year
    // ("Việt Nam - EU cần", "năm 1982 để"). A small number may take its counter ("Đồng thuận 5 điểm").
    if (prev() === 'acr' || (prev() === 'num' && lastNumber >= 1000)) {
      stoppedAtWord = true;
      break;
    }
    if (parts.length === 0) groupLower = true;
    accept(t, 'low');
  }

  // Stopped at a word, but a known agreement's acronym follows in the same clause: the name runs up to it
  // ("Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân (SEANWFZ)").
  if (stoppedAtWord && acronym === null && parts.length > 0) {
    for (let j = i; j < toks.length && j < i + 20; j++) {
      const t = toks[j]!;
      if (t.type === 'stop' || (t.type === 'word' && (headAt(text, t.start) || t.lower === 'và'))) break;
      if (t.type !== 'paren') continue;
      const p = parseParenAcronym(t.content);
      const known = p && knownByAcronym(p.acronym);
      if (!p || !known || known.bare === 'never') break;
      for (let k = i; k < j; k++) accept(toks[k]!, 'low');
      acronym = p.acronym;
      acronymYear = p.year;
      mentionEnd = t.end;
      const y = yearAt(toks, j + 1);
      if (y) {
        acronymYear ??= y.year;
        mentionEnd = toks[y.last]!.end;
      }
      break;
    }
  }

  // Connectors and dashes cannot end a name ("Hiệp định ... về", "Việt Nam -").
  while (parts.length > 0 && (prev() === 'conn' || prev() === 'dash')) parts.pop();
  if (parts.length === 0 && acronym === null) return null;
  if (!specific && acronym === null) return null;
  const nameEnd = parts.length > 0 ? parts[parts.length - 1]!.tok.end : from;
  return { nameEnd, mentionEnd: Math.max(mentionEnd, nameEnd), acronym, acronymYear };
}
