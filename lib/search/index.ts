// Public entry of the library search.
export { SearchIndex, highlightRanges } from './search-index';
export type { HitRow, SearchHit, SearchResult, SearchOptions, SearchIndexOptions } from './search-index';
export { hitRowOf } from './results';
export { searchVersion } from './doc-meta';
export { parseSearch } from './query-parse';
export type { ParsedQuery, QueryPhrase, QueryUnit, QueryWord } from './query-parse';
export {
  emptyQuery,
  EMPTY_QUERY,
  NO_FILTERS,
  effectiveSort,
  hasFilters,
  toQueryString,
  fromQueryString,
} from './query';
export type { LibraryQuery, SortKey, SortDir, DateField } from './query';
export { matchRanges, snippet } from './highlight';
export type { Range, Snippet } from './highlight';
export { searchTokens, tokensWithOffsets } from './tokenize';
export { FIELDS, FIELD_WEIGHT } from './fields';
export type { Field } from './fields';
// The kept index (kept/, its own entry inside the folder): callers outside lib/search reach it through here.
export {
  KeptIndexWriter,
  KeptSearch,
  Superseded,
  KeptIndex,
  createMemorySearchDb,
  STORES,
  SEGMENT_INDEX,
  compareKeys,
} from './kept';
export type {
  SyncProgress,
  FilterOptions,
  KeptSearchOptions,
  SearchDb,
  ReadOp,
  WriteOp,
  DbKey,
  StoreName,
} from './kept';
