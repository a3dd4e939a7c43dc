import { describe, expect, it } from 'vitest';
import { createDigestStore, META_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { migrateRecord, type SchemaInfo } from '../../lib/storage/migrations';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

// A synthetic v2 that renames `tags` to `labels`-style objects, to prove the machinery end to end.
const V2: SchemaInfo = {
  current: 2,
  migrations: [
    { to: 2, migrate: (r) => ({ ...r, tags: (r.tags as string[]).map((t) => t.toLowerCase()), migratedToV2: true }) },
  ],
};

describe('schema migrations', () => {
  it('fills the fields the library adds in records that lack them', () => {
    const bare: Record<string, unknown> = { ...createBareDigest() };
    for (const k of ['notes', 'tags', 'highlights', 'notesUpdatedAt']) delete bare[k];
    const d = migrateRecord(bare);
    expect(d).toMatchObject({ schemaVersion: 1, notes: '', tags: [], highlights: [], notesUpdatedAt: null });
  });

  it('refuses records from a newer schema', () => {
    expect(() => migrateRecord({ ...createBareDigest(), schemaVersion: 3 })).toThrow(/newer/);
  });

  it('a store opened with a newer schema migrates every record, rebuilds the index and bumps meta', async () => {
    const area = createMemoryArea();
    const v1 = createDigestStore(area);
    const a = makeArticle(1);
    const { digest } = await v1.saveDigest(a, makeEntities(a), 'page');
    await v1.setTags(digest.id, ['NGOẠI GIAO']);

    const v2 = createDigestStore(area, { schema: V2 });
    expect(await v2.count()).toBe(1);
    await v2.ready();
    const stored = JSON.parse(area.data.get(RECORD_PREFIX + digest.id)!);
    expect(stored).toMatchObject({ schemaVersion: 2, migratedToV2: true, tags: ['ngoại giao'] });
    expect(JSON.parse(area.data.get(META_KEY)!)).toEqual({ schemaVersion: 2, layout: 3 });
    expect(storedLayout(area.data)!.summaries[0]!.tags).toEqual(['ngoại giao']);

    // And the old extension now refuses to write over newer data instead of corrupting it.
    const old = createDigestStore(area);
    await expect(old.saveDigest(a, makeEntities(a), 'page')).rejects.toMatchObject({ code: 'newer-schema' });
  });
});

function createBareDigest() {
  const a = makeArticle(1);
  return {
    schemaVersion: 1,
    id: 'd1',
    urlKey: 'baoquocte.vn/bai-viet-1.html',
    savedAt: '2025-05-24T10:00:00.000Z',
    updatedAt: '2025-05-24T10:00:00.000Z',
    source: 'page' as const,
    article: a,
    entities: makeEntities(a),
    notes: '',
    notesUpdatedAt: null,
    tags: [],
    highlights: [],
  };
}
