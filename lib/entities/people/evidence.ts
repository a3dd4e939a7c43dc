// Names whose shape alone does not decide (a lone foreign word: "Asensio", "Nacho"; two Vietnamese syllables
// without a surname: "Quang Hải", "Thu Trà"), decided by what the article says around them, and one sense per
// article: a name is a person everywhere or nowhere. Evidence for a person: a verb only people do right after it
// (speaking, being born, shooting a ball), an age, a coordination or a list with a known person, a title or an
// honorific anywhere in the article. Evidence against: a place, body or thing noun before it ("CLB Slovan
// Liberec", "sân Di Stefano"), a place preposition ("tại", "ở", "sang"), quotation marks, an organisation word
// after it. Linear: one pass to collect the candidates and their contexts, one to decide per name.
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import { PhraseDict } from './lexicon';
import type { Mention } from './mentions';
import { isNameToken, isVietSyllable, readNameRun } from './shape';
import { ORGANISATION_SUFFIXES } from '../../lexicon';
import { matchTrigger } from './triggers';

/** What the finder knows of the text (MentionFinder implements it). */
export interface EvidenceContext {
  readonly lex: Lexicon;
  readonly tokens: readonly Token[];
  readonly lows: readonly string[];
  joined(k: number): boolean;
  masked(k: number): boolean;
  /** Inside a side's mention (a country, a place, an organisation's name). */
  inSide(k: number): boolean;
  /** Inside an organisation's name, after its first word ("Leicester City", "Hà Nội FC"). */
  inOrganisation(k: number): boolean;
  placeOrOrgContext(k: number): boolean;
}

/**
 * Verbs of a contest between two sides ("Hà Nội FC thắng Hoàng Anh Gia Lai", "Leicester City hòa Aston Villa"):
 * after a team, the other side is a team too.
 */
const CONTEST_VERBS = new PhraseDict<true>().addAll(
  ['thắng', 'thua', 'hòa', 'hạ', 'đánh bại', 'vượt qua', 'đối đầu', 'đối đầu với', 'đấu với'],
  () => true,
);

/**
 * Verbs whose subject is a person, not a club, a company or a country ("Asensio sút", "Thu Trà chia sẻ").
 * Verbs that organisations share ("cho biết", "khẳng định", "tuyên bố", "thắng") are left out.
 */
const PERSON_VERBS = new PhraseDict<true>().addAll(
  [
    'nói',
    'chia sẻ',
    'tâm sự',
    'kể',
    'kể lại',
    'tiết lộ',
    'thừa nhận',
    'thổ lộ',
    'nhớ lại',
    'bật khóc',
    'mỉm cười',
    'cười',
    'khóc',
    'hát',
    'trình diễn',
    'diễn xuất',
    'vào vai',
    'đóng vai',
    'sinh',
    'sinh năm',
    'sinh ra',
    'qua đời',
    'từ trần',
    'kết hôn',
    'ly hôn',
    'lấy vợ',
    'lấy chồng',
    'mang thai',
    'sút',
    'đánh đầu',
    'chuyền',
    'chuyền bóng',
    'dứt điểm',
    'cản phá',
    'đá phạt',
    'ghi bàn',
    'lập công',
    'kiến tạo',
    'đi bóng',
    'rê bóng',
    'phá bóng',
    'băng xuống',
    'ra sân',
    'vào sân',
    'rời sân',
    'nhận thẻ',
    'bỏ lỡ',
    'tỏa sáng',
    'lập cú đúp',
    'lập hat-trick',
    'đeo băng đội trưởng',
  ],
  () => true,
);

/** Adverbs between a subject and its verb ("Asensio cũng sút", "Thu Trà đã chia sẻ"). */
const ADVERBS = new Set([
  'cũng',
  'đã',
  'vẫn',
  'còn',
  'mới',
  'liền',
  'lại',
  'thì',
  'từng',
  'đang',
  'sẽ',
  'chỉ',
  'bèn',
  'luôn',
  'không',
  'chưa',
]);

/** Words before a name that announce a place or a team ("tại Bilbao", "sang Barca", "trước Real"). */
const PLACE_WORDS = new Set(['tại', 'ở', 'sang', 'đến', 'tới', 'từ', 'khỏi', 'trước']);

/** Words joining two names of one class ("Obama và Bush", "Geovane hay Pedro"). */
const JOINERS = new Set(['và', 'cùng', 'hay', 'hoặc', 'với', 'lẫn']);

const SUFFIXES: ReadonlySet<string> = new Set(ORGANISATION_SUFFIXES);

interface Occurrence {
  start: number;
  end: number;
  foreign: boolean;
}

interface Tally {
  /** Evidence for a person and against. */
  person: number;
  against: number;
  occurrences: Occurrence[];
}

