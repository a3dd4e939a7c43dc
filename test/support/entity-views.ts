// What the entity robustness tests compare: the entities in a form that ignores the page's spelling (Unicode
// form, tone placement, invisible characters, Ð), and the tone-placement transformation they apply.
import type { Agreement, Entities, Person, Side, Span } from '../../lib/entities';
import { matchKey } from '../../lib/text';

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Move the tone mark of open "oa", "oe", "uy" syllables to the other vowel, both ways: hoà <-> hòa,
 * thoả <-> thỏa, uỷ <-> ủy. "qu" + y is left alone (quý has only one spelling). Returns NFC.
 */
export function swapTonePlacement(input: string): string {
  const re = new RegExp(`(?<![qQ\\p{M}])([oOuU])([${TONES}]?)([aAeEyY])([${TONES}]?)(?![\\p{L}\\p{M}])`, 'gu');
  return input
    .normalize('NFD')
    .replace(re, (m, first: string, t1: string, second: string, t2: string) => {
      const pair = (first + second).toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return m;
      if (t1 && !t2) return first + second + t1;
      if (t2 && !t1) return first + t2 + second;
      return m;
    })
    .normalize('NFC');
}

/** The text each span points at in `input` (spans index the NFC form), as a match key. */
export function spanTexts(spans: Span[], input: string): string[] {
  const nfc = input.normalize('NFC');
  return spans.map((s) => matchKey(nfc.slice(s.start, s.end)));
}

export function agreementView(a: Agreement, input: string) {
  return {
    key: a.key,
    name: matchKey(a.name),
    acronym: a.acronym,
    kind: a.kind,
    year: a.year,
    mentions: a.mentions,
    spans: spanTexts(a.spans, input),
    firstSentence: matchKey(a.firstSentence),
  };
}

export function personView(p: Person, input: string) {
  return {
    key: p.key,
    name: matchKey(p.name),
    titles: p.titles.map(matchKey),
    organisation: p.organisation === null ? null : matchKey(p.organisation),
    mentions: p.mentions,
    spans: spanTexts(p.spans, input),
    firstSentence: matchKey(p.firstSentence),
  };
}

export function sideView(s: Side, input: string) {
  return {
    key: s.key,
    name: matchKey(s.name),
    kind: s.kind,
    acronym: s.acronym,
    aliases: s.aliases.map(matchKey),
    mentions: s.mentions,
    spans: spanTexts(s.spans, input),
  };
}

/** What must not change under the transformations. */
export function entitiesView(e: Entities, input: string) {
  return {
    people: e.people.map((p) => personView(p, input)),
    agreements: e.agreements.map((a) => agreementView(a, input)),
    sides: (e.sides ?? []).map((s) => sideView(s, input)),
  };
}
