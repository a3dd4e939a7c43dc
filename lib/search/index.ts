// Public entry of the library search.
export { SearchIndex, parseQuery, highlightRanges } from './search-index';
export type { SearchHit, SearchResult, SearchOptions, SearchIndexOptions } from './search-index';
export { emptyQuery, EMPTY_QUERY, effectiveSort, hasFilters, toQueryString, fromQueryString } from './query';
export type { LibraryQuery, SortKey, SortDir, DateField } from './query';
export { matchRanges, snippet } from './highlight';
export type { Range, Snippet, QueryWords } from './highlight';
export { searchTokens, tokensWithOffsets } from './tokenize';
export { FIELDS, FIELD_WEIGHT } from './fields';
export type { Field } from './fields';
