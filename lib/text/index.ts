// Public entry of Vietnamese text handling: normalisation and folding (NFC/NFD, tone placement, Ð, invisible
// spaces) and sentence spans.
export {
  canonicalTones,
  cleanInline,
  cleanText,
  cleanWithOffsets,
  foldForSearch,
  hasToneMark,
  isAscii,
  matchKey,
} from './normalize';
export { sentenceAt, sentenceSpans } from './sentences';
export type { Span } from './span';
export { replaceEnclosed } from './enclosed';
export { stripEnd } from './strip-end';
