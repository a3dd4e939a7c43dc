// Public entry of the shipped lexicons (surnames, titles, places, organisations, agreement heads and acronyms):
// data only, read by the entity extractors and the library.
export { KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS } from './agreement-acronyms';
export type { KnownAgreement } from './agreement-acronyms';
export { AGREEMENT_HEADS } from './agreement-heads';
export type { HeadNeeds } from './agreement-heads';
export { COUNTRIES } from './countries';
export { MIDDLE_NAMES } from './middle-names';
export { CAN, CHI, LEADING_FUNCTION_WORDS, NOT_NAME_WORDS, ORG_HEADS, THING_NOUNS, ZODIAC } from './non-names';
export {
  HEAD_ABBREVIATIONS,
  ORGANISATIONS,
  ORGANISATION_FIELDS,
  ORGANISATION_PAIRED_FIELDS,
  ORGANISATION_HEADS,
  ORGANISATION_SUFFIXES,
  TYPED_HEADS,
} from './organisations';
export { ADMIN_UNITS, PLACES, PLACE_CONTEXT, PLACE_HEADS, PLACE_LIST_NOUNS, PLACE_PREPOSITIONS } from './places';
export { PROVINCES, WORLD_CITIES } from './provinces';
export { STRONG_SURNAMES, WEAK_SURNAMES } from './surnames';
export { HONORIFICS, TITLES, TITLE_ABBREVIATIONS, TITLE_COMPLEMENTS, TITLE_PREFIXES, WEAK_HONORIFICS } from './titles';
export type { AgreementKind } from './agreement-kinds';
