// Key people of an article body: rule-based, Vietnamese-aware, no model and no network.
// Pipeline: clean the text (keeping an offset map) -> tokens -> mentions after titles and honorifics, and
// capitalised runs shaped like full names -> reject places, organisations, zodiac signs, lunar years and
// credits -> join short mentions to full names -> order by importance.
import { canonicalTones, cleanWithOffsets, matchKey, sentenceSpans } from '../../text';
import type { Person, Span } from '../types';
import { tokenize } from './tokens';
import { lexicon, type Lexicon } from './lexicon';
import { MentionFinder, type TitleMention } from './mentions';
import { englishMentions } from './english-names';
import { groupMentions, addRepeats, type PersonDraft } from './group';
import { mergeAliases } from './aliases';
import { displayOf, titleList, organisationOf } from './describe';
import { sameNameSpelledTwice } from './spelling';
import { creditMask, findSideMentions, sideMask, type SideMention } from '../sides';
import type { Token } from './tokens';

export type { Person, Span } from '../types';

/**
 * People mentioned in an article body, most important first. Offsets in `spans` are UTF-16 offsets into
 * `text.normalize('NFC')`; names and titles keep the article's spelling (cleaned of odd spaces and `Ð`).
 */
export function extractPeople(text: string): Person[] {
  if (!text) return [];
  const { text: clean, map, source } = cleanWithOffsets(text);
  let canon = canonicalTones(clean);
  if (canon.length !== clean.length) canon = clean;
  const tokens = tokenize(clean, canon);
  const masked = creditMask(clean, tokens);
  return peopleOfTokens(clean, map, source, tokens, findSideMentions(tokens, masked), masked);
}

