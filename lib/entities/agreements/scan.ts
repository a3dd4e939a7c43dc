// Where does an agreement's name end? Given the text after a head word, read the complement token by token:
// capitalised words, acronyms, numbers and years, dashes ("Việt Nam - EU"), quoted titles, connectors that
// build a name ("về", "giữa", "của" + a capital, "và" + a capital), descriptive lower-case words, up to a
// parenthesised acronym, a clause boundary or a word that starts the rest of the sentence.
//
// Cost: every step reads one token (from the shared TokenCache) and looks at most a fixed number of tokens
// ahead; a scan reads at most MAX_SCAN_TOKENS tokens, so the work per head is bounded.
import { canonicalTones } from '../../text';
import { isForeignWord, parseParenAcronym, type Token, type TokenCache } from './tokens';
import { isNotAgreementAcronym, knownByAcronym } from './known';
import type { SentenceSides } from './context';
import {
  ANAPHORA,
  COMPOUNDS,
  COMMA_PAIRS,
  CONNECT_ALWAYS,
  CONNECT_BEFORE_CAPITAL,
  CONNECT_BEFORE_CAPITAL_OR_PLURAL,
  CONNECT_PERIOD,
  CONNECTORS,
  DETERMINERS,
  FIXED_TRIPLES,
  GENERIC_SIDES,
  INTERNATIONAL_BODIES,
  LOCATIVES,
  MEETING_WORDS,
  NOUNS_AFTER_VE,
  NOT_OPENING_A_NAME,
  PLURALS,
  STOP_PHRASE_STARTS,
  STOP_WORDS,
  TREATY_TOPIC_OPENERS,
  TYPE_WORDS,
  VERBS_AFTER_NAME,
  VE_PHRASES_ENDING_A_NAME,
  isPlaceName,
  isStateName,
  PERSON_HONORIFICS,
} from './words';

/** What the scanner needs besides the text: its tokens, and where capitalised heads start. */
export interface ScanContext {
  /** The text with canonical tone placement. */
  text: string;
  tokens: TokenCache;
  /** A capitalised head word starts at `pos`. */
  isHead(pos: number): boolean;
  /** Where the capitalised head starting at `pos` ends (undefined when none starts there). */
  headEnd(pos: number): number | undefined;
  /** Whether a head's sentence names two sides ("hai bên", "hai nước"...). */
  sides: SentenceSides;
}

const yearOf = (t: Token | undefined) => {
  if (t?.type !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1900 && y <= 2099 ? y : null;
};

export interface NameScan {
  /** End of the name (after the last word that belongs to it). */
  nameEnd: number;
  /** End of the whole mention: the name plus "(ACRONYM)" and a year written after it. */
  mentionEnd: number;
  acronym: string | null;
  /** A year written with the acronym ("(UNCLOS) 1982", "(UNCLOS 1982)", "UNCLOS năm 1982"). */
  acronymYear: number | null;
  /**
   * The name states its parties: "giữa" or "với" followed by a capitalised word, two sides joined by a dash
   * ("Việt Nam - Hàn Quốc"), or an international body ("ARF", "(EU)").
   */
  parties: boolean;
  /** The acronym was spelled out: "(ACRONYM)" right after the name, not "Hiệp định EVFTA". */
  defined: boolean;
  /** The name has a capital, an acronym, a number or a quoted title (not only lower-case words). */
  specific: boolean;
  /**
   * Other pairs of parties coordinated with the name's own ("Hiệp định Thương mại tự do Việt Nam - EU và Việt
   * Nam - Vương quốc Anh"): each names another instrument of the same head and topic. Empty when none.
   */
  coordinated: CoordinatedPair[];
  /**
   * The name opens with lower-case words and runs through a proper name right after one of them into more
   * lower-case words ("xóa bỏ thuế quan đối với hàng Việt Nam xuất sang EU", "cấm Nga xuất khẩu dầu"): the shape
   * of a verb, its object and the next verb, a clause rather than a title (a title's proper names are its
   * parties or topic, after a connector or closing it: "hạt nhân Iran", "miễn thị thực với Chile").
   */
  clauseInside: boolean;
  /** Where the name's own pair of parties starts (the shared head and topic end there), when `coordinated` holds any. */
  pairStart: number;
}

/** One more pair of parties after a name's own: its text offsets, and its "(ACRONYM)" if one follows. */
export interface CoordinatedPair {
  start: number;
  end: number;
  mentionEnd: number;
  acronym: string | null;
}

/** Pairs of parties read after a name's own (a list of FTAs of one topic is rarely longer). */
const MAX_COORDINATED = 8;

/** Bounds a name that enumerations keep extending (the longest real name in the seeds has 45 parts). */
const MAX_NAME_PARTS = 90;
/** Heads inside one name (the most in real names is two: "bổ sung Hiệp ước ... và Hiệp ước ..."). */
const MAX_INNER_HEADS = 2;
/** Heads that are also verbs ("tuyên bố" = to declare, "thỏa thuận" = to agree, "đồng thuận" = to concur). */
const VERB_HEADS = new Set(['tuyên bố', 'thoả thuận', 'đồng thuận']);
/** Heads of what two or more parties state together: their parties name them. */
const JOINT_HEADS = /^(?:tuyên bố|thông cáo)(?: tầm nhìn)? chung$/u;
/** Words of a lower-case topic read ahead for the parties that close it. */
const PARTIES_REACH = 16;
/** Tokens of a comma-separated topic list read ahead for what closes it (six items of four words). */
const TOPIC_LIST_REACH = 30;
/** Links inside a lower-case topic on the way to its parties ("của quan hệ", "trên biển", "những nguyên tắc"). */
const TOPIC_LINKS = new Set(['của', 'trên', 'trong', 'ở', 'về', 'và', 'những', 'các']);
/** Tokens one scan may read, lookahead included in the bound of each helper. */
const MAX_SCAN_TOKENS = 160;

/** "hướng tới năm 2030", "hướng đến 2045". */
const HORIZON = new Set(['tới', 'đến']);
/** Heads of plans and programmes, whose name may say what they carry out. */
const PLAN_HEAD = /^(?:kế hoạch|chương trình)/u;
/** Verbs of a plan's purpose, in canonical-tone lower case ("thực hiện", "triển khai", "cụ thể hóa"). */
const PURPOSE_VERBS = new Set(['thực hiện', 'triển khai', 'cụ thể hóa', 'hiện thực hóa'].map((w) => canonicalTones(w)));

/** 'org': a parenthesised organisation acronym, kept inside a name but never ending one. */
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
  /** The head is written in lower case: a name needs a proper name or a treaty topic right after it. */
  lower?: boolean;
  /** The head needs a capitalised word right after it ("Biên bản Kỳ họp ..."). */
  capitalFirst?: boolean;
}

const capitalWord = (t: Token | undefined) => t?.type === 'word' && (t.cap || t.acr);
const lowerWord = (t: Token | undefined) => t?.type === 'word' && !t.cap && !t.acr;

