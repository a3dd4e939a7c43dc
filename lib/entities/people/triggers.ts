// Titles and honorifics that announce a name, the words that extend a title ("Thứ trưởng Bộ Quốc phòng Việt
// Nam", "Đại diện cấp cao về chính sách an ninh và đối ngoại EU"), and appositive roles after a name
// ("Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng Việt Nam").
import type { Token } from './tokens';
import { isJoiningGap } from './tokens';
import type { Lexicon } from './lexicon';
import { PhraseDict } from './lexicon';
import { ORGANISATION_HEADS } from '../../lexicon';

export interface TriggerHit {
  kind: 'title' | 'honorific';
  /** Token range [start, end) of the title or honorific itself (prefix words included). */
  start: number;
  end: number;
  rank: number;
  weak: boolean;
}

/**
 * Words that end a title phrase: verbs and function words that follow the subject of a news sentence.
 * Lower-case canonical keys; several are multi-word.
 */
const STOP_WORDS = [
  'đã',
  'đang',
  'sẽ',
  'vừa',
  'mới',
  'từng',
  'cũng',
  'đồng chủ trì',
  'chủ trì',
  'đồng chủ tọa',
  'chủ tọa',
  'dự',
  'tham dự',
  'dẫn đầu',
  'phát biểu',
  'cho biết',
  'cho hay',
  'cho rằng',
  'nhấn mạnh',
  'khẳng định',
  'nói',
  'tiếp',
  'hội đàm',
  'hội kiến',
  'điện đàm',
  'gặp',
  'thăm',
  'trao',
  'tặng',
  'ký',
  'nêu',
  'bày tỏ',
  'đánh giá',
  'đề nghị',
  'chúc mừng',
  'cảm ơn',
  'mong muốn',
  'chia sẻ',
  'thông báo',
  'trả lời',
  'tuyên bố',
  'kêu gọi',
  'nhận',
  'là',
  'có',
  'được',
  'bị',
  'khi',
  'thì',
  'mà',
  'nhằm',
  'để',
  'làm',
  'đến',
  'đi',
  'sang',
  'lên',
  'ra',
  'vào',
  'ngày',
  'sáng',
  'chiều',
  'tối',
  'hôm',
  'đêm',
  'trưa',
  'cùng',
  'với',
  'này',
  'đó',
  'ấy',
  'nhưng',
  'hay',
  'hoặc',
  'rằng',
  'như',
  'trong',
  'các',
  'những',
  'hai',
  'ba',
  'cả',
  'đều',
  'không',
  'chưa',
  'nhất trí',
  'thống nhất',
  'yêu cầu',
  'chỉ đạo',
  'quyết định',
  'ủng hộ',
  'tin tưởng',
  'ghi nhận',
  'hoan nghênh',
  'tái khẳng định',
  'lưu ý',
  'đáp',
  'nghe',
  'xem',
  'sau',
  'trước',
  'bởi',
  'do',
  'vì',
  'nên',
  'nếu',
  'tuổi',
  'ông',
  'bà',
  'tôi',
  'chúng tôi',
  'họ',
  'xử phạt',
  'bắt',
  'bắt giữ',
  'ban hành',
  'phê duyệt',
  'bổ nhiệm',
  'miễn nhiệm',
  'khen thưởng',
  'kiểm tra',
  'chứng kiến',
  'hướng dẫn',
  'mời',
  'gửi',
  'viếng',
  'dâng',
  'thắp',
  'đánh',
  'tuyên án',
  'xét xử',
  'truy tố',
  'khởi tố',
  'cảm thấy',
  'muốn',
  'cần',
  'phải',
  'hy vọng',
  'lo ngại',
  'cáo buộc',
  'báo cáo',
  'trình bày',
  'giữ chức',
  'giữ cương vị',
  'nhiệm kỳ',
  'làm việc',
  // Verbs of succession and of a contest take a person as object: the role before them is the subject's.
  'thay',
  'thay thế',
  'kế nhiệm',
  'tiếp quản',
  'dẫn dắt',
  'đánh bại',
  'chia tay',
  'rời',
  'gia nhập',
  // Verbs of reporting and stance, as common in news as those above.
  'xác nhận',
  'thừa nhận',
  'tiết lộ',
  'công bố',
  'cam kết',
  'đề xuất',
  'phản đối',
  'chỉ trích',
  'bác bỏ',
  'lên tiếng',
  'giải thích',
  'ca ngợi',
  'từ chức',
  'qua đời',
];

