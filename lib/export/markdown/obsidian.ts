// What Obsidian needs of a note's properties: tags it accepts (letters of any script, digits, "_", "-",
// "/"; no spaces; not digits alone) and [[wikilinks]] whose target holds none of the characters that
// break a link or a file name.
import { tagKey } from '../../digest';
import { cleanInline } from '../../text';

/** One valid Obsidian tag, diacritics kept: "môi trường" → "môi-trường", "#EU: ưu tiên" → "EU-ưu-tiên". */
export function obsidianTag(raw: string): string {
  const dashed = cleanInline(raw)
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    // "Biển Đông / ASEAN" is a nested tag: no dash beside the slash, one slash.
    .replace(/-?\/+-?/g, '/');
  // Dashes and slashes trimmed from both ends with a loop (a regex ending in "+$" is quadratic on long runs).
  let start = 0;
  let end = dashed.length;
  while (start < end && '-/'.includes(dashed[start]!)) start++;
  while (end > start && '-/'.includes(dashed[end - 1]!)) end--;
  const tag = dashed.slice(start, end);
  return /^\d+$/.test(tag) ? `_${tag}` : tag;
}

/** The user's tags as Obsidian tags: "a, b" is two tags; duplicates (whatever the case and diacritics: tags.ts) once. */
export function obsidianTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.flatMap((t) => t.split(/[,;]/)).map(obsidianTag)) {
    if (!tag || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    out.push(tag);
  }
  return out;
}

/** "[[Hoàng Xuân Chiến]]": characters that end a link or cannot be in a note's name become spaces. */
export function wikilink(name: string): string {
  const target = cleanInline(name.replace(/[[\]|#^\\/:*?"<>]/g, ' '));
  return target ? `[[${target}]]` : '';
}
