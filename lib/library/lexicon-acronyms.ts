// The acronym of an agreement name from the shared lexicon (lib/lexicon/agreement-acronyms.ts), so that a
// record that names "Hiệp định Thương mại tự do Việt Nam - EU" in full joins the records that say "EVFTA".
import { KNOWN_AGREEMENTS } from '../lexicon';
import { matchKey } from '../text';
import type { AcronymResolver } from './agreement-groups';

let byName: Map<string, string> | null = null;
let acronyms: Map<string, string> | null = null;

function tables(): { byName: Map<string, string>; acronyms: Map<string, string> } {
  if (!byName || !acronyms) {
    byName = new Map();
    acronyms = new Map();
    for (const a of KNOWN_AGREEMENTS) {
      const main = a.acronyms[0];
      if (!main) continue;
      for (const name of [a.vi, ...a.viAliases]) byName.set(matchKey(name), main);
      for (const acr of a.acronyms) acronyms.set(acr.toUpperCase(), main);
    }
  }
  return { byName, acronyms };
}

/**
 * The usual acronym for a name: the lexicon's entry for the whole name, or a known acronym written inside
 * it ("Hiệp định EVFTA", "Công ước UNCLOS 1982"). Null when the lexicon does not know it.
 */
const memo = new Map<string, string | null>();

export const lexiconAcronymOf: AcronymResolver = (name) => {
  let hit = memo.get(name);
  if (hit === undefined) {
    hit = lookup(name);
    if (memo.size > 20_000) memo.clear();
    memo.set(name, hit);
  }
  return hit;
};

function lookup(name: string): string | null {
  const t = tables();
  const whole = t.byName.get(matchKey(name));
  if (whole) return whole;
  for (const word of name.split(/[\s(),;]+/u)) {
    if (word.length < 3 || word !== word.toUpperCase()) continue;
    const hit = t.acronyms.get(word);
    if (hit) return hit;
  }
  return null;
}
