// Look-up structures over the lexicons in lib/lexicon, built once on first use. Every key is lower case with
// canonical tone placement (the same form as Token.low), so "Ủy ban"/"Uỷ ban" and NFD input all match.
import { canonicalTones, cleanText } from '../../text/normalize';
import { STRONG_SURNAMES, WEAK_SURNAMES } from '../../lexicon/surnames';
import { MIDDLE_NAMES } from '../../lexicon/middle-names';
import { TITLES, HONORIFICS, WEAK_HONORIFICS, TITLE_ABBREVIATIONS, TITLE_PREFIXES, TITLE_COMPLEMENTS } from '../../lexicon/titles';
import { PLACES, PLACE_CONTEXT } from '../../lexicon/places';
import { ORG_HEADS, ZODIAC, CAN, CHI, NOT_NAME_WORDS, LEADING_FUNCTION_WORDS } from '../../lexicon/non-names';

/** Lower-case canonical key of one word or phrase, split into words. */
export function wordsOf(phrase: string): string[] {
  return canonicalTones(cleanText(phrase))
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}'’]+/u)
    .filter(Boolean);
}

/** Phrases indexed by their first word; longest first so the longest match wins. */
export class PhraseDict<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  add(phrase: string, value: V): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** Longest phrase starting at word index i of `lows`; `joined(k)` says whether words k-1 and k may be one phrase. */
  match(lows: readonly string[], i: number, joined: (k: number) => boolean): { length: number; value: V } | null {
    const list = this.byFirst.get(lows[i]!);
    if (!list) return null;
    outer: for (const { words, value } of list) {
      if (i + words.length > lows.length) continue;
      for (let k = 1; k < words.length; k++) {
        if (lows[i + k] !== words[k] || !joined(i + k)) continue outer;
      }
      return { length: words.length, value };
    }
    return null;
  }
}

export interface Lexicon {
  strongSurnames: Set<string>;
  surnames: Set<string>;
  middleNames: Set<string>;
  titles: PhraseDict<number>;
  honorifics: PhraseDict<boolean>;
  weakHonorifics: Set<string>;
  abbreviations: Set<string>;
  titlePrefixes: PhraseDict<true>;
  complements: PhraseDict<true>;
  places: PhraseDict<true>;
  placeKeys: Set<string>;
  placeContext: PhraseDict<true>;
  orgHeads: PhraseDict<true>;
  zodiac: Set<string>;
  can: Set<string>;
  chi: Set<string>;
  notNameWords: Set<string>;
  leadingWords: Set<string>;
  /** "head|first word of the rest" of titles written with a comma ("Đại sứ, Trưởng Phái đoàn ..."). */
  commaCompounds: Set<string>;
}

let cached: Lexicon | null = null;

const keyOf = (s: string) => wordsOf(s).join(' ');

export function lexicon(): Lexicon {
  if (cached) return cached;
  const titles = new PhraseDict<number>();
  for (const t of TITLES) titles.add(t.title, t.rank);
  const honorifics = new PhraseDict<boolean>();
  const weak = new Set(WEAK_HONORIFICS.map(keyOf));
  for (const h of HONORIFICS) honorifics.add(h, weak.has(keyOf(h)));
  const dict = (list: readonly string[]) => {
    const d = new PhraseDict<true>();
    for (const p of list) d.add(p, true);
    return d;
  };
  cached = {
    strongSurnames: new Set(STRONG_SURNAMES.map(keyOf)),
    surnames: new Set([...STRONG_SURNAMES, ...WEAK_SURNAMES].map(keyOf)),
    middleNames: new Set(MIDDLE_NAMES.map(keyOf)),
    titles,
    honorifics,
    weakHonorifics: weak,
    abbreviations: new Set(TITLE_ABBREVIATIONS.map(keyOf)),
    titlePrefixes: dict(TITLE_PREFIXES),
    complements: dict(TITLE_COMPLEMENTS),
    places: dict(PLACES),
    placeKeys: new Set(PLACES.map(keyOf)),
    placeContext: dict(PLACE_CONTEXT),
    orgHeads: dict(ORG_HEADS),
    zodiac: new Set(ZODIAC.map(keyOf)),
    can: new Set(CAN.map(keyOf)),
    chi: new Set(CHI.map(keyOf)),
    notNameWords: new Set(NOT_NAME_WORDS.map(keyOf)),
    leadingWords: new Set(LEADING_FUNCTION_WORDS.map(keyOf)),
    commaCompounds: new Set(
      TITLES.filter((t) => t.title.includes(',')).map((t) => {
        const [head, rest] = t.title.split(',');
        return `${keyOf(head!)}|${wordsOf(rest!)[0]}`;
      }),
    ),
  };
  return cached;
}