const CLOSING_QUOTE: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" };

/** Characters a quoted title may hold. */
const QUOTED_TITLE_MAX = 150;

/** End of a quoted title that opens at `open` ("“Tầm nhìn ASEAN 2045”"), or -1. */
export function quotedTitle(text: string, open: Token): number {
  const close = CLOSING_QUOTE[open.text];
  if (!close) return -1;
  // Only the title's reach is searched (a text of unclosed quotes must not be read to its end for each one).
  const reach = text.slice(open.end, open.end + QUOTED_TITLE_MAX + close.length);
  const end = reach.indexOf(close);
  if (end < 0) return -1;
  const inside = reach.slice(0, end);
  return /^[\p{Lu}\d]/u.test(inside) && !inside.includes('\n') ? open.end + end + close.length : -1;
}

/** The tokens of one scan, by index from the first token after the head (read on demand, at most `limit`). */
class Reader {
  private readonly toks: Token[] = [];
  private nextPos: number;
  private ended = false;

  constructor(
    readonly ctx: ScanContext,
    from: number,
    readonly limit: number,
  ) {
    this.nextPos = from;
  }

  tok(k: number): Token | undefined {
    while (this.toks.length <= k && this.toks.length < this.limit && !this.ended) {
      const t = this.ctx.tokens.at(this.nextPos);
      if (!t) this.ended = true;
      else {
        this.toks.push(t);
        this.nextPos = t.end;
      }
    }
    return k >= 0 ? this.toks[k] : undefined;
  }

  /** The tokens after index k start again at `pos` (the end of a quoted title read as one token). */
  resumeAt(k: number, pos: number): void {
    this.toks.length = k + 1;
    this.nextPos = pos;
    this.ended = false;
  }

  word(k: number): string {
    const t = this.tok(k);
    return t?.type === 'word' ? t.lower : '';
  }

  /** The word at k belongs to a fixed two- or three-word phrase with its neighbours. */
  inCompound(k: number): boolean {
    const w = (j: number) => (j >= 0 ? this.word(j) : '');
    const here = w(k);
    return (
      COMPOUNDS.has(`${w(k - 1)} ${here}`) ||
      COMPOUNDS.has(`${here} ${w(k + 1)}`) ||
      FIXED_TRIPLES.has(`${w(k - 1)} ${here} ${w(k + 1)}`) ||
      FIXED_TRIPLES.has(`${w(k - 2)} ${w(k - 1)} ${here}`) ||
      FIXED_TRIPLES.has(`${here} ${w(k + 1)} ${w(k + 2)}`)
    );
  }

  /** A stop word or phrase starts at k (and is not part of a compound). */
  stopsAt(k: number): boolean {
    const one = this.word(k);
    if (!one) return false;
    let stop = STOP_WORDS.has(one);
    // Two- and three-word stop phrases are looked up only after one of their first words.
    if (!stop && STOP_PHRASE_STARTS.has(one)) {
      const two = `${one} ${this.word(k + 1)}`;
      stop = STOP_WORDS.has(two) || STOP_WORDS.has(`${two} ${this.word(k + 2)}`);
    }
    return stop && !this.inCompound(k);
  }

  /** A capitalised word within the next `n` tokens, before any punctuation ("giữa các bên tại Biển Đông"). */
  capitalSoon(k: number, n: number): boolean {
    for (let j = k; j < k + n; j++) {
      const t = this.tok(j);
      if (!t || t.type === 'stop' || t.type === 'paren') return false;
      if (capitalWord(t)) return true;
    }
    return false;
  }

  /** A content word of a topic: lower case, not a stop word, connector, determiner or reference back. */
  topicWord(k: number): boolean {
    const t = this.tok(k);
    if (!lowerWord(t)) return false;
    const w = t!.lower;
    // A verb that opens the next clause ("tạo", "việc") is a topic word inside a compound ("đào tạo", "việc làm").
    return (
      !this.stopsAt(k) &&
      !CONNECTORS.has(w) &&
      !PLURALS.has(w) &&
      !ANAPHORA.has(w) &&
      !(DETERMINERS.has(w) && !this.inCompound(k))
    );
  }

  /**
   * After a comma inside a lower-case topic, does the topic go on? A known pair ("phòng, chống", "phát
   * thanh, truyền hình"), or a list of short items (up to four words each, separated by commas) closed by "và"
   * + a lower-case word ("kinh tế, văn hóa, khoa học và kỹ thuật"), by the parties ("thông tin, tài liệu giữa
   * Học viện ..."), a period, the clause's end or the acronym of a well-known agreement. A list is how a
   * topic enumerates its fields; a verb or a capital inside an item is the sentence going on.
   */
  topicListGoesOn(before: number, comma: number): boolean {
    const last = this.word(before);
    if (
      COMMA_PAIRS.has(`${last} ${this.word(comma + 1)}`) ||
      COMMA_PAIRS.has(`${this.word(before - 1)} ${last} ${this.word(comma + 1)} ${this.word(comma + 2)}`)
    )
      return true;
    let itemStart = comma + 1;
    for (let k = comma + 1; k < comma + 1 + TOPIC_LIST_REACH; k++) {
      const t = this.tok(k);
      const inItem = k > itemStart;
      // "kinh tế, văn hóa, khoa học ...": another comma after an item opens the next one.
      if (inItem && t?.type === 'stop' && t.text === ',') {
        itemStart = k + 1;
        continue;
      }
      if (k - itemStart > 4) return false;
      if (inItem && t?.type === 'word' && t.lower === 'và') {
        const after = this.tok(k + 1);
        return lowerWord(after) && !DETERMINERS.has(after!.lower) && !STOP_WORDS.has(after!.lower);
      }
      if (inItem && t?.type === 'word' && t.lower === 'giữa') return this.capitalSoon(k + 1, 3);
      // "về phổ biến, giáo dục pháp luật giai đoạn 2021 - 2025", "về tuyên truyền, giáo dục pháp luật.": a period
      // or the end of the clause closes the list.
      if (inItem && t?.type === 'word' && t.lower === 'giai' && this.word(k + 1) === 'đoạn') return true;
      if (inItem && t?.type === 'stop' && /^[.;]$/u.test(t.text)) return true;
      if (inItem && t?.type === 'paren') {
        const p = parseParenAcronym(t.content);
        const known = p && knownByAcronym(p.acronym);
        return !!known && known.bare !== 'never';
      }
      // Inside the item, a word that may open a clause elsewhere ("luật", "phối") is one of its words.
      const itemWord =
        inItem && lowerWord(t) && !this.stopsAt(k) && !CONNECTORS.has(t!.lower) && !PLURALS.has(t!.lower);
      if (!this.topicWord(k) && !itemWord) return false;
    }
    return false;
  }

