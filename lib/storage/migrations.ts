// Versioned schema from the first version on. A record carries its schemaVersion; `migrateRecord` lifts an
// old record step by step to the current version, and the store runs it over every record when `meta`
// says the stored data is older (then rewrites the index). v1 is the first version: the table is empty, and
// the machinery is tested with a synthetic v2 step (test/storage/migrations.test.ts).
import { DIGEST_SCHEMA_VERSION, type Digest } from '../digest';

/** One step: turns a record of version `to - 1` into version `to`. */
export interface Migration {
  to: number;
  migrate: (record: Record<string, unknown>) => Record<string, unknown>;
}

/** The real migrations, in order. Add `{ to: 2, migrate }` here when Digest changes shape. */
export const MIGRATIONS: Migration[] = [];

export interface SchemaInfo {
  current: number;
  migrations: Migration[];
}

export const CURRENT_SCHEMA: SchemaInfo = { current: DIGEST_SCHEMA_VERSION, migrations: MIGRATIONS };

/** The record at the current version; records without a version are v1 (the first shape). */
export function migrateRecord(raw: unknown, schema: SchemaInfo = CURRENT_SCHEMA): Digest {
  if (!raw || typeof raw !== 'object') throw new Error('Not a digest record');
  let record = { ...(raw as Record<string, unknown>) };
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > schema.current)
    throw new Error(`Digest schema v${version} is newer than this extension (v${schema.current})`);
  for (const step of [...schema.migrations].sort((a, b) => a.to - b.to)) {
    if (step.to <= version) continue;
    record = step.migrate(record);
    version = step.to;
    record.schemaVersion = version;
  }
  record.schemaVersion = schema.current;
  return fillDefaults(record) as unknown as Digest;
}

/** Fields the library adds later may be absent in hand-made or imported records: give them their empty value. */
function fillDefaults(record: Record<string, unknown>): Record<string, unknown> {
  return {
    ...record,
    notes: typeof record.notes === 'string' ? record.notes : '',
    notesUpdatedAt: record.notesUpdatedAt ?? null,
    tags: Array.isArray(record.tags) ? record.tags : [],
    highlights: Array.isArray(record.highlights) ? record.highlights : [],
  };
}
