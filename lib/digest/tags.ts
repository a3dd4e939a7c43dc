// The user's tags: one tag whatever the diacritics, tone placement (hoà/hòa), case or Unicode form, so
// 'biển đông', 'Bien Dong' and 'BIỂN ĐÔNG' are one tag. The first spelling is kept for display. The one key every
// comparison of tags uses: the store's dedup, an import's merge, the tag filter and menu, the exports.
import { foldForSearch, matchKey } from '../text';

/** The matching key of a tag (folded like search text; a tag of punctuation alone keeps its matchKey). */
export function tagKey(tag: string): string {
  return foldForSearch(tag) || matchKey(tag);
}

/** Tags trimmed, empty ones dropped, each tag once in its first spelling. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim();
    const k = tagKey(t);
    if (t && !seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

const EDGE = /[\p{P}\p{Z}\s]/u;

/**
 * `tag` without punctuation and spaces at its ends ("EU," → "EU", "«Biển Đông»" → "Biển Đông"), keeping a '#'
 * that starts it and the last '.' of an abbreviation ("U.S.", "T.Ư."). A loop over the ends: linear on any text.
 */
function trimTagEdges(tag: string): string {
  const chars = [...tag];
  let a = 0;
  let b = chars.length;
  while (a < b && EDGE.test(chars[a]!) && chars[a] !== '#') a++;
  while (b > a && EDGE.test(chars[b - 1]!)) {
    if (chars[b - 1] === '.' && chars.slice(a, b - 1).includes('.') && /\p{L}/u.test(chars[b - 2] ?? '')) break;
    b--;
  }
  return chars.slice(a, b).join('');
}

/** What was typed or pasted into the tag box, as tags: split on commas, semicolons and line breaks, ends trimmed. */
export function splitTags(text: string): string[] {
  return cleanTags(text.split(/[,;\n\r\u2028\u2029]/u).map(trimTagEdges));
}

/** `mine` as it is, then each tag of `theirs` that `mine` lacks (an import's merge). */
export function addTags(mine: readonly string[], theirs: readonly string[]): string[] {
  const seen = new Set(mine.map(tagKey));
  const out = [...mine];
  for (const t of theirs) {
    const k = tagKey(t);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}
