// The library after a change in storage: only what changed is read again (the store's writes keep the search
// index, so usually nothing is). Stored objects can come back with their keys in another order (Chromium's
// storage returns them sorted): nothing about that makes a digest look changed.
import { describe, expect, it, vi } from 'vitest';
import { LibraryController, PAGE } from '../../components/library/library-controller';
import { SHARD_PREFIX } from '../../lib/storage/layout';
import { fakePlatform } from '../popup/fake-platform';
import { generateDigests } from '../support/generate-digests';

function sortKeysDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeysDeep);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeysDeep((v as Record<string, unknown>)[k])]),
    );
  return v;
}

async function loaded(size: number) {
  const p = fakePlatform({ uiLanguage: 'vi' });
  await p.store.importDigests(generateDigests(size, { seed: 3, bodyWords: 80 }));
  const c = new LibraryController(p);
  await c.load();
  const reads: string[] = [];
  const get = p.area.get.bind(p.area);
  p.area.get = async (keys: string[]) => {
    reads.push(...keys);
    return get(keys);
  };
  return { p, c, reads };
}

describe('library reload', () => {
  it('summaries stored with their keys in another order are not stale: no record is read again', async () => {
    const { p, c, reads } = await loaded(300);
    for (const [k, v] of p.area.data)
      if (k.startsWith(SHARD_PREFIX)) p.area.data.set(k, JSON.stringify(sortKeysDeep(JSON.parse(v))));
    await c.reload();
    expect(reads.filter((k) => k.startsWith('digest:'))).toEqual([]);
    expect(c.kept.search.size).toBe(300);
  });

  it("after another window's writes, no record and no shard is read (its store kept the index); a deleted digest leaves the list", async () => {
    const { p, c, reads } = await loaded(300);
    const [first, second] = c.state.result!.ids;
    await p.store.updateNotes(first!, 'ghi chú từ tab khác');
    await p.store.deleteDigest(second!);
    await p.store.settled();
    reads.length = 0;
    await c.reload([first!, second!]);
    expect(reads.filter((k) => k.startsWith('digest:'))).toEqual([]);
    expect(reads.filter((k) => k.startsWith(SHARD_PREFIX))).toEqual([]);
    expect(c.state.result!.ids).not.toContain(second!);
    expect(c.state.total).toBe(299);
    c.setQuery({ q: 'ghi chu tu tab khac' });
    await c.reload();
    expect(c.state.result!.ids).toEqual([first!]);
  });

  it('the usage line after a note saved lists no key (a listing holds up every storage call in a big library); after a delete it counts again', async () => {
    const { p, c } = await loaded(120);
    const [first, second] = c.state.result!.ids;
    // What opening does after the first answer (the storage check lists the keys once) is over.
    await vi.waitFor(() => expect(c.state.filters).not.toBeNull());
    await c.refreshUsage();
    let listed = 0;
    const keys = p.area.keys.bind(p.area);
    p.area.keys = async () => {
      listed++;
      return keys();
    };
    await p.store.updateNotes(first!, 'ghi chú từ tab khác');
    await c.refreshUsage([first!]);
    expect(listed).toBe(0);
    expect(c.state.usage).toEqual(await p.store.usage());
    listed = 0;
    await p.store.deleteDigest(second!);
    await c.refreshUsage([second!]);
    expect(listed).toBe(1);
    expect(c.state.usage).toMatchObject({ count: 119, bytes: await p.area.getBytesInUse() });
  });

  it('the page holds no record but those opened; a digest opened is read in full, also before the index answers', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    await p.store.importDigests(generateDigests(20, { seed: 8, bodyWords: 60 }));
    const [s] = await p.store.listSummaries();
    const early = new LibraryController(p);
    const full = await early.open(s!.id); // the library opened at #/digest/<id>: nothing loaded yet
    expect(full?.article.bodyHtml.length).toBeGreaterThan(100);
    expect(early.full(s!.id)).toEqual(await p.store.getDigest(s!.id));
    const c = new LibraryController(p);
    await c.load();
    expect(c.full(s!.id)).toBeUndefined();
    // A hit carries the row the list draws, not the record.
    expect(Object.keys(c.state.result!.hits[0]!.row).sort()).toEqual([
      'agreements',
      'hasNotes',
      'highlightCount',
      'lead',
      'people',
      'published',
      'savedAt',
      'sides',
      'siteName',
      'title',
    ]);
    // An edit keeps the opened full record up to date.
    await c.open(s!.id);
    await c.addTag(s!.id, 'ASEAN');
    expect(c.full(s!.id)?.tags).toContain('ASEAN');
    expect(c.full(s!.id)?.article.bodyHtml).toBe(full?.article.bodyHtml);
  });

  it('the first rows come before every summary is read: the newest, from the newest shards', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    await p.store.importDigests(generateDigests(1000, { seed: 4, bodyWords: 40 }));
    const c = new LibraryController(p);
    const phases: { phase: string; rows: number; total: number }[] = [];
    c.subscribe((s) => phases.push({ phase: s.phase, rows: s.summaries.length, total: s.total }));
    let early: Promise<number> | null = null;
    c.subscribe((s) => {
      // Export "all" during the first rows (Export is enabled then) exports every stored digest.
      if (!early && s.phase === 'summaries' && s.summaries.length === PAGE) {
        early = c
          .exportDigests('all', { format: 'json' })
          .then((out) => JSON.parse(out.data as string).digests.length as number);
      }
    });
    await c.load();
    expect(phases[0]).toEqual({ phase: 'summaries', rows: PAGE, total: 1000 });
    expect(await early).toBe(1000);
    const all = await p.store.listSummaries();
    expect(c.state.summaries.slice(0, PAGE).map((s) => s.id)).toEqual(all.slice(0, PAGE).map((s) => s.id));
  });
});