/** Words that may continue a role after the name ("phụ trách các vấn đề", "trong lĩnh vực"). */
const ROLE_WORDS = new Set(['các', 'những', 'trong', 'với', 'hai', 'ba', 'cả', 'nhà nước']);

/**
 * Words that start with a stop word but are nouns or adjectives of a role: "thủ môn dự bị", "Ủy viên dự
 * khuyết", "tiếp viên", "ký giả". The stop word does not stop there.
 */
const NOT_STOPS = [
  'dự bị',
  'dự khuyết',
  'tiếp viên',
  'ký giả',
  'sau đại học',
  'sáng lập',
  'sáng tác',
  'tối cao',
  'dự án',
  'dự phòng',
  'dự toán',
  'dự báo',
  'dự thảo',
  'dự trữ',
];

/** A stop-word list: `match` as PhraseDict's, but never where a longer non-stop compound starts. */
export interface StopWords {
  match(lows: readonly string[], i: number, joined: (k: number) => boolean): { length: number; value: true } | null;
}

let stopDict: StopWords | null = null;
let roleStopDict: StopWords | null = null;
/** Stop words before a name; `role`: the lighter list for a role written after the name. */
export function stopWords(role = false): StopWords {
  if (!stopDict || !roleStopDict) {
    const all = new PhraseDict<true>();
    const roles = new PhraseDict<true>();
    for (const w of STOP_WORDS) {
      all.add(w, true);
      if (!ROLE_WORDS.has(w)) roles.add(w, true);
    }
    const exceptions = new PhraseDict<true>().addAll(NOT_STOPS, () => true);
    const wrap = (dict: PhraseDict<true>): StopWords => ({
      match: (lows, i, joined) => {
        const hit = dict.match(lows, i, joined);
        return hit && !exceptions.match(lows, i, joined) ? hit : null;
      },
    });
    stopDict = wrap(all);
    roleStopDict = wrap(roles);
  }
  return role ? roleStopDict : stopDict;
}

/**
 * Token k is joined to the one before it in a phrase: a space or a hyphen between them, or no gap at all before a
 * lower-case word ("Chủtịch UBND": two syllables whose space was lost, split by the tokenizer; a capital after no
 * gap is a lost line break, "HCMTiền", and joins nothing).
 */
export function makeJoined(tokens: readonly Token[]) {
  return (k: number) => isJoiningGap(tokens[k]!.gap) || (k > 0 && tokens[k]!.gap === '' && !tokens[k]!.cap);
}

/**
 * Sino-Vietnamese nouns of persons are built from a few morphemes: "-viên" (chấp hành viên, thành viên), "-sĩ"
 * (nghị sĩ, chiến sĩ), "-sư" (luật sư), "-trưởng" (thủ trưởng, cơ trưởng), "-thủ" (tuyển thủ), "-nhân" (phạm
 * nhân), "-giả" (học giả), "-khách" (chính khách), "-vệ" (trung vệ), "-gia" (chuyên gia, nhiếp ảnh gia; "-phó" is
 * left out: "ứng phó" is a verb). A role outside the lexicon is recognised by that shape: two words ending with one, or
 * three when the first two are a verb or noun compound ("phát ngôn viên", "nghiên cứu viên", "công trình sư"),
 * right before a capitalised name. ("nhà ..." and "người ..." are too often places and clauses, "nhà lưu niệm",
 * "người được": those roles come from the lexicon.)
 */
const ROLE_SUFFIXES = new Set(['viên', 'sĩ', 'sỹ', 'sư', 'trưởng', 'thủ', 'nhân', 'giả', 'khách', 'vệ', 'gia']);
/** Words that start no role: "và phu nhân", "mọi người được", "theo giáo sư". */
const NOT_ROLE_START = new Set([
  'và',
  'với',
  'của',
  'theo',
  'cho',
  'các',
  'những',
  'mọi',
  'từ',
  'tại',
  'ở',
  'là',
  'có',
  'được',
  'bị',
  'người',
  'nhà',
  'hạt',
  'cơ',
  'một',
  'hai',
  'ba',
]);
/** Words with a role morpheme that name no person: "tư nhân", "cá nhân", "nguyên nhân", "bảo vệ", "tăng trưởng". */
const NOT_ROLES = new Set([
  'tư nhân',
  'cá nhân',
  'nguyên nhân',
  'hôn nhân',
  'bảo vệ',
  'phòng vệ',
  'tự vệ',
  'tăng trưởng',
  'quốc gia',
  'nhà nước',
  'nhà máy',
  'nhà hàng',
  'nhà ga',
  'nhà thờ',
  'nhà hát',
  'nhà tù',
  'nhà riêng',
  'nhà ở',
  'người dân',
  'người ta',
  'người thân',
  'người nhà',
  'người người',
  'đối với',
  'ngoại giả',
  'công viên',
  'tu viên',
  'hoa viên',
  'hạt nhân',
  'vô địch',
  'đối thủ',
  'tham gia',
  'quốc gia',
  'gia gia',
  'nhà gia',
]);

