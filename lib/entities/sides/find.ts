// Mentions of sides in a token stream: forms from the shipped lexicons (countries, provinces and cities,
// organisations) and organisation names found by their shape: a head word ("Bộ", "Ủy ban", "Công ty",
// "Trường"...) then a capitalised name, or a foreign name ending in "Airlines", "Corp", "FC"... One pass over
// the tokens; every reader looks a bounded number of tokens ahead, so the work is linear in the text.
import type { Token } from '../people/tokens';
import { isJoiningGap } from '../people/tokens';
import { PhraseDict, lexicon, type Lexicon } from '../people/lexicon';
import { isNameToken, isVietSyllable, koreanGivenName, readNameRun } from '../people/shape';
import { matchTrigger, stopWords } from '../people/triggers';
import {
  ORGANISATION_FIELDS,
  ORGANISATION_PAIRED_FIELDS,
  ORGANISATION_HEADS,
  ORGANISATION_SUFFIXES,
  TYPED_HEADS,
} from '../../lexicon';
import { canonicalTones } from '../../text';
import { gazetteer, type KnownSide } from './gazetteer';
import type { SideKind } from '../types';

/** Words compared with the tokens' lower case, which has the canonical tone placement ("uỷ ban", "thành uỷ"). */
const wordSet = (words: readonly string[]) =>
  new Set(words.map((w) => canonicalTones(w.normalize('NFC').toLowerCase())));

export interface SideMention {
  /** Token range [start, end) of the whole mention (an acronym in parentheses after it not included). */
  start: number;
  end: number;
  /** The lexicon entry, or null for an organisation found by its shape. */
  known: KnownSide | null;
  kind: SideKind;
  /** "(ASEAN)" right after the name, or the mention itself when the lexicon form is an acronym. */
  acronym: string | null;
  /** Set when the lexicon form matched is ambiguous (also a word or a personal name). */
  ambiguous: boolean;
  /** Matched a form written without its diacritics ("Viet Nam"): the side shows the lexicon's name. */
  folded?: boolean;
}

/** Words a sentence may start with after a one-word country that is also a common word ("Mỹ đã", "Nga và"). */
const AFTER_SUBJECT = new Set([
  'đã',
  'sẽ',
  'đang',
  'và',
  'cũng',
  'là',
  'có',
  'không',
  'vẫn',
  'luôn',
  'tiếp',
  'cho',
  'được',
  'bị',
  'cần',
  'phải',
  'muốn',
  'hiện',
  'từng',
  'với',
  'vừa',
  'mới',
  'chưa',
  'còn',
  'đều',
  'hoặc',
  'hay',
  'tuyên',
  'khẳng',
  'cáo',
]);
/** Words before an honorific that make it a group ("các cô chú", "những anh"). */
const GROUP_WORDS = new Set(['các', 'những', 'mấy', 'bao', 'nhiều']);
/** Longest organisation name read after its head, in tokens: bounds the work per head. */
const MAX_NAME = 16;
const MAX_TYPE_WORDS = 4;
/** Lower-case words that end an organisation's name: what follows belongs to the sentence ("... của Mỹ"). */
const NAME_STOPS = new Set([
  'kiêm',
  'ở',
  'tại',
  'của',
  'thuộc',
  'về',
  'cho',
  'với',
  'từ',
  'theo',
  'trên',
  'dưới',
  'số',
  'mang',
  'tên',
  'gọi',
  'là',
]);
/**
 * Verbs that often follow an organisation as the subject of a news sentence and are not in the people stop list:
 * the name ends before them ("Bộ Y tế khuyến cáo", "Sở Công Thương nắm").
 */
const VERBS = new PhraseDict<true>().addAll(
  [
    'khuyến cáo',
    'nắm',
    'cấp',
    'tổ chức',
    'triển khai',
    'thực hiện',
    'phối hợp',
    'đề xuất',
    'công bố',
    'xác nhận',
    'thông tin',
    'cảnh báo',
    'tiến hành',
    'xử lý',
    'quy định',
    'trình',
    'phát hiện',
    'tiếp nhận',
    'cho phép',
    'lập',
    'mở',
    'đưa',
    'dự báo',
    'ước tính',
    'thông qua',
    'tăng',
    'giảm',
    'đạt',
    'chuyển',
    'cử',
    'chịu',
    'sử dụng',
    'áp dụng',
    'tham gia',
    'đầu tư',
    'hỗ trợ',
    'cung cấp',
    'phản đối',
    'lên án',
    'năm',
    'tháng',
    'quý',
    'lần',
    'cần',
    'phải',
    'nên',
    'vì',
    'nhưng',
    'mà',
  ],
  () => true,
);

/** First words after "Bộ" that make it a set of rules or a code ("Bộ Quy tắc", "Bộ luật"), not a ministry. */
const RULE_SETS = new Set(['quy', 'luật', 'tiêu', 'nguyên', 'sách', 'hồ', 'phim', 'sưu', 'ảnh', 'đề', 'tranh']);

/** Words of type written with a capital inside a name ("Trường Tiểu học", "Bệnh viện Đa khoa", "Công ty Cổ phần"). */
const CAPITALISED_TYPES = wordSet([
  'tiểu học',
  'trung học',
  'mầm non',
  'phổ thông',
  'đại học',
  'cao đẳng',
  'trung cấp',
  'đa khoa',
  'chuyên khoa',
  'cổ phần',
  'trách nhiệm',
]);

