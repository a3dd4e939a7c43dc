// Where does an agreement's name end? Given the text after a capitalised head word, read the complement
// token by token: capitalised words, acronyms, numbers and years, dashes ("Việt Nam - EU"), connectors that
// build a name ("về", "giữa", "của" + a capital, "và" + a capital), descriptive lower-case words, up to a
// parenthesised acronym, a clause boundary or a word that starts the rest of the sentence.
import { headAt } from './heads';
import { parseParenAcronym, tokenize, type Token } from './tokens';
import { isNotAgreementAcronym, knownByAcronym } from './known';
import {
  ANAPHORA,
  COMPOUNDS,
  COMMA_PAIRS,
  CONNECT_ALWAYS,
  CONNECT_BEFORE_CAPITAL,
  CONNECT_BEFORE_CAPITAL_OR_PLURAL,
  CONNECT_PERIOD,
  DETERMINERS,
  FIXED_TRIPLES,
  GENERIC_SIDES,
  LOCATIVES,
  PLURALS,
  STOP_WORDS,
  VERBS_AFTER_NAME,
} from './words';

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

/** 'org': a parenthesised organisation acronym, kept inside a name but never ending one. */
/** Bounds a name that enumerations keep extending (the longest real name in the seeds has 45 parts). */
const MAX_NAME_PARTS = 90;

type Part = 'cap' | 'acr' | 'low' | 'num' | 'dash' | 'conn' | 'org';

export interface ScanOptions {
  /**
   * The name so far (from the head to `from`) is already a complete, specific name (a well-known
   * agreement's full name); scanning only looks for what may follow it ("năm 1982", "(UNCLOS)").
   */
  continued?: boolean;
  /** The head starts a sentence, where "Tuyên bố", "Thỏa thuận" are often verbs or generic. */
  sentenceInitial?: boolean;
  /** The head, lower case with single spaces ("tuyên bố", "kế hoạch hành động"). */
  head?: string;
}

/** Whether the word at i belongs to a fixed two- or three-word phrase with its neighbours. */
function inCompound(toks: Token[], i: number): boolean {
  const w = (k: number) => (toks[k]?.type === 'word' ? toks[k]!.lower : '');
  const here = w(i);
  return (
    COMPOUNDS.has(`${w(i - 1)} ${here}`) ||
    COMPOUNDS.has(`${here} ${w(i + 1)}`) ||
    FIXED_TRIPLES.has(`${w(i - 1)} ${here} ${w(i + 1)}`) ||
    FIXED_TRIPLES.has(`${w(i - 2)} ${w(i - 1)} ${here}`) ||
    FIXED_TRIPLES.has(`${here} ${w(i + 1)} ${w(i + 2)}`)
  );
}

const capitalWord = (t: Token | undefined) => t?.type === 'word' && (t.cap || t.acr);

/** A capitalised word within the next `n` tokens, before any punctuation ("giữa các bên tại Biển Đông"). */
function capitalSoon(toks: Token[], i: number, n: number): boolean {
  for (let k = i; k < toks.length && k < i + n; k++) {
    if (toks[k]!.type === 'stop' || toks[k]!.type === 'paren') return false;
    if (capitalWord(toks[k])) return true;
  }
  return false;
}

const CLOSING_QUOTE: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" };

/** End of a quoted title that opens at `open` ("“Tầm nhìn ASEAN 2045”"), or -1. */
function quotedTitle(text: string, open: Token): number {
  const close = CLOSING_QUOTE[open.text];
  if (!close) return -1;
  const end = text.indexOf(close, open.end);
  if (end < 0 || end - open.end > 150) return -1;
  const inside = text.slice(open.end, end);
  return /^[\p{Lu}\d]/u.test(inside) && !inside.includes('\n') ? end + close.length : -1;
}

/**
 * After a comma inside a lower-case topic: a known pair ("phòng, chống", "phát thanh, truyền hình"), or a list
 * of up to three words closed by "và" + a lower-case word ("khoa học, công nghệ và đổi mới sáng tạo").
 */
