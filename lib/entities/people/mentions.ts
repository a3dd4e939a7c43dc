// Find every mention of a person in the token stream: after a title or an honorific, or as a capitalised run
// shaped like a full name (surname first, or a foreign name), with the titles the text gives them.
import type { Token } from './tokens';
import { isNameGap } from './tokens';
import { PhraseDict, type Lexicon } from './lexicon';
import { countListItem, initialledNames, placeListItems } from './list-shapes';
import {
  readNameRun,
  regnalAfter,
  isCalendarOrZodiac,
  isNameToken,
  isVietSyllable,
  koreanGivenName,
  type NameRun,
} from './shape';
import { listedPlaces } from './doc-places';
import { decideByEvidence } from './evidence';
import { placeOrOrgContext } from './place-context';
import {
  appositiveTrigger,
  matchTrigger,
  readAppositive,
  breaksPhrase,
  stopWords,
  makeJoined,
  appositionLead,
  departmentInRole,
  noteBeforeApposition,
  trimTitleEnd,
} from './triggers';

export interface TitleMention {
  /** Token range of the title text. */
  start: number;
  end: number;
  rank: number;
}

export interface Mention {
  /** Token range of the name. */
  start: number;
  end: number;
  foreign: boolean;
  /** Found after a title or an honorific (strong evidence even for a single given name). */
  triggered: boolean;
  titles: TitleMention[];
}

/** Speech verbs after a lone foreign surname: "Như Bezos nói", "Shatzkin có viết". */
const SPEECH = [
  'nói',
  'cho biết',
  'viết',
  'có viết',
  'cho rằng',
  'khẳng định',
  'nhấn mạnh',
  'tuyên bố',
  'chia sẻ',
  'thừa nhận',
  'kể',
  'giải thích',
];

/**
 * "kiêm": a second post held together with the first ("X, Bộ trưởng Ngoại giao kiêm Phó Thủ tướng"). Roles after
 * "làm", "là", "giữ chức", "được bầu làm" are predicates (what the sentence says of the person), not titles.
 */
const ROLE_VERBS = new PhraseDict<true>();
// "X, thành viên Hội đồng ... và cũng là Phó hiệu trưởng ...", "đồng thời là": one more post of the same person.
for (const v of ['kiêm', 'kiêm nhiệm', 'đồng thời là', 'và cũng là', 'và đồng thời là', 'cũng là', 'và là'])
  ROLE_VERBS.add(v, true);

/** Times of day that open a sentence ("Chiều nay", "Sáng 25-5"): never the last word of a name before a lower-case word. */
const TIME_WORDS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm']);
/** Middle names that start a two-word given name and no place's or organisation's name. */
const GIVEN_WITH_MIDDLE = new Set(['văn', 'thị', 'công', 'đình', 'tấn', 'trọng', 'bá', 'khắc', 'viết']);
const COMPASS = new Set(['bắc', 'nam', 'đông', 'tây']);
/** First words of foreign place names ("San Juan", "Santa Barbara", "New Jersey", "Port Moresby", "Lake Side"). */
const PLACE_FIRST_WORDS = new Set([
  'San',
  'Santa',
  'Santo',
  'São',
  'Saint',
  'St',
  'Sainte',
  'Los',
  'Las',
  'New',
  'Port',
  'Fort',
  'Mount',
  'Lake',
  'Cape',
  'Bad',
  'Puerto',
  'Porto',
]);
/** Words whose first syllable is capitalised inside an organisation's name and read like a given name. */
const COMPOUND_STARTS = new Set(['mặt trận', 'chủ tịch', 'liên đoàn', 'liên hiệp', 'thường vụ', 'chấp hành']);
/** A letter with a Vietnamese diacritic. */
/**
 * Heads of a unit's name that are also common given names ("Khoa Luật" is a faculty; "anh Khoa" a person): they
 * open a unit only before more capitalised words.
 */
const UNIT_HEADS = new Set(['khoa']);

/** Spellings of Vietnamese syllables that romanised Korean and Chinese names do not use ("Thanh", "Bích"). */
const VIET_SPELLING = /^(?:th|tr|ph|nh|ngh|qu|kh)|(?:nh|ch)$/u;
const VIET_MARK = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Capitalised honorifics: inside a capitalised run they start the next person's mention. */
const HONORIFIC_CAPS = new Set(['Ông', 'Bà', 'Ngài']);

/** Words before a title that make it plural ("các cầu thủ", "hai đội trưởng"). */
const PLURALS = new Set(['các', 'những', 'nhiều', 'hai', 'ba', 'bốn', 'mấy', 'vài', 'loạt', 'hàng']);

/** Countries whose people's names Vietnamese news writes as Sino-Vietnamese syllables. */
const SINO_NAMES = new Set(['trung quốc', 'đài loan', 'hồng kông', 'ma cao', 'triều tiên', 'hàn quốc', 'singapore']);

export class MentionFinder {
  private readonly lows: string[];
  private readonly joined: (k: number) => boolean;
  private readonly speech = new Set(SPEECH);
  private lowerWords: Set<string> | null = null;
  /** Words the article also writes in lower case, as common words ("tag", "order", "service"). */
  private writtenLower(low: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      // A word of running text: spaces before it and a space or punctuation after it (not a part of a link, a
      // handle or an address: "twitter.com/kumailn", "brad_choate").
      const { tokens } = this;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        const after = tokens[k + 1]?.gap ?? ' ';
        if (!t.cap && t.alpha && /[ \t\n]$/.test(t.gap) && /^(?:[ \t\n]|[,.;:!?)”"][ \t\n])/.test(after))
          this.lowerWords.add(t.low);
      }
    }
    return this.lowerWords.has(low);
  }
  /** Names the article lists with known places ("Qatar, Ai Cập và Mỹ"). */
  private readonly listed: Set<string>;

  constructor(
    private readonly lex: Lexicon,
    private readonly tokens: readonly Token[],
    private readonly masked: (k: number) => boolean,
    /** Inside the name of a country, place or organisation (lib/entities/sides). */
    private readonly inSide: (k: number) => boolean = () => false,
    /** End token of the side's mention that token k starts, or -1. */
    private readonly sideEnd: (k: number) => number = () => -1,
    /** Token k is inside an organisation's name, after its first word. */
    private readonly inOrgName: (k: number) => boolean = () => false,
    /** Keys of the proper names inside the article's organisations ("mai linh" of "Tập đoàn Mai Linh"). */
    private readonly orgNames: ReadonlySet<string> = new Set(),
  ) {
    this.lows = tokens.map((t) => t.low);
    this.joined = makeJoined(tokens);
    this.listed = listedPlaces(lex, tokens, this.lows, this.joined);
  }