/** Acronyms of a company's or a school's legal form: they do not name the organisation ("Công ty CP"). */
const TYPE_ACRONYMS = wordSet([
  'cp',
  'tnhh',
  'mtv',
  'jsc',
  'thpt',
  'thcs',
  'ptth',
  'tw',
  'nn',
  'ck',
  'xnk',
  'dv',
  'tm',
]);
/** Place-bound heads of Vietnam's local bodies, named by districts and communes the lexicon does not all know. */
const LOCAL_BOUND_HEADS = [
  'thành ủy',
  'tỉnh ủy',
  'huyện ủy',
  'ubnd',
  'hđnd',
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'công an',
];
const LOCAL_BOUND = wordSet(LOCAL_BOUND_HEADS);
/** Missions abroad, named by their state and their seat ("Đại sứ quán Việt Nam tại Pháp"). */
const MISSION_HEADS = ['đại sứ quán', 'đsq', 'tổng lãnh sự quán', 'lãnh sự quán'];
const MISSIONS = wordSet(MISSION_HEADS);
/** Heads of bodies named by their place alone: "Quốc hội Mỹ", "Thành ủy TPHCM", "UBND tỉnh Quảng Nam". */
const PLACE_BOUND = wordSet([
  'quốc hội',
  'chính phủ',
  'nội các',
  'thượng viện',
  'hạ viện',
  'nghị viện',
  ...LOCAL_BOUND_HEADS,
  ...MISSION_HEADS,
  'quân đội',
  'hải quân',
  'không quân',
  'lục quân',
  'cảnh sát biển',
  'kho bạc',
]);
/** Qualifiers after which "tại" and a place name the body's seat ("VKSND cấp cao tại Hà Nội"). */
const SEATED = wordSet(['cấp cao', 'thường trú', 'thường trực', 'đại diện']);
/** Heads of institutions that may be named after a person ("Trường Lê Quý Đôn", "Bệnh viện Trần Hưng Đạo"). */
const NAMED_AFTER = wordSet([
  'trường',
  'đại học',
  'đh',
  'học viện',
  'bệnh viện',
  'bv',
  'công ty',
  'cty',
  'tập đoàn',
  'tổng công ty',
  'nhà máy',
  'quỹ',
  'câu lạc bộ',
  'clb',
  'hợp tác xã',
  'trung tâm',
  'hãng',
  'báo',
  'tạp chí',
  'nhà xuất bản',
]);

let heads: {
  all: PhraseDict<true>;
  typed: Set<string>;
  suffixes: Set<string>;
  fields: PhraseDict<true>;
  paired: PhraseDict<true>;
} | null = null;
function headWords() {
  if (!heads) {
    const all = new PhraseDict<true>().addAll(ORGANISATION_HEADS, () => true);
    const typed = wordSet(TYPED_HEADS);
    const suffixes = new Set(ORGANISATION_SUFFIXES);
    const fields = new PhraseDict<true>().addAll(ORGANISATION_FIELDS, () => true);
    const paired = new PhraseDict<true>().addAll(ORGANISATION_PAIRED_FIELDS, () => true);
    heads = { all, typed, suffixes, fields, paired };
  }
  return heads;
}

/** A gap inside a lexicon form: spaces, a hyphen, a dot or "&" ("TP.HCM", "GD&ĐT", "BR-VT"); never a line break. */
const FORM_GAP = /^[ \t]*(?:[-‐‑–.&,][ \t]*)?$/u;
/** A gap inside an organisation's name: spaces, a hyphen ("Lao động - Thương binh"), "&" between acronyms. */
const NAME_GAP = /^(?:[ \t]+|[ \t]*[-‐‑–&][ \t]*|\.)$/u;

/** A word of plain Latin letters: no diacritic anywhere. */
const ASCII_WORD = /^[A-Za-z]+$/u;
/** "&" between two words of a firm's name, spaced or not ("T&T", "Procter & Gamble"). */
const AMPERSAND_GAP = /^[ \t]?&[ \t]?$/u;