function topicListGoesOn(text: string, before: Token, comma: Token): boolean {
  const toks = tokenize(text, comma.end);
  const words = (from: number, n: number) => toks.slice(from, from + n).map((t) => t.lower).join(' ');
  const last = before.lower;
  const prevWord = text.slice(0, before.start).match(/(\p{L}+)[ \t]*$/u)?.[1]?.toLocaleLowerCase('vi') ?? '';
  if (COMMA_PAIRS.has(`${last} ${words(0, 1)}`) || COMMA_PAIRS.has(`${prevWord} ${last} ${words(0, 2)}`)) return true;
  for (let k = 0; k < 4 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type !== 'word' || t.cap || t.acr || STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (k > 0 && t.lower === 'và') {
      const after = toks[k + 1];
      return after?.type === 'word' && !after.cap && !after.acr && !DETERMINERS.has(after.lower) && !STOP_WORDS.has(after.lower);
    }
  }
  return false;
}

/**
 * After a comma inside "giữa A và B": does an enumeration of capitalised names go on, closed by "và" + a
 * capital ("giữa Bộ Công Thương Việt Nam và Tổng vụ Nội thị, Công nghiệp, Doanh nghiệp và Doanh nghiệp nhỏ
 * và vừa của EC")? Looks at most three comma-separated items ahead, none with a stop word.
 */
function enumerationGoesOn(text: string, comma: Token): boolean {
  if (comma.text !== ',') return false;
  let pos = comma.end;
  for (let item = 0; item < 3; item++) {
    const toks = tokenize(text, pos);
    if (!capitalWord(toks[0]) || headAt(text, toks[0]!.start)) return false;
    for (let k = 0; k < toks.length && k < 12; k++) {
      const t = toks[k]!;
      if (t.type === 'word' && !t.cap && !t.acr && STOP_WORDS.has(t.lower) && !inCompound(toks, k)) return false;
      if (t.type === 'word' && t.lower === 'và' && capitalWord(toks[k + 1]) && !headAt(text, toks[k + 1]!.start)) return true;
    }
    const last = toks[toks.length - 1];
    if (last?.type !== 'stop' || last.text !== ',') return false;
    pos = last.end;
  }
  return false;
}

/**
 * Read the name that follows a head ending at `from`. Returns null when what follows is not a specific name:
 * no capitalised word, acronym or number ("Tuyên bố rằng", "Công ước trên", "Thỏa thuận hợp tác"), except a
 * mid-sentence head followed by a topic ("Bản ghi nhớ về hợp tác trong lĩnh vực an ninh lương thực").
 */