function roleShape(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  i: number,
  joined: (k: number) => boolean,
  /** Before a name (the default), or an appositive after one, where more words of the role may follow. */
  beforeName = true,
): number {
  // Two or three words, the last a person-noun morpheme: checked first, it rules out almost every token at once.
  const end = ROLE_SUFFIXES.has(lows[i + 1] ?? '') ? i + 2 : ROLE_SUFFIXES.has(lows[i + 2] ?? '') ? i + 3 : -1;
  if (end < 0 || end >= tokens.length || NOT_ROLE_START.has(lows[i]!)) return -1;
  // Three words whose last two are a known role are that role after another word ("Cặp trung vệ"): read from there.
  if (end === i + 3 && lex.titles.match(lows, i + 1, joined)?.length === 2) return -1;
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    // Lower case after the first word, one word each ("Phát ngôn viên" may open a sentence).
    if (!t.alpha || t.upper || (k > i && (t.cap || !joined(k)))) return -1;
  }
  if (NOT_ROLES.has(`${lows[end - 2]} ${lows[end - 1]}`)) return -1;
  for (let k = i; k < end - 1; k++) if (stopWords().match(lows, k, joined)) return -1;
  // Only right before a capitalised name: the shape alone is too common a word ending. After a name and its
  // comma the reader of appositives asks for more words of the role ("Ông Trump, ứng viên tổng thống ...").
  // (Even a three-word shape before lower-case words is too often no role: "phim ăn khách về ...", "Mỹ tuân thủ".)
  const next = tokens[end]!;
  if (beforeName && (!next.cap || next.upper || !/^[ \t]+$/.test(next.gap))) return -1;
  return end;
}

let orgHeadDict: PhraseDict<true> | null = null;
/** The heads of organisation names (lib/lexicon/organisations.ts), as one look-up. */
function organisationHeads(): PhraseDict<true> {
  return (orgHeadDict ??= new PhraseDict<true>().addAll(ORGANISATION_HEADS, () => true));
}

/**
 * Function words that can end a scan but never a title: "thành viên Hội đồng ... và", "chuyên gia về ... của".
 */
const TRAILING = new Set([
  'và',
  'của',
  'cho',
  'với',
  'tại',
  'ở',
  'về',
  'thuộc',
  'là',
  'cũng',
  'từ',
  'đến',
  'trong',
  'khi',
  'kiêm',
]);

/** The end of a title without the function words a scan left at its end (at least one word stays). */
export function trimTitleEnd(lows: readonly string[], start: number, end: number): number {
  while (end - start > 1 && TRAILING.has(lows[end - 1]!)) end--;
  return end;
}

/** Kin words written with a capital out of reverence before a leader's name ("Bác Hồ", "Cụ Hồ", "Bác Tôn"). */
const REVERENT = new Set(['bác', 'cụ']);

/** A dotted chain of title abbreviations ("PGS.TS", "BS.CK2", "ThS."): returns its end token, or -1. */
function matchAbbreviation(lex: Lexicon, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && lex.abbreviations.has(tokens[j]!.low) && tokens[j]!.cap) {
    j++;
    const next = tokens[j];
    if (!next || next.gap !== '.') break;
  }
  return j > i ? j : -1;
}

/** matchTrigger's answers per token array: every reader asks about the same tokens again and again. */
const triggerCache = new WeakMap<readonly Token[], (TriggerHit | null | undefined)[]>();

/** Title or honorific starting at token i (with "nguyên", "cựu", "Quyền", "Phó" before it). */
export function matchTrigger(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  i: number,
): TriggerHit | null {
  let cache = triggerCache.get(tokens);
  if (!cache) {
    cache = new Array<TriggerHit | null | undefined>(tokens.length);
    triggerCache.set(tokens, cache);
  }
  const known = cache[i];
  if (known !== undefined) return known;
  const hit = i < tokens.length ? findTrigger(lex, tokens, lows, i) : null;
  cache[i] = hit;
  return hit;
}

