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
