// Public entry of the backup importer.
export { validateBackup, validateDigest, parseBackup } from './validate';
export type { ValidationResult } from './validate';
