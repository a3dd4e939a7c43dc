// What each operation touches, counted in keys and bytes read and written through the area, in a library of 20
// and one of 3,000 digests: a save, a refresh, a note, a tag, a highlight, a delete, the already-saved lookup
// and the count must touch the same amount in both (none of them reads or writes the whole library).
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { createDigestStore } from '../../lib/storage/digest-store';
import type { KeyValueArea } from '../../lib/storage/key-value-area';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { generateDigests } from '../support/generate-digests';
import { makeArticle, makeEntities } from './fixtures';

interface Cost {
  keysRead: number;
  bytesRead: number;
  bytesWritten: number;
  listedKeys: number;
}

function metered(area: ReturnType<typeof createMemoryArea>): KeyValueArea & { cost: Cost } {
  const cost: Cost = { keysRead: 0, bytesRead: 0, bytesWritten: 0, listedKeys: 0 };
  return {
    cost,
    async get(keys) {
      const got = await area.get(keys);
      cost.keysRead += keys.length;
      for (const k of keys) cost.bytesRead += area.data.get(k)?.length ?? 0;
      return got;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) cost.bytesWritten += k.length + JSON.stringify(v).length;
      return area.set(items);
    },
    remove: (keys) => area.remove(keys),
    async keys() {
      const keys = await area.keys();
      cost.listedKeys += keys.length;
      return keys;
    },
    getBytesInUse: (keys) => area.getBytesInUse(keys),
  };
}

async function costs(size: number): Promise<Record<string, Cost>> {
  const area = createMemoryArea();
  const digests: Digest[] = generateDigests(size, { seed: 5, bodyWords: 120 });
  await createDigestStore(area).importDigests(digests);
  const m = metered(area);
  const store = createDigestStore(m);
  await store.ready();
  const out: Record<string, Cost> = {};
  const measure = async (name: string, op: () => Promise<unknown>) => {
    Object.assign(m.cost, { keysRead: 0, bytesRead: 0, bytesWritten: 0, listedKeys: 0 });
    await op();
    out[name] = { ...m.cost };
  };
  const a = makeArticle(1);
  let id = '';
  await measure('save (new)', async () => (id = (await store.saveDigest(a, makeEntities(a), 'page')).digest.id));
  await measure('refresh', () => store.saveDigest({ ...a, title: 'Tiêu đề mới' }, makeEntities(a), 'page'));
  await measure('already saved?', () => store.getByUrl(a.url + '?utm_source=zalo'));
  await measure('count', () => store.count());
  await measure('note', () => store.saveNotes(id, 'ghi chú', ''));
  await measure('tag', () => store.changeTags(id, { add: ['ASEAN'] }));
  await measure('highlight', () => store.addHighlight(id, { quote: 'Hai bên nhất trí' }));
  await measure('first rows', () => store.firstSummaries(50));
  await measure('delete', () => store.deleteDigest(id));
  return out;
}

describe('cost per operation', () => {
  it('does not grow with the library (20 vs 3,000 digests)', async () => {
    const small = await costs(20);
    const big = await costs(3000);
    for (const op of Object.keys(small)) {
      const s = small[op]!;
      const b = big[op]!;
      expect(b.listedKeys, op).toBe(0);
      expect(b.keysRead, op).toBeLessThanOrEqual(s.keysRead + 2);
      // A shard holds at most SHARD_SIZE summaries, whatever the library: bytes stay within the shard's size.
      expect(b.bytesRead, op).toBeLessThan(s.bytesRead + 80_000);
      expect(b.bytesWritten, op).toBeLessThan(s.bytesWritten + 80_000);
    }
    // The lookups read no summary shard at all.
    expect(big['already saved?']!.bytesRead).toBeLessThan(20_000);
    expect(big['count']!.keysRead).toBe(1);
  }, 60_000);
});
