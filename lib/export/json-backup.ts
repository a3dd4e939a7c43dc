// The complete, versioned backup: every digest as stored, so an import restores the library exactly.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type Digest } from '../digest';

export { BACKUP_FORMAT, BACKUP_VERSION, type Backup };

export function createBackup(digests: readonly Digest[], now: Date = new Date()): Backup {
  // Oldest first: a stable order makes two backups of the same library identical but for exportedAt.
  const sorted = [...digests].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), digests: sorted };
}

/** The backup as JSON text (compact: a 10,000-digest library is tens of megabytes). */
export function backupJson(digests: readonly Digest[], now: Date = new Date()): string {
  return JSON.stringify(createBackup(digests, now)) + '\n';
}
