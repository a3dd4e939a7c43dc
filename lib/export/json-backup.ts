// The complete, versioned backup: every digest as stored, so an import restores the library exactly.
import type { Digest } from '../digest';

export const BACKUP_FORMAT = 'tin-gon-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  digests: Digest[];
}

export function createBackup(digests: readonly Digest[], now: Date = new Date()): Backup {
  // Oldest first: a stable order makes two backups of the same library identical but for exportedAt.
  const sorted = [...digests].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), digests: sorted };
}

/** The backup as JSON text (compact: a 10,000-digest library is tens of megabytes). */
export function backupJson(digests: readonly Digest[], now: Date = new Date()): string {
  return JSON.stringify(createBackup(digests, now)) + '\n';
}
