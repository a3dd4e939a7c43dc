// Public entry of the backup importer.
export { validateBackup, validateDigest, parseBackup } from './validate';
export type { ValidationResult } from './validate';
export { mergeImport, mergeDigest, mergeNotes, sameData } from './merge';
export type { MergeResult } from './merge';
export { isStrictIsoDate } from './validate';