const sentenceStart = (tokens: readonly Token[], i: number) => i === 0 || /[.!?:;\n"“”]/.test(tokens[i]!.gap);

export class SideFinder {
  private readonly lex: Lexicon = lexicon();
  private readonly lows: string[];
  private readonly formJoined: (k: number) => boolean;
  private readonly nameJoined: (k: number) => boolean;

  constructor(
    private readonly tokens: readonly Token[],
    /** Credits and bylines ("Ảnh: ...", a line that is only a name): no side there. */
    private readonly masked: (k: number) => boolean = () => false,
  ) {
    this.lows = tokens.map((t) => t.low);
    this.formJoined = (k) => FORM_GAP.test(tokens[k]!.gap);
    this.nameJoined = (k) => NAME_GAP.test(tokens[k]!.gap);
  }

  /** Every side mention, in text order; an organisation's name may hold the country or place it belongs to. */
  find(): SideMention[] {
    const out: SideMention[] = [];
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!t.cap || this.masked(i)) {
        i++;
        continue;
      }
      const known = this.known(i);
      const shaped = this.organisation(i);
      // The shape wins only when it reads more of the name than the lexicon's form (not one more syllable).
      // A known organisation is complete: capitalised words after it are the next thing in the sentence ("Chủ tịch
      // Hội đồng châu Âu Charles Michel"), or its state (withCountry).
      const longer =
        shaped &&
        (!known || (known.kind !== 'organisation' && this.tokens.slice(known.end, shaped.end).some((x) => x.cap)));
      if (shaped && longer) {
        out.push(shaped);
        // The country or place inside the organisation's name is a side too ("Bộ Ngoại giao Trung Quốc").
        for (let k = i + 1; k < shaped.end; k++) {
          const inner = this.known(k);
          if (inner && inner.end <= shaped.end && inner.known!.kind !== 'organisation') {
            out.push(inner);
            k = inner.end - 1;
          }
        }
        i = this.afterAcronym(shaped);
        continue;
      }
      const foreignName = this.foreignOrganisation(i);
      if (foreignName && (!known || foreignName.end > known.end)) {
        out.push(foreignName);
        i = this.afterAcronym(foreignName);
        continue;
      }
      if (known) {
        const extended = this.withCountry(known);
        out.push(extended);
        if (extended !== known) {
          const country = this.known(known.end);
          if (country) out.push(country);
        }
        i = this.afterAcronym(extended);
        continue;
      }
      i++;
    }
    return out;
  }

  /** "(ASEAN)" right after a name: record the acronym and skip it. */
  private afterAcronym(m: SideMention): number {
    const { tokens } = this;
    const next = tokens[m.end];
    if (
      m.kind === 'organisation' &&
      next &&
      /^[ \t]*\($/.test(next.gap) &&
      next.upper &&
      tokens[m.end + 1]?.gap.startsWith(')') !== false
    ) {
      // ("Việt Nam - EU (PCA)": an acronym form keeps its own; the parenthesis belongs to something larger.)
      if (!m.acronym) m.acronym = next.text;
      return m.end + 1;
    }
    return m.end;
  }

  private text(s: number, e: number): string {
    return this.tokens
      .slice(s, e)
      .map((t, k) => (k === 0 ? t.text : t.gap + t.text))
      .join('');
  }

  /** A lexicon form at token i, or null. */
  known(i: number, afterHead = false): SideMention | null {
    const { tokens, lows, lex } = this;
    if (i >= tokens.length || !tokens[i]!.cap) return null;
    for (const { length, value: form } of gazetteer().forms.matchAll(lows, i, this.formJoined)) {
      let ok = true;
      for (let k = 0; k < length && ok; k++) if (form.upper[k] && !tokens[i + k]!.upper) ok = false;
      // A form without its diacritics matches only words written without any ("Trung Quoc", not "Trung Quốc").
      if (form.folded) for (let k = 0; k < length && ok; k++) if (!ASCII_WORD.test(tokens[i + k]!.text)) ok = false;
      // A province or city is a proper name: each word its name capitalises is capitalised in the text too
      // ("Phụ nữ, Hòa bình và An ninh": peace, not the province Hòa Bình). Not so for countries: texts write
      // "Trung quốc", "Hoa kỳ", "Nhật bản" for them.
      if (form.side.kind === 'place')
        for (let k = 1; k < length && ok; k++) if (form.capital[k] && !tokens[i + k]!.cap) ok = false;
      // A form of two or more letters written in capitals in the text but not in the lexicon is an acronym of
      // something else ("HÀ NỘI" in a heading is fine: it is all capitals).
      if (!ok) continue;
      const end = i + length;
      // (After an organisation's head the country or place completes the body: "Đoàn Việt Nam", "Hội Nhật Bản".)
      if (form.side.kind !== 'organisation' && !afterHead && this.insideName(i)) continue;
      // "Thái Bình Dương" is the Pacific, not the province: a longer place name of the people gazetteer wins.
      if (form.side.kind !== 'organisation' && (lex.places.match(lows, i, this.formJoined)?.length ?? 0) > length)
        continue;
      if (form.ambiguous && !this.ambiguousHolds(i, end)) continue;
      // "chị Huế", "anh Thái Bình", "ông Hà Nội": right after an honorific a place's name is a person's given name.
      if (form.side.kind === 'place' && this.afterHonorific(i)) continue;
      // An acronym is a whole form of one word in capitals ("EU"); "TP HCM" is a name, "TP" no acronym of it.
      const acronym = length === 1 && form.upper[0] ? tokens[i]!.text : null;
      return {
        start: i,
        end,
        known: form.side,
        kind: form.side.kind,
        acronym,
        ambiguous: form.ambiguous,
        ...(form.folded ? { folded: true } : {}),
      };
    }
    return null;
  }

  /** An honorific of one or two words ends right before token i, one space before it ("chị", "quý bà"). */
  private afterHonorific(i: number): boolean {
    const { tokens, lows, lex } = this;
    if (!/^[ \t]+$/.test(tokens[i]!.gap)) return false;
    for (let back = 1; back <= 2 && i - back >= 0; back++) {
      const hit = lex.honorifics.match(lows, i - back, (k) => /^[ \t]+$/.test(tokens[k]!.gap));
      if (!hit || hit.length !== back) continue;
      // "các cô chú Nam Định", "bà con Hà Nội": a group of people from the place, not one person.
      const before = i - back - 1;
      if (before >= 0 && (GROUP_WORDS.has(lows[before]!) || lex.honorifics.match(lows, before, () => false)))
        return false;
      return true;
    }
    return false;
  }

  /** A place's or country's name inside a personal name: "Nguyễn Thái Bình", "Lê Hà Nam", "Văn Hà Nội". */
  private insideName(s: number): boolean {
    const prev = this.tokens[s - 1];
    if (!prev || !isNameToken(prev) || !/^[ \t]+$/.test(this.tokens[s]!.gap) || this.lex.leadingWords.has(prev.low))
      return false;
    return this.lex.surnames.has(prev.low) || this.lex.middleNames.has(prev.low);
  }

  /**
   * An ambiguous form ("Anh", "Đức", "Nga", "Mỹ", "Ý"...) is the country only where nothing makes it a name or a
   * word: not inside or next to a Vietnamese name ("Tuấn Anh", "Đức Anh", "Mỹ Tâm"), not after an honorific or
   * a title ("ông Đức", "Thứ trưởng Đức"), and at a sentence start only before a verb ("Mỹ đã ...", not "Pháp luật").
   */
  private ambiguousHolds(s: number, e: number): boolean {
    const { tokens, lows, lex } = this;
    const prev = tokens[s - 1];
    if (prev && isNameToken(prev) && /^[ \t]+$/.test(tokens[s]!.gap) && !lex.leadingWords.has(prev.low)) return false;
    const next = tokens[e];
    // "Đức Anh", "Mỹ Tâm"; and a foreign form before a name is a first name ("Georgia Groome", "Jordan Henderson").
    if (
      next &&
      isNameToken(next) &&
      /^[ \t]+$/.test(next.gap) &&
      (isVietSyllable(next.low) || !isVietSyllable(lows[e - 1]!))
    )
      return false;
    if (prev && /^[ \t]+$/.test(tokens[s]!.gap)) {
      if (lex.honorifics.match(lows, s - 1, () => true)) return false;
      // After a title the word is the person's given name when the article names someone so ("Thứ trưởng Đức"
      // after "Nguyễn Minh Đức"), and the country otherwise ("Tổng thống Pháp"), and always when a full name
      // follows, the title's holder ("Tổng thống Nga Vladimir Putin" beside "Lê Thị Nga").
      if (this.givenNames().has(lows[s]!) && !this.twoNameWordsAt(e)) {
        for (let back = 1; back <= 4 && s - back >= 0; back++) {
          const hit = matchTrigger(lex, tokens, lows, s - back);
          if (hit && hit.kind === 'title' && hit.end === s) return false;
        }
      }
    }
    // "Nga và My", "My và Nga": paired with a one-word Vietnamese name that is no side, it is a name (a person
    // the article names: "Nguyễn Thị Nga" … "bắt quả tang Nga và My"). A given name alone elsewhere is not
    // enough: "Anh", "Đức", "Nga" are common given names, and an article naming "Nguyễn Hoàng Anh" still
    // writes "Chính phủ Anh", "quan hệ Việt Nam - Anh" for the country.
    if (this.pairedWithName(s, e)) return false;
    if (sentenceStart(tokens, s)) {
      if (!next || !/^[ \t]+$/.test(next.gap)) return true;
      return next.cap || AFTER_SUBJECT.has(next.low);
    }
    return true;
  }

  /** Two capitalised name words from token k, one space apart: a person's full name ("Vladimir Putin"). */
  private twoNameWordsAt(k: number): boolean {
    const { tokens } = this;
    const spacedName = (j: number) => j < tokens.length && isNameToken(tokens[j]!) && /^[ \t]+$/.test(tokens[j]!.gap);
    return spacedName(k) && spacedName(k + 1);
  }

  /** "X và Y" where the other one is a lone capitalised Vietnamese syllable that names no side: a pair of names. */
  private pairedWithName(s: number, e: number): boolean {
    const { tokens, lows } = this;
    const spaced = (k: number) => k < tokens.length && /^[ \t]+$/.test(tokens[k]!.gap);
    const lone = (k: number) =>
      k >= 0 &&
      k < tokens.length &&
      isNameToken(tokens[k]!) &&
      isVietSyllable(lows[k]!) &&
      !(k > 0 && tokens[k - 1]!.cap && spaced(k)) &&
      !(k + 1 < tokens.length && tokens[k + 1]!.cap && spaced(k + 1)) &&
      // (Any lexicon form, ambiguous or not, read without resolving it: "Mỹ và Nga" are two sides.)
      !gazetteer().forms.match(lows, k, this.formJoined) &&
      // ("Doanh nghiệp Đức và Công ty CP ...": the head of an organisation's name.)
      !headWords().all.match(lows, k, (j) => isJoiningGap(tokens[j]!.gap));
    if (lows[e] === 'và' && spaced(e) && spaced(e + 1) && lone(e + 1)) return true;
    return s >= 2 && lows[s - 1] === 'và' && spaced(s) && spaced(s - 1) && lone(s - 2);
  }

  private given: Set<string> | null = null;
  /** Last syllables of the full Vietnamese names in the text (surname first, three or four syllables). */
  private givenNames(): Set<string> {
    if (this.given) return this.given;
    const { tokens, lows, lex } = this;
    const out = new Set<string>();
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (!isNameToken(tokens[k]!) || !lex.strongSurnames.has(lows[k]!)) continue;
      let e = k + 1;
      while (e < tokens.length && e - k < 4 && isNameToken(tokens[e]!) && /^[ \t]+$/.test(tokens[e]!.gap)) e++;
      if (e - k >= 3) out.add(lows[e - 1]!);
    }
    this.given = out;
    return out;
  }

  /** "Quốc hội Mỹ", "Bộ Ngoại giao Trung Quốc": a known institution followed by the state it belongs to. */
  private withCountry(m: SideMention): SideMention {
    if (m.kind !== 'organisation' || m.end >= this.tokens.length || !/^[ \t]+$/.test(this.tokens[m.end]!.gap)) return m;
    // An acronym names its body whole: a country after it is the next thing ("Trưởng SOM ASEAN Việt Nam").
    if (m.acronym) return m;
    const country = this.known(m.end);
    if (!country || country.kind !== 'country') return m;
    // "Bộ Ngoại giao Việt Nam" is the lexicon's own entry: the country adds nothing to tell it apart.
    if (country.known!.id === 'country:Việt Nam') return { ...m, end: country.end };
    return { start: m.start, end: country.end, known: null, kind: 'organisation', acronym: null, ambiguous: false };
  }

  /** An organisation's name by its shape, starting with a head word at token i, or null. */
  organisation(i: number): SideMention | null {
    const { tokens, lows, lex } = this;
    const { all, typed } = headWords();
    const t = tokens[i]!;
    // Inside a personal name ("Xuân Trường", "Lê Hội") a head word is part of the name.
    if (i > 0 && isNameToken(tokens[i - 1]!) && /^[ \t]+$/.test(t.gap) && !lex.leadingWords.has(lows[i - 1]!))
      return null;
    let best: { length: number } | null = null;
    for (const h of all.matchAll(lows, i, (k) => isJoiningGap(tokens[k]!.gap))) {
      best = h;
      break;
    }
    if (!best) return null;
    // "Bộ trưởng", "Ban hành", "Tổ chức hội nghị": the head word starts a title or a verb instead.
    const title = matchTrigger(lex, tokens, lows, i);
    if (title && title.kind === 'title' && title.end > i + best.length) return null;
    if (stopWords().match(lows, i, (k) => isJoiningGap(tokens[k]!.gap))) return null;
    // "Đài Loan", "Hội An": a head word that starts a known place's name is that place.
    if ((lex.places.match(lows, i, (k) => isJoiningGap(tokens[k]!.gap))?.length ?? 0) > best.length) return null;
    const headKey = lows.slice(i, i + best.length).join(' ');
    // "Bộ Quy tắc ứng xử", "Bộ luật Hình sự", "Bộ Tiêu chí": a set of rules, not a ministry.
    if (headKey === 'bộ' && RULE_SETS.has(lows[i + 1] ?? '')) return null;
    const headTyped = typed.has(headKey);
    // "Thượng viện Pháp", "Thành ủy TPHCM", "Đại sứ quán Việt Nam": a body named by its place only.
    if (PLACE_BOUND.has(headKey)) {
      // "Huyện ủy Tuy Phước", "UBND TP": a local body's Vietnamese place that the lexicon does not know is read
      // as a name; a foreign word there is a person or a place of another kind ("Công an Changi"). A state's
      // body is named by a state the lexicon knows ("Chủ tịch Thượng viện Hun Sen": the holder).
      const bound = this.placeBound(i, i + best.length);
      if (bound.end > i + best.length || !LOCAL_BOUND.has(headKey)) return bound;
      const named = this.readName(i + best.length, headTyped, false);
      // (readName answers -1 for no name: checked first, since slice(start, -1) would copy the rest of the text.)
      if (named <= bound.end) return bound;
      const vietnamese = tokens.slice(bound.end, named).every((x) => !x.cap || x.upper || isVietSyllable(x.low));
      return vietnamese ? { ...bound, end: named } : bound;
    }
    // A surname head before a name shaped like a person's: "Đoàn Văn Hậu", "Hội Thị ..." (not "Đoàn Việt Nam").
    if (best.length === 1 && lex.surnames.has(lows[i]!)) {
      const run = readNameRun(tokens, i);
      // ("Đoàn Việt Nam": a country of two words or more after the head is a delegation, not a given name.)
      const place = this.known(i + 1, true);
      // ("Đoàn Thanh niên", "Hội Nông dân": the syllable after the head starts a field, which no name does.)
      const field = headWords().fields.match(lows, i + 1, (k) => isJoiningGap(tokens[k]!.gap));
      const named = run && !run.foreign && run.end - i >= 2 && run.end - i <= 4 && !(place && place.end >= run.end);
      if (named && !(field && field.length >= 2 && !tokens[i + 2]!.cap)) return null;
    }
    // "Ban Ki-moon": a one-word head before a romanised Korean given name (a Latin syllable, a hyphen, a lower-case
    // one, and no third part as transliterations have: "Cam-pu-chia") is the surname of that person.
    if (best.length === 1 && koreanGivenName(tokens, i + 1)) return null;
    const end = this.readName(i + best.length, headTyped, NAMED_AFTER.has(headKey));
    if (end < 0) return null;
    // "Trường" before one proper syllable is a place or a name ("Trường Sa", "Trường An", "Trường Sơn"): a school
    // names its type ("Trường THPT ...", "Trường Đại học ...", "Trường tiểu học ...") or a name of two syllables
    // or more ("Trường Lương Thế Vinh").
    if (headKey === 'trường') {
      const first = i + best.length;
      const typedName =
        !tokens[first]!.cap ||
        (tokens[first]!.upper && TYPE_ACRONYMS.has(lows[first]!)) ||
        CAPITALISED_TYPES.has(`${lows[first]} ${lows[first + 1] ?? ''}`);
      if (!typedName && tokens.slice(first, end).filter((x) => x.cap).length < 2) return null;
    }
    return { start: i, end, known: null, kind: 'organisation', acronym: null, ambiguous: false };
  }

  /**
   * The name after a head word: optional lower-case words of type (after a typed head: "Công ty cổ phần", "Ủy ban
   * nhân dân"), then the name's complement, which is proper-name-like: capitalised words, acronyms, numbers, a
   * known place or country (closing it), "và" between two parts ("Giáo dục và Đào tạo"), and in lower case only
   * the syllable that finishes a capitalised word ("Ngoại giao", "Y tế", "Xây dựng"), a field or qualifier
   * (ORGANISATION_FIELDS: "Quản lý thị trường", "Dầu khí quốc gia"), or an administrative unit before the place
   * that names it ("... tỉnh Yên Bái"). Any other lower-case word is the sentence going on and ends the name ("Sở
   * Xây dựng phụ trách", "Sở Y tế gồm"). Returns the end token, or -1 when no capitalised word or acronym follows.
   */
  private readName(from: number, typedHead: boolean, namedAfter: boolean): number {
    const { tokens, lows, lex } = this;
    const stops = stopWords();
    let j = from;
    let end = -1;
    let capWords = 0;
    let lowerRun = 0;
    /** Capitalised syllables read in a row: a proper name ("Việt Đức", "Dung Quất") capitalises each of them. */
    let capRun = 0;
    const limit = Math.min(tokens.length, from + MAX_NAME);
    while (j < limit) {
      const t = tokens[j]!;
      if (!this.nameJoined(j)) break;
      if (!t.cap) {
        // ("Bộ Việc làm và Lao động": a stop word right after a capitalised word, when the name goes on after it.)
        const inWord =
          j > from &&
          tokens[j - 1]!.cap &&
          j + 1 < tokens.length &&
          this.nameJoined(j + 1) &&
          (tokens[j + 1]!.cap || (lows[j + 1] === 'và' && !!tokens[j + 2]?.cap));
        // (A field is a noun even where the stop list reads a verb: "Trung tâm Y tế dự phòng".)
        const afterDash = /[-‐‑–]/.test(t.gap);
        const field =
          capWords > 0
            ? (headWords().fields.match(lows, j, this.nameJoined) ??
              (afterDash ? headWords().paired.match(lows, j, this.nameJoined) : null))
            : null;
        if (field) {
          j += field.length;
          end = j;
          capRun = 0;
          continue;
        }
        // "VKSND cấp cao tại Hà Nội": the seat of a body that names one is part of its name.
        if (lows[j] === 'tại' && j >= from + 2 && SEATED.has(`${lows[j - 2]} ${lows[j - 1]}`)) {
          const seat = this.seatAt(j);
          if (seat > 0) {
            end = seat;
            break;
          }
        }
        // "VKSND thành phố Hà Nội", "TAND huyện Đông Anh": a head then the unit and the place it serves.
        if (capWords === 0) {
          const unit = lex.adminUnits.match(lows, j, (k) => isJoiningGap(tokens[k]!.gap));
          const named = unit ? j + unit.length : -1;
          if (unit && named < limit && tokens[named]!.cap && this.nameJoined(named)) {
            j = named;
            continue;
          }
        }
        if ((stops.match(lows, j, this.nameJoined) && lows[j] !== 'và' && !inWord) || NAME_STOPS.has(lows[j]!)) break;
        capRun = 0;
        if (lows[j] === 'và') {
          // "và" joins two parts of one name only before a capitalised word that starts no other side, and only
          // after a word (two fields: "Giáo dục và Đào tạo"), never after an acronym or a number ("Đảng XIV và Tết").
          const next = tokens[j + 1];
          const before = tokens[j - 1]!;
          if (
            before.upper ||
            /^\d/.test(before.text) ||
            !next ||
            !next.cap ||
            // (The parts of a name are Vietnamese words: an acronym or a foreign word after "và" is another
            // side, "Ủy ban Chứng khoán Nhà nước và UBCKNN", "... Châu Âu và EuroCham".)
            next.upper ||
            !isVietSyllable(next.low) ||
            !this.nameJoined(j + 1) ||
            this.known(j + 1) ||
            headWords().all.match(lows, j + 1, () => true)
          )
            break;
          if (end < 0) break;
          j++;
          continue;
        }
        if (/^\d/.test(t.text) && lowerRun === 0) {
          // "Quân khu 7", "Sư đoàn 312"; a capitalised word may go on ("Ban Chỉ đạo 389 Quốc gia"). Right after
          // the head the number is the name.
          if (j === from) capWords++;
          end = ++j;
          if (j < limit && tokens[j]!.cap && this.nameJoined(j)) continue;
          break;
        }
        if (VERBS.match(lows, j, this.nameJoined)) break;
        if (capWords > 0) {
          // The name has begun and no field continues it ("Cục Quản lý thị trường", above).
          // "Sở Tài nguyên và Môi trường tỉnh Yên Bái": the unit only with the place's name after it.
          const unit = lex.adminUnits.match(lows, j, (k) => isJoiningGap(tokens[k]!.gap));
          const named = unit ? j + unit.length : -1;
          if (unit && named < limit && tokens[named]!.cap && this.nameJoined(named)) {
            j = named;
            continue;
          }
          break;
        }
        // Words of type before the name ("Công ty cổ phần ...", "Cty TNHH một thành viên ...").
        lowerRun++;
        if (lowerRun > (typedHead ? MAX_TYPE_WORDS : 0)) break;
        j++;
        continue;
      }
      // A title after the name is the next thing in the sentence: "Sở Y tế Giám đốc ..."; a title as the name is
      // the office that serves it, read whole ("Văn phòng Chủ tịch nước").
      // (A field or qualifier is no title even where the people read a role: "Hiệp hội Phẫu thuật Hoàng gia Anh".)
      if (!t.upper && !headWords().fields.match(lows, j, this.nameJoined)) {
        const trig = matchTrigger(lex, tokens, lows, j);
        if (trig && end >= 0) break;
        if (trig && trig.kind === 'title' && trig.end > j + 1 && trig.end <= limit) {
          j = trig.end;
          end = j;
          capWords++;
          capRun = 0;
          continue;
        }
      }
      // A full Vietnamese name after the organisation's own name is a person: "Sở Y tế Hà Nội Nguyễn Văn An".
      // Schools, hospitals and companies may bear a person's name ("Trường THPT Trần Phú"); a party committee or a
      // government never does ("Bí thư Thành ủy Nguyễn Văn Nên").
      // ("Hội đồng Dân tộc Y Thanh Hà Niê Kđăm": "Y" before a name of other syllables than Vietnamese ones opens an
      // Ê Đê man's name; "Đại học Y Hà Nội" is the medical school.)
      const ede =
        tokens[j]!.text === 'Y' && (readNameRun(tokens, j)?.end ?? j) - j >= 3 && !!readNameRun(tokens, j)?.foreign;
      if ((capWords > 0 || !namedAfter) && ((lex.strongSurnames.has(lows[j]!) && this.personAt(j)) || ede)) break;
      const place = this.known(j);
      // "Quỹ Nhi đồng Liên hợp quốc", "Hội đồng Bảo an Liên hợp quốc": a known body that is no head of its own
      // closes the name as its owner, as a place does ("Bộ Y tế Bộ Tài chính" stays two: "Bộ" is a head).
      if (
        place &&
        place.kind === 'organisation' &&
        capWords > 0 &&
        !place.acronym &&
        !headWords().all.match(lows, j, () => true)
      ) {
        end = place.end;
        break;
      }
      if (place && place.kind !== 'organisation') {
        j = place.end;
        end = j;
        capWords++;
        lowerRun = 0;
        // After the place only the acronym of the name may follow ("... Hà Nội (HUST)"), not another name.
        break;
      }
      // After a name, another head word starts another organisation.
      if (end >= 0 && headWords().all.match(lows, j, () => true) && !t.upper) break;
      // "Trường Tiểu học Kim Liên", "Bệnh viện Đa khoa ...": a capitalised word of type is not the name yet.
      const typeWord = j + 1 < tokens.length && CAPITALISED_TYPES.has(`${lows[j]} ${lows[j + 1]}`);
      if ((!t.upper || !TYPE_ACRONYMS.has(lows[j]!)) && !typeWord) capWords++;
      j++;
      end = j;
      lowerRun = 0;
      capRun++;
      if (this.finishesWord(j, limit, t, capRun)) {
        j++;
        end = j;
        capRun = 0;
      }
    }
    if (end < 0 || capWords === 0) return -1;
    return end;
  }

  /**
   * Whether the lower-case syllable at j finishes the capitalised word `cap` before it ("Ngoại giao", "Y tế",
   * "Xây dựng"). An acronym or a foreign word takes none ("FPT đối tác", "Vingroup công bố"); nor does the last
   * syllable of a proper name capitalised throughout ("Việt Đức chính thức", "Dung Quất tới nay") unless the
   * name ends right after it ("Bệnh viện Bệnh Nhiệt đới,"); never a verb, a stop word or "và", unless the name
   * goes on after it ("Bộ Việc làm và Lao động").
   */
  private finishesWord(j: number, limit: number, cap: Token, capRun: number): boolean {
    const { tokens, lows } = this;
    if (j >= limit || cap.upper || tokens[j]!.cap || !this.nameJoined(j) || !isVietSyllable(cap.low)) return false;
    if (NAME_STOPS.has(lows[j]!) || lows[j] === 'và' || /^\d/.test(tokens[j]!.text)) return false;
    // A field after the word is read as one ("Khu công nghiệp", "Cục Xuất nhập khẩu", "Chống tham nhũng").
    if (headWords().fields.match(lows, j, this.nameJoined)) return false;
    const joinedAt = (k: number) => k < tokens.length && this.nameJoined(k);
    const goesOn = joinedAt(j + 1) && (tokens[j + 1]!.cap || (lows[j + 1] === 'và' && !!tokens[j + 2]?.cap));
    const stops = stopWords();
    if (!goesOn && (VERBS.match(lows, j, this.nameJoined) || stops.match(lows, j, this.nameJoined))) return false;
    if (capRun < 2) return true;
    // After a proper name capitalised throughout, only when no lower-case word of the sentence follows.
    const next = j + 1;
    return (
      !joinedAt(next) ||
      tokens[next]!.cap ||
      lows[next] === 'và' ||
      NAME_STOPS.has(lows[next]!) ||
      !!stops.match(lows, next, this.nameJoined) ||
      !!headWords().fields.match(lows, next, this.nameJoined)
    );
  }

  /**
   * The name of a body that only a place completes: its head, then lower-case words of type ("nhân dân",
   * "tỉnh"), then a known place or country, or after an administrative word ("tỉnh", "huyện") capitalised
   * words. Never a person's name after it ("Chủ tịch Thượng viện Samdech Techo Hun Sen").
   */
  private placeBound(i: number, from: number): SideMention {
    const { tokens, lows } = this;
    let j = from;
    let end = from;
    while (j < tokens.length && j - from < 6 && this.nameJoined(j)) {
      const place = tokens[j]!.cap ? this.known(j) : null;
      if (place && place.kind !== 'organisation') {
        end = place.end;
        // "Đại sứ quán Việt Nam tại Pháp": a mission's seat is part of its name.
        if (MISSIONS.has(lows.slice(i, from).join(' '))) end = Math.max(end, this.seatAt(end));
        break;
      }
      const unit = !tokens[j]!.cap ? this.lex.adminUnits.match(lows, j, (k) => isJoiningGap(tokens[k]!.gap)) : null;
      if (unit) {
        const first = j + unit.length;
        const named = first < tokens.length && this.nameJoined(first) ? this.known(first) : null;
        if (named && named.kind !== 'organisation') {
          end = named.end;
          break;
        }
        let k = first;
        while (k < tokens.length && k - first < 4 && isNameToken(tokens[k]!) && this.nameJoined(k)) {
          // "Chủ tịch UBND tỉnh Đặng Quốc Khánh": a full name where the place's name would be is the person.
          if (this.lex.strongSurnames.has(tokens[k]!.low) && this.personAt(k) && (k > first || this.fullNameAt(k)))
            break;
          k++;
        }
        if (k > first) end = k;
        break;
      }
      // A qualifier before the place, capitalised or not ("Hải quân Hoàng gia Anh", "Quân đội nhân dân Lào").
      const field = headWords().fields.match(lows, j, this.nameJoined);
      if (field) {
        j += field.length;
        continue;
      }
      if (tokens[j]!.cap || stopWords().match(lows, j, this.nameJoined)) break;
      j++;
    }
    return { start: i, end, known: null, kind: 'organisation', acronym: null, ambiguous: false };
  }

  /** "tại" then a known place or country at j: the end of the seat, or -1. */
  private seatAt(j: number): number {
    const { tokens, lows } = this;
    if (lows[j] !== 'tại' || j + 1 >= tokens.length || !this.nameJoined(j) || !this.nameJoined(j + 1)) return -1;
    const seat = tokens[j + 1]!.cap ? this.known(j + 1) : null;
    return seat && seat.kind !== 'organisation' ? seat.end : -1;
  }

  /** Three or four syllables after a surname: a person's full name (places of that shape are rare and known). */
  private fullNameAt(j: number): boolean {
    const run = readNameRun(this.tokens, j);
    return !!run && !run.foreign && run.end - j >= 3 && run.end - j <= 4;
  }

  /** A full Vietnamese name starting at j (surname, then one to three syllables). */
  private personAt(j: number): boolean {
    const run = readNameRun(this.tokens, j);
    if (!run || run.foreign) return false;
    const len = run.end - j;
    return len >= 2 && len <= 4 && !this.known(j);
  }

  /**
   * "Vietnam Airlines", "Kioxia Corp", "Sài Gòn FC", "Getty Images": a capitalised run ending in an organisation
   * word; or a Latin-script run joined by "&" ("Vina T&T Group", "Procter & Gamble"), a firm's or a brand's
   * name: people are not written so.
   */
  private foreignOrganisation(i: number): SideMention | null {
    const { tokens } = this;
    if (i > 0 && tokens[i - 1]!.cap && /^[ \t]+$/.test(tokens[i]!.gap)) return null;
    if (this.lex.leadingWords.has(tokens[i]!.low)) return null;
    const { suffixes } = headWords();
    let j = i;
    let ampersand = -1;
    while (j < tokens.length && j - i < 6 && tokens[j]!.cap) {
      if (j > i && !/^[ \t]+$/.test(tokens[j]!.gap)) {
        if (!AMPERSAND_GAP.test(tokens[j]!.gap)) break;
        ampersand = j;
      }
      j++;
    }
    if (j - i < 2) return null;
    // A letter or an acronym on both sides of the "&", as firms write it ("T&T", "AT&T", "H&M", "P&G"); two
    // people in a headline are "Marlon Wayans & Regina Hall", and "Hà Nội & TP HCM" two places.
    const letters = (k: number) => tokens[k]!.upper || tokens[k]!.text.length === 1;
    if (ampersand > 0 && letters(ampersand - 1) && letters(ampersand)) {
      // The name ends at its organisation word ("Group") or right after the "&": a name may follow it ("Chủ tịch
      // T&T Group Đỗ Văn A").
      let end = ampersand + 1;
      for (let e = end + 1; e <= j && end === ampersand + 1; e++) if (suffixes.has(tokens[e - 1]!.text)) end = e;
      return { start: i, end, known: null, kind: 'organisation', acronym: null, ambiguous: false };
    }
    // Ends at the first word written as in the list ("SA", "Corp"); a name may follow it ("Tổng Giám đốc Vietnam
    // Airlines Dương Trí Thành"). Not before a hyphen ("Kim Sa-myeong" is a name).
    for (let e = i + 2; e <= j; e++) {
      if (!suffixes.has(tokens[e - 1]!.text) || (tokens[e] && /^[-‐‑]$/.test(tokens[e]!.gap))) continue;
      return { start: i, end: e, known: null, kind: 'organisation', acronym: null, ambiguous: false };
    }
    return null;
  }
}