  /**
   * An item of a title-case list from k: a capitalised word (no head, acronym) and up to two lower-case topic
   * words ("Hữu nghị", "Đầu tư"), not a place ("Mỹ"); its length in tokens, or 0.
   */
  titleItem(k: number): number {
    const t = this.tok(k);
    if (!(t?.type === 'word' && t.cap && !t.acr) || this.ctx.isHead(t.start)) return 0;
    let n = 1;
    while (n < 3 && this.topicWord(k + n)) n++;
    const words: string[] = [];
    for (let j = 0; j < n; j++) words.push(this.tok(k + j)!.text);
    // A place capitalises every word ("Hòa Bình"); "Hòa bình" (peace) is a title-case word.
    return n === 1 && isPlaceName(words[0]!) ? 0 : n;
  }

  /**
   * After a comma behind the first title-case word(s) of a name, does a list of title-case words follow, closed by
   * "và" + one more ("Hiệp ước Hòa bình, Hữu nghị và Hợp tác")? Items of one or two words, at most four, none a
   * place ("Hiệp định Paris, Mỹ và Pháp" is a name and the start of a list of countries).
   */
  titleListGoesOn(comma: number): boolean {
    let k = comma + 1;
    for (let item = 0; item < 4; item++) {
      const n = this.titleItem(k);
      if (n === 0) return false;
      k += n;
      const t = this.tok(k);
      if (t?.type === 'word' && t.lower === 'và') {
        return this.titleItem(k + 1) > 0;
      }
      if (t?.text !== ',') return false;
      k++;
    }
    return false;
  }

  /**
   * After a comma inside "giữa A và B": does an enumeration of capitalised names go on, closed by "và" + a
   * capital ("giữa Bộ Công Thương Việt Nam và Tổng vụ Nội thị, Công nghiệp, Doanh nghiệp và Doanh nghiệp nhỏ
   * và vừa của EC")? Looks at most three comma-separated items ahead, none with a stop word.
   */
  enumerationGoesOn(comma: number): boolean {
    if (this.tok(comma)?.text !== ',') return false;
    let k = comma + 1;
    for (let item = 0; item < 3; item++) {
      const first = this.tok(k);
      if (!capitalWord(first) || this.ctx.isHead(first!.start)) return false;
      let j = k;
      for (; j < k + 12; j++) {
        const t = this.tok(j);
        if (!t || t.type === 'stop' || t.type === 'paren') break;
        if (t.type === 'word' && !t.cap && !t.acr && STOP_WORDS.has(t.lower) && !this.inCompound(j)) return false;
        const next = this.tok(j + 1);
        if (t.type === 'word' && t.lower === 'và' && capitalWord(next) && !this.ctx.isHead(next!.start)) return true;
      }
      if (this.tok(j)?.text !== ',') return false;
      k = j + 1;
    }
    return false;
  }

  /**
   * Index of a "giữa" that opens named parties ("giữa Việt Nam và ...", "giữa nước Việt Nam ...") after a
   * lower-case topic of at most PARTIES_REACH words from k, or -1: the words in between are the rest of the
   * name's topic, not the start of the sentence's predicate. The topic may hold its own links ("những nguyên
   * tắc cơ bản của quan hệ hữu nghị", "giải quyết vấn đề trên biển", "trong lĩnh vực hải quan").
   */
  partiesAhead(k: number): number {
    for (let j = k; j < k + PARTIES_REACH; j++) {
      const w = this.word(j);
      if (j > k && w === 'giữa') return this.namedPartyAt(j + 1) ? j : -1;
      if (!TOPIC_LINKS.has(w) && !(lowerWord(this.tok(j)) && !this.stopsAt(j) && !ANAPHORA.has(w))) return -1;
    }
    return -1;
  }

  /** A named party starts at k: a capitalised word that is no head ("Việt Nam", "Chính phủ Lào"), or "nước" + one. */
  namedPartyAt(k: number): boolean {
    const at = this.word(k) === 'nước' ? k + 1 : k;
    const t = this.tok(at);
    return capitalWord(t) && !this.ctx.isHead(t!.start);
  }

  /**
   * A plan's purpose at k: "(nhằm) thực hiện", "triển khai", "cụ thể hóa" + a capitalised word within the next
   * three words ("thực hiện Quan hệ Đối tác", "triển khai Tuyên bố chung"); its length in tokens, or 0.
   */
  purposeAt(k: number): number {
    const at = this.word(k) === 'nhằm' ? k + 1 : k;
    const one = this.word(at);
    const len = PURPOSE_VERBS.has(`${one} ${this.word(at + 1)} ${this.word(at + 2)}`)
      ? 3
      : PURPOSE_VERBS.has(`${one} ${this.word(at + 1)}`)
        ? 2
        : 0;
    if (len === 0 || !this.capitalSoon(at + len, 3)) return 0;
    return at - k + len;
  }

  /**
   * Who made a joint statement, after its "của": up to four lower-case words ("các nhà lãnh đạo", "hai Bộ
   * trưởng") before two named sides joined by a dash or "và" ("Việt Nam - Australia", "Việt Nam và Lào");
   * the number of lower-case words, or 0 (and 0 with no side named).
   */
  issuersAt(k: number): number {
    let j = k;
    while (j < k + 4 && lowerWord(this.tok(j)) && !this.stopsAt(j) && !ANAPHORA.has(this.word(j))) j++;
    if (j === k || !this.namedPartyAt(j)) return 0;
    for (let m = j + 1; m < j + 8; m++) {
      const t = this.tok(m);
      if (!t || t.type === 'stop' || t.type === 'paren') return 0;
      if ((t.type === 'dash' || t.lower === 'và') && capitalWord(this.tok(m + 1))) return j - k;
      if (!capitalWord(t)) return 0;
    }
    return 0;
  }

  /**
   * One side of a pair at k: capitalised words, none a head, with lower-case words only between capitals ("Liên
   * minh châu Âu"); its length in tokens, or 0.
   */
  sideAt(k: number): number {
    if (!capitalWord(this.tok(k)) || this.ctx.isHead(this.tok(k)!.start)) return 0;
    let n = 1;
    while (n < 8) {
      const t = this.tok(k + n);
      if (capitalWord(t) && !this.ctx.isHead(t!.start)) n++;
      else if (lowerWord(t) && !this.stopsAt(k + n) && t!.lower !== 'và' && capitalWord(this.tok(k + n + 1))) n += 2;
      else break;
    }
    return n;
  }

  /** Two sides joined by a dash at k ("Việt Nam - Vương quốc Anh", "ASEAN - Hàn Quốc"): the index after it, or -1. */
  pairAt(k: number): number {
    const first = this.sideAt(k);
    if (first === 0 || this.tok(k + first)?.type !== 'dash') return -1;
    const second = this.sideAt(k + first + 1);
    return second === 0 ? -1 : k + first + 1 + second;
  }

