// Is a word a Vietnamese syllable? Its own file because tokens.ts (splitting glued words) and shape.ts (names,
// which read tokens) both ask.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Onset, vowel nucleus, coda: an approximation of a Vietnamese syllable without its tone mark.
const NUCLEI =
  'iêu|yêu|oai|oay|oeo|uây|uôi|uya|uyê|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
const VIET_SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${NUCLEI})(?:ch|nh|ng|[cmnpt])?$`,
  'u',
);

const syllableCache = new Map<string, boolean>();

/** The nuclei less their vowel marks (â, ă, ê, ô, ơ, ư to a, e, o, u), once each. */
const FOLDED_NUCLEI = [
  ...new Set(
    NUCLEI.normalize('NFD')
      .replace(/[\u0302\u0306\u031b]/g, '')
      .split('|'),
  ),
].join('|');
/** The shape of a syllable written without its marks ("nguyen", "duong"): English pages write Vietnamese so. */
const FOLDED_SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:${FOLDED_NUCLEI})(?:ch|nh|ng|[cmnpt])?$`,
);

/** True when a lower-case word of ASCII letters could be a Vietnamese syllable with its marks taken off. */
export function isFoldedVietSyllable(low: string): boolean {
  return FOLDED_SYLLABLE.test(low);
}

/** True when a lower-case word could be a Vietnamese syllable (so "Rao" is, "Wiegan" and "Borrell" are not). */
export function isVietSyllable(low: string): boolean {
  let v = syllableCache.get(low);
  if (v === undefined) {
    v = VIET_SYLLABLE.test(low.normalize('NFD').replace(TONES, '').normalize('NFC'));
    syllableCache.set(low, v);
  }
  return v;
}