export function scanName(text: string, from: number, options: ScanOptions = {}): NameScan | null {
  let toks = tokenize(text, from);
  const parts: Array<{ tok: Token; part: Part }> = [];
  const continued = options.continued === true;
  let specific = continued;
  let acronym: string | null = null;
  let acronymYear: number | null = null;
  let mentionEnd = -1;
  /** The current stretch of the name is lower-case words ("đối tác và hợp tác toàn diện"). */
  let groupLower = false;
  let lastNumber = 0;
  /** Words other than a period ("giai đoạn 2025-2030") were read: a year then closes the name. */
  let content = continued;
  let inBetween = false;
  /** A head was read inside the name ("Nghị định thư nâng cấp Hiệp định ..."). */
  let holdsHead = false;
  let stoppedAtWord = false;
  const prev = () => (parts.length === 0 && continued ? 'cap' : parts[parts.length - 1]?.part);
  const accept = (tok: Token, part: Part) => parts.push({ tok, part });
  const empty = () => parts.length === 0 && !continued;

  let i = 0;
  for (; i < toks.length && parts.length < MAX_NAME_PARTS; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (t.type === 'stop') {
      // A quoted title right after the head: Tuyên bố “Tầm nhìn ASEAN 2045”.
      const quoted = empty() ? quotedTitle(text, t) : -1;
      if (quoted > 0) {
        accept({ ...t, type: 'word', end: quoted, cap: true }, 'cap');
        specific = true;
        toks = [...toks.slice(0, i + 1), ...tokenize(text, quoted)];
        continue;
      }
      // A comma inside a lower-case topic: "phòng, chống khai thác ...", "khoa học, công nghệ và đổi mới".
      if (t.text === ',' && groupLower && prev() === 'low' && topicListGoesOn(text, parts[parts.length - 1]!.tok, t)) {
        toks = [...toks.slice(0, i + 1), ...tokenize(text, t.end)];
        accept(t, 'dash');
        continue;
      }
      // A comma inside "giữa A, B và C" continues the enumeration.
      if (inBetween && enumerationGoesOn(text, t)) {
        toks = [...toks.slice(0, i + 1), ...tokenize(text, t.end)];
        accept(t, 'dash');
        continue;
      }
      break;
    }
    if (t.type === 'dash') {
      if (!empty() && (next?.type === 'word' || next?.type === 'num')) {
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
        if (empty()) break;
        accept(t, 'org');
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
      if (empty() && knownByAcronym(p.acronym)?.bare === 'never') {
        accept(t, 'acr');
        continue;
      }
      break;
    }
    // A word.
    const lw = t.lower;
    if (empty()) {
      if (!t.cap && ANAPHORA.has(lw)) return null;
      // "Tuyên bố của Bộ Ngoại giao ...": somebody's statement, not a declaration the parties adopted.
      if (lw === 'của' && options.head === 'tuyên bố') return null;
      // "Kế hoạch hành động quốc gia về ...": a domestic plan, not an agreement between states.
      if (lw === 'quốc' && next?.type === 'word' && next.lower === 'gia' && options.head === 'kế hoạch hành động') return null;
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
      if (!empty() && headAt(text, t.start)) holdsHead = true;
      groupLower = false;
      content = true;
      accept(t, t.acr ? 'acr' : 'cap');
      specific = true;
      continue;
    }
    const nextWord = next?.type === 'word' ? next : undefined;
    if (CONNECT_ALWAYS.has(lw)) {
      if (!nextWord && next?.type !== 'num') break;
      // "về các kết quả" is the sentence's topic; "về những nguyên tắc cơ bản" is a classic treaty title.
      if (lw === 'về' && nextWord && PLURALS.has(nextWord.lower) && !(nextWord.lower === 'những' && toks[i + 2]?.lower === 'nguyên')) break;
      // "giữa hai Bộ", "giữa Việt Nam và ...": but not "giữa hai nước" (the rest of the sentence).
      const sides = nextWord?.lower === 'hai' && toks[i + 2]?.type === 'word' && !GENERIC_SIDES.has(toks[i + 2]!.lower);
      if (lw === 'giữa' && !capitalSoon(toks, i + 1, 4) && !sides) {
        stoppedAtWord = true;
        break;
      }
      if (lw === 'giữa') inBetween = true;
      accept(t, 'conn');
      content = true;
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
      // "từ năm 2021 đến năm 2025", "từ Lào sang Việt Nam"
      if (lw !== 'giai' && (next?.type === 'num' || (nextWord?.lower === 'năm' && toks[i + 2]?.type === 'num') || (lw === 'từ' && capitalWord(nextWord)))) {
        accept(t, 'conn');
        continue;
      }
      stoppedAtWord = true;
      break;
    }
    // "Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58"
    if (lw === 'lần' && nextWord?.lower === 'thứ' && toks[i + 2]?.type === 'num') {
      accept(t, 'conn');
      accept(nextWord, 'conn');
      i++;
      continue;
    }
    if (lw === 'năm' && next?.type === 'num') {
      accept(t, 'conn');
      continue;
    }
    if (CONNECT_BEFORE_CAPITAL.has(lw) || CONNECT_BEFORE_CAPITAL_OR_PLURAL.has(lw)) {
      if (capitalWord(nextWord)) {
        accept(t, 'conn');
        continue;
      }
      // "quản lý biên giới ... trên đất liền", "đa dạng sinh học biển ở vùng biển ...": inside a lower-case name.
      if (LOCATIVES.has(lw) && groupLower && prev() === 'low' && nextWord && !STOP_WORDS.has(nextWord.lower) && !STOP_WORDS.has(`${nextWord.lower} ${toks[i + 2]?.lower ?? ''}`)) {
        accept(t, 'low');
        continue;
      }
      // "vào các hoạt động", "trong các phái bộ", "trong lĩnh vực di cư", "cho dự án"
      const follower = nextWord ? `${nextWord.lower} ${toks[i + 2]?.lower ?? ''}` : '';
      if (CONNECT_BEFORE_CAPITAL_OR_PLURAL.get(lw)?.some((f) => follower === f || follower.startsWith(`${f} `))) {
        accept(t, 'conn');
        groupLower = true;
        continue;
      }
      stoppedAtWord = true;
      break;
    }
    if (lw === 'và') {
      if (nextWord) {
        // "và" + a head goes on only inside a name that already holds one ("Hiệp ước bổ sung Hiệp ước ... năm
        // 1985 và Hiệp ước bổ sung năm 2005": one treaty supplementing two).
        const nextIsHead = headAt(text, nextWord.start);
        if (capitalWord(nextWord) && (!nextIsHead || holdsHead) && !(nextWord.acr && knownByAcronym(nextWord.text))) {
          accept(t, 'conn');
          continue;
        }
        // "đối tác và hợp tác", "dân sự và quân sự": lower-case words joined inside a descriptive name.
        const joinsWords = !capitalWord(nextWord) && groupLower && prev() === 'low' && !DETERMINERS.has(nextWord.lower);
        if ((joinsWords && (!STOP_WORDS.has(nextWord.lower) || inCompound(toks, i + 1))) || inCompound(toks, i)) {
          accept(t, 'low');
          continue;
        }
      }
      stoppedAtWord = true;
      break;
    }
    const two = nextWord ? `${lw} ${nextWord.lower}` : '';
    const three = two && toks[i + 2]?.type === 'word' ? `${two} ${toks[i + 2]!.lower}` : '';
    const afterCapital = prev() === 'cap' || prev() === 'acr' || prev() === 'num';
    if (afterCapital && (VERBS_AFTER_NAME.has(lw) || VERBS_AFTER_NAME.has(two))) {
      stoppedAtWord = true;
      break;
    }
    if ((STOP_WORDS.has(lw) || STOP_WORDS.has(two) || STOP_WORDS.has(three)) && !inCompound(toks, i)) {
      stoppedAtWord = true;
      break;
    }
    // An ordinary lower-case word: part of a descriptive name, unless it follows an acronym or a year that
    // closed the name ("Việt Nam - EU cần", "năm 1982 để"). A small number may take its counter ("5 điểm");
    // a period right after the head may be followed by the content ("giai đoạn 2025-2030 triển khai ...").
    if (prev() === 'acr' || (prev() === 'num' && lastNumber >= 1000 && content)) {
      stoppedAtWord = true;
      break;
    }
    if (empty() || prev() === 'conn') groupLower = true;
    content = true;
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
  while (parts.length > 0 && (prev() === 'conn' || prev() === 'dash' || prev() === 'org')) parts.pop();
  if (empty() && acronym === null) return null;
  if (!specific && acronym === null) {
    // A mid-sentence head with a topic of three words or more: "Bản ghi nhớ về hợp tác trong lĩnh vực ...",
    // "Bản ghi nhớ hợp tác về chuyển đổi số", not "Bản ghi nhớ về hợp tác".
    const about = parts.findIndex((p) => p.tok.lower === 'về');
    const topical = about >= 0 && about <= 2 && parts.length - about - 1 >= 3;
    if (!topical || options.sentenceInitial) return null;
  }
  const nameEnd = parts.length > 0 ? parts[parts.length - 1]!.tok.end : from;
  return { nameEnd, mentionEnd: Math.max(mentionEnd, nameEnd), acronym, acronymYear };
}
