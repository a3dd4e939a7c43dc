// Public entry of the digest store: the store over a key-value area, its layout and keys, errors, migrations,
// record checks and the in-memory area the CLI and tests use.
export { byNewest, createDigestStore } from './digest-store';
export type { DigestStore, ImportResult, NewHighlight, SaveResult } from './digest-store';
export { mergeDigest } from './digest-merge';
export { IMAGE_HOLD_MS } from './image-keys';
export { PREPARED_SEQ } from './derived';
export type { DerivedIndex, DerivedSource, StoreChange } from './derived';
export { PartialImportError, StorageError, toStorageError } from './errors';
export type { StorageErrorCode } from './errors';
export { readShardEntries, sameEntries, sameValue } from './index-check';
export type { StorageReport } from './index-check';
export { createQueueLock } from './key-value-area';
export type { KeyValueArea, StoreLock } from './key-value-area';
export {
  DIRECTORY_KEY,
  JOURNAL_KEY,
  LAYOUT_VERSION,
  META_KEY,
  RECORD_PREFIX,
  digestChange,
  readDirectory,
  shardKey,
} from './layout';
export { BUCKET_PREFIX, URL_BUCKETS, bucketKeyOf, readBucket, readUrlEntries } from './url-buckets';
export { QuotaExceededError, createMemoryArea } from './memory-area';
export { CURRENT_SCHEMA, migrateRecord } from './migrations';
export type { SchemaInfo } from './migrations';
export { joinNotes, mergeNotes } from './notes-merge';
export type { NotesMerge } from './notes-merge';
export { checkRecord } from './record-check';
export type { ReadProblem } from './record-check';
export { planRestore } from './restore';
export { summarise } from './summary';
export type { DigestSummary } from './summary';