const keyOf = (lows: readonly string[], s: number, e: number) => lows.slice(s, e).join(' ');

/** Does a run start at token i (not inside a longer capitalised run)? */
function runStart(ctx: EvidenceContext, i: number): boolean {
  const { tokens, lex } = ctx;
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  return !(isNameToken(prev) && /^[ \t]+$/.test(tokens[i]!.gap) && !lex.leadingWords.has(prev.low));
}

/**
 * The weak names of the article that its evidence makes people, and the untriggered mentions in `found` that
 * the article shows to be places, teams or things elsewhere. Returns the mentions to keep plus the new ones,
 * in text order.
 */
export function decideByEvidence(ctx: EvidenceContext, found: readonly Mention[]): Mention[] {
  const { tokens, lows, lex } = ctx;
  const n = tokens.length;
  const taken = new Uint8Array(n);
  // Mentions that start and end at a token, to see coordinations and lists.
  const personStart = new Uint8Array(n + 1);
  const personEnd = new Uint8Array(n + 1);
  const personKeys = new Set<string>();
  // Words that name a known person alone: whole names, and the surname of a foreign one ("Modric" after "Luka
  // Modric"), so that a list or coordination sees the repeats the grouping adds later.
  const personWords = new Set<string>();
  for (const m of found) {
    taken.fill(1, m.start, m.end);
    personStart[m.start] = 1;
    personEnd[m.end] = 1;
    const key = keyOf(lows, m.start, m.end);
    personWords.add(key);
    if (m.triggered) personKeys.add(key);
    if (m.foreign && m.end - m.start >= 2) personWords.add(lows[m.end - 1]!);
  }
  for (let i = 0; i < n; i++) {
    if (taken[i] || !isNameToken(tokens[i]!) || !runStart(ctx, i)) continue;
    const run = readNameRun(tokens, i, 4);
    if (
      run &&
      (run.end - run.start === 1 ? personWords.has(lows[i]!) : personWords.has(keyOf(lows, run.start, run.end)))
    ) {
      personStart[run.start] = 1;
      personEnd[run.end] = 1;
    }
  }
  const tallies = new Map<string, Tally>();
  const against = new Set<string>();

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!isNameToken(t) || ctx.masked(i) || !runStart(ctx, i)) continue;
    // Against: a name right after a place, body or thing noun ("CLB Slovan Liberec", "sân Di Stefano"), or the
    // name part of a side's mention; remembered for the names found by shape too.
    const run = readNameRun(tokens, i, 4);
    if (!run) continue;
    const insideSide = ctx.inSide(i) && i > 0 && ctx.inSide(i - 1) && !isNameToken(tokens[i - 1]!);
    if (insideSide || ctx.placeOrOrgContext(i) || ownedByThing(ctx, i)) against.add(keyOf(lows, run.start, run.end));
    if (taken[i] || ctx.inSide(i)) continue;
    const len = run.end - run.start;
    const candidate = len === 1 ? lonelyForeign(ctx, i) : len === 2 ? twoSyllables(ctx, i) : false;
    if (!candidate) continue;
    const key = keyOf(lows, run.start, run.end);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { person: 0, against: 0, occurrences: [] };
      tallies.set(key, tally);
    }
    const occ = { start: run.start, end: run.end, foreign: run.foreign };
    const score = contextOf(ctx, occ, personStart, personEnd);
    tally.person += score.person;
    tally.against += score.against;
    if (score.against === 0) tally.occurrences.push(occ);
  }

  // Films and series: "Trang (Yu Dương)", "chú Võ Tòng (Lê Quang)" name a character and the actor who plays it.
  const film = lows.some((l, k) => (l === 'phim' || l === 'vai') && isFilmWord(lows, k));
  // Products: an article that writes a model by its code after its make ("Mazda CX-5", "Honda CR-V", "Nissan
  // X-Trail", "Airbus A320") names makes and models in capitalised foreign words; there a foreign name found by its shape alone is a person only
  // when one of its mentions says so itself (a verb only people do, an age). Lists and coordinations prove
  // nothing there: "Mazda CX-5 và Honda CR-V" are each other's list mates.
  let products = false;
  for (let k = 1; k < n && !products; k++) products = modelCodeAt(tokens, k) && afterMake(ctx, k);
  const provenForeign = new Set<string>();
  if (products)
    for (const m of found) if (m.foreign && ownEvidence(ctx, m) > 0) provenForeign.add(keyOf(lows, m.start, m.end));
  const out: Mention[] = [];
  for (const m of found) {
    if (film && m.titles.length === 0 && m.end - m.start <= 2 && actorAfter(ctx, m.end)) continue;
    if (!m.triggered && m.titles.length === 0 && opponentOfTeam(ctx, m) && ownEvidence(ctx, m) === 0) continue;
    if (
      products &&
      m.foreign &&
      !m.triggered &&
      m.titles.length === 0 &&
      !provenForeign.has(keyOf(lows, m.start, m.end))
    )
      continue;
    // One sense per article: a name shaped weakly (foreign, or without a Vietnamese surname) that the article
    // also writes as a place, a club or a thing is not a person where nothing says so.
    const key = keyOf(lows, m.start, m.end);
    if (
      !m.triggered &&
      m.titles.length === 0 &&
      against.has(key) &&
      (m.foreign || !lex.strongSurnames.has(lows[m.start]!))
    )
      continue;
    out.push(m);
  }
  for (const [key, tally] of tallies) {
    const named = personKeys.has(key);
    // ("vào vai Điêu Thuyền" once: a character, whatever else calls her.)
    if (against.has(key)) continue;
    if (!named && (tally.person < 1 || tally.person <= tally.against)) continue;
    for (const o of tally.occurrences)
      out.push({ start: o.start, end: o.end, foreign: o.foreign, triggered: named, titles: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "phim", "vai" as the nouns (not "vai trò", "vai trò của"). */
function isFilmWord(lows: readonly string[], k: number): boolean {
  return lows[k] === 'phim' || lows[k + 1] !== 'trò';
}

/** "(Yu Dương)", "(Lê Quang)": a person's full name alone in parentheses right after token `end`. */
function actorAfter(ctx: EvidenceContext, end: number): boolean {
  const { tokens, lows, lex } = ctx;
  const t = tokens[end];
  if (!t || !/^[ \t]*\($/.test(t.gap)) return false;
  const run = readNameRun(tokens, end, 4);
  if (!run || run.end - run.start < 2 || !tokens[run.end] || !tokens[run.end]!.gap.startsWith(')')) {
    // "(Phùng Ngọc đóng)": the actor and the verb "đóng" (plays).
    if (!run || run.end - run.start < 2 || lows[run.end] !== 'đóng') return false;
  }
  return run.foreign || lex.surnames.has(lows[end]!) || run.end - run.start >= 2;
}

/** A lone capitalised foreign word that could be a surname or a first name ("Asensio", "Kroos", "Nacho"). */
function lonelyForeign(ctx: EvidenceContext, i: number): boolean {
  const { tokens, lows, lex } = ctx;
  const t = tokens[i]!;
  if (t.text.length < 3 || t.upper || !t.alpha || isVietSyllable(lows[i]!)) return false;
  if (lex.notNameWords.has(lows[i]!) || lex.placeKeys.has(lows[i]!) || lex.leadingWords.has(lows[i]!)) return false;
  return !/[-‐‑]/.test(tokens[i + 1]?.gap ?? '');
}

/** Two Vietnamese syllables that could be a given name without its surname ("Quang Hải", "Thu Trà"). */
function twoSyllables(ctx: EvidenceContext, i: number): boolean {
  const { tokens, lows, lex, joined } = ctx;
  if (!isVietSyllable(lows[i]!) || !isVietSyllable(lows[i + 1]!) || tokens[i]!.text.length < 2) return false;
  if (lex.leadingWords.has(lows[i]!) || lex.places.match(lows, i, joined) || lex.complements.match(lows, i, joined))
    return false;
  if (lex.orgHeads.match(lows, i, joined) || lex.titles.match(lows, i, joined) || lex.placeHeads.match(lows, i, joined))
    return false;
  if (lex.honorifics.match(lows, i, joined) || lex.zodiac.has(`${lows[i]} ${lows[i + 1]}`)) return false;
  // "Phó Tư lệnh", "Ủy ban": a title or a body's head starts here or at the second word.
  if (matchTrigger(lex, tokens, lows, i) || matchTrigger(lex, tokens, lows, i + 1)) return false;
  if ((lex.orgHeads.match(lows, i + 1, joined)?.length ?? 0) >= 2) return false;
  return true;
}

/** Evidence at one occurrence. */
function contextOf(
  ctx: EvidenceContext,
  o: Occurrence,
  personStart: Uint8Array,
  personEnd: Uint8Array,
): { person: number; against: number } {
  const { tokens, lows } = ctx;
  let person = 0;
  let against = 0;
  const before = tokens[o.start]!;
  const prevLow = o.start > 0 && /^[ \t]+$/.test(before.gap) ? lows[o.start - 1]! : '';
  if (PLACE_WORDS.has(prevLow)) against++;
  // Quotation marks around it: the title of a work.
  const after = tokens[o.end];
  if (/["“«]\s*$/.test(before.gap) && (!after || /^\s*["”»]/.test(after.gap))) against += 2;
  if (after && /^[ \t]+$/.test(after.gap) && SUFFIXES.has(after.text)) against += 2;
  person += ownEvidence(ctx, o);
  // Coordinated with a person: "Obama và Bush", "Tổng thống Biden và Putin".
  if (o.start >= 2 && JOINERS.has(prevLow) && personEnd[o.start - 1]) person++;
  if (after && /^[ \t]+$/.test(after.gap) && JOINERS.has(lows[o.end]!) && personStart[o.end + 1]) person++;
  // A list item next to a person ("Modric, Casemiro, Kroos").
  if (o.start > 0 && /^[ \t]*[,;][ \t]*$/.test(before.gap) && personEnd[o.start]) person++;
  if (after && /^[ \t]*[,;][ \t]*$/.test(after.gap) && personStart[o.end]) person++;
  return { person, against };
}

/** Evidence a name gives by itself: a verb only people do after it (possibly after an adverb), an age. */
function ownEvidence(ctx: EvidenceContext, o: Occurrence): number {
  const { tokens, lows } = ctx;
  const after = tokens[o.end];
  let person = 0;
  let k = o.end;
  for (let skip = 0; skip < 2 && k < tokens.length && /^[ \t]+$/.test(tokens[k]!.gap) && ADVERBS.has(lows[k]!); skip++)
    k++;
  if (k < tokens.length && /^[ \t]+$/.test(tokens[k]!.gap) && PERSON_VERBS.match(lows, k, ctx.joined)) person++;
  // An age: "Nacho, 31 tuổi", "Nacho (31 tuổi)".
  if (after && /^\d{1,3}$/.test(after.text) && /^[ \t]*[,(][ \t]*$/.test(after.gap) && lows[o.end + 1] === 'tuổi')
    person += 2;
  return person;
}

/**
 * "bộ phim Ma Rainey's Black Bottom": a run right after a possessive whose owner stands in a thing's context is
 * part of the thing's name (the tokens leave the "'s" in the gap after the owner).
 */
function ownedByThing(ctx: EvidenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (i === 0 || !/^['’]s[ \t]+$/.test(tokens[i]!.gap)) return false;
  let owner = i - 1;
  while (owner > 0 && isNameToken(tokens[owner - 1]!) && /^[ \t]+$/.test(tokens[owner]!.gap)) owner--;
  return ctx.placeOrOrgContext(owner);
}

/**
 * A model's code at token k: up to four capitals joined by a hyphen to a capitalised word or digits ("CX-5",
 * "CR-V", "X-Trail"), or capitals glued to digits ("S24", "A320"). Never a plain year or number.
 */
function modelCodeAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^\p{Lu}{1,4}\d{1,4}\p{Lu}?$/u.test(t.text)) return true;
  const next = tokens[k + 1];
  return /^\p{Lu}{1,4}$/u.test(t.text) && !!next && next.gap === '-' && (next.cap || /^\d{1,4}$/.test(next.text));
}

/** The code at token k follows a capitalised foreign word, its make ("Mazda CX-5"; not "Thượng đỉnh G20"). */
function afterMake(ctx: EvidenceContext, k: number): boolean {
  const prev = ctx.tokens[k - 1]!;
  return /^[ \t]+$/.test(ctx.tokens[k]!.gap) && prev.cap && !prev.upper && !isVietSyllable(ctx.lows[k - 1]!);
}

/**
 * A name right after a team and a contest verb ("Hà Nội FC thắng Hoàng Anh Gia Lai"): the other side of a match, a
 * team. A team here is an organisation's name of two or more words (sides: "Hà Nội FC", "Leicester City") or a run
 * with a word that is never a name ("Real Sociedad thua Athletic Bilbao"). A name with evidence of its own stays a
 * person. (Coordination says nothing: "Vietnam Airlines và Jeff Williams ký hợp đồng".)
 */
function opponentOfTeam(ctx: EvidenceContext, m: Mention): boolean {
  const { tokens, lows, lex } = ctx;
  if (m.start < 2 || !/^[ \t]+$/.test(tokens[m.start]!.gap)) return false;
  // The connector ends right before the name: one or two words.
  for (const len of [1, 2, 3]) {
    const at = m.start - len;
    if (at < 1 || !/^[ \t]+$/.test(tokens[at]!.gap) || tokens[at]!.cap) continue;
    if (CONTEST_VERBS.match(lows, at, ctx.joined)?.length !== len) continue;
    const prev = at - 1;
    if (!tokens[prev]!.cap) return false;
    if (ctx.inOrganisation(prev)) return true;
    // The capitalised run before the verb (at most six words) holds a word that is never a name.
    for (let k = prev; k >= 0 && prev - k < 6 && tokens[k]!.cap; k--) {
      if (lex.notNameWords.has(lows[k]!)) return true;
      if (!/^[ \t]+$/.test(tokens[k]!.gap)) break;
    }
    return false;
  }
  return false;
}
