// The JSON backup's header: what the exporter writes and the importer accepts (lib/export writes it, lib/import
// reads it; neither depends on the other).
import type { Digest } from './types';

export const BACKUP_FORMAT = 'tin-gon-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  digests: Digest[];
}