function findTrigger(lex: Lexicon, tokens: readonly Token[], lows: readonly string[], i: number): TriggerHit | null {
  const joined = makeJoined(tokens);
  const title = titleFrom(lex, tokens, lows, i, i, joined);
  // "Đại sứ quán", "Tổng Lãnh sự quán": a longer organisation head starting here is no title.
  if (title && (organisationHeads().match(lows, i, joined)?.length ?? 0) > title.end - i) return null;
  if (title && !cutInsideCompound(lex, lows, i, title.end, joined))
    return { kind: 'title', start: i, end: title.end, rank: title.rank, weak: false };
  const abbr = matchAbbreviation(lex, tokens, i);
  if (abbr > 0) return { kind: 'title', start: i, end: abbr, rank: 1, weak: false };
  const role = roleShape(lex, tokens, lows, i, joined);
  // "phát ngôn viên": no role starts inside a longer one ending at the same word ("ngôn viên").
  const inside = role > 0 && i > 0 && joined(i) && roleShape(lex, tokens, lows, i - 1, joined) === role;
  if (role > 0 && !inside) return { kind: 'title', start: i, end: role, rank: 1, weak: false };
  const h = lex.honorifics.match(lows, i, joined);
  // "MS Office" is not "Ms Office": an honorific in capitals is an acronym. "nghệ sĩ Xuân Bắc và Anh Tú", "Cô Tô",
  // "Cậu Vàng": a weak honorific capitalised inside a sentence starts a proper name ("Bác Hồ", "Cụ Hồ" keep their
  // reverent capital).
  const midSentence = i > 0 && !/[.!?:;\n"“”]/.test(tokens[i]!.gap);
  if (h && h.value && !REVERENT.has(lows[i]!) && tokens[i]!.cap && midSentence && /^[ \t,]+$/.test(tokens[i]!.gap))
    return null;
  if (h && !tokens[i]!.upper) return { kind: 'honorific', start: i, end: i + h.length, rank: 0, weak: h.value };
  return null;
}

/**
 * A title read from i to end that a longer one starting inside it crosses: "ông Chủ tịch" is an honorific and
 * "Chủ tịch", not "Ông chủ" and "tịch". The reading at i cuts the compound and is dropped.
 */
function cutInsideCompound(
  lex: Lexicon,
  lows: readonly string[],
  i: number,
  end: number,
  joined: (k: number) => boolean,
): boolean {
  for (let k = i + 1; k < end; k++) if (k + (lex.titles.match(lows, k, joined)?.length ?? 0) > end) return true;
  return false;
}

/**
 * The longest title at token j, possibly after prefix words (at most two: "nguyên Phó ..."). Every way of
 * reading the prefixes is tried: "Phó Tổng Thư ký Liên hợp quốc" is "Phó" + "Tổng Thư ký Liên hợp quốc", not
 * "Phó Tổng" + "Thư ký". On equal length the prefixed reading wins (its rank is the head title's).
 */
function titleFrom(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  i: number,
  j: number,
  joined: (k: number) => boolean,
  depth = 0,
): { end: number; rank: number } | null {
  let best: { end: number; rank: number } | null = null;
  if (depth < 2 && (j === i || joined(j))) {
    // "chính quyền Tổng thống Biden" is the government of, not the acting president.
    const notActing =
      lows[j] === 'quyền' && !tokens[j]!.cap && j > 0 && /^(chính|nhân|thẩm|uỷ|ủy|trao|được|có)$/.test(lows[j - 1]!);
    for (const p of notActing ? [] : lex.titlePrefixes.matchAll(lows, j, joined)) {
      const after = j + p.length;
      if (after >= tokens.length || !joined(after)) continue;
      const r = titleFrom(lex, tokens, lows, i, after, joined, depth + 1);
      if (r && (!best || r.end > best.end)) best = r;
    }
  }
  const t = lex.titles.match(lows, j, joined);
  if (t && (j === i || joined(j)) && (!best || j + t.length > best.end)) best = { end: j + t.length, rank: t.value };
  // "Phó phát ngôn viên Bộ Ngoại giao ...": a modifier before a head known by its shape, not from the lexicon.
  if (!best && j > i) {
    const shaped = roleShape(lex, tokens, lows, j, joined);
    if (shaped > 0) best = { end: shaped, rank: 1 };
  }
  return best;
}

/** Punctuation that ends a title phrase (parentheses and the dot inside "TP.HCM" do not). */
export function breaksPhrase(tokens: readonly Token[], k: number): boolean {
  const gap = tokens[k]!.gap;
  if (/^[ \t]*$/.test(gap) || /^[ \t]*[-‐‑–][ \t]*$/.test(gap)) return false;
  if (/^[ \t]*[()][ \t]*$/.test(gap) || /^[ \t]*\)[ \t]*\([ \t]*$/.test(gap)) return false;
  // "Sở GD&ĐT": an ampersand glued between two acronyms.
  if (gap === '&' && tokens[k - 1]?.upper && tokens[k]!.upper) return false;
  // "TP.HCM", "P.Hòa Cường": a dot glued to an abbreviation.
  if (gap === '.' && tokens[k - 1] && tokens[k - 1]!.text.length <= 3 && tokens[k - 1]!.cap) return false;
  return true;
}

/**
 * ", không báo cáo và không theo quy định (IUU)": after a comma, only lower-case words closed by an acronym in
 * parentheses finish the name of a body or a term that itself holds commas. Returns the token after the
 * acronym, or -1.
 */
function acronymTail(tokens: readonly Token[], k: number): number {
  if (tokens[k]!.gap.trim() !== ',' || tokens[k]!.cap) return -1;
  for (let m = k + 1; m < tokens.length && m - k <= 12; m++) {
    const gap = tokens[m]!.gap;
    if (/^[ \t]*\([ \t]*$/.test(gap)) {
      const next = tokens[m + 1];
      return tokens[m]!.upper && (!next || next.gap.startsWith(')')) ? m + 1 : -1;
    }
    // Only lower-case words: ", dự Cuộc họp Quan chức cao cấp (SOM)" is the next clause.
    if (!/^[ \t]+$/.test(gap) || tokens[m]!.cap) return -1;
  }
  return -1;
}

/**
 * The role that opens an appositive at token i: a title of the lexicon, or a lower-case person noun by its shape
 * ("ứng viên tổng thống đảng Cộng hòa", "nghiên cứu viên cao cấp"), which needs no name after it here.
 */
export function appositiveTrigger(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  i: number,
): TriggerHit | null {
  const hit = matchTrigger(lex, tokens, lows, i);
  if (hit) return hit.kind === 'title' ? hit : null;
  if (i >= tokens.length || tokens[i]!.cap) return null;
  const joined = makeJoined(tokens);
  let end = roleShape(lex, tokens, lows, i, joined, false);
  // "phó phát ngôn viên của Bộ ...": a modifier, then a head known by its shape.
  for (const p of end > 0 ? [] : lex.titlePrefixes.matchAll(lows, i, joined))
    if (i + p.length < tokens.length && joined(i + p.length))
      end = Math.max(end, roleShape(lex, tokens, lows, i + p.length, joined, false));
  return end > 0 ? { kind: 'title', start: i, end, rank: 1, weak: false } : null;
}

/**
 * Read an appositive role starting at token i ("Ủy viên Trung ương Đảng", "Tổng vụ trưởng về ... (EEAS)"):
 * from a title to the next comma, full stop, stop word, or "và" that starts another person. Returns the end
 * token (exclusive) or -1 when no title starts at i.
 */
export function readAppositive(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  i: number,
  startsPerson: (k: number) => boolean,
  continuesWithBody: (k: number) => boolean = () => false,
  /** The role was opened by a spaced dash: the next spaced dash closes it ("Anh Tú - quyền giám đốc nhà hát - qua đời"). */
  dashOpened = false,
): number {
  const hit = appositiveTrigger(lex, tokens, lows, i);
  if (!hit) return -1;
  // An appositive role is written with a capital ("Thứ trưởng ...") or is a lower-case office ("phó giám đốc Sở");
  // a lower-case role word after a comma ("..., bệnh nhân đã ổn định") starts a new clause instead.
  // A lower-case role of rank 1 counts when more words of the role follow it ("..., chuyên gia về Trung Đông"),
  // not when a verb does ("..., bệnh nhân đã ổn định").
  if (!tokens[i]!.cap && hit.rank < 2) {
    const next = tokens[hit.end];
    if (
      !next ||
      breaksPhrase(tokens, hit.end) ||
      stopWords(true).match(lows, hit.end, makeJoined(tokens)) ||
      stopWords().match(lows, hit.end, makeJoined(tokens))
    ) {
      if (!next || !breaksPhrase(tokens, hit.end) || hit.end - i < 2) return -1;
    }
  }
  const stops = stopWords(true);
  const joined = makeJoined(tokens);
  // "X (thành viên sáng lập GVIP) tại ...": a role opened by a parenthesis ends where it closes.
  const parenOpened = i > 0 && /\([ \t]*$/.test(tokens[i]!.gap);
  let k = hit.end;
  let open = 0;
  while (k < tokens.length && k - i < 32) {
    const gap = tokens[k]!.gap;
    if (breaksPhrase(tokens, k) && !continuesWithBody(k)) {
      const tail = open === 0 ? acronymTail(tokens, k) : -1;
      if (tail < 0) break;
      k = tail;
      continue;
    }
    if (dashOpened && open === 0 && /^[ \t]+[-–—][ \t]+$/.test(gap)) break;
    if (parenOpened && open === 0 && gap.includes(')')) break;
    if (gap.includes(')')) open = Math.max(0, open - 1);
    if (gap.includes('(')) open++;
    // "phó chủ tịch kiêm tổng thư ký Hội ...", "người phát ngôn của Tổng Thư ký Liên hợp quốc": a title inside the
    // role is read whole ("ký" alone is a verb).
    const inner = lex.titles.match(lows, k, joined);
    if (inner && inner.length >= 2) {
      k += inner.length;
      continue;
    }
    if (open === 0 && !tokens[k]!.cap && stops.match(lows, k, joined)) break;
    if (lows[k] === 'và' && startsPerson(k + 1)) break;
    // "... Bí thư Tỉnh ủy đồng thời là Chủ tịch HĐND": "đồng thời" (at the same time) joins the next post.
    if (lows[k] === 'đồng' && lows[k + 1] === 'thời' && !tokens[k]!.cap) break;
    k++;
  }
  // Keep a closing parenthesis that ends the role: "(EEAS)".
  return trimTitleEnd(lows, i, k);
}

/**
 * "Ông A (trái), Giám đốc ...", "Ông A (thứ hai từ trái sang), Chủ tịch ...": a note in parentheses right after a
 * name, of lower-case words or numbers and no role, before the comma that opens the apposition. Returns the token
 * after the closing parenthesis when that gap is "), ", or -1.
 */
export function noteBeforeApposition(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  k: number,
): number {
  if (k >= tokens.length || !/^[ \t]*\([ \t]*$/.test(tokens[k]!.gap) || appositiveTrigger(lex, tokens, lows, k))
    return -1;
  for (let m = k; m < tokens.length && m - k < 8; m++) {
    const t = tokens[m]!;
    if (m > k && /^[ \t]*\)[ \t]*,[ \t]*$/.test(t.gap)) return m;
    if ((m > k && !/^[ \t]+$/.test(t.gap)) || (t.cap && !/^\d/.test(t.text))) return -1;
  }
  return -1;
}

/** Words between the comma and the role of an apposition, not part of the title: "một", "hiện là", "nay là". */
const APPOSITION_LEADS = new PhraseDict<true>().addAll(
  ['một', 'hiện là', 'hiện đang là', 'nay là', 'đồng thời là', 'đồng thời', 'cũng là'],
  () => true,
);

/** How many words of an apposition's lead start at token k (0 when none, or when no word follows joined). */
export function appositionLead(lows: readonly string[], k: number, joined: (k: number) => boolean): number {
  const lead = APPOSITION_LEADS.match(lows, k, joined);
  return lead && k + lead.length < lows.length && joined(k + lead.length) ? lead.length : 0;
}

/**
 * "X, Giám đốc Marketing của Unilever": in the apposition slot, one foreign word right after a title and before
 * "của" is the role's department, not a person with that title.
 */
export function departmentInRole(
  tokens: readonly Token[],
  lows: readonly string[],
  next: { start: number; end: number; foreign: boolean; titles: readonly { end: number }[] },
): boolean {
  const last = next.titles[next.titles.length - 1];
  return (
    !!last &&
    last.end === next.start &&
    next.foreign &&
    next.end - next.start === 1 &&
    lows[next.end] === 'của' &&
    /^[ \t]+$/.test(tokens[next.end]?.gap ?? '')
  );
}
