// Entry point for entity extraction: the key people and the agreements of an article body.
// Run it on the extracted body (lead + body text) only, never on navigation or related-article boxes:
// those name people and accords that the article itself does not mention.
import { extractAgreements } from './agreements';
import { extractPeople } from './people';
import type { Entities } from './types';

export type { Agreement, AgreementKind, Entities, Person, Side, SideKind, Span } from './types';
export { extractAgreements } from './agreements';
export { extractPeople } from './people';

/**
 * People and agreements found in `text` (NFC or NFD, either tone placement, with or without invisible
 * characters). Offsets in the result are offsets into `text.normalize('NFC')`. Pure and synchronous; no
 * network, no model. Bylines and photo credits are already dropped by extractPeople.
 */
export function extractEntities(text: string): Entities {
  return { people: extractPeople(text), agreements: extractAgreements(text) };
}
