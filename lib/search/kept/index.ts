// Public entry of the kept search index: the index kept in a database (IndexedDB in the extension) beside the
// digest store, written by the store's writes, read a query at a time (see README.md).
export { KeptIndexWriter, syncKept, readManifest, type SyncProgress, type KeptIndexOptions } from './kept-writer';
export { KeptSearch, Superseded, type FilterOptions, type KeptSearchOptions } from './kept-search';
export { KeptIndex } from './kept-index';
export { createMemorySearchDb, type MemorySearchDb } from './memory-db';
export {
  STORES,
  SEGMENT_INDEX,
  compareKeys,
  type SearchDb,
  type ReadOp,
  type WriteOp,
  type DbKey,
  type StoreName,
} from './db';
export { KEPT_FORMAT, type Manifest, type EntityShare } from './records';
