// Parts of the text whose names belong to the article's authors and photographers, not to its people:
// photo credits ("Ảnh: Tuấn Anh", "(Ảnh: BNG)"), "Tin, ảnh: PHƯƠNG LINH", "Theo Sầm Hoa (Vietnamnet)", and
// a line that is nothing but one or more names (a byline: "Bảo Chi", "THUẬN VĂN - LÊ ÁNH").
import type { Span } from '../types';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.]*`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,4}`;

// "Ảnh: X": an agency's acronyms ("TTXVN", "AFP/TTXVN") or up to four names ("Tuấn Anh", "Quang Hiếu/VOV"), never
// the rest of the line (a caption's credit is often glued to the next paragraph: "Ảnh: TTXVN Thủ tướng ...");
// also "Ảnh X." with no colon at a line end (the spaces before and after the full stop in one way only: two runs of
// spaces with nothing between them took time quadratic in their length).
// An acronym is not the start of a word in lower case ("TTXVNThủ" is not "TTXVNT"): the character after it is read
// (group END, or the end of the text) and given back by creditSpans, rather than looked at by a lookahead, which
// recheck can only fuzz, not prove linear.
const ACRONYM = String.raw`[\p{Lu}\d][\p{Lu}\d&.]+`;
const END = String.raw`([^\p{Ll}\p{M}]|$)`;
const NAMES = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}`;
const CREDIT_BODY = String.raw`(?:${ACRONYM}(?:[ \t]*[/,-][ \t]*${ACRONYM}){0,3}${END}|${NAMES}(?:[ \t]*[/-][ \t]*(?:${ACRONYM}${END}|${NAMES}))?)`;
const CREDIT = new RegExp(
  String.raw`(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Tin,[ \t]*ảnh|Tin và ảnh|Bài,[ \t]*ảnh|Bài và ảnh|Bài|Video|Clip|Đồ họa|Đồ hoạ|Thiết kế|Thực hiện|Nguồn|Nguồn tin|Biên dịch|Lược dịch|Photo)[ \t]*:[ \t]*(?:${CREDIT_BODY})?` +
    String.raw`|Ảnh[ \t]+${NAME}[ \t]*(?:\.[ \t]*)?$` +
    // English pages: "Credit Kevin Frayer/Getty Images", "CreditKim Raff for The New York Times" (glued when the
    // page's caption lost its space), "Photograph by X", "Courtesy of X".
    String.raw`|(?:Credit|Credits|Photograph by|Photographs by|Photo by|Photos by|Courtesy of)[ \t]*(?::[ \t]*)?${CREDIT_BODY}`,
  'gmu',
);
// "Theo X" alone on its line, possibly with "(Source)" or "/Source" after it; and "Theo X/Y" ending a line that
// lost its break ("T.ThủyTheo DTrends/SoMag"). X's words are not counted (at most five before): the count made the
// pattern too large for recheck's automaton checker on a loaded machine.
const THEO_LINE = new RegExp(
  String.raw`^[ \t]*Theo[ \t]+${NAME_WORD}(?:[ \t]+${NAME_WORD})*[ \t]*(?:[/(].*)?$|Theo[ \t]+${NAME_WORD}(?:[ \t]*\/[ \t]*${NAME_WORD})+[ \t]*$`,
  'gmu',
);
// A line made only of names, optionally joined by "-", ",", "&" or "và".
// "Đỗ Bá Thành (Phóng viên TTXVN tại Lào)": a byline may end with the reporter's post in parentheses.
// "và" is a word with spaces around it: glued ("AvàB"), a name word could hold it or be cut by it, and a line
// of such words took exponential time to reject. The spaces before the post go with it, for the same reason.
// The words of the line are not counted into names of at most five: a line of six or more capitalised words is a
// Title Case line, masked anyway (TITLE_CASE_LINE), and the count made the pattern too large for recheck's automaton
// checker (its fuzzer found a slow input among the ways to split a line into names).
const BYLINE = new RegExp(
  String.raw`^[ \t]*${NAME_WORD}(?:(?:[ \t]+|[ \t]*[-–,&][ \t]*|[ \t]+và[ \t]+)${NAME_WORD})*[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?$`,
  'gmu',
);

// A heading in Title Case ("Đào Tạo Nguồn Nhân Lực Chất Lượng Cao"): five or more words, all capitalised.
const TITLE_CASE_LINE = new RegExp(String.raw`^[ \t]*${NAME_WORD}(?:[ \t]+(?:${NAME_WORD}|\d+|[-–:&,]))*$`, 'gmu');

/** Spans (offsets into `text`) where names are credits or bylines, or a Title Case heading. */
export function creditSpans(text: string): Span[] {
  const spans: Span[] = [];
  TITLE_CASE_LINE.lastIndex = 0;
  for (let m = TITLE_CASE_LINE.exec(text); m; m = TITLE_CASE_LINE.exec(text)) {
    if (m[0].trim().split(/\s+/).length >= 5) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const re of [CREDIT, THEO_LINE, BYLINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The character read after an acronym (CREDIT's END groups) is not part of the credit.
      const after = (m[1] ?? m[2] ?? '').length;
      const end = m.index + m[0].length - after;
      if (end === m.index) {
        re.lastIndex = m.index + 1;
        continue;
      }
      re.lastIndex = end;
      spans.push({ start: m.index, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function inSpans(spans: readonly Span[], at: number): boolean {
  for (const s of spans) {
    if (s.start > at) return false;
    if (at < s.end) return true;
  }
  return false;
}

/** For each token (in text order), whether it starts inside one of `spans` (sorted by start): one sweep. */
export function maskTokens(tokens: readonly { s: number }[], spans: readonly Span[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  // Spans may overlap: keep the furthest end seen among the spans started so far.
  let reach = -1;
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!.s;
    while (k < spans.length && spans[k]!.start <= at) reach = Math.max(reach, spans[k++]!.end);
    out[i] = at < reach;
  }
  return out;
}