/** People of a cleaned, tokenised text whose sides are known (extractEntities shares the work with sides). */
export function peopleOfTokens(
  clean: string,
  map: readonly number[],
  source: string,
  tokens: readonly Token[],
  sides: readonly SideMention[],
  masked: (k: number) => boolean,
): Person[] {
  const lows = tokens.map((t) => t.low);
  const lex = lexicon();

  const inSide = sideMask(tokens, sides);
  const sideEndAt = new Int32Array(tokens.length).fill(-1);
  // Inside an organisation's name after its first word ("Ban Bí thư Trung ương"): a title there is the body's word.
  const inOrgName = new Uint8Array(tokens.length);
  // Organisations only: places and countries after a title have their own rules ("Trung Quốc Đổng Quân").
  for (const m of sides) {
    if (m.kind !== 'organisation') continue;
    sideEndAt[m.start] = Math.max(sideEndAt[m.start]!, m.end);
    inOrgName.fill(1, m.start + 1, m.end);
  }
  const finder = new MentionFinder(
    lex,
    tokens,
    masked,
    (k) => inSide[k] === 1,
    (k) => sideEndAt[k] ?? -1,
    (k) => inOrgName[k] === 1,
    organisationNames(tokens, sides),
  );
  // English pages capitalise demonyms, function words and titles: read apart (english-names.ts).
  const mentions = englishMentions(tokens, finder.find(), (k) => inSide[k] === 1);
  let drafts = groupMentions(lex, tokens, mentions);
  // "TP Hồ Chí Minh", "đường Lê Duẩn": a repeat in a place's context is not the person.
  addRepeats(
    tokens,
    drafts,
    masked,
    (k) => finder.placeOrOrgContext(k),
    (k) => inSide[k] === 1,
    lows,
  );
  // "Thích Minh X (thế danh Nguyễn Văn Y)": one person under two names.
  drafts = mergeAliases(tokens, drafts);
  // "Tập đoàn Hoàng Anh Gia Lai ... Hoàng Anh Gia Lai thực hiện ...": a firm's name written bare, before or after
  // the firm's own mention, is the firm unless a title or an honorific names a person so ("Chủ tịch ...", "ông ...").
  const firms = firmNames(tokens, sides);
  if (firms.size > 0)
    drafts = drafts.filter(
      (p) =>
        !firms.has(p.lows.join(' ')) ||
        p.mentions.some((m) => honorificBefore(lex, tokens, lows, m.start) || m.titles.some((t) => t.end <= m.start)),
    );

  const sentenceOf = firstSentences(clean);
  const toSource = (s: number, e: number): Span => {
    const start = map[s]!;
    const last = map[e - 1]!;
    const width = (source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    return { start, end: last + width };
  };

  const scored = drafts.map((p: PersonDraft) => {
    const allTitles: TitleMention[] = p.mentions.flatMap((m) => m.titles);
    const { titles, rank } = titleList(lex, clean, tokens, allTitles);
    // The strongest side any title names; the earliest among equals. Party memberships ("Ủy viên ...") are not a side.
    let best: { name: string; strength: number } | null = null;
    for (const t of allTitles) {
      if (lows[t.start] === 'ủy' || lows[t.start] === 'uỷ') continue;
      const side = organisationOf(lex, clean, tokens, lows, t);
      if (side && (!best || side.strength > best.strength)) best = side;
    }
    const organisation = best?.name ?? null;
    // "Donald Trump Jr.": the suffix keeps its dot.
    const name = displayOf(clean, tokens, p.nameStart, p.nameEnd, /^(?:jr|sr)$/.test(lows[p.nameEnd - 1]!));
    const first = p.mentions[0]!;
    const firstAt = tokens[first.start]!.s;
    const person: Person = {
      name,
      key: matchKey(name),
      titles,
      organisation: organisation ?? sideOf(clean, tokens, lows, first.start),
      mentions: p.mentions.length,
      spans: p.mentions.map((m) => toSource(tokens[m.start]!.s, tokens[m.end - 1]!.e)),
      firstSentence: sentenceOf(firstAt),
    };
    // Importance: how often, how early, how senior. Early = in the first fifth of the text (title and lead).
    const early = firstAt < clean.length / 5 ? 2 : 0;
    const score = person.mentions + rank * 0.6 + early;
    return { person, score, firstAt };
  });
  scored.sort((a, b) => b.score - a.score || a.firstAt - b.firstAt);
  return mergeSameKey(scored.map((s) => s.person));
}

/**
 * The proper names inside the article's organisations, as lower-case keys: the last capitalised run of two or
 * more words after the head ("Tập đoàn Mai Linh" gives "mai linh", "Hội đồng quản trị Tân Hiệp Phát" "tân hiệp phát",
 * "Trường THPT Trần Phú" "trần phú"). In the apposition slot after a person, a role followed by such a name heads
 * that body ("ông A, Chủ tịch Tân Hiệp Phát, nói"). (Dropping such names written bare elsewhere lost a real person
 * on the real texts and found no wrong one: not done.)
 */
function organisationNames(tokens: readonly Token[], sides: readonly SideMention[]): Set<string> {
  const names = new Set<string>();
  for (const m of sides) {
    if (m.kind !== 'organisation') continue;
    // The last run of capitalised words (acronyms apart) of two or more inside the mention.
    let run = -1;
    let last: [number, number] | null = null;
    for (let k = m.start + 1; k <= m.end; k++) {
      const t = tokens[k];
      const word = k < m.end && !!t && t.cap && !t.upper;
      const joins = word && run >= 0 && /^[ \t]+$/.test(t.gap);
      if (joins) continue;
      if (run >= 0 && k - run >= 2) last = [run, k];
      run = word ? k : -1;
    }
    if (last)
      names.add(
        tokens
          .slice(last[0], last[1])
          .map((t) => t.low)
          .join(' '),
      );
  }
  return names;
}

/** "ông X", "Bà X": an honorific of one or two words right before token i. */
function honorificBefore(lex: Lexicon, tokens: readonly Token[], lows: readonly string[], i: number): boolean {
  if (!/^[ \t]+$/.test(tokens[i]?.gap ?? '')) return false;
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const hit = lex.honorifics.match(lows, i - back, (k) => /^[ \t]+$/.test(tokens[k]!.gap));
    if (hit && hit.length === back) return true;
  }
  return false;
}

/** Heads of a firm's name: a person's name after them is the firm's ("Công ty Nguyễn Kim", "Tập đoàn Mai Linh"). */
const FIRM_HEADS = new Set(['công ty', 'cty', 'tập đoàn', 'tổng công ty', 'hãng', 'ngân hàng', 'doanh nghiệp']);

