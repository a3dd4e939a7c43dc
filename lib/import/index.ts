// Public entry of the backup importer.
export { validateBackup, validateDigest, parseBackup, isStrictIsoDate } from './validate';
export type { ValidationResult } from './validate';