  find(): Mention[] {
    const out: Mention[] = [];
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      if (this.masked(i)) {
        i++;
        continue;
      }
      // "Bà Rịa", "Hai Bà Trưng", "Cô Tô": a place that starts like an honorific.
      const place = tokens[i]!.cap ? this.lex.places.match(this.lows, i, this.joined) : null;
      if (place && place.length >= 2) {
        i += place.length;
        continue;
      }
      const viaTrigger = this.fromTriggers(i);
      const found = viaTrigger ?? this.bareName(i);
      if (found) {
        out.push(found);
        i = this.withAppositives(found);
        found.titles = this.mergeCompounds(found.titles);
        for (const item of this.sharedRoleItems(found, i)) {
          out.push(item);
          i = item.end;
        }
        continue;
      }
      i++;
    }
    const { lex, lows, joined, masked, inSide } = this;
    const context = {
      lex,
      tokens,
      lows,
      joined,
      masked,
      inSide,
      inOrganisation: (k: number) => this.inOrgName(k),
      placeOrOrgContext: (k: number) => this.placeOrOrgContext(k),
    };
    const placeItems = placeListItems(lex, tokens, lows, joined);
    const initialled = initialledNames(tokens, lows);
    // Items of a list of places or of counts, and names written with their own initials, are no people.
    const person = (m: Mention): boolean => {
      const key = lows.slice(m.start, m.end).join(' ');
      if (initialled.has(key)) return false;
      if (m.titles.length > 0) return true;
      return !placeItems.has(m.start) && !countListItem(tokens, m.start, m.end);
    };
    const listed = this.withListMates(this.withLowerCaseEnds(out).filter(person));
    return decideByEvidence(context, listed.filter(person));
  }

  /**
   * "các Bộ trưởng Ngoại giao Nhật Bản X, Hàn Quốc Y và Trung Quốc Z": a role whose complement ends with a country,
   * then after a comma or "và" another country and a name, and so on: each is the role's next holder, with the
   * role less its first country. Read from token k, right after the first holder and any apposition.
   */
  private sharedRoleItems(first: Mention, k: number): Mention[] {
    const { lex, tokens, lows } = this;
    const role = first.titles[first.titles.length - 1];
    if (!role || role.end !== first.start) return [];
    let country = -1;
    for (let c = role.start + 1; c < role.end && country < 0; c++) {
      const place = tokens[c]!.cap ? lex.places.match(lows, c, this.joined) : null;
      if (place && c + place.length === role.end) country = c;
    }
    if (country < 0) return [];
    const shared: TitleMention = { start: role.start, end: trimTitleEnd(lows, role.start, country), rank: role.rank };
    const items: Mention[] = [];
    while (k < tokens.length && items.length < 8) {
      const comma = /^[ \t]*,[ \t]*$/.test(tokens[k]!.gap) && tokens[k]!.cap;
      const and = lows[k] === 'và' && /^[ \t]+$/.test(tokens[k]!.gap) && k + 1 < tokens.length && this.joined(k + 1);
      const c = comma ? k : and ? k + 1 : -1;
      const place = c >= 0 && tokens[c]!.cap ? lex.places.match(lows, c, this.joined) : null;
      if (!place) break;
      const run = this.nameAt(c + place.length, true, false, true);
      if (!run || run.start !== c + place.length || (run.end - run.start < 2 && !run.foreign)) break;
      items.push({ start: run.start, end: run.end, foreign: run.foreign, triggered: true, titles: [{ ...shared }] });
      k = run.end;
    }
    return items;
  }

  /**
   * "Thủ tướng Phạm Minh chính": a name whose last syllable was typed in lower case, when the article writes the
   * whole name elsewhere with its capital, keeps that syllable (not "Phạm Minh").
   */
  private withLowerCaseEnds(found: Mention[]): Mention[] {
    const { tokens, lows } = this;
    const full = new Set<string>();
    for (const m of found) if (m.end - m.start >= 3) full.add(lows.slice(m.start, m.end).join(' '));
    for (const m of found) {
      const next = tokens[m.end];
      if (m.end - m.start < 2 || !next || next.cap || !/^[ \t]+$/.test(next.gap)) continue;
      if (full.has(lows.slice(m.start, m.end + 1).join(' '))) m.end++;
    }
    return found;
  }

  /**
   * Lists share a class: in a list of three or more capitalised names joined by commas and a final "và" ("Văn
   * Phong, Công Thành, Thiago Melo, Hoài An"), where at least one item is already a person and none is a place or
   * an organisation, every item is a person. One pass over the tokens.
   */
  private withListMates(found: Mention[]): Mention[] {
    const { tokens, lows } = this;
    const starts = new Set(found.map((m) => m.start));
    const byStart = new Map(found.map((m) => [m.start, m]));
    // A known person's whole name, or the surname of a foreign one ("Courtois" after "Thibaut Courtois").
    const personWords = new Set<string>();
    for (const m of found) {
      personWords.add(lows.slice(m.start, m.end).join(' '));
      if (m.foreign && m.end - m.start >= 2) personWords.add(lows[m.end - 1]!);
    }
    const added: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (
        !isNameToken(tokens[i]!) ||
        this.masked(i) ||
        (i > 0 && isNameToken(tokens[i - 1]!) && /^[ \t]+$/.test(tokens[i]!.gap))
      ) {
        i++;
        continue;
      }
      const items: NameRun[] = [];
      let k = i;
      let coordinated = false;
      while (k < tokens.length && items.length < 40) {
        const run = readNameRun(tokens, k, 4);
        if (!run || this.masked(k)) break;
        items.push(run);
        const next = tokens[run.end];
        if (!next) break;
        const item = this.nextListItem(run.end);
        if (item > 0) {
          k = item;
          continue;
        }
        if (
          (lows[run.end] === 'và' || lows[run.end] === 'cùng') &&
          /^[ \t]+$/.test(next.gap) &&
          tokens[run.end + 1] &&
          isNameToken(tokens[run.end + 1]!) &&
          /^[ \t]+$/.test(tokens[run.end + 1]!.gap)
        ) {
          k = run.end + 1;
          coordinated = true;
          continue;
        }
        break;
      }
      const last = items[items.length - 1];
      if (items.length < 2) {
        i = last ? Math.max(i + 1, last.end) : i + 1;
        continue;
      }
      const people = items.filter(
        (it) => starts.has(it.start) || personWords.has(lows.slice(it.start, it.end).join(' ')),
      ).length;
      const other = items.some(
        (it) =>
          this.inSide(it.start) ||
          this.lex.places.match(lows, it.start, this.joined) ||
          this.rejected(it.start, it.end, lows.slice(it.start, it.end)) ||
          this.placeOrOrgContext(it.start),
      );
      if (items.length >= 3 && people >= 1 && !other) {
        for (const it of items) {
          if (starts.has(it.start)) continue;
          const m: Mention = { start: it.start, end: it.end, foreign: it.foreign, triggered: true, titles: [] };
          added.push(m);
          byStart.set(it.start, m);
        }
      }
      // "các diễn viên Thanh Trúc, Tú Hảo và Hải Triều", "Hai đội trưởng Xuân Trường và Matsui": a title right before
      // a list of people is each one's.
      const first = byStart.get(items[0]?.start ?? -1);
      const title = first?.titles.find((t) => t.end === first.start);
      // ("đạo diễn George C. Wolfe, Chadwick Boseman vào vai": two names and a comma are no list.)
      if (title && (coordinated || items.length >= 3) && items.every((it) => byStart.has(it.start))) {
        for (const it of items.slice(1)) {
          const m = byStart.get(it.start)!;
          if (!m.titles.some((t) => t.start === title.start)) m.titles.unshift(title);
        }
      }
      i = last ? Math.max(i + 1, last.end) : i + 1;
    }
    if (added.length === 0) return found;
    return [...found, ...added].sort((a, b) => a.start - b.start);
  }

  /**
   * The next item of a list after the item ending at token `end`: the separator is a comma or a semicolon, and in
   * line-ups the substitute in parentheses with its minute ("Varane (Nacho, 46'), Ramos, Mendy; Casemiro"). Returns
   * the token of the next item, or -1.
   */
  private nextListItem(end: number): number {
    const { tokens } = this;
    let k = end;
    for (let guard = 0; guard < 3 && k < tokens.length; guard++) {
      const t = tokens[k]!;
      const gap = t.gap.replace(/[ \t]+/g, '');
      // A minute after a substitute: "(Nacho, 46')", "(Odriozola 68')".
      if (/^\d{1,3}$/.test(t.text) && /^[,;()'’]*$/.test(gap)) {
        k++;
        continue;
      }
      // Only list punctuation, and at least one comma, semicolon or parenthesis.
      if (!/^[,;()'’]+$/.test(gap) || !/[,;(]/.test(gap)) return -1;
      if (!isNameToken(t)) return -1;
      // A parenthesis holds a substitute and the minute he came on ("(Nacho, 46')"); "Trang (Yu Dương)" is a
      // character and the actor who plays her, no list.
      if (gap.includes('(')) {
        const run = readNameRun(tokens, k, 4);
        if (!run || !tokens[run.end] || !/^\d{1,3}$/.test(tokens[run.end]!.text)) return -1;
      }
      return k;
    }
    return -1;
  }

  /** Titles (possibly a comma-separated chain of them) or an honorific, then a name. */
  private fromTriggers(i: number): Mention | null {
    const { lex, tokens, lows } = this;
    // Most tokens start nothing: look the trigger up first (cached per token).
    if (!matchTrigger(lex, tokens, lows, i)) return null;
    // "Nguyễn Anh Minh", "Chi cục trưởng": a word inside a capitalised run does not start a title or honorific;
    // "Phủ Chủ tịch" (a place) may still stand before a name, but does not start a chain of titles.
    const insideRun =
      i > 0 && isNameToken(tokens[i - 1]!) && /^[ \t]+$/.test(tokens[i]!.gap) && !lex.leadingWords.has(lows[i - 1]!);
    // ("... tỉnh Yên Bái Ông Đỗ Đức Duy sinh năm": "Ông", "Bà" capitalised inside a run before a full name start a
    // sentence whose break was lost; "Tháp Bà Ponagar" is a place's name.)
    const lostBreak =
      HONORIFIC_CAPS.has(tokens[i]!.text) &&
      lex.strongSurnames.has(lows[i + 1] ?? '') &&
      (readNameRun(tokens, i + 1)?.end ?? 0) - i >= 3;
    if (insideRun && (!tokens[i]!.cap || (lex.honorifics.match(lows, i, this.joined) && !lostBreak))) return null;
    // "Ban Bí thư Trung ương về việc chỉ định ông X": a title word inside a body's name is the body's.
    if (this.inOrgName(i)) return null;
    // "thừa ủy quyền của Thủ tướng, Bộ trưởng ... X": the first title is someone else's.
    const before = lows.slice(Math.max(0, i - 3), i).join(' ');
    const delegated = /(?:uỷ|ủy) quyền(?: của)?$|thừa lệnh(?: của)?$|thay mặt(?: cho)?$/.test(before);
    // "Trả lời phóng viên, ông X cho biết": a lower-case role right after a lower-case word is that verb's object,
    // and a role after "là" a predicate ("giao nhiệm vụ là Bộ trưởng ..., đồng chí X tin tưởng"), not the title of
    // the honorific and name after the comma.
    const afterWord = i > 0 && /^[ \t]+$/.test(tokens[i]!.gap) && !tokens[i - 1]!.cap;
    const objectOfVerb =
      afterWord && ((!tokens[i]!.cap && lows[i - 1] !== 'theo') || lows[i - 1] === 'là' || lows[i - 1] === 'làm');
    const chainAllowed = !insideRun && !delegated;
    // "các cầu thủ Real Betis", "các Bộ trưởng Ngoại giao ASEAN": a plural title names a group; only a list after it
    // names its members ("Hai đội trưởng Xuân Trường và Matsui").
    const plural = i > 0 && /^[ \t]+$/.test(tokens[i]!.gap) && PLURALS.has(lows[i - 1]!);
    const titles: TitleMention[] = [];
    let k = i;
    for (let round = 0; round < 4; round++) {
      const hit = matchTrigger(lex, tokens, lows, k);
      if (!hit) return null;
      if (hit.kind === 'honorific') {
        // "ngài Đại sứ ...": an honorific before a title.
        const next = hit.end < tokens.length && this.joined(hit.end) ? matchTrigger(lex, tokens, lows, hit.end) : null;
        if (next && next.kind === 'title') {
          k = hit.end;
          round--;
          continue;
        }
        const run = this.nameAt(hit.end, true, hit.weak) ?? this.sinoNameAfterCountry(hit.end);
        if (!run) return null;
        return { start: run.start, end: run.end, foreign: run.foreign, triggered: true, titles };
      }
      // A title: scan its complement for the name. "Đồn trưởng Đồn Biên phòng ...": after a head "X trưởng", a
      // capitalised X starts the body the title heads.
      const sameHead = hit.end - hit.start >= 2 && lows[hit.end - 1] === 'trưởng' ? lows[hit.end - 2]! : null;
      // A profession written in lower case ("thủ môn", "chuyên gia") takes a short complement: a few words, a
      // nationality, a body, a place, an owner after "của" ("nữ sĩ quan tàu ngầm đầu tiên của Argentina").
      const profession = !tokens[k]!.cap && hit.rank <= 1;
      const scan = this.scanComplement(hit.end, sameHead, profession ? 5 : 8);
      if (scan.name && plural && !this.listFollows(scan.name.end)) return null;
      // "Đại diện Vinamilk cho biết": a representative is named by what he represents; one word right after the
      // role, with no honorific between, is that body ("Đại diện thương mại Mỹ Robert Lighthizer" has its complement).
      if (
        scan.name &&
        scan.name.start === hit.end &&
        scan.name.end - scan.name.start === 1 &&
        this.representative(k, hit.end)
      )
        return null;
      if (scan.name) {
        // "Thủ hiến Scotland bà Nicola Sturgeon", "... Yên Bái Ông Đỗ Đức Duy": the honorific is not the title's.
        let titleEnd = scan.name.start;
        // ("Bộ trưởng Ngoại giao Anh James Cleverly": a capitalised "Anh" there is the country, not an honorific.)
        while (
          titleEnd > hit.end &&
          lex.honorifics.match(lows, titleEnd - 1, () => true) &&
          (!tokens[titleEnd - 1]!.cap || HONORIFIC_CAPS.has(tokens[titleEnd - 1]!.text))
        )
          titleEnd--;
        titles.push({ start: k, end: trimTitleEnd(lows, k, titleEnd), rank: hit.rank });
        return { start: scan.name.start, end: scan.name.end, foreign: scan.name.foreign, triggered: true, titles };
      }
      // ("Đại diện Tập đoàn Điện lực Việt Nam (EVN), ông X": the comma after a closing parenthesis.)
      const comma = scan.stop < tokens.length && /^\)?[ \t]*,$/.test(tokens[scan.stop]!.gap.trim());
      if (chainAllowed && scan.stop < tokens.length && (comma || scan.title) && scan.stop > hit.end - 1) {
        const end = trimTitleEnd(lows, k, scan.stop);
        // "Cựu tiền vệ Atletico Madrid, Raul Garcia trở thành ...", "thủ hiến bang Uttar Pradesh, Yogi Adityanath,
        // nhấn mạnh": the title, a comma, then the name it introduces.
        // ("giáo sư tại Đại học California, Santa Barbara": after "tại" or "ở" the comma refines the place.)
        const located = lows.slice(k, scan.stop).some((l) => l === 'tại' || l === 'ở');
        const named = comma && !located ? this.nameAfterComma(scan.stop) : null;
        if (named) {
          titles.push({ start: k, end, rank: hit.rank });
          return { start: named.start, end: named.end, foreign: named.foreign, triggered: true, titles };
        }
        if (objectOfVerb && comma && matchTrigger(lex, tokens, lows, scan.stop)?.kind === 'honorific') return null;
        titles.push({ start: k, end, rank: hit.rank });
        k = scan.resume ?? scan.stop;
        continue;
      }
      return null;
    }
    return null;
  }

  /** The title from token s to e is "đại diện" (a representative), whatever its case. */
  private representative(s: number, e: number): boolean {
    return e - s === 2 && this.lows[s] === 'đại' && this.lows[s + 1] === 'diện';
  }

  /** A list goes on after a name ending at `end`: ", Name" or "và Name". */
  private listFollows(end: number): boolean {
    const { tokens, lows } = this;
    const next = tokens[end];
    if (!next) return false;
    if (next.gap.trim() === ',' && isNameToken(next)) return true;
    return (lows[end] === 'và' || lows[end] === 'cùng') && !!tokens[end + 1] && isNameToken(tokens[end + 1]!);
  }

  /**
   * "Title, Name" ("HLV hiện tại của Bayern Munich, Hansi Flick trước đó ..."): a name at token p, right after the
   * comma that ends a title, that is no title, honorific, place or body itself, and ends the apposition (a comma, a
   * full stop, or the verb of the sentence after it). A Vietnamese name needs its surname, a foreign name two words.
   */
  private nameAfterComma(p: number): NameRun | null {
    const { tokens, lows, lex } = this;
    if (p >= tokens.length || !isNameToken(tokens[p]!) || this.masked(p) || this.inSide(p)) return null;
    if (matchTrigger(lex, tokens, lows, p)) return null;
    // The same evidence as an untitled name (bareName): the title adds only the role.
    const run = this.bareName(p);
    if (!run || run.start !== p || run.end - run.start < 2 || (!run.foreign && !lex.surnames.has(lows[p]!)))
      return null;
    const after = tokens[run.end];
    const closes = !after || /^[ \t]*[,.;:!?)]/.test(after.gap);
    const verb = !!after && /^[ \t]+$/.test(after.gap) && !after.cap;
    return closes || verb ? { start: run.start, end: run.end, foreign: run.foreign } : null;
  }

  /** After a title: the name within the next words, skipping ministries, bodies, places and acronyms. */
  private scanComplement(
    from: number,
    sameHead: string | null = null,
    maxLower = 8,
  ): { name: NameRun | null; stop: number; title?: boolean; resume?: number } {
    const { lex, tokens, lows } = this;
    const stops = stopWords();
    let j = from;
    let afterOrgHead = false;
    if (
      sameHead &&
      from < tokens.length &&
      tokens[from]!.cap &&
      lows[from] === sameHead &&
      this.joined(from) &&
      this.sideEnd(from) < 0
    ) {
      j = from + 1;
      afterOrgHead = true;
    }
    // Right after the title's complement or a place ("Bộ trưởng Ngoại giao Sugiono", "Nhà vua Bỉ Philippe"):
    // the name is as close to the title as if nothing stood between them.
    let tail = from;
    // Long enough for "Giám đốc điều hành Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc (UNODC) X".
    let lowerRun = 0;
    let sino = false;
    while (j < tokens.length && j - from < 24) {
      if (j > from && breaksPhrase(tokens, j) && !this.continuesWithBody(j)) return { name: null, stop: j };
      // A long run of lower-case words is the sentence going on, not a complement ("Đại sứ Azerbaijan thông tin
      // về cuộc đụng độ tại điểm nóng ...").
      lowerRun = tokens[j]!.cap ? 0 : lowerRun + 1;
      if (lowerRun > maxLower) return { name: null, stop: j };
      // An organisation's whole name is part of the complement ("Tổng Giám đốc Vietnam Airlines Dương Trí Thành").
      const sideEnd = this.sideEnd(j);
      if (sideEnd > j && tokens[j]!.cap) {
        sino ||= this.holdsSinoCountry(j, sideEnd);
        j = sideEnd;
        tail = j;
        afterOrgHead = false;
        continue;
      }
      // "Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng", "Đại sứ Trung Quốc tại Việt Nam Hùng Ba": the role is
      // held for a country whose people's names Vietnamese writes in Sino-Vietnamese syllables, so right after the
      // complement two or more syllables are the holder's name even without a Vietnamese surname.
      if (sino && j === tail && j > from && this.joined(j) && isNameToken(tokens[j]!) && !this.inSide(j)) {
        const run = this.nameAt(j, true, false, true);
        if (run && (run.end - run.start >= 2 || run.foreign)) return { name: run, stop: j };
      }
      // After "GS." or "ThS." the gap holds the abbreviation's dot.
      const gapOk =
        /^[ \t]*\(?$/.test(tokens[j]!.gap) ||
        (/^\.[ \t]*$/.test(tokens[j]!.gap) && lex.abbreviations.has(lows[j - 1]!));
      if (j === from && !this.joined(j) && !gapOk) return { name: null, stop: j };
      if (this.masked(j)) return { name: null, stop: j };
      const t = tokens[j]!;
      // "... Chủ tịch UBND tỉnh Yên Bái Ông Đỗ Đức Duy sinh năm": a capitalised honorific inside the complement starts
      // a sentence whose line break was lost; the title is not that person's.
      if (j > from && HONORIFIC_CAPS.has(t.text) && /^[ \t]+$/.test(t.gap)) return { name: null, stop: j };
      // "... cán bộ của Bình Định Ngày 25-5, ...": a capitalised time word is the next sentence.
      if (j > from && t.cap && (TIME_WORDS.has(lows[j]!) || lows[j] === 'ngày') && tokens[j + 1] && !tokens[j + 1]!.cap)
        return { name: null, stop: j };
      // "Thủ hiến Scotland bà Nicola Sturgeon": an honorific between the title and the name.
      const honorific = j > from && !t.cap ? lex.honorifics.match(lows, j, this.joined) : null;
      if (honorific && !honorific.value) {
        const run = this.nameAt(j + honorific.length, true, false);
        if (run) return { name: run, stop: j };
      }
      // ("Ngoại trưởng mới của Nhật Bản X", "Bộ trưởng mới X": "mới" right after the head is "new", not "just".)
      const fresh = j === from && lows[j] === 'mới';
      // ("Thứ trưởng Ngoại giao Mỹ phụ trách các vấn đề chính trị X": a portfolio's plural is no clause.)
      const portfolio =
        (lows[j] === 'các' || lows[j] === 'những') &&
        (lows[j - 1] === 'về' || lows.slice(j - 2, j).join(' ') === 'phụ trách');
      if (!t.cap && !fresh && !portfolio && stops.match(lows, j, this.joined)) return { name: null, stop: j };
      // "Pivo của Thái Sơn Nam nói", "HLV của Bayern Munich Hansi Flick": the name after "của" owns the role (a club,
      // a body, a country); the holder's name may come after it, and a person after "của" is someone else.
      if (lows[j] === 'của' && j + 1 < tokens.length && this.joined(j + 1) && tokens[j + 1]!.cap) {
        // "Cố vấn của Tổng thống Mỹ Donald Trump": the name after the owner's title is the owner's; but "Đặc phái viên
        // của Chủ tịch ASEAN về Myanmar Alounkeo Kittikhoun": an office, then the role's subject, then the holder.
        const office = matchTrigger(lex, tokens, lows, j + 1);
        if (office) {
          if (office.kind !== 'title') return { name: null, stop: j };
          let q = office.end;
          for (let guard = 0; guard < 8 && q < tokens.length && this.joined(q) && tokens[q]!.cap; guard++) {
            const body = this.sideEnd(q);
            const known = lex.places.match(lows, q, this.joined) ?? lex.complements.match(lows, q, this.joined);
            if (body > q) q = body;
            else if (known) q += known.length;
            else if (tokens[q]!.upper) q++;
            else break;
          }
          if (q < tokens.length && isNameToken(tokens[q]!) && this.joined(q)) return { name: null, stop: j };
          j = q;
          tail = j;
          lowerRun = 0;
          continue;
        }
        const sideEnd = this.sideEnd(j + 1);
        const place = lex.places.match(lows, j + 1, this.joined);
        // (An owner the sides do not know is its whole run, "của Guido Rodriguez", "của Thái Sơn Nam", but only the
        // first word of a longer foreign run, which may hold the holder's name: "của Apple Tim Cook".)
        const owner = readNameRun(tokens, j + 1, 6);
        const whole = owner && (!owner.foreign || owner.end - owner.start <= 2);
        j = sideEnd > j + 1 ? sideEnd : place ? j + 1 + place.length : owner && whole ? owner.end : j + 2;
        tail = j;
        lowerRun = 0;
        afterOrgHead = false;
        continue;
      }
      // "Đại diện gia đình X", "luật sư của gia đình X": the family is the role's owner; the name is not its holder.
      if (lows[j] === 'gia' && lows[j + 1] === 'đình' && !t.cap) return { name: null, stop: j };
      // "Tổng Bí thư, Chủ tịch nước và Phu nhân Ngô Phương Ly": "và" before another title is another person.
      // "tỷ phú đầu tiên của Việt Nam và là nhà sáng lập Tập đoàn X - Ông Y": "và là" joins a second role of the same
      // person (the chain goes on after "là").
      const also = lows[j] === 'và' && lows[j + 1] === 'là' && !tokens[j]!.cap ? j + 2 : -1;
      if (
        also > 0 &&
        also < tokens.length &&
        this.joined(also) &&
        matchTrigger(lex, tokens, lows, also)?.kind === 'title'
      )
        return { name: null, stop: j, title: true, resume: also };
      if (lows[j] === 'và' && j + 1 < tokens.length && matchTrigger(lex, tokens, lows, j + 1))
        return { name: null, stop: j };
      // "Thống đốc bang California Gavin Newsom", "Chủ tịch UBND xã Tân Lập Nguyễn Văn Bình": after a lower-case
      // administrative unit, a capitalised run the gazetteer does not know holds the place's name, then the person's.
      const noun = t.cap ? null : lex.adminUnits.match(lows, j, this.joined);
      const at = noun ? j + noun.length : -1;
      if (
        noun &&
        at < tokens.length &&
        this.joined(at) &&
        isNameToken(tokens[at]!) &&
        !lex.places.match(lows, at, this.joined)
      ) {
        const split = this.splitPlaceAndName(at);
        if (split.name) return { name: split.name, stop: split.name.start };
        j = split.end;
        afterOrgHead = false;
        continue;
      }
      const comp = lex.complements.match(lows, j, this.joined);
      if (comp) {
        j += comp.length;
        tail = j;
        afterOrgHead = false;
        continue;
      }
      const place = lex.places.match(lows, j, this.joined);
      // "châu Âu", "châu Á": a place written with a lower-case first word.
      if (place && (t.cap || tokens[j + place.length - 1]!.cap)) {
        // "Ca sĩ Mỹ Tâm": a one-word country and one more syllable right after the title is a two-word name.
        if (j === from && place.length === 1 && j + 1 < tokens.length && this.joined(j + 1)) {
          const whole = readNameRun(tokens, j);
          if (whole && !whole.foreign && whole.end === j + 2 && !lex.places.match(lows, j + 1, this.joined)) {
            const next = tokens[j + 2];
            if (!next || !next.cap || !this.joined(j + 2)) return { name: whole, stop: j };
          }
        }
        const placeKey = lows.slice(j, j + place.length).join(' ');
        sino ||= SINO_NAMES.has(placeKey);
        j += place.length;
        tail = j;
        afterOrgHead = false;
        // "Chủ tịch Trung Quốc Tập Cận Bình": after a country whose names Vietnamese writes in Sino-Vietnamese
        // syllables, a run of two or more syllables is the name even without a Vietnamese surname.
        if (SINO_NAMES.has(placeKey) && j < tokens.length && this.joined(j) && isNameToken(tokens[j]!)) {
          const run = this.nameAt(j, true, false);
          if (run && (run.end - run.start >= 2 || run.foreign)) return { name: run, stop: j };
        }
        continue;
      }
      const unit =
        t.cap && UNIT_HEADS.has(lows[j]!) && j + 1 < tokens.length && this.joined(j + 1) && tokens[j + 1]!.cap;
      const org = lex.orgHeads.match(lows, j, this.joined) ?? (unit ? { length: 1, value: true } : null);
      // "Tổng Thanh tra Đoàn Hồng Phong": a one-word head that is also a strong surname, opening three or more
      // Vietnamese syllables of a name's shape, is the surname of the title's holder, not a delegation.
      // ("Tổng Thư ký Liên hợp quốc Ban Ki-moon": so is a head before a romanised Korean given name.)
      if (org && org.length === 1 && t.cap && koreanGivenName(tokens, j + 1) && !afterOrgHead) {
        const run = this.nameAt(j, true, false, true);
        if (run && run.end === j + 3) return { name: run, stop: j };
      }
      if (org && org.length === 1 && t.cap && lex.strongSurnames.has(lows[j]!) && !afterOrgHead) {
        const run = this.nameAt(j, j === from, false, true);
        if (run && !run.foreign && run.end - run.start >= 3) return { name: run, stop: j };
      }
      // "Bộ trưởng", "Ban Giám đốc"... a head word that starts a longer title is that title (the rule below), not a
      // body: reading it as a body let a run of titles each read 24 words ahead.
      if (org && t.cap && j > from) {
        const trig = matchTrigger(lex, tokens, lows, j);
        if (trig?.kind === 'title' && trig.end > j + org.length) {
          // ("Phó Thủ tướng kiêm Bộ trưởng ...": "kiêm" adds the same person's next post.)
          const separated = /^[ \t]*(?:,|[-‐‑–—])[ \t]*$/.test(t.gap) || lows[j - 1] === 'kiêm';
          return j === tail || separated ? { name: null, stop: j, title: true } : { name: null, stop: j };
        }
      }
      if (org) {
        j += org.length;
        afterOrgHead = true;
        continue;
      }
      // "Giám đốc Công an tỉnh Thái Nguyên Đại tá Lê Văn Tuấn": a title right after a complete complement or place,
      // or after a comma or dash ("lãnh đạo phe thiểu số - Hạ nghị sỹ Dân chủ Nancy Pelosi"), is the next title of
      // the same person; a capitalised title after other words starts another phrase. Either way this role ends
      // here: it never swallows the next one (and a run of titles costs a step each).
      if (t.cap && j > from && matchTrigger(lex, tokens, lows, j)?.kind === 'title') {
        // ("Phó Thủ tướng Thái Lan kiêm Ngoại trưởng X": "kiêm" adds the same person's next post.)
        const separated = /^[ \t]*(?:,|[-‐‑–—])[ \t]*$/.test(t.gap) || lows[j - 1] === 'kiêm';
        return j === tail || separated ? { name: null, stop: j, title: true } : { name: null, stop: j };
      }
      // "Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi": a place or body the sides found (the title took its head) is
      // the complement's, skipped whole; the name comes after it.
      if (t.cap && j > from && this.inSide(j)) {
        const s0 = j;
        while (j < tokens.length && this.inSide(j) && (j === s0 || this.joined(j))) j++;
        tail = j;
        afterOrgHead = false;
        continue;
      }
      if (isNameToken(t) && !afterOrgHead) {
        // "... xử phạt Hộ kinh doanh Nguyễn Anh Minh": a name after a place or body word is not the title's.
        // ("Thứ trưởng Bộ Nông nghiệp và Môi trường Phùng Đức Tiến": "trường" ends a complement, not a school.)
        if (j !== tail && this.placeOrOrgContext(j, false)) return { name: null, stop: j };
        // After a complement or place only a foreign name may be a single word ("... Chợ Rẫy Việt Nhật" is not).
        let run = this.nameAt(j, j === from, false, true);
        // "thủ môn dự bị Knobloch": a lone foreign word after a title's lower-case modifiers, as after its complement.
        let modifiersOnly = j > from;
        for (let k = from; k < j && modifiersOnly; k++) modifiersOnly = !tokens[k]!.cap;
        if (!run && (j === tail || modifiersOnly) && j !== from) {
          const single = this.nameAt(j, true, false, true);
          // ("Bộ trưởng Y tế Mỹ Pfizer" is no person: brands and common foreign words stay out.)
          if (single?.foreign && !lows.slice(single.start, single.end).some((l) => lex.notNameWords.has(l)))
            run = single;
        }
        if (run) return { name: run, stop: j };
      }
      // Skip the capitalised words of an organisation's or a place's name.
      if (afterOrgHead && t.cap) {
        j++;
        while (j < tokens.length && tokens[j]!.cap && this.joined(j) && !tokens[j]!.upper) {
          // ("Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm": "Y" opens an Ê Đê man's name.)
          if ((lex.strongSurnames.has(lows[j]!) || tokens[j]!.text === 'Y') && this.nameAt(j, false, false)) break;
          j++;
        }
        afterOrgHead = false;
        continue;
      }
      j++;
    }
    return { name: null, stop: j };
  }

  /**
   * A capitalised run after an administrative unit: the place's name, then possibly a person's. The person starts at the
   * first Vietnamese surname after the place's first word, or, in a foreign run of three or more words, at the
   * second word (foreign places in the news are mostly one word: "bang California", "tỉnh Gyeonggi").
   */
  private splitPlaceAndName(p: number): { name: NameRun | null; end: number } {
    const { lex, tokens, lows } = this;
    const run = readNameRun(tokens, p);
    if (!run) return { name: null, end: p + 1 };
    // "Chủ tịch UBND tỉnh Đặng Quốc Khánh": a full name right after the unit, whose place the text leaves implicit.
    if (!run.foreign && run.end - p >= 3 && run.end - p <= 4 && lex.strongSurnames.has(lows[p]!) && !this.inSide(p)) {
      const name = this.nameAt(p, false, false);
      if (name && name.end === run.end) return { name, end: run.end };
    }
    for (let s = p + 1; s < run.end - 1; s++) {
      if (!lex.strongSurnames.has(lows[s]!)) continue;
      const name = this.nameAt(s, false, false);
      if (name) return { name, end: run.end };
    }
    if (run.foreign && run.end - p >= 3) {
      const name = this.nameAt(p + 1, false, false);
      if (name) return { name, end: run.end };
    }
    return { name: null, end: run.end };
  }

  /**
   * A name starting at token j. `immediate`: right after a title or honorific, where a single given name or a
   * surname-less run is accepted. `weak`: after a pronoun-like honorific ("anh", "chị").
   */
  private nameAt(j: number, immediate: boolean, weak: boolean, afterTitle = false, afterComma = false): NameRun | null {
    const { lex, tokens, lows } = this;
    if (j >= tokens.length || this.masked(j)) return null;
    if (
      !afterComma &&
      !this.joined(j) &&
      j > 0 &&
      !/^[ \t]*(?:\)[ \t]*)?$/.test(tokens[j]!.gap) &&
      !(/^\.[ \t]*$/.test(tokens[j]!.gap) && lex.abbreviations.has(lows[j - 1]!))
    ) {
      return null;
    }
    const raw = readNameRun(tokens, j, 6, immediate && !weak);
    const run = raw && this.refine(raw);
    if (!run) return null;
    if (this.inSide(run.start)) return null;
    j = run.start;
    let end = run.end;
    const len = end - j;
    if (!run.foreign && len > 4) {
      if (!immediate) return null;
      end = j + 4;
    }
    const runLows = lows.slice(j, end);
    // "Ban Ki-moon": a one-syllable surname before a romanised Korean given name, whatever else the syllable means.
    const korean = end === j + 3 && koreanGivenName(tokens, j + 1);
    // "CEO Summit": a lone common foreign word is no name even right after a title.
    // "ông Đức", "chị Huế", "bầu Đức": right after an honorific, one Vietnamese syllable is a given name even when a
    // country or a place is written the same (the sides leave it to the person there).
    // So are two ("anh Hải Phòng", "chị Thái Bình"): after an honorific, a place's name of two Vietnamese syllables
    // with no capitalised word after it is a given name with its middle name.
    const givenAlone =
      immediate &&
      !afterTitle &&
      (end - j === 1 || (end - j === 2 && !run.foreign && !(end < tokens.length && tokens[end]!.cap))) &&
      runLows.every((l) => isVietSyllable(l));
    if (givenAlone) {
      if (isCalendarOrZodiac(lex, runLows) || lex.notNameWords.has(runLows[0]!) || this.listed.has(runLows[0]!))
        return null;
    } else if (this.rejected(j, end, runLows, !korean && (!immediate || end - j === 1))) return null;
    if (lex.complements.match(lows, j, this.joined)) return null;
    if (
      !korean &&
      (lex.orgHeads.match(lows, j, this.joined) || UNIT_HEADS.has(lows[j]!)) &&
      tokens[j]!.cap &&
      len > 1 &&
      !lex.surnames.has(lows[j]!)
    )
      return null;
    // "Cảng Quy Nhơn", "Tỉnh Udon Thani": a place noun heads the place's own name.
    if (
      (lex.placeHeads.match(lows, j, this.joined)?.length ?? len) < len &&
      tokens[j]!.cap &&
      !lex.surnames.has(lows[j]!)
    )
      return null;
    if (run.foreign) {
      if (len === 1 && !immediate) return null;
      return { start: j, end: regnalAfter(tokens, end) ? end + 1 : end, foreign: true };
    }
    const surnameFirst = lex.surnames.has(runLows[0]!);
    if (immediate) {
      // ("anh Đức", "chị Huế", "bầu Đức": a Vietnamese given name that is also a place's or a country's one word.)
      if (
        weak &&
        len === 1 &&
        ((lex.places.match(lows, j, this.joined) && !isVietSyllable(lows[j]!)) ||
          lex.orgHeads.match(lows, j, this.joined))
      )
        return null;
      // "Thứ trưởng Dũng nhấn mạnh" but not "Phó Bí thư Quân ủy", "Trưởng Ban Chỉ đạo": after a title, a lone
      // syllable followed by a lower-case word is the start of a body's name unless that word is a verb.
      if (afterTitle && end - j === 1 && end < tokens.length && this.joined(end) && !tokens[end]!.cap) {
        if (!stopWords().match(lows, end, this.joined)) return null;
      }
      // "Trưởng khoa Nhiễm - Thần kinh": a lone syllable joined by a spaced dash to more capitals is a unit's name.
      if (
        afterTitle &&
        end - j === 1 &&
        end < tokens.length &&
        /^[ \t]+[-–][ \t]+$/.test(tokens[end]!.gap) &&
        tokens[end]!.cap
      )
        return null;
      return { start: j, end, foreign: false };
    }
    // After a title and its complement, three or four Vietnamese syllables are a full name even when the surname
    // is rare ("Đội trưởng đội tuyển Việt Nam Quế Ngọc Hải").
    if (afterTitle && !surnameFirst && end - j >= 3) return { start: j, end, foreign: false };
    return surnameFirst && end - j >= 2 ? { start: j, end, foreign: false } : null;
  }

  /**
   * Drop what stands before the name inside a capitalised run: a sentence-initial function word ("Như Bezos")
   * or a country before a foreign or full name ("Đức Thomas Bagger", "Ấn Độ Periasamy Kumaran").
   */
  private refine(whole: NameRun, sentenceStart = false): NameRun | null {
    const { lex, tokens, lows } = this;
    const run = this.cutTail(whole);
    let s = run.start;
    while (s < run.end - 1) {
      // "... tỉnh Yên Bái Ông Đỗ Đức Duy": an honorific glued to the name by a lost sentence break.
      if (HONORIFIC_CAPS.has(tokens[s]!.text)) {
        s++;
        continue;
      }
      // "Nhà sáng lập Apple Steve Jobs", "Mister Vietnam Phạm Tuấn Ngọc": a brand or a common foreign word before
      // the name (a foreign one, or a Vietnamese one that starts with its surname).
      if (
        lex.notNameWords.has(lows[s]!) &&
        !(run.end === s + 3 && koreanGivenName(tokens, s + 1)) &&
        (this.anyForeign(s + 1, run.end) || (lex.strongSurnames.has(lows[s + 1]!) && run.end - s - 1 >= 2))
      ) {
        s++;
        continue;
      }
      if (sentenceStart && s === run.start && lex.leadingWords.has(lows[s]!)) {
        s++;
        continue;
      }
      // "Việc Israel ...": a capitalised Vietnamese word (not a surname) at the start of a sentence, then foreign words.
      if (
        sentenceStart &&
        s === run.start &&
        isVietSyllable(lows[s]!) &&
        !lex.surnames.has(lows[s]!) &&
        this.anyForeign(s + 1, run.end)
      ) {
        s++;
        continue;
      }
      // "Diva Hồng Nhung": a stage word glued before the name.
      if (s === run.start && this.stageWord(s, run.end)) {
        s++;
        continue;
      }
      // "Honda Việt Nam", "Samsung Electronics Hà Nội": words in Latin script, then a place, are a company's branch;
      // a full Vietnamese name after them is the person ("Giám đốc Honda Việt Nam Trần Văn Hà").
      const branch = this.brandThenPlace(s, run.end);
      if (branch > 0) {
        if (branch < run.end && lex.strongSurnames.has(lows[branch]!) && run.end - branch >= 2) {
          s = branch;
          continue;
        }
        return null;
      }
      const place = lex.places.match(lows, s, this.joined);
      if (place && s + place.length < run.end) {
        const rest = s + place.length;
        const foreign = this.anyForeign(rest, run.end);
        if (foreign || (lex.strongSurnames.has(lows[rest]!) && run.end - rest >= 2)) {
          s = rest;
          continue;
        }
      }
      break;
    }
    if (s === run.start) return run;
    // ("Nissan X-Trail": what follows a maker is a model, not a name starting with an initial.)
    if (!isNameToken(tokens[s]!) || tokens[s]!.text.length < 2) return null;
    return { start: s, end: run.end, foreign: this.anyForeign(s, run.end) };
  }

  /**
   * A run that crosses a lost sentence break: "... Nguyễn Văn Thiện Chiều nay ..." (a time word before a lower-case
   * word), "... Yên Bái Ông Đỗ Đức Duy sinh năm" (a capitalised honorific before a name) end before that word.
   */
  private cutTail(run: NameRun): NameRun {
    const { tokens, lows } = this;
    for (let k = run.start + 1; k < run.end; k++) {
      const next = tokens[k + 1];
      const nextLower = !!next && !next.cap && /^[ \t]+$/.test(next.gap);
      // "Ủy viên Đoàn Chủ tịch", "Đoàn Mặt trận": the run's last word starts a title or an organisation's word
      // with the lower-case word after it.
      const compound = k + 1 === run.end && nextLower && this.startsCompound(k);
      if (
        (TIME_WORDS.has(lows[k]!) && nextLower && k + 1 === run.end) ||
        (HONORIFIC_CAPS.has(tokens[k]!.text) && k + 1 < run.end) ||
        compound
      ) {
        return { start: run.start, end: k, foreign: this.anyForeign(run.start, k) };
      }
    }
    return run;
  }

  /**
   * "người đồng cấp Trung Quốc Tập Cận Bình": a country whose people's names Vietnamese writes in Sino-Vietnamese
   * syllables, then two or more of them: the name, as after a title's complement.
   */
  private sinoNameAfterCountry(j: number): NameRun | null {
    const { lex, tokens, lows } = this;
    if (j >= tokens.length || !tokens[j]!.cap) return null;
    const place = lex.places.match(lows, j, this.joined);
    if (!place || !SINO_NAMES.has(lows.slice(j, j + place.length).join(' '))) return null;
    const k = j + place.length;
    if (k >= tokens.length || !this.joined(k) || !isNameToken(tokens[k]!)) return null;
    const run = this.nameAt(k, true, false);
    return run && (run.end - run.start >= 2 || run.foreign) ? run : null;
  }

  /** A country of SINO_NAMES is written among tokens [s, e) ("Bộ Ngoại giao Trung Quốc"). */
  private holdsSinoCountry(s: number, e: number): boolean {
    const { lex, lows } = this;
    for (let k = s; k < e; k++) {
      const place = lex.places.match(lows, k, this.joined);
      if (place && k + place.length <= e && SINO_NAMES.has(lows.slice(k, k + place.length).join(' '))) return true;
    }
    return false;
  }

  /** A title or an organisation head of two or more words starts at token k ("Chủ tịch", "Mặt trận", "Liên đoàn"). */
  private startsCompound(k: number): boolean {
    const { lex, lows } = this;
    const title = lex.titles.match(lows, k, this.joined);
    const org = lex.orgHeads.match(lows, k, this.joined);
    return (
      (!!title && title.length >= 2) || (!!org && org.length >= 2) || COMPOUND_STARTS.has(`${lows[k]} ${lows[k + 1]}`)
    );
  }

  /**
   * "Diva Hồng Nhung", "Rapper Trúc Nhân": one Latin-script word glued before two or more Vietnamese syllables is a
   * stage word or a title, not a first name (a Vietnamese name written the Western way ends with its surname:
   * "Johnny Trí Nguyễn").
   */
  private stageWord(s: number, end: number): boolean {
    const { lex, tokens, lows } = this;
    if (end - s < 3 || tokens[s]!.text.length < 2 || isVietSyllable(lows[s]!) || lex.surnames.has(lows[end - 1]!))
      return false;
    let vietOnly = false;
    for (let k = s + 1; k < end; k++) {
      if (!isVietSyllable(lows[k]!) || !/^[ \t]+$/.test(tokens[k]!.gap)) return false;
      vietOnly ||= VIET_MARK.test(lows[k]!) || VIET_SPELLING.test(lows[k]!);
    }
    // ("Park Hang Seo", "Woo Sang Ho": Korean and Chinese names romanised in syllables that Vietnamese also has.)
    return vietOnly;
  }

  /**
   * Words in Latin script from token s (not Vietnamese syllables, not initials), then a known place or country
   * before `end`: returns the token after the place, or -1.
   */
  private brandThenPlace(s: number, end: number): number {
    const { lex, tokens, lows } = this;
    let p = s;
    while (p < end && tokens[p]!.text.length > 1 && !isVietSyllable(lows[p]!)) p++;
    if (p === s || p >= end) return -1;
    const place = lex.places.match(lows, p, this.joined);
    return place && p + place.length <= end ? p + place.length : -1;
  }

  private anyForeign(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.tokens[k]!.text.length > 1 && !isVietSyllable(this.lows[k]!)) return true;
    return false;
  }

  /** ", Bộ Ngoại giao Ấn Độ": after a comma, the body a role belongs to continues the role. */
  continuesWithBody(k: number): boolean {
    const { lex, tokens, lows } = this;
    if (tokens[k]!.gap.trim() !== ',' || !tokens[k]!.cap) return false;
    return !!lex.orgHeads.match(lows, k, this.joined) && !matchTrigger(lex, tokens, lows, k);
  }

  /** Places, zodiac signs, lunar years and known non-name words. */
  private rejected(j: number, end: number, runLows: string[], checkWords = true): boolean {
    const { lex } = this;
    const key = runLows.join(' ');
    if (lex.placeKeys.has(key) || this.listed.has(key) || isCalendarOrZodiac(lex, runLows)) return true;
    const place = lex.places.match(this.lows, j, this.joined);
    if (place && place.length >= end - j) return true;
    if (checkWords) for (const l of runLows) if (lex.notNameWords.has(l)) return true;
    return false;
  }

  /** A capitalised run that is a person without any title: a full Vietnamese name or a foreign name. */
  private bareName(i: number): Mention | null {
    const { lex, tokens, lows } = this;
    const t = tokens[i]!;
    if (!isNameToken(t)) return null;
    // Only at the start of a capitalised run (a spaced dash separates two: "Chadwick - Taylor Simone Ledward").
    if (i > 0 && isNameToken(tokens[i - 1]!) && isNameGap(tokens[i]!.gap)) return null;
    const raw = readNameRun(tokens, i);
    if (!raw) return null;
    if (this.placeOrOrgContext(i)) return null;
    // "Tháp Bà Ponagar": an honorific that did not make a mention does not start a bare name either.
    if (lex.honorifics.match(lows, i, this.joined)) return null;
    // "Diva Hồng Nhung": a stage word glued before two or more Vietnamese syllables is their title, as a title is.
    if (raw.start === i && this.stageWord(i, raw.end)) {
      const name = this.nameAt(i + 1, true, false, true);
      if (name && name.start === i + 1 && name.end === raw.end)
        return {
          start: name.start,
          end: name.end,
          foreign: false,
          triggered: true,
          titles: [{ start: i, end: i + 1, rank: 1 }],
        };
    }
    // "Cảng Antwerp-Bruges", "Tỉnh Udon Thani": a place noun heads the place's own name ("Hồ" is a surname).
    // ("Virus Marburg", "Tàu sân bay Ronald Reagan": so does a noun of things, capitalised to open a sentence.)
    const head = lex.placeHeads.match(lows, i, this.joined) ?? lex.thingNouns.match(lows, i, this.joined);
    if (head && head.length < raw.end - i && !lex.surnames.has(lows[i]!)) return null;
    const run = this.refine(raw, i === 0 || /[.!?:;\n"“”]/.test(tokens[i]!.gap));
    if (!run) return null;
    if (this.inSide(run.start)) return null;
    if (run.start !== i && (this.placeOrOrgContext(run.start) || lex.honorifics.match(lows, run.start, this.joined)))
      return null;
    const len = run.end - run.start;
    const runLows = lows.slice(run.start, run.end);
    const korean = len === 3 && koreanGivenName(tokens, run.start + 1);
    if (this.rejected(run.start, run.end, runLows, !korean)) return null;
    // "ngành Công Thương", "Bộ trưởng Công Thương": the short name of a ministry or body.
    if ((lex.complements.match(lows, run.start, this.joined)?.length ?? 0) >= len) return null;
    // “The Elevator Game”, "Ma Rainey's Black Bottom": a run that fills a quotation is the title of a work.
    const after = tokens[run.end];
    if (/["“«]\s*$/.test(tokens[run.start]!.gap) && (!after || /^\s*["”»]/.test(after.gap))) return null;
    // "bộ phim Ma Rainey's Black Bottom": after a possessive (the tokens leave the "'s" in the gap after the owner),
    // a run whose owner stands in a thing's context is part of that thing's name; "Silicon Valley's Kumail
    // Nanjiani" is a person.
    if (run.start > 0 && /^['’]s[ \t]+$/.test(tokens[run.start]!.gap)) {
      let owner = run.start - 1;
      while (owner > 0 && isNameToken(tokens[owner - 1]!) && /^[ \t]+$/.test(tokens[owner]!.gap)) owner--;
      if (this.placeOrOrgContext(owner)) return null;
    }
    // "Quả Bóng Vàng Futsal": Vietnamese words (two or more with diacritics, none a surname) and a foreign one are
    // a phrase with a brand in it, not a foreign name.
    if (run.foreign && len >= 3) {
      let viet = 0;
      for (let k = run.start; k < run.end; k++)
        if (VIET_MARK.test(tokens[k]!.text) && isVietSyllable(lows[k]!) && !lex.surnames.has(lows[k]!)) viet++;
      if (viet >= 2) return null;
    }
    // "Bắc Ailen", "Nam Sudan", "Tây Java": a compass word before a foreign name is a region.
    if (run.foreign && len >= 2 && COMPASS.has(runLows[0]!) && isVietSyllable(runLows[0]!)) return null;
    // "Santa Barbara", "San Juan", "New Jersey", "Lake Side": a first word that names places.
    if (run.foreign && len >= 2 && PLACE_FIRST_WORDS.has(tokens[run.start]!.text)) return null;
    // "La Nina", "El Nino", "La Liga": a Spanish article and one noun name a thing.
    if (len === 2 && (tokens[run.start]!.text === 'La' || tokens[run.start]!.text === 'El')) return null;
    // "Named Binary Tag", "Simple Queue Service": every word of a foreign run is a word the article also writes in
    // lower case, a phrase in Title Case, not a name (names rarely are all common words of the same text).
    if (run.foreign && len >= 2) {
      let common = true;
      for (let k = run.start; k < run.end && common; k++) common = this.writtenLower(lows[k]!);
      if (common) return null;
    }
    if (run.foreign) {
      if (len === 1) {
        // A lone foreign word is a person only when it speaks: "Như Bezos nói".
        const next = run.end < tokens.length ? lows[run.end]! : '';
        const next2 = run.end + 1 < tokens.length ? `${next} ${lows[run.end + 1]}` : next;
        if (!(this.speech.has(next) || this.speech.has(next2)) || !this.joined(run.end)) return null;
        if (!/^[ \t]+$/.test(tokens[run.end]!.gap)) return null;
        // "Đại diện Vinamilk cho biết": what a representative speaks for.
        if (run.start >= 2 && this.joined(run.start) && this.representative(run.start - 2, run.start)) return null;
      }
      // A lone foreign word that speaks is as good as a title.
      return { start: run.start, end: run.end, foreign: true, triggered: len === 1, titles: [] };
    }
    // "Văn Toàn", "Công Phượng", "Thị Hoa": a given name with its middle name, the way news names footballers and
    // the people of a story after the first mention; only middle names that are never a place's first word.
    if (
      len === 2 &&
      GIVEN_WITH_MIDDLE.has(runLows[0]!) &&
      !lex.strongSurnames.has(runLows[0]!) &&
      i > 0 &&
      !/[.!?:;\n"“”]/.test(tokens[i]!.gap)
    ) {
      return { start: run.start, end: run.end, foreign: false, triggered: true, titles: [] };
    }
    if (len < 2 || len > 4) return null;
    // A rare surname that is also a common word ("Châu", "Đồng", "Văn") needs a middle name after it:
    // "Châu Văn Liêm", "Đồng Thị Hoa".
    const weakButMiddle = len >= 3 && lex.surnames.has(runLows[0]!) && lex.middleNames.has(runLows[1]!);
    if (!lex.strongSurnames.has(runLows[0]!) && !weakButMiddle) return null;
    // A run of two words is a name if the second is a plausible given or middle name, not a common noun.
    return { start: run.start, end: run.end, foreign: false, triggered: false, titles: [] };
  }

  /** "đường Trần Hưng Đạo", "cầu Tứ Liên", "TP Hà Nội", "73 Quán Sứ", "Bộ Ngoại giao", and street lists. */
  placeOrOrgContext(i: number, orgs = true): boolean {
    return placeOrOrgContext(this.lex, this.tokens, this.lows, this.joined, i, orgs);
  }

  /** Read appositive roles after a mention; returns the token index where scanning continues. */
  private withAppositives(m: Mention): number {
    const { lex, tokens, lows } = this;
    let k = m.end;
    let resume = -1;
    // Whether a parenthesis opened right after the name is still open: only that one may close before a comma.
    // "(ông Trần Trọng Hiếu), một phó trưởng phòng ...": the bracket opened before the name, so what follows its
    // comma is the next item of the sentence's list, not a role of the name.
    let opened = false;
    const note = noteBeforeApposition(lex, tokens, lows, k);
    if (note > 0) [k, opened] = [note, true];
    // "..., Ủy viên Trung ương Đảng", and in captions "Ông Dương Trí Thành - Tổng Giám đốc Vietnam Airlines".
    // "Nguyễn Văn An (Giám đốc Sở Y tế)": a role in parentheses right after the name.
    while (
      k < tokens.length &&
      ((opened ? /^[ \t]*(?:\)[ \t]*)?,$/ : /^[ \t]*,$/).test(tokens[k]!.gap.trim()) ||
        // "Ferdinand Marcos Jr., Tổng thống Philippines": the suffix keeps its dot before the comma.
        (k === m.end && /^(?:jr|sr)$/.test(lows[k - 1]!) && /^\.[ \t]*,[ \t]*$/.test(tokens[k]!.gap)) ||
        /^[ \t]+[-–—][ \t]+$/.test(tokens[k]!.gap) ||
        (k === m.end && /^[ \t]*\($/.test(tokens[k]!.gap)))
    ) {
      if (k === m.end && tokens[k]!.gap.includes('(')) opened = true;
      else if (tokens[k]!.gap.includes(')')) opened = false;
      // "Trần Thị Hoa, 45 tuổi, giáo viên ...", "Nguyễn Văn An (50 tuổi)": the age is no role; read on after it.
      if (/^\d+$/.test(tokens[k]!.text) && lows[k + 1] === 'tuổi') {
        k += 2;
        continue;
      }
      // "Tiếp Đại sứ X, Đại tướng Phan Văn Giang đánh giá ...": a title with its own name is the next person.
      // ("..., nhà đàm phán Brexit của Scotland": a lone word after the role is part of the role.)
      const next = this.fromTriggers(k);
      if (
        next &&
        !this.ownerInApposition(next) &&
        !departmentInRole(tokens, lows, next) &&
        (next.end - next.start > 1 || tokens[k]!.cap)
      ) {
        // "ông A - Giám đốc Sở Y tế, bà B - ...", "PGS.TS A - Phó Hiệu trưởng ..., TS B": in the apposition slot, the
        // roles a comma separates from the next name are this person's; only the role right before a name is its.
        const own = this.rolesBeforeComma(next);
        if (own.length === 0) break;
        m.titles.push(...own);
        k = own[own.length - 1]!.boundary;
        break;
      }
      // "Bhramar Mukherjee, một giáo sư về dịch tễ tại Đại học Michigan, bình luận", "X, hiện là Giám đốc ...": an
      // article or "hiện là" before the role.
      const from = k + appositionLead(lows, k, this.joined);
      const dashOpened = /^[ \t]+[-–—][ \t]+$/.test(tokens[k]!.gap);
      const end = readAppositive(
        lex,
        tokens,
        lows,
        from,
        (p) => this.startsPerson(p),
        (p) => this.continuesWithBody(p),
        dashOpened,
      );
      if (end < 0) break;
      m.titles.push({ start: from, end, rank: appositiveTrigger(lex, tokens, lows, from)!.rank });
      if (resume < 0) resume = this.personInRole(from, end);
      k = end;
    }
    // "Ông X kiêm Trưởng ban ...": a second post right after the name or its roles.
    const verb = k < tokens.length && /^[ \t]+$/.test(tokens[k]!.gap) ? ROLE_VERBS.match(lows, k, this.joined) : null;
    if (verb && k + verb.length < tokens.length && this.joined(k + verb.length)) {
      const from = k + verb.length;
      const end = readAppositive(
        lex,
        tokens,
        lows,
        from,
        (p) => this.startsPerson(p),
        (p) => this.continuesWithBody(p),
      );
      if (end > from) {
        m.titles.push({ start: from, end, rank: appositiveTrigger(lex, tokens, lows, from)!.rank });
        if (resume < 0) resume = this.personInRole(from, end);
        k = end;
      }
    }
    // "Ông A, cố vấn của Tổng thống Joe Biden, nói": the role is A's whole, and the titled person inside it is read too.
    return resume > 0 ? resume : k;
  }

  /** The first token inside a role [from, end) where a capitalised title and its holder's name start, or -1. */
  private personInRole(from: number, end: number): number {
    const { lex, tokens, lows } = this;
    for (let p = from + 1; p < end; p++) {
      if (!tokens[p]!.cap || matchTrigger(lex, tokens, lows, p)?.kind !== 'title') continue;
      const inner = this.fromTriggers(p);
      if (inner && inner.start < end && inner.titles.length > 0) return p;
    }
    return -1;
  }

  /**
   * "Anh A, Nhà sáng lập Tiki, chia sẻ", "ông A, CEO Grab, cho biết": in the apposition slot, one Latin-script word
   * right after the role and closing the apposition is what the role heads, not another person.
   */
  private ownerInApposition(next: Mention): boolean {
    const { tokens } = this;
    const last = next.titles[next.titles.length - 1];
    if (!last || last.end !== next.start) return false;
    const after = tokens[next.end];
    if (after && !/^[ \t]*[,.;:!?)]/.test(after.gap)) return false;
    // ("ông A, Chủ tịch Tân Hiệp Phát, nói": a name the article writes as an organisation's; "ThS.BS A, Trưởng khoa
    // Nhi, cho biết": one syllable closing the slot is the unit, as no person is named by a given name there.)
    return next.end - next.start === 1 || this.orgNames.has(this.lows.slice(next.start, next.end).join(' '));
  }

  /**
   * The leading titles of a mention found in an apposition slot that a comma separates from what follows them
   * ("Giám đốc Sở Y tế, bà B", "Phó Hiệu trưởng ..., TS B"), each with the token after its comma.
   */
  private rolesBeforeComma(next: Mention): Array<TitleMention & { boundary: number }> {
    const { tokens } = this;
    const out: Array<TitleMention & { boundary: number }> = [];
    for (let n = 0; n < next.titles.length; n++) {
      const t = next.titles[n]!;
      const until = next.titles[n + 1]?.start ?? next.start;
      let boundary = -1;
      for (let x = t.end; x <= until && x < tokens.length; x++) {
        if (tokens[x]!.gap.includes(',')) {
          boundary = x;
          break;
        }
      }
      if (boundary < 0) break;
      out.push({ ...t, boundary });
    }
    return out;
  }

  /** "Đại sứ, Trưởng Phái đoàn ...": one role written with a comma, as the lexicon lists it. */
  private mergeCompounds(titles: TitleMention[]): TitleMention[] {
    const out: TitleMention[] = [];
    for (const t of titles) {
      const prev = out[out.length - 1];
      if (
        prev &&
        prev.end === t.start &&
        this.lex.commaCompounds.has(`${this.lows.slice(prev.start, prev.end).join(' ')}|${this.lows[t.start]}`)
      ) {
        out[out.length - 1] = { start: prev.start, end: t.end, rank: Math.max(prev.rank, t.rank) };
        continue;
      }
      out.push(t);
    }
    return out;
  }

  /** Does a person's mention start at token p (honorific, title or full name)? */
  private startsPerson(p: number): boolean {
    if (p >= this.tokens.length) return false;
    const hit = matchTrigger(this.lex, this.tokens, this.lows, p);
    if (hit) return true;
    return this.bareName(p) !== null;
  }
}
