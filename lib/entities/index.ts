// Entry point for entity extraction: the key people, the agreements and the sides (countries, organisations,
// places) of an article body. Run it on the extracted body (lead + body text) only, never on navigation or
// related-article boxes: those name people and accords that the article itself does not mention.
import { canonicalTones, cleanWithOffsets } from '../text';
import { extractAgreements } from './agreements';
import { peopleOfTokens } from './people';
import { tokenize } from './people/tokens';
import { creditMask, findSideMentions, groupSides } from './sides';
import type { Entities, Span } from './types';

export type { Agreement, AgreementKind, Entities, Person, Side, SideKind, Span } from './types';
export { extractAgreements } from './agreements';
export { extractPeople } from './people';
export { extractSides } from './sides';
export { MAX_SPANS_PER_ENTITY, capSpans } from './span-cap';

/**
 * People, agreements and sides found in `text` (NFC or NFD, either tone placement, with or without invisible
 * characters). Offsets in the result are offsets into `text.normalize('NFC')`. Pure and synchronous; no
 * network, no model. Bylines and photo credits are already dropped by the people extractor. People and sides
 * share one tokenisation, and the sides' names keep organisations and places out of people.
 */
export function extractEntities(text: string): Entities {
  if (!text) return { people: [], agreements: [], sides: [] };
  const { people, sides } = extractPeopleAndSides(text);
  return { people, agreements: extractAgreements(text), sides };
}

/** People and sides of `text` from one cleaning and one tokenisation (extractEntities without agreements). */
export function extractPeopleAndSides(text: string): Pick<Required<Entities>, 'people' | 'sides'> {
  if (!text) return { people: [], sides: [] };
  const { text: clean, map, source } = cleanWithOffsets(text);
  let canon = canonicalTones(clean);
  if (canon.length !== clean.length) canon = clean;
  const tokens = tokenize(clean, canon);
  const masked = creditMask(clean, tokens);
  const sideMentions = findSideMentions(tokens, masked);
  const toSpan = (s: number, e: number): Span => {
    const last = map[e - 1]!;
    const width = (source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
    return { start: map[s]!, end: last + width };
  };
  const people = peopleOfTokens(clean, map, source, tokens, sideMentions, masked);
  return { people, sides: groupSides(clean, tokens, sideMentions, toSpan) };
}