  /**
   * What a partnership or a declaration is for, after "vì" at k: a list of nouns closed by "và" + one more and the
   * clause's end ("vì hòa bình, hợp tác và phát triển bền vững", "vì hòa bình, thịnh vượng và người dân"); the
   * index after it, or -1. "vì" + a clause ("vì hai bên chưa ...") is a reason, not a name's part.
   */
  purposeListAt(k: number): number {
    if (this.word(k) !== 'vì') return -1;
    let itemStart = k + 1;
    let closing = false;
    for (let j = k + 1; j < k + 1 + TOPIC_LIST_REACH; j++) {
      const t = this.tok(j);
      const inItem = j > itemStart;
      if (inItem && (!t || (t.type === 'stop' && t.text !== ',') || t.type === 'paren')) return closing ? j : -1;
      if (inItem && !closing && t?.type === 'stop' && t.text === ',') {
        itemStart = j + 1;
        continue;
      }
      if (inItem && !closing && t?.type === 'word' && t.lower === 'và') {
        closing = true;
        itemStart = j + 1;
        continue;
      }
      if (j - itemStart >= 4 || !this.topicWord(j)) return -1;
    }
    return -1;
  }

  /** A place's name starts at k ("Hà Nội", "Jerusalem"): a capitalised run that the gazetteer knows or a foreign word. */
  placeAt(k: number): boolean {
    const words: string[] = [];
    for (let j = k; j < k + 4 && capitalWord(this.tok(j)); j++) words.push(this.tok(j)!.text);
    if (words.length === 0) return false;
    for (let n = words.length; n > 0; n--) if (isPlaceName(words.slice(0, n).join(' '))) return true;
    return words.length === 1 && isForeignWord(words[0]!);
  }

  /**
   * One or two lower-case words that say what a party is ("tỉnh", "thành phố") before its capitalised name, at
   * k: their number, or 0 (a stop word, a plural or a head is no party's kind).
   */
  partyKindWords(k: number): number {
    for (let n = 1; n <= 2; n++) {
      const t = this.tok(k + n - 1);
      if (!lowerWord(t) || this.stopsAt(k + n - 1) || PLURALS.has(t!.lower) || ANAPHORA.has(t!.lower)) return 0;
      const after = this.tok(k + n);
      if (capitalWord(after) && !this.ctx.isHead(after!.start)) return n;
    }
    return 0;
  }

  /** A period's end at k: "đến (năm) 2025", "- 2025", "tới 2025". */
  periodEndAt(k: number): boolean {
    const t = this.tok(k);
    if (t?.type === 'dash') return this.tok(k + 1)?.type === 'num';
    return (this.word(k) === 'đến' || this.word(k) === 'tới') && this.yearAt(k + 1) !== null;
  }

  /** A year right after position k: "1982" or "năm 1982". */
  yearAt(k: number): { year: number; last: number } | null {
    const direct = yearOf(this.tok(k));
    if (direct) return { year: direct, last: k };
    if (this.word(k) === 'năm') {
      const y = yearOf(this.tok(k + 1));
      if (y) return { year: y, last: k + 1 };
    }
    return null;
  }

  /**
   * A lower-case head names one instrument only before a proper name or a treaty topic: a capitalised word
   * or acronym right after it or after up to three topic words ("thỏa thuận Minsk", "thỏa thuận hạt nhân
   * Iran", "hiệp định thương mại tự do Việt Nam - EU"), a topic and its year ("thỏa thuận hạt nhân năm
   * 2015"), or, for conventions and treaties, a prohibition
   * ("công ước cấm vũ khí hóa học", "hiệp ước chống ...") of three words or more.
   */
  lowerHeadNamed(first: number, head: string): boolean {
    // "thỏa thuận về Brexit"
    if (this.word(first) === 'về' && capitalWord(this.tok(first + 1))) return true;
    for (let k = first; k < first + 4; k++) {
      const t = this.tok(k);
      if (capitalWord(t) && !this.ctx.isHead(t!.start)) return !(t!.acr && isNotAgreementAcronym(t!.text));
      // "thỏa thuận ông Trump ký với ...": the person who made it, in a clause about the agreement.
      if (PERSON_HONORIFICS.has(this.word(k))) return false;
      // "thỏa thuận hạt nhân năm 2015": a topic and the year it was made.
      if (k > first && this.word(k) === 'năm' && yearOf(this.tok(k + 1))) return true;
      if (!this.topicWord(k)) break;
    }
    // "thỏa thuận về những nguyên tắc cơ bản ... giữa Việt Nam và Trung Quốc": the title of an instrument, its
    // topic after "về" and its parties.
    if (this.word(first) === 'về' && this.partiesAhead(first) > 0) return true;
    // "tuyên bố chung giữa Việt Nam và Campuchia": a joint statement is named by those who made it.
    if (JOINT_HEADS.test(head) && this.word(first) === 'giữa' && this.namedPartyAt(first + 1)) return true;
    if (!/^(?:công ước|hiệp ước)/u.test(head) || !TREATY_TOPIC_OPENERS.has(this.word(first))) return false;
    return this.topicWord(first + 1) && this.topicWord(first + 2);
  }
}

/**
 * A capitalised word right after a lower-case word of the name, followed by two more lower-case words ("cấm
 * Nga xuất khẩu dầu"). One lower-case word after capitals may end a body's name ("Bộ Ngoại giao"), and a party
 * described after a connector is no object ("giữa hai Bộ Ngoại giao").
 */
function properNameRunsOn(parts: ReadonlyArray<{ part: Part; inHead?: boolean }>): boolean {
  for (let m = 1; m < parts.length; m++) {
    if (parts[m - 1]!.part !== 'low' || parts[m]!.part !== 'cap' || parts[m]!.inHead) continue;
    let n = m;
    while (n < parts.length && (parts[n]!.part === 'cap' || parts[n]!.part === 'acr') && !parts[n]!.inHead) n++;
    if (parts[m - 2]?.part !== 'conn' && parts[n]?.part === 'low' && parts[n + 1]?.part === 'low') return true;
    m = n;
  }
  return false;
}

/**
 * Read the name that follows a head ending at `from`. Returns null when what follows is not a specific name:
 * no capitalised word, acronym or number ("Tuyên bố rằng", "Công ước trên", "Thỏa thuận hợp tác"), except a
 * mid-sentence head followed by a topic ("Bản ghi nhớ về hợp tác trong lĩnh vực an ninh lương thực", "Hiệp
 * ước cấm thử vũ khí hạt nhân").
 */