/**
 * The proper names of the firms of the article, as lower-case keys: the capitalised run (two words or more) that
 * ends a firm's mention after its head and its words of type ("Công ty cổ phần Hoàng Anh Gia Lai" gives
 * "hoàng anh gia lai").
 */
function firmNames(tokens: readonly Token[], sides: readonly SideMention[]): Set<string> {
  const names = new Set<string>();
  for (const m of sides) {
    if (m.kind !== 'organisation' || m.known) continue;
    const head = FIRM_HEADS.has(tokens[m.start]!.low)
      ? 1
      : FIRM_HEADS.has(`${tokens[m.start]!.low} ${tokens[m.start + 1]?.low ?? ''}`)
        ? 2
        : FIRM_HEADS.has(`${tokens[m.start]!.low} ${tokens[m.start + 1]?.low ?? ''} ${tokens[m.start + 2]?.low ?? ''}`)
          ? 3
          : 0;
    if (head === 0) continue;
    // The name: the words after the last lower-case word or acronym of type.
    let s = m.end;
    while (
      s - 1 >= m.start + head &&
      tokens[s - 1]!.cap &&
      !tokens[s - 1]!.upper &&
      /^[ \t]+$/.test(tokens[s - 1]!.gap)
    )
      s--;
    if (m.end - s >= 2)
      names.add(
        tokens
          .slice(s, m.end)
          .map((t) => t.low)
          .join(' '),
      );
  }
  return names;
}

/** Longest stretch of a line read around an offset to find its sentence (a line of 1 MB is no paragraph). */
const SENTENCE_WINDOW = 4000;

/**
 * The sentence holding an offset. A line break ends a sentence, so only the offset's line is split into sentences,
 * once per line: the work is the size of the lines people are in, not of the text.
 */
function firstSentences(text: string): (at: number) => string {
  const byLine = new Map<number, { from: number; spans: Span[] }>();
  return (at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    const lineEnd = next < 0 ? text.length : next;
    const from = Math.max(lineStart, at - SENTENCE_WINDOW);
    const key = from === lineStart ? lineStart : -at - 1;
    let line = byLine.get(key);
    if (!line) {
      line = { from, spans: sentenceSpans(text.slice(from, Math.min(lineEnd, from + 2 * SENTENCE_WINDOW))) };
      byLine.set(key, line);
    }
    const rel = at - line.from;
    // As sentenceAt: the span holding the offset, else the last one.
    const s = line.spans.find((sp) => rel >= sp.start && rel < sp.end) ?? line.spans[line.spans.length - 1];
    return s ? text.slice(line.from + s.start, line.from + s.end) : '';
  };
}

/** "phía Việt Nam", "về phía EU" shortly before the first mention: the side the person speaks for. */
function sideOf(
  text: string,
  tokens: readonly { s: number; e: number; text: string; cap: boolean }[],
  lows: readonly string[],
  at: number,
): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    if (lows[k] !== 'phía') continue;
    const next = tokens[k + 1];
    if (!next || !next.cap) return null;
    let e = k + 1;
    while (e + 1 < at && tokens[e + 1]!.cap && /^[ \t]+$/.test(text.slice(tokens[e]!.e, tokens[e + 1]!.s))) e++;
    return text.slice(next.s, tokens[e]!.e);
  }
  return null;
}

/** People compared for other spellings of one name: the most important ones (bounds the pairwise work). */
const SPELLING_CHECKED = 200;

/**
 * Safety net: two drafts with the same key (e.g. a short name that equals another's full name), or one name
 * spelled two ways (spelling.ts); the more important one keeps its name.
 */
function mergeSameKey(people: Person[]): Person[] {
  const out: Person[] = [];
  const byKey = new Map<string, Person>();
  for (const p of people) {
    let seen = byKey.get(p.key);
    if (!seen && out.length <= SPELLING_CHECKED) seen = out.find((o) => sameNameSpelledTwice(o.name, p.name));
    if (!seen) {
      byKey.set(p.key, p);
      out.push(p);
      continue;
    }
    seen.mentions += p.mentions;
    seen.spans = [...seen.spans, ...p.spans].sort((a, b) => a.start - b.start);
    for (const t of p.titles) if (!seen.titles.some((x) => matchKey(x) === matchKey(t))) seen.titles.push(t);
  }
  return out;
}
