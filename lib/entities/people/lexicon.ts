// Look-up structures over the lexicons in lib/lexicon, built once on first use. Every key is lower case with
// canonical tone placement (the same form as Token.low), so "Ủy ban"/"Uỷ ban" and NFD input all match.
import { canonicalTones, cleanText } from '../../text';
import {
  STRONG_SURNAMES,
  WEAK_SURNAMES,
  MIDDLE_NAMES,
  TITLES,
  HONORIFICS,
  WEAK_HONORIFICS,
  TITLE_ABBREVIATIONS,
  TITLE_PREFIXES,
  TITLE_COMPLEMENTS,
  PLACES,
  PLACE_CONTEXT,
  PLACE_HEADS,
  PLACE_LIST_NOUNS,
  PLACE_PREPOSITIONS,
  ADMIN_UNITS,
  ORG_HEADS,
  ZODIAC,
  CAN,
  CHI,
  NOT_NAME_WORDS,
  LEADING_FUNCTION_WORDS,
  THING_NOUNS,
} from '../../lexicon';

const SEPARATORS = /[^\p{L}\p{M}\p{N}'’]+/u;

/** Lower-case canonical key of one word or phrase, split into words. */
export function wordsOf(phrase: string): string[] {
  return canonicalTones(cleanText(phrase)).toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** wordsOf for a whole list at once: one normalisation pass instead of one per phrase (start-up time). */
function wordsOfAll(phrases: readonly string[]): string[][] {
  return canonicalTones(cleanText(phrases.join('\n')))
    .toLowerCase()
    .split('\n')
    .map((p) => p.split(SEPARATORS).filter(Boolean));
}

/** One word of a phrase tree: the phrases ending here (in the order added) and the words that go on. */
interface PhraseNode<V> {
  values: V[];
  next: Map<string, PhraseNode<V>> | null;
}

/**
 * Phrases as a tree of words, so a look-up costs the length of the longest phrase at that point, not the number
 * of phrases sharing its first word (a title lexicon has hundreds starting with "phó" or "bộ"). The longest
 * match wins; among identical phrases the first added.
 */
export class PhraseDict<V> {
  private readonly root = new Map<string, PhraseNode<V>>();

  add(phrase: string, value: V): void {
    this.addWords(wordsOf(phrase), value);
  }

  /** Add many phrases at once (faster start-up). */
  addAll(phrases: readonly string[], value: (index: number) => V): this {
    wordsOfAll(phrases).forEach((words, k) => this.addWords(words, value(k)));
    return this;
  }

  /** Add a phrase already split into lower-case canonical words. */
  addWords(words: string[], value: V): void {
    if (words.length === 0) return;
    let level = this.root;
    let node: PhraseNode<V> | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) {
        node = { values: [], next: null };
        level.set(w, node);
      }
      level = node.next ??= new Map();
    }
    node!.values.push(value);
  }

  /** Longest phrase starting at word index i of `lows`; `joined(k)` says whether words k-1 and k may be one phrase. */
  match(lows: readonly string[], i: number, joined: (k: number) => boolean): { length: number; value: V } | null {
    let node = this.root.get(lows[i]!);
    let best: { length: number; value: V } | null = null;
    for (let k = 1; node; k++) {
      if (node.values.length) best = { length: k, value: node.values[0]! };
      if (!node.next || i + k >= lows.length || !joined(i + k)) break;
      node = node.next.get(lows[i + k]!);
    }
    return best;
  }

  /** Every phrase starting at word index i, longest first ("phó tổng" and "phó" before "Tổng Thư ký"). */
  matchAll(lows: readonly string[], i: number, joined: (k: number) => boolean): { length: number; value: V }[] {
    let node = this.root.get(lows[i]!);
    if (!node) return [];
    const out: { length: number; value: V }[][] = [];
    for (let k = 1; node; k++) {
      if (node.values.length) out.push(node.values.map((value) => ({ length: k, value })));
      if (!node.next || i + k >= lows.length || !joined(i + k)) break;
      node = node.next.get(lows[i + k]!);
    }
    return out.reverse().flat();
  }
}

export interface Lexicon {
  strongSurnames: Set<string>;
  surnames: Set<string>;
  middleNames: Set<string>;
  titles: PhraseDict<number>;
  honorifics: PhraseDict<boolean>;
  abbreviations: Set<string>;
  titlePrefixes: PhraseDict<true>;
  complements: PhraseDict<true>;
  places: PhraseDict<true>;
  placeKeys: Set<string>;
  placeContext: PhraseDict<true>;
  /** Nouns of things before a name: films, songs, products, clubs, ships ("bộ phim", "mẫu smartphone"). */
  thingNouns: PhraseDict<true>;
  /** Nouns that head a place's own name ("Cảng Antwerp-Bruges", "Tỉnh Udon Thani"). */
  placeHeads: PhraseDict<true>;
  /** Plural nouns of places before a list of them ("các tỉnh như Udon Thani, Nakhon Phanom"). */
  placeListNouns: PhraseDict<true>;
  placePrepositions: Set<string>;
  /** Administrative units inside a title ("Thống đốc bang California"). */
  adminUnits: PhraseDict<true>;
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
const keysOf = (list: readonly string[]) => new Set(wordsOfAll(list).map((w) => w.join(' ')));

export function lexicon(): Lexicon {
  if (cached) return cached;
  // "Hạ nghị sỹ", "Bác sỹ": the old spelling of -sĩ is as common as the new.
  const titleEntries = [
    ...TITLES,
    ...TITLES.filter((t) => /sĩ/.test(t.title)).map((t) => ({ ...t, title: t.title.replace(/sĩ/g, 'sỹ') })),
  ];
  const titles = new PhraseDict<number>().addAll(
    titleEntries.map((t) => t.title),
    (k) => titleEntries[k]!.rank,
  );
  const weak = keysOf(WEAK_HONORIFICS);
  const honorifics = new PhraseDict<boolean>().addAll(HONORIFICS, (k) => weak.has(HONORIFICS[k]!));
  const dict = (list: readonly string[]) => new PhraseDict<true>().addAll(list, () => true);
  cached = {
    strongSurnames: keysOf(STRONG_SURNAMES),
    surnames: keysOf([...STRONG_SURNAMES, ...WEAK_SURNAMES]),
    middleNames: keysOf(MIDDLE_NAMES),
    titles,
    honorifics,
    abbreviations: keysOf(TITLE_ABBREVIATIONS),
    titlePrefixes: dict(TITLE_PREFIXES),
    complements: dict(TITLE_COMPLEMENTS),
    places: dict(PLACES),
    placeKeys: keysOf(PLACES),
    placeContext: dict([...PLACE_CONTEXT, ...THING_NOUNS]),
    thingNouns: dict(THING_NOUNS),
    placeHeads: dict(PLACE_HEADS),
    placeListNouns: dict(PLACE_LIST_NOUNS),
    placePrepositions: keysOf(PLACE_PREPOSITIONS),
    adminUnits: dict(ADMIN_UNITS),
    orgHeads: dict(ORG_HEADS),
    zodiac: keysOf(ZODIAC),
    can: keysOf(CAN),
    chi: keysOf(CHI),
    notNameWords: keysOf(NOT_NAME_WORDS),
    leadingWords: keysOf(LEADING_FUNCTION_WORDS),
    commaCompounds: new Set(
      TITLES.filter((t) => t.title.includes(',')).map((t) => {
        const [head, rest] = t.title.split(',');
        return `${keyOf(head!)}|${wordsOf(rest!)[0]}`;
      }),
    ),
  };
  return cached;
}
