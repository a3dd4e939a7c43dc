// Name-shaped words that the structure around them shows to be no person: the items of a list of places ("các
// huyện A, B và C"), the items of a count list ("(A 337, B 15, C 2)"), and a name followed by the acronym of its
// own initials ("Hoàng Anh Gia Lai (HAGL)": people are not written with an acronym of their initials in
// Vietnamese). Each reads a bounded number of tokens per position, so the cost is linear in the text.
import type { Lexicon } from './lexicon';
import { isNameToken, isVietSyllable, readNameRun } from './shape';
import type { Token } from './tokens';

/** Words that make the noun after them plural: "các huyện", "những xã", "hai phường". */
const PLURAL_WORDS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều']);

const COUNT = /^\d{1,7}(?:[.,]\d{1,3})*$/;

/** Most items read from one list (line-ups and long lists of communes stay within it). */
const MAX_ITEMS = 40;

/**
 * Start tokens of the items of a list of places: "các huyện Mường Tè, Sìn Hồ và Phong Thổ", "3 phường Lê Lợi,
 * Trần Phú, Quang Trung" (a plural or a number before an administrative unit, then capitalised runs joined by
 * commas and a final "và"). Communes and streets are named after people; in such a list they are places.
 */
export function placeListItems(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
): Set<number> {
  const items = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PLURAL_WORDS.has(lows[i]!) && !/^\d{1,3}$/.test(tokens[i]!.text)) continue;
    if (!joined(i + 1)) continue;
    const unit = lex.adminUnits.match(lows, i + 1, joined);
    if (!unit) continue;
    let at = i + 1 + unit.length;
    if (at >= tokens.length || !joined(at)) continue;
    for (let n = 0; n < MAX_ITEMS && at < tokens.length; n++) {
      if (!isNameToken(tokens[at]!)) break;
      const run = readNameRun(tokens, at, 4);
      if (!run) break;
      items.add(run.start);
      const next = tokens[run.end];
      if (!next) break;
      const gap = next.gap.trim();
      if ((gap === ',' || gap === ';') && isNameToken(next)) at = run.end;
      else if (
        lows[run.end] === 'và' &&
        /^[ \t]+$/.test(next.gap) &&
        tokens[run.end + 1] &&
        isNameToken(tokens[run.end + 1]!)
      )
        at = run.end + 1;
      else break;
    }
  }
  return items;
}

/** A count right after token `end - 1`: "Thạch Thất 15". */
function countedAt(tokens: readonly Token[], end: number): boolean {
  const n = tokens[end];
  return !!n && COUNT.test(n.text) && /^[ \t]+$/.test(n.gap);
}

const SEPARATOR = /^[ \t]*[,;][ \t]*$/;

/**
 * The run from `start` to `end` is an item of a count list: a number right after it, and another "Name number" item
 * right before or after it ("(Mê Linh 337, Thạch Thất 15, Ba Vì 2)", "gồm Phú Xuyên 12, Ứng Hòa 5").
 */
export function countListItem(tokens: readonly Token[], start: number, end: number): boolean {
  if (!countedAt(tokens, end)) return false;
  const after = tokens[end + 1];
  if (after && SEPARATOR.test(after.gap) && isNameToken(after)) {
    const next = readNameRun(tokens, end + 1, 4);
    if (next && countedAt(tokens, next.end)) return true;
  }
  const prev = tokens[start - 1];
  return (
    !!prev &&
    start >= 2 &&
    COUNT.test(prev.text) &&
    SEPARATOR.test(tokens[start]!.gap) &&
    isNameToken(tokens[start - 2]!)
  );
}

/** Upper-case initial of a syllable with its diacritics taken off ("Đ" stays "Đ", and also reads as "D"). */
function initialOf(word: string): string {
  return word.normalize('NFD').charAt(0).toUpperCase();
}

/**
 * Keys (lower-case words joined by spaces) of Vietnamese name-shaped runs written with the acronym of their own
 * initials in parentheses right after them: "Hoàng Anh Gia Lai (HAGL)" is a company or a club, everywhere in the
 * text. Foreign names keep theirs ("John F. Kennedy (JFK)").
 */
export function initialledNames(tokens: readonly Token[], lows: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || t.text.length < 2 || t.text.length > 6 || !/^[ \t]*\([ \t]*$/.test(t.gap)) continue;
    const n = t.text.length;
    const start = i - n;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = tokens[start + k]!;
      const letter = t.text.charAt(k).toUpperCase();
      const first = initialOf(w.text);
      ok =
        w.cap &&
        isVietSyllable(lows[start + k]!) &&
        (first === letter || (first === 'Đ' && letter === 'D')) &&
        (k === 0 || /^[ \t]+$/.test(w.gap));
    }
    if (ok) keys.add(lows.slice(start, i).join(' '));
  }
  return keys;
}
