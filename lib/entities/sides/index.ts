// The sides of an article: the countries, organisations and places it is about, one entry per side with the
// forms the text uses for it ("Mỹ" and "Hoa Kỳ"; "Hiệp hội các quốc gia Đông Nam Á" and "ASEAN").
// Found from the shipped lexicons (lib/lexicon/countries.ts, provinces.ts, organisations.ts) and the shape of
// organisation names (sides/find.ts). The same finder keeps organisations and places out of people.
import { canonicalTones, cleanWithOffsets, matchKey as normalKey } from '../../text';
import type { Side, Span } from '../types';
import { tokenize, type Token } from '../people/tokens';
import { SideFinder, type SideMention } from './find';
import { shapedKeys } from './keys';
import { creditSpans, maskTokens } from '../people/masks';

export type { SideMention } from './find';
export { SideFinder } from './find';

/** Side mentions of an already tokenised text (people and agreements share the tokens). */
export function findSideMentions(tokens: readonly Token[], masked?: (k: number) => boolean): SideMention[] {
  return new SideFinder(tokens, masked).find();
}

/** Tokens inside credits and bylines (people/masks.ts), where neither people nor sides are read. */
export function creditMask(clean: string, tokens: readonly Token[]): (k: number) => boolean {
  const masked = maskTokens(tokens, creditSpans(clean));
  return (k) => masked[k] === true;
}

/** Token mask: 1 where a token is inside a side's mention (a place, a country, an organisation's name). */
export function sideMask(tokens: readonly Token[], mentions: readonly SideMention[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const m of mentions) mask.fill(1, m.start, m.end);
  return mask;
}

/** A mention as written; a dotted abbreviation keeps its last dot ("U.S.", not "U.S"). */
const display = (text: string, tokens: readonly Token[], m: { start: number; end: number }) => {
  const last = tokens[m.end - 1]!;
  const dotted = last.text.length === 1 && last.gap === '.' && text[last.e] === '.';
  return text.slice(tokens[m.start]!.s, last.e + (dotted ? 1 : 0)).replace(/\s+/g, ' ');
};

/**
 * Group mentions into sides. A lexicon entry is one side whatever form the text uses; a shaped organisation is
 * one side per name, joined to the acronym written after it in parentheses, and to a shorter form that the
 * longer one starts with when only the country differs ("Bộ Ngoại giao" and "Bộ Ngoại giao Việt Nam").
 */
export function groupSides(
  text: string,
  tokens: readonly Token[],
  mentions: readonly SideMention[],
  toSpan: (s: number, e: number) => Span,
): Side[] {
  // One key per spelling: a long text repeats its sides thousands of times.
  const keys = new Map<string, string>();
  const matchKey = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = normalKey(name);
      if (keys.size < 20_000) keys.set(name, key);
    }
    return key;
  };
  const byKey = new Map<string, Side & { longest: number; order: number }>();
  const byAcronym = new Map<string, string>();
  const knownNames = new Map<string, string>();
  for (const m of mentions) if (m.known) knownNames.set(matchKey(m.known.name), m.known.name);
  // Written without diacritics only ("Ha Noi"): the side still shows its name ("Hà Nội"), the spelling an alias.
  const folded = new Set<string>();
  for (const m of mentions) if (m.known && m.folded) folded.add(matchKey(m.known.name));
  const sides: (Side & { longest: number; order: number })[] = [];
  // A shaped name keys the countries and places inside it by their lexicon entry, an abbreviated head by its
  // words, and a short form by the one long form the article completes it to (keys.ts).
  const innerKey = shapedKeys(
    tokens,
    mentions,
    (s, e) => matchKey(display(text, tokens, { start: s, end: e })),
    matchKey,
  );
  const keyOf = (m: SideMention, name: string) =>
    m.known ? `${m.known.id}` : `organisation:${innerKey.get(m) ?? matchKey(name)}`;
  // Acronyms written after a shaped name ("Hiệp hội Doanh nghiệp châu Âu (EuroCham)") name that side later on.
  for (const m of mentions) if (m.acronym && !m.known) byAcronym.set(m.acronym, keyOf(m, display(text, tokens, m)));
  for (const m of mentions) {
    const name = display(text, tokens, m);
    let key = keyOf(m, name);
    if (m.known && m.acronym && byAcronym.has(m.acronym) && !byKey.has(key)) key = byAcronym.get(m.acronym)!;
    let side = byKey.get(key);
    if (!side) {
      side = {
        name,
        key: matchKey(m.known?.name ?? name),
        kind: m.kind,
        acronym: null,
        aliases: [],
        mentions: 0,
        spans: [],
        longest: 0,
        order: sides.length,
      };
      byKey.set(key, side);
      sides.push(side);
    }
    side.mentions++;
    side.spans.push(toSpan(tokens[m.start]!.s, tokens[m.end - 1]!.e));
    const isAcronym = !!m.acronym && m.acronym === name;
    if (m.acronym && !side.acronym) side.acronym = m.acronym;
    if (!isAcronym && name.length > side.longest) {
      if (side.longest > 0 && !side.aliases.includes(side.name)) side.aliases.push(side.name);
      side.name = name;
      side.longest = name.length;
    } else if (
      name !== side.name &&
      !side.aliases.some((a) => matchKey(a) === matchKey(name)) &&
      matchKey(name) !== matchKey(side.name)
    ) {
      side.aliases.push(name);
    }
  }
  for (const s of sides) {
    // A known side shows the lexicon's name when the text uses it ("Đức", not "CHLB Đức"), and when the text has
    // only an acronym ("TPHCM", "ASEAN"), since the acronym alone does not say what it stands for.
    const known = knownNames.get(s.key);
    const used =
      known && (matchKey(known) === matchKey(s.name) || s.aliases.some((a) => matchKey(a) === matchKey(known)));
    if (known && (used || s.longest === 0 || folded.has(s.key)) && matchKey(known) !== matchKey(s.name)) {
      if (s.longest > 0) s.aliases.push(s.name);
      s.name = known;
    }
    s.aliases = s.aliases.filter((a) => matchKey(a) !== matchKey(s.name));
    // The acronym has its own field.
    if (s.acronym) s.aliases = s.aliases.filter((a) => a !== s.acronym);
  }
  return sides
    .sort((a, b) => b.mentions - a.mentions || a.order - b.order)
    .map(({ longest: _l, order: _o, ...side }) => side);
}

/** Countries, organisations and places of an article body, most mentioned first. Offsets as extractEntities'. */
export function extractSides(text: string): Side[] {
  if (!text) return [];
  const { text: clean, map, source } = cleanWithOffsets(text);
  let canon = canonicalTones(clean);
  if (canon.length !== clean.length) canon = clean;
  const tokens = tokenize(clean, canon);
  const toSpan = (s: number, e: number): Span => {
    const last = map[e - 1]!;
    const width = (source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    return { start: map[s]!, end: last + width };
  };
  return groupSides(clean, tokens, findSideMentions(tokens, creditMask(clean, tokens)), toSpan);
}
