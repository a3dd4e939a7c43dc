// Public entry of highlight anchoring: find a kept quote again in a text by its words and context.
export { anchorQuote, foldWithOffsets, quoteSelector, CONTEXT_CHARS } from './anchor';
export type { AnchorOptions, FoldedText, QuoteSelector, TextRange } from './anchor';
