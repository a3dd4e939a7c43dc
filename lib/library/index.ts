// Public entry of the cross-digest people and agreements index.
export { buildCrossIndex, buildPeople, buildAgreements } from './cross-index';
export type {
  CrossIndex,
  CrossIndexOptions,
  CrossSource,
  PersonEntry,
  PersonArticle,
  AgreementEntry,
  ArticleRef,
} from './cross-index';
export { AgreementGroups, agreementNodes, nameNode, acronymNode } from './agreement-groups';
export type { AcronymResolver } from './agreement-groups';
export { lexiconAcronymOf } from './lexicon-acronyms';
export { buildSides, digestSideKeys, sideKeys, type SidesSource } from './sides-index';
export type { SideEntry } from './sides-index';
export { cachedMatchKey } from './cached-key';
export { sideNameIn, type NamedSide } from './side-names';
