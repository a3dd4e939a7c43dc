// Turn grouped mentions into what the digest shows: display titles (deduplicated, most specific kept) and the
// organisation or country side a title names ("Bộ Quốc phòng Việt Nam", "EU", "Bộ Ngoại giao").
import { matchKey } from '../../text';
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import type { TitleMention } from './mentions';
import { matchTrigger, makeJoined } from './triggers';

/** Display text of a token range, with a closing parenthesis that belongs to it ("... (EEAS)"). */
export function displayOf(text: string, tokens: readonly Token[], start: number, end: number, keepDot = false): string {
  let e = tokens[end - 1]!.e;
  // "GS. Carlyle Thayer": an abbreviated title keeps its dot.
  if (keepDot && text[e] === '.') e++;
  const s = tokens[start]!.s;
  let out = text.slice(s, e);
  const open = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  if (open > 0 && text[e] === ')') {
    e++;
    out = text.slice(s, e);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Titles as written, in order, without duplicates, and without a bare title a longer one spells out. */
export function titleList(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  titles: readonly TitleMention[],
): { titles: string[]; rank: number } {
  const seen = new Map<string, string>();
  let rank = 0;
  for (const t of titles) {
    rank = Math.max(rank, t.rank);
    for (const [start, end] of postsOf(lex, tokens, t.start, t.end)) {
      const last = tokens[end - 1]!;
      // "GS.", "PGS.TS.", "ThS." keep their dot; "Đại diện cấp cao EU." ends a sentence.
      const abbreviation = last.cap && lex.abbreviations.has(last.low);
      const display = displayOf(text, tokens, start, end, abbreviation);
      const key = matchKey(display);
      if (!seen.has(key)) seen.set(key, display);
    }
  }
  const keys = [...seen.keys()];
  const bare = (k: string) => k.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  const out: string[] = [];
  for (const k of keys) {
    if (keys.some((o) => o !== k && bare(o).startsWith(`${bare(k)} `))) continue;
    out.push(seen.get(k)!);
  }
  return { titles: out, rank };
}

/**
 * "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao": "kiêm" joins two posts of one person, each its own title. Split only
 * where a title follows "kiêm" ("kiêm nhiệm", "kiêm luôn" are verbs). Token ranges [start, end).
 */
function postsOf(lex: Lexicon, tokens: readonly Token[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let k = start + 1; k < end - 1; k++) {
    if (tokens[k]!.low !== 'kiêm') continue;
    const lows = tokens.slice(k + 1, end).map((x) => x.low);
    const always = () => true;
    if (!lex.titles.match(lows, 0, always) && !lex.titlePrefixes.match(lows, 0, always)) continue;
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, end]);
  return out;
}

const MINISTRY_SHORT = new Set([
  'ngoại giao',
  'quốc phòng',
  'công an',
  'tài chính',
  'công thương',
  'tư pháp',
  'nội vụ',
  'y tế',
  'giáo dục và đào tạo',
  'kế hoạch và đầu tư',
  'xây dựng',
  'giao thông vận tải',
  'tài nguyên và môi trường',
  'khoa học và công nghệ',
  'thông tin và truyền thông',
]);
const NOT_SIDE = new Set(['đảng', 'trung ương', 'ban thường vụ', 'bộ chính trị']);

export interface Side {
  name: string;
  /** 3: a body named after the title; 2: a ministry short name; 1: a country or acronym; 0: the title's own word. */
  strength: number;
}

/** Organisation or side named inside one title, or null. */
export function organisationOf(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  lows: readonly string[],
  t: TitleMention,
): Side | null {
  const hit = matchTrigger(lex, tokens, lows, t.start);
  if (!hit) return null;
  const joined = makeJoined(tokens);
  const from = Math.min(hit.end, t.end);
  // The body after "thuộc"/"của" is the organisation ("Tổng vụ trưởng về ... thuộc Cơ quan ... EU (EEAS)");
  // otherwise the first body named (the title itself may carry it: "Thủ tướng Chính phủ", "Chủ tịch Quốc hội").
  let scanFrom = t.start + 1;
  for (let k = t.end - 1; k > t.start; k--) {
    if (lows[k] === 'thuộc' || lows[k] === 'của') {
      scanFrom = k + 1;
      break;
    }
  }
  // The words after the title first ("Phó Viện trưởng Viện Biển Đông"), then the title's own words.
  // "Trưởng Ban Tổ chức Trung ương": the title's last word may itself be the body's head ("Ban").
  const headStart =
    from > t.start && lex.orgHeads.match(lows, from - 1, joined) && tokens[from - 1]!.cap ? from - 1 : from;
  const bodyAt = (a: number, b: number): number => {
    for (let k = a; k < b; k++) {
      const org = lex.orgHeads.match(lows, k, joined);
      if (org && tokens[k]!.cap && !NOT_SIDE.has(lows.slice(k, k + org.length).join(' '))) return k;
    }
    return -1;
  };
  const after = bodyAt(Math.max(scanFrom, headStart), t.end);
  if (after >= 0) return { name: displayOf(text, tokens, after, t.end), strength: 3 };
  // A body in the title's own words with more after it: "Bí thư Thành ủy TP.HCM", "Giám đốc Công an tỉnh Nghệ An".
  const own = bodyAt(scanFrom, Math.min(headStart, t.end));
  if (own >= 0 && from < t.end) return { name: displayOf(text, tokens, own, t.end), strength: 3 };
  const rest = from < t.end ? lows.slice(from, t.end).join(' ') : '';
  if (MINISTRY_SHORT.has(rest)) return { name: `Bộ ${displayOf(text, tokens, from, t.end)}`, strength: 2 };
  // The last acronym or country before "tại": "Trưởng SOM EU" -> EU; "Đại sứ Hàn Quốc tại Việt Nam" -> Hàn Quốc.
  let stop = t.end;
  // ("phụ trách Đông Á" is a portfolio, not a side.)
  for (let k = from; k < t.end; k++)
    if (lows[k] === 'tại' || lows[k] === 'ở' || lows[k] === 'phụ' || lows[k] === 'về') stop = Math.min(stop, k);
  for (let k = stop - 1; k >= from; k--) {
    const tok = tokens[k]!;
    if (tok.upper && tok.text.length <= 6) return { name: tok.text, strength: 1 };
    for (let s = Math.max(from, k - 3); s <= k; s++) {
      const place = lex.places.match(lows, s, joined);
      if (place && s + place.length - 1 === k && tokens[s]!.cap)
        return { name: displayOf(text, tokens, s, k + 1), strength: 1 };
    }
  }
  // The title's own words: "Chủ tịch Ủy ban châu Âu" names a body (a proper name in it); "Thủ tướng Chính phủ",
  // "Chánh Văn phòng" only a generic one.
  if (own >= 0) {
    const proper = tokens.slice(own + 1, t.end).some((tok) => tok.cap);
    return { name: displayOf(text, tokens, own, t.end), strength: proper ? 2 : 0 };
  }
  return null;
}