export function scanName(ctx: ScanContext, from: number, options: ScanOptions = {}): NameScan | null {
  const { text } = ctx;
  const r = new Reader(ctx, from, MAX_SCAN_TOKENS);
  const parts: Array<{ tok: Token; part: Part; inHead?: boolean }> = [];
  const continued = options.continued === true;
  if (!continued && options.lower && !r.lowerHeadNamed(0, options.head ?? '')) return null;
  if (!continued && options.capitalFirst && !capitalWord(r.tok(0))) return null;
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
  let parties = false;
  /** A head was read inside the name ("Nghị định thư nâng cấp Hiệp định ..."), and how many. */
  let holdsHead = false;
  let headsInside = 0;
  let stoppedAtWord = false;
  const prev = () => (parts.length === 0 && continued ? 'cap' : parts[parts.length - 1]?.part);
  const accept = (tok: Token, part: Part) => parts.push({ tok, part });
  const empty = () => parts.length === 0 && !continued;
  /** A year closed the name so far ("... năm 2017", "giai đoạn 2017 - 2022"). */
  const afterYear = () => prev() === 'num' && lastNumber >= 1000 && content;

  /**
   * "Tuyên bố chung của Mỹ và Nhật Bản can thiệp ...": those who issued it (states, places or international
   * bodies after "của", listed with "và" or a dash) close the name; a lower-case word after them is the
   * sentence's predicate unless a capital follows within three words. Only after "của": after "giữa" or a dash
   * pair a lower-case word may still be the name's ("... Việt Nam - Lào giai đoạn ...": other rules read it).
   */
  const sidesClosed = (k: number): boolean => {
    // Only a joint statement's issuers are read here; and only right after a capital.
    if (!ofSeen || (prev() !== 'cap' && prev() !== 'acr')) return false;
    let j = parts.length - 1;
    let sides = 0;
    for (;;) {
      const end = j;
      while (j >= 0 && (parts[j]!.part === 'cap' || parts[j]!.part === 'acr') && !parts[j]!.inHead) j--;
      if (j === end) return false;
      const run = parts
        .slice(j + 1, end + 1)
        .map((p) => p.tok.text)
        .join(' ');
      if (!isStateName(run) && !isPlaceName(run) && !INTERNATIONAL_BODIES.has(run)) return false;
      sides++;
      const opener = parts[j];
      if (opener?.part === 'conn' && opener.tok.lower === 'của') break;
      // "của Mỹ và Nhật Bản", "của Việt Nam - Lào": the sides are listed.
      if (!opener || sides > 4 || !(opener.part === 'dash' || (opener.part === 'conn' && opener.tok.lower === 'và')))
        return false;
      j--;
    }
    return !r.capitalSoon(k + 1, 3);
  };

  /**
   * The name ends with two sides joined by a dash ("... Việt Nam - EU", "... Việt Nam - Liên minh châu Âu (EU)"):
   * the index of the part where the first side starts, or -1.
   */
  const ownPairStart = (): number => {
    let j = parts.length - 1;
    while (j >= 0 && parts[j]!.part === 'org') j--;
    const side = () => {
      const end = j;
      while (
        j >= 0 &&
        !parts[j]!.inHead &&
        (parts[j]!.part === 'cap' ||
          parts[j]!.part === 'acr' ||
          // "Liên minh châu Âu": a lower-case word between two capitals.
          (parts[j]!.part === 'low' &&
            (parts[j + 1]?.part === 'cap' || parts[j + 1]?.part === 'acr') &&
            parts[j - 1]?.part === 'cap'))
      )
        j--;
      return end - j;
    };
    if (side() === 0 || parts[j]?.part !== 'dash') return -1;
    j--;
    return side() === 0 ? -1 : j + 1;
  };
  /** The name holds a meeting ("Hội nghị", "Kỳ họp"), whose session a "lần thứ 58" may be. */
  const holdsMeeting = () =>
    parts.some(
      (p, k) => MEETING_WORDS.has(p.tok.lower) || MEETING_WORDS.has(`${p.tok.lower} ${parts[k + 1]?.tok.lower}`),
    );
  /** A "của" was read into the name: issuers may follow. */
  let ofSeen = false;
  /** Where a list of other pairs of parties may start ("và Việt Nam - Vương quốc Anh"), or -1. */
  let coordFrom = -1;

  let i = 0;
  for (; i < r.limit && parts.length < MAX_NAME_PARTS; i++) {
    const t = r.tok(i);
    if (!t) break;
    const next = r.tok(i + 1);
    // "Việt Nam - EU, Việt Nam - Hàn Quốc và ...": another pair of parties names another instrument.
    if ((t.text === ',' || (t.type === 'word' && t.lower === 'và')) && r.pairAt(i + 1) > 0 && ownPairStart() >= 0) {
      coordFrom = i;
      break;
    }
    if (t.type === 'stop') {
      // A quoted title: right after the head (Tuyên bố “Tầm nhìn ASEAN 2045”), or inside the name after a
      // word (khung khổ "Hai hành lang, một vành đai" với Sáng kiến "Vành đai và Con đường").
      const quoted = empty() || (prev() !== 'num' && prev() !== 'dash' && !afterYear()) ? quotedTitle(text, t) : -1;
      if (quoted > 0) {
        accept({ ...t, type: 'word', end: quoted, cap: true }, 'cap');
        specific = true;
        content = true;
        groupLower = false;
        r.resumeAt(i, quoted);
        continue;
      }
      // A comma inside a lower-case topic: "phòng, chống khai thác ...", "khoa học, công nghệ và đổi mới".
      if (t.text === ',' && groupLower && prev() === 'low' && r.topicListGoesOn(i - 1, i)) {
        accept(t, 'dash');
        continue;
      }
      // A list of title-case words opening the name: "Hiệp ước Hòa bình, Hữu nghị và Hợp tác".
      if (t.text === ',' && !inBetween && r.titleItem(0) === parts.length && r.titleListGoesOn(i)) {
        accept(t, 'dash');
        continue;
      }
      // "... Đối tác chiến lược toàn diện, vì hòa bình, hợp tác và phát triển bền vững": what it is for.
      const purposeEnd = t.text === ',' && !empty() ? r.purposeListAt(i + 1) : -1;
      if (purposeEnd > 0) {
        for (let k = i; k < purposeEnd; k++) accept(r.tok(k)!, 'low');
        i = purposeEnd - 1;
        continue;
      }
      // A comma inside "giữa A, B và C" continues the enumeration.
      if (inBetween && r.enumerationGoesOn(i)) {
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
      // "giữa Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn ExxonMobil": a party's acronym, with the next party after it.
      const partyAcronym =
        inBetween &&
        !knownByAcronym(p.acronym) &&
        !/(?:TA|PA)$/u.test(p.acronym) &&
        next?.type === 'word' &&
        next.lower === 'và' &&
        capitalWord(r.tok(i + 2));
      if (isNotAgreementAcronym(p.acronym) || partyAcronym) {
        // "(EU)" in "Việt Nam - Liên minh châu Âu (EU)" is part of the name.
        if (empty()) break;
        if (INTERNATIONAL_BODIES.has(p.acronym)) parties = true;
        accept(t, 'org');
        continue;
      }
      acronym = p.acronym;
      acronymYear = p.year;
      mentionEnd = t.end;
      const y = r.yearAt(i + 1);
      if (y) {
        acronymYear ??= y.year;
        mentionEnd = r.tok(y.last)!.end;
      }
      // "Bản ghi nhớ (MoU) về hợp tác ...": a generic acronym right after the head; the name goes on.
      if (empty() && knownByAcronym(p.acronym)?.bare === 'never') {
        accept(t, 'acr');
        continue;
      }
      coordFrom = (y ? y.last : i) + 1;
      break;
    }
    // A word.
    const lw = t.lower;
    if (empty()) {
      if (!t.cap && ANAPHORA.has(lw)) return null;
      // "Thỏa thuận với Mỹ", "Tuyên bố tại ...": a preposition right after the head leads to the sentence's
      // other parts, not to a name.
      if (!t.cap && NOT_OPENING_A_NAME.has(lw)) return null;
      // "Tuyên bố của Bộ Ngoại giao ...": somebody's statement, not a declaration the parties adopted.
      if (lw === 'của' && options.head === 'tuyên bố') return null;
      // "Kế hoạch hành động quốc gia về ...": a domestic plan, not an agreement between states.
      if (lw === 'quốc' && r.word(i + 1) === 'gia' && /^(?:kế hoạch|chương trình) hành động$/u.test(options.head ?? ''))
        return null;
      // "Hiệp định EVFTA", "Công ước FAL 65", "UNCLOS năm 1982", "Hiệp định VPA/FLEGT": head + acronym is the
      // whole name.
      if (t.acr && !isNotAgreementAcronym(t.text)) {
        const joined =
          next?.type === 'dash' && r.tok(i + 2)?.acr && !isNotAgreementAcronym(r.tok(i + 2)!.text)
            ? r.tok(i + 2)!
            : null;
        if (joined || !(next?.type === 'dash' && r.tok(i + 2)?.type === 'word')) {
          acronym = joined ? text.slice(t.start, joined.end) : t.text;
          accept(t, 'acr');
          if (joined) {
            accept(next!, 'dash');
            accept(joined, 'acr');
          }
          specific = true;
          const after = joined ? i + 3 : i + 1;
          const y = r.yearAt(after);
          if (y) {
            acronymYear = y.year;
            for (let k = after; k <= y.last; k++) accept(r.tok(k)!, 'num');
          } else if (r.tok(after)?.type === 'num' && r.tok(after)!.text.length <= 2) accept(r.tok(after)!, 'num');
          break;
        }
      }
    }
    if (t.cap || t.acr) {
      // "... giai đoạn 2017 - 2021 Phát biểu tại ...": after a year that closed the name, a capital starts
      // something else (a caption run into the next paragraph, a new sentence without its full stop).
      if (afterYear()) {
        stoppedAtWord = true;
        break;
      }
      const innerHeadEnd = ctx.headEnd(t.start);
      if (innerHeadEnd !== undefined) {
        // A head inside the name ("Nghị định thư nâng cấp Hiệp định ...", "... năm 1985 và Hiệp ước bổ sung"):
        // its words are not the name's own; past MAX_INNER_HEADS it is a list or garbage ("Hiệp định Hiệp
        // định ..."), and the name ends before it.
        if (headsInside >= MAX_INNER_HEADS) {
          stoppedAtWord = true;
          break;
        }
        // Right after the head it is one compound head ("Tuyên bố Tầm nhìn chung"), not a name inside the name.
        if (!empty()) holdsHead = true;
        headsInside++;
        groupLower = false;
        parts.push({ tok: t, part: 'cap', inHead: true });
        while (r.tok(i + 1) && r.tok(i + 1)!.end <= innerHeadEnd)
          parts.push({ tok: r.tok(++i)!, part: 'cap', inHead: true });
        specific = true;
        content = true;
        continue;
      }
      if (prev() === 'conn' && (inBetween || parts[parts.length - 1]!.tok.lower === 'với')) parties = true;
      // "Việt Nam - Hàn Quốc", "ASEAN - Nhật Bản": two sides joined by a dash; "ARF", "ASEAN": an international body.
      const beforeDash = prev() === 'dash' ? parts[parts.length - 2]?.part : undefined;
      if (beforeDash === 'cap' || beforeDash === 'acr' || (t.acr && INTERNATIONAL_BODIES.has(t.text))) parties = true;
      groupLower = false;
      content = true;
      accept(t, t.acr ? 'acr' : 'cap');
      specific = true;
      continue;
    }
    const nextWord = next?.type === 'word' ? next : undefined;
    if (CONNECT_ALWAYS.has(lw)) {
      if (!nextWord && next?.type !== 'num' && !(next?.type === 'stop' && quotedTitle(text, next) > 0)) break;
      // "về các kết quả" is the sentence's topic; "về những nguyên tắc cơ bản" is a classic treaty title.
      // ... unless the name's parties close that topic: "về những nguyên tắc cơ bản ... giữa Việt Nam và Trung Quốc".
      if (lw === 'về' && nextWord && PLURALS.has(nextWord.lower) && r.partiesAhead(i + 1) < 0) break;
      // "về cơ bản", "về phía": an adverbial, not the topic.
      if (lw === 'về' && VE_PHRASES_ENDING_A_NAME.has(r.word(i + 1))) break;
      // "giữa hai Bộ", "giữa Việt Nam và ...": but not "giữa hai nước" (the rest of the sentence).
      const sides = nextWord?.lower === 'hai' && r.tok(i + 2)?.type === 'word' && !GENERIC_SIDES.has(r.word(i + 2));
      if (lw === 'giữa' && !r.capitalSoon(i + 1, 4) && !sides) {
        stoppedAtWord = true;
        break;
      }
      if (lw === 'giữa') inBetween = true;
      if (lw === 'giữa' && sides) parties = true;
      accept(t, 'conn');
      content = true;
      groupLower = lowerWord(nextWord);
      // A noun that is also a verb opens the topic ("về yêu cầu kiểm dịch thực vật", "về thực hiện ...").
      const noun = lw === 'về' ? `${r.word(i + 1)} ${r.word(i + 2)}` : '';
      if (NOUNS_AFTER_VE.has(noun)) {
        accept(r.tok(i + 1)!, 'low');
        accept(r.tok(i + 2)!, 'low');
        i += 2;
      }
      continue;
    }
    if (CONNECT_PERIOD.has(lw)) {
      if (lw === 'giai' && nextWord?.lower === 'đoạn' && r.tok(i + 2)?.type === 'num') {
        accept(t, 'conn');
        accept(nextWord, 'conn');
        i++;
        continue;
      }
      // "từ năm 2021 đến năm 2025", "từ Lào sang Việt Nam"; not "từ năm 1990" alone (since when, not a period).
      const year = next?.type === 'num' || (nextWord?.lower === 'năm' && r.tok(i + 2)?.type === 'num');
      const period = lw !== 'từ' || !year || r.periodEndAt(i + (next?.type === 'num' ? 2 : 3));
      if (lw !== 'giai' && ((year && period) || (lw === 'từ' && capitalWord(nextWord)))) {
        accept(t, 'conn');
        continue;
      }
      stoppedAtWord = true;
      break;
    }
    // "Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58", "Biên bản Kỳ họp lần thứ 39": the session
    // of a meeting the name holds. Without one, the session is of a meeting around the head ("Hội nghị các bên
    // tham gia Công ước khung ... lần thứ 26"), and ends the name.
    if (lw === 'lần' && nextWord?.lower === 'thứ' && r.tok(i + 2)?.type === 'num' && holdsMeeting()) {
      accept(t, 'conn');
      accept(nextWord, 'conn');
      i++;
      continue;
    }
    if (lw === 'năm' && next?.type === 'num') {
      accept(t, 'conn');
      continue;
    }
    // "đối với quả dừa tươi", "trong trường hợp thảm họa": compound prepositions inside a lower-case topic.
    if (groupLower && prev() === 'low') {
      const phrase =
        lw === 'đối' && r.word(i + 1) === 'với'
          ? 2
          : lw === 'trong' && r.word(i + 1) === 'trường' && r.word(i + 2) === 'hợp'
            ? 3
            : 0;
      if (phrase > 0 && r.topicWord(i + phrase)) {
        for (let k = 0; k < phrase; k++) accept(r.tok(i + k)!, 'low');
        i += phrase - 1;
        continue;
      }
    }
    // "Tuyên bố chung của các nhà lãnh đạo Việt Nam - Australia": a joint statement named by those who made it.
    const issuers = lw === 'của' && JOINT_HEADS.test(options.head ?? '') && !afterYear() ? r.issuersAt(i + 1) : 0;
    if (issuers > 0) {
      ofSeen = true;
      accept(t, 'conn');
      for (let k = i + 1; k < i + 1 + issuers; k++) accept(r.tok(k)!, 'low');
      i += issuers;
      groupLower = false;
      content = true;
      continue;
    }
    if (CONNECT_BEFORE_CAPITAL.has(lw) || CONNECT_BEFORE_CAPITAL_OR_PLURAL.has(lw)) {
      // "thỏa thuận hạt nhân năm 2015 với Tehran": after the year that closed the name, the sentence goes on;
      // "... giữa Việt Nam và Israel tại Jerusalem": after the parties, a place is where it was signed.
      // "(COP26) tại Glasgow": after a body's or a meeting's acronym, where the meeting was held.
      const where = lw === 'tại' || lw === 'ở';
      if (afterYear() || (where && ((parties && r.placeAt(i + 1)) || prev() === 'org'))) {
        stoppedAtWord = true;
        break;
      }
      if (capitalWord(nextWord) || (next?.type === 'stop' && quotedTitle(text, next) > 0)) {
        if (lw === 'của') ofSeen = true;
        accept(t, 'conn');
        continue;
      }
      // "quản lý biên giới ... trên đất liền", "đa dạng sinh học biển ở vùng biển ...": inside a lower-case name.
      if (LOCATIVES.has(lw) && groupLower && prev() === 'low' && nextWord && !r.stopsAt(i + 1)) {
        accept(t, 'low');
        continue;
      }
      // "về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Việt Nam và Liên bang Nga": inside a topic, "của"
      // + a lower-case noun goes on when the parties close the name a few topic words later.
      const between = groupLower && prev() === 'low' ? r.partiesAhead(i + 1) : -1;
      if (between > 0) {
        accept(t, 'conn');
        for (let k = i + 1; k < between; k++) accept(r.tok(k)!, 'low');
        i = between - 1;
        continue;
      }
      // "vào các hoạt động", "trong các phái bộ", "trong lĩnh vực di cư", "cho dự án"
      const follower = nextWord ? `${nextWord.lower} ${r.word(i + 2)}` : '';
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
        const nextIsHead = ctx.isHead(nextWord.start);
        if (capitalWord(nextWord) && (!nextIsHead || holdsHead) && !(nextWord.acr && knownByAcronym(nextWord.text))) {
          accept(t, 'conn');
          continue;
        }
        // "giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào": the second party of
        // a treaty's official title, after "nước" like the first.
        if (inBetween && nextWord.lower === 'nước' && r.namedPartyAt(i + 1)) {
          accept(t, 'conn');
          accept(nextWord, 'low');
          i++;
          continue;
        }
        // "giữa tỉnh Lào Cai và tỉnh Vân Nam", "giữa Bộ Y tế và hội đồng Anh": a second party after a lower-case
        // word or two of what it is.
        const kindWords = inBetween ? r.partyKindWords(i + 1) : 0;
        if (kindWords > 0) {
          accept(t, 'conn');
          for (let k = i + 1; k <= i + kindWords; k++) accept(r.tok(k)!, 'low');
          i += kindWords;
          continue;
        }
        // "đối tác và hợp tác", "dân sự và quân sự": lower-case words joined inside a descriptive name.
        const joinsWords = !capitalWord(nextWord) && groupLower && prev() === 'low' && !DETERMINERS.has(nextWord.lower);
        if ((joinsWords && (!STOP_WORDS.has(nextWord.lower) || r.inCompound(i + 1))) || r.inCompound(i)) {
          accept(t, 'low');
          continue;
        }
      }
      stoppedAtWord = true;
      break;
    }
    // "... về Quan hệ đối tác toàn diện hướng tới năm 2030": the horizon a document looks towards is part of its name.
    if (lw === 'hướng' && HORIZON.has(r.word(i + 1)) && !empty()) {
      const y = r.yearAt(i + 2);
      if (y) {
        accept(t, 'conn');
        accept(r.tok(i + 1)!, 'conn');
        i++;
        continue;
      }
    }
    // "Chương trình hành động (nhằm) thực hiện Quan hệ Đối tác chiến lược ... Việt Nam - Nhật Bản": what a plan
    // between two sides carries out is its name, when a proper name follows ("thực hiện Nghị quyết 36" is a
    // domestic plan: index.ts leaves it out).
    const purpose = PLAN_HEAD.test(options.head ?? '') ? r.purposeAt(i) : 0;
    if (purpose > 0) {
      for (let k = i; k < i + purpose; k++) accept(r.tok(k)!, 'low');
      i += purpose - 1;
      groupLower = true;
      content = true;
      continue;
    }
    const two = nextWord ? `${lw} ${nextWord.lower}` : '';
    const afterCapital = prev() === 'cap' || prev() === 'acr' || prev() === 'num';
    if (afterCapital && (VERBS_AFTER_NAME.has(lw) || VERBS_AFTER_NAME.has(two))) {
      stoppedAtWord = true;
      break;
    }
    const purposeEnd = !empty() ? r.purposeListAt(i) : -1;
    if (purposeEnd > 0) {
      for (let k = i; k < purposeEnd; k++) accept(r.tok(k)!, 'low');
      i = purposeEnd - 1;
      continue;
    }
    // "về làm sâu sắc hơn Quan hệ Đối tác chiến lược ...", "về tăng cường hơn nữa quan hệ Đối tác ...": a comparative
    // inside a topic, followed by what it compares (a proper name within three words), is part of the topic.
    if (lw === 'hơn' && groupLower && prev() === 'low') {
      const further = nextWord?.lower === 'nữa' ? 1 : 0;
      if (r.capitalSoon(i + 1 + further, 3) && !ctx.isHead(r.tok(i + 1 + further)?.start ?? -1)) {
        for (let k = i; k <= i + further; k++) accept(r.tok(k)!, 'low');
        i += further;
        continue;
      }
    }
    if (r.stopsAt(i)) {
      stoppedAtWord = true;
      break;
    }
    // An ordinary lower-case word: part of a descriptive name, unless it follows an acronym, a year or a
    // foreign proper name that closed the name ("Việt Nam - EU cần", "năm 1982 để", "Công ước Geneva bảo vệ
    // thường dân") and no capitalised word follows soon ("Kế hoạch hành động ... triển khai Tầm nhìn ARF").
    // A small number may take its counter ("5 điểm"); a period right after the head may be followed by the
    // content ("giai đoạn 2025-2030 triển khai ...").
    const last = parts[parts.length - 1]?.tok;
    // isForeignWord only here, where it decides (it normalises the word): most capitals never reach it.
    const closedByForeign =
      prev() === 'cap' && !!last && last.cap && !last.acr && isForeignWord(last.text) && !r.capitalSoon(i + 1, 3);
    // "giữa UBND tỉnh Quảng Ninh và ...": between the parties, an acronym opens a body's name that goes on.
    const bodyGoesOn = inBetween && prev() === 'acr' && !r.stopsAt(i) && capitalWord(r.tok(i + 1));
    // "... (COP26) diễn ra": a body's or a meeting's acronym in brackets closes a name as a bare acronym does.
    const afterAcronym = (prev() === 'acr' && !bodyGoesOn) || prev() === 'org';
    if (afterAcronym || afterYear() || closedByForeign || sidesClosed(i)) {
      stoppedAtWord = true;
      break;
    }
    if (empty() || prev() === 'conn') groupLower = true;
    content = true;
    accept(t, 'low');
  }
  // Stopped at a word, but a known agreement's acronym follows in the same clause: the name runs up to it
  // ("Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân (SEANWFZ)"); so does another agreement acronym when
  // no stop word stands between ("Hiệp ước Kiểm soát vũ khí thông thường ở châu Âu (CFE)").
  if (stoppedAtWord && acronym === null && parts.length > 0) {
    let stopBetween = false;
    for (let j = i; j < i + 20; j++) {
      const t = r.tok(j);
      if (!t || t.type === 'stop' || (t.type === 'word' && (ctx.isHead(t.start) || t.lower === 'và'))) break;
      if (t.type === 'word' && r.stopsAt(j)) stopBetween = true;
      if (t.type !== 'paren') continue;
      const p = parseParenAcronym(t.content);
      const known = p && knownByAcronym(p.acronym);
      const named = known
        ? known.bare !== 'never'
        : !!p && !stopBetween && j - i <= 6 && !isNotAgreementAcronym(p.acronym);
      if (!p || !named) break;
      for (let k = i; k < j; k++) accept(r.tok(k)!, 'low');
      acronym = p.acronym;
      acronymYear = p.year;
      mentionEnd = t.end;
      const y = r.yearAt(j + 1);
      if (y) {
        acronymYear ??= y.year;
        mentionEnd = r.tok(y.last)!.end;
      }
      break;
    }
  }

  const coordinated: CoordinatedPair[] = [];
  const own = coordFrom >= 0 ? ownPairStart() : -1;
  for (let k = coordFrom; own >= 0 && coordinated.length < MAX_COORDINATED;) {
    const sep = r.tok(k);
    if (!(sep?.text === ',' || (sep?.type === 'word' && sep.lower === 'và'))) break;
    const end = r.pairAt(k + 1);
    if (end < 0) break;
    const pair: CoordinatedPair = {
      start: r.tok(k + 1)!.start,
      end: r.tok(end - 1)!.end,
      mentionEnd: 0,
      acronym: null,
    };
    pair.mentionEnd = pair.end;
    k = end;
    const paren = r.tok(end);
    const p = paren?.type === 'paren' ? parseParenAcronym(paren.content) : null;
    if (p && !isNotAgreementAcronym(p.acronym)) {
      pair.acronym = p.acronym;
      pair.mentionEnd = paren!.end;
      k++;
    }
    coordinated.push(pair);
  }

  // Connectors and dashes cannot end a name ("Hiệp định ... về", "Việt Nam -").
  while (parts.length > 0 && (prev() === 'conn' || prev() === 'dash' || prev() === 'org')) parts.pop();
  // "Hiệp định Hiệp định": the words of other heads alone name nothing.
  if (acronym === null && headsInside > 0 && parts.every((p) => p.inHead === true)) return null;
  if (empty() && acronym === null) return null;
  if (!specific && acronym === null) {
    // "Tuyên bố hợp tác ...", "Thỏa thuận hợp tác ...": at a sentence start these heads are verbs as often as
    // names ("Thỏa thuận hợp tác với ..." = "agreeing to cooperate"); the other heads are nouns only.
    if (options.sentenceInitial && VERB_HEADS.has(options.head ?? '')) return null;
    // A mid-sentence head with a topic of three words or more: "Bản ghi nhớ về hợp tác trong lĩnh vực ...",
    // "Bản ghi nhớ hợp tác về chuyển đổi số", not "Bản ghi nhớ về hợp tác".
    const about = parts.findIndex((p) => p.tok.lower === 'về');
    const topical = about >= 0 && about <= 2 && parts.length - about - 1 >= 3;
    // ... or a description of three words or more that opens with what the instrument does, not with what kind
    // it is: "Hiệp ước cấm thử vũ khí hạt nhân", "Hiệp định miễn thị thực ...", not "Hiệp định thương mại tự
    // do" nor "Hiệp định toàn diện và tiêu chuẩn cao" (the TPP described).
    const words = parts.filter((p) => p.part === 'low').map((p) => p.tok.lower);
    const described = words.length >= 3 && parts[0]?.part === 'low' && !TYPE_WORDS.has(words[0]!);
    if (!topical && !described) return null;
  }
  const nameEnd = parts.length > 0 ? parts[parts.length - 1]!.tok.end : from;
  return {
    nameEnd,
    mentionEnd: Math.max(mentionEnd, nameEnd),
    acronym,
    acronymYear,
    parties,
    defined: mentionEnd > 0,
    specific,
    coordinated,
    pairStart: own >= 0 ? parts[own]!.tok.start : nameEnd,
    clauseInside: parts[0]?.part === 'low' && properNameRunsOn(parts),
  };
}
