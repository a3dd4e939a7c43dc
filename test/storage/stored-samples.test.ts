// Upgrading keeps every digest and note: each stored sample (a dump of storage.local as a version of
// Tin Gọn left it, test/fixtures/storage/v<N>/*.json) is loaded into an area, the store is opened with the
// current schema, and every record, note, tag and highlight must come through with a consistent index.
// The same samples also go through a synthetic next version (v2), so the upgrade path is ready when the
// Digest changes shape. To add a version: keep its samples in test/fixtures/storage/v<N>/ and add its
// migration to lib/storage/migrations.ts; this test picks the samples up by itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGEST_SCHEMA_VERSION } from '../../lib/digest';
import { createDigestStore, LEGACY_INDEX_KEY, META_KEY, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { LAYOUT_VERSION } from '../../lib/storage/layout';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { MIGRATIONS, type SchemaInfo } from '../../lib/storage/migrations';

const ROOT = join(__dirname, '../fixtures/storage');
const samples = readdirSync(ROOT)
  .filter((d) => /^v\d+$/.test(d))
  .flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${d}/${f}`),
  );

type Dump = Record<string, unknown>;
type RawRecord = {
  notes?: string;
  tags?: string[];
  highlights?: { id: string; quote: string }[];
  article: { title: string; bodyText: string };
};

function load(file: string) {
  const dump = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Dump;
  const area = createMemoryArea();
  for (const [k, v] of Object.entries(dump)) area.data.set(k, JSON.stringify(v));
  const records = Object.entries(dump).filter(([k]) => k.startsWith(RECORD_PREFIX)) as [string, RawRecord][];
  return { area, records };
}

const NEXT: SchemaInfo = {
  current: DIGEST_SCHEMA_VERSION + 1,
  migrations: [
    ...MIGRATIONS,
    {
      to: DIGEST_SCHEMA_VERSION + 1,
      migrate: (r) => ({ ...r, readingTime: Math.ceil(((r.article as { wordCount?: number }).wordCount ?? 0) / 200) }),
    },
  ],
};

describe.each(samples)('stored sample %s', (file) => {
  it.each([
    ['the current version', undefined],
    ['a next version (synthetic migration)', NEXT],
  ] as const)('opened by %s: every digest, note, tag and highlight kept; index consistent', async (_name, schema) => {
    const { area, records } = load(file);
    expect(records.length).toBeGreaterThanOrEqual(5);
    const store = createDigestStore(area, schema ? { schema } : {});
    await store.ready();
    expect(await store.reconcile()).toBe(false); // the upgrade itself left the index right
    const { summaries, report } = await store.inspect({ full: true });
    expect(report).toMatchObject({ unreadable: [], index: 'ok', meta: 'ok' });
    expect(summaries).toHaveLength(records.length);
    for (const [key, raw] of records) {
      const d = await store.getDigest(key.slice(RECORD_PREFIX.length));
      expect(d, key).not.toBeNull();
      expect(d!.notes).toBe(raw.notes ?? '');
      expect(d!.tags).toEqual(raw.tags ?? []);
      expect(d!.highlights.map((h) => h.quote)).toEqual((raw.highlights ?? []).map((h) => h.quote));
      expect(d!.article.title).toBe(raw.article.title);
      expect(d!.article.bodyText).toBe(raw.article.bodyText);
      expect(d!.schemaVersion).toBe(schema?.current ?? DIGEST_SCHEMA_VERSION);
      if (schema) expect(JSON.parse(area.data.get(key)!).readingTime).toBeGreaterThan(0);
    }
    expect(JSON.parse(area.data.get(META_KEY)!)).toEqual({
      schemaVersion: schema?.current ?? DIGEST_SCHEMA_VERSION,
      layout: LAYOUT_VERSION,
    });
    expect(area.data.has(LEGACY_INDEX_KEY)).toBe(false); // layout 1's index is gone once the layout is built
    // Editing after the upgrade works and keeps the rest.
    const first = summaries[0]!;
    await store.updateNotes(first.id, 'sau nâng cấp');
    expect(await store.count()).toBe(records.length);
  });

  it('an upgrade interrupted half way (the worker stopped) finishes on the next start with nothing lost', async () => {
    const { area, records } = load(file);
    let writes = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      if (++writes === 3) throw new Error('Extension context invalidated');
      return set(items);
    };
    await expect(createDigestStore(area, { schema: NEXT }).ready()).rejects.toThrow();
    area.set = set;
    const store = createDigestStore(area, { schema: NEXT });
    await store.ready();
    expect(await store.count()).toBe(records.length);
    for (const [key, raw] of records)
      expect((await store.getDigest(key.slice(RECORD_PREFIX.length)))!.notes).toBe(raw.notes ?? '');
  });
});
