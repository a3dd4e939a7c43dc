// A side's name in the UI's language: the English UI shows the lexicon's English name of a country or a
// well-known organisation ("Hoa Kỳ" and "Mỹ" as "United States", "Liên hợp quốc" as "United Nations"), with the
// page's spelling kept among the other forms. Names found by their shape only, places, and every name in the
// Vietnamese UI stay as the page writes them. Only the display changes: filters, cross-digest pages and exports
// stay keyed by the side's key, so a language switch never splits a side.
import { COUNTRIES, ORGANISATIONS } from '../lexicon';
import { cachedMatchKey as matchKey } from './cached-key';

/** What naming a side reads of it (a digest's side, the library's entry for it, or a filter's option). */
export interface NamedSide {
  key: string;
  name: string;
  aliases?: readonly string[];
}

let english: Map<string, string> | null = null;

/**
 * English names by the key of the lexicon entry's name, which is a known side's key (sides/index.ts); a side
 * found by its shape is keyed by its own name, which no lexicon name is (the lexicon's form would have matched).
 */
function englishNames(): Map<string, string> {
  if (!english) {
    english = new Map();
    for (const o of ORGANISATIONS) if (o.english) english.set(matchKey(o.name), o.english);
    for (const c of COUNTRIES) english.set(matchKey(c.name), c.english ?? c.name);
  }
  return english;
}

/** The name to show for a side in the UI's language, and its other forms (the page's spelling among them). */
export function sideNameIn(side: NamedSide, lang: 'vi' | 'en'): { name: string; aliases: string[] } {
  const shown = lang === 'en' ? englishNames().get(side.key) : undefined;
  const others = side.aliases ?? [];
  if (!shown || shown === side.name) return { name: side.name, aliases: [...others] };
  const aliases = [side.name, ...others].filter((a) => matchKey(a) !== matchKey(shown));
  return { name: shown, aliases: [...new Set(aliases)] };
}
