// The kept search index (segments in a database, written by the digest store's own writes) answers every
// query exactly as the in-memory index built from the same records would: ids in order, totals, scattered
// matches, scores, fields, highlight ranges and snippets; after saves, edits, deletes, undo, imports, merges.
import { describe, expect, it } from 'vitest';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { generateDigests, seededRandom } from '../support/generate-digests';
import type { Digest } from '../../lib/digest';
import type { Side } from '../../lib/entities';
import { buildSides, lexiconAcronymOf } from '../../lib/library';
import { emptyQuery, SearchIndex } from '../../lib/search';
import { matchKey } from '../../lib/text';
import { inMemoryAnswers, keptAnswers, keptLibrary, storedDigests, QUERIES } from './kept-support';
import { agreement, makeDigest, person } from './make-digest';

const pool = generateDigests(160, { seed: 17, bodyWords: 160 });
const handWritten = [
  makeDigest({
    id: 'nfd',
    title: 'Thoả thuận hợp tác quốc phòng'.normalize('NFD'),
    body: 'Hai bên ký Thỏa thuận về Biển Đông.',
    tags: ['Quốc phòng'],
  }),
  makeDigest({
    id: 'doc',
    title: 'Tôi đọc báo sáng nay',
    body: 'Đọc kỹ trước khi ký DOC.',
    agreements: [agreement('Tuyên bố về ứng xử của các bên ở Biển Đông', 'DOC')],
  }),
  makeDigest({
    id: 'tphcm',
    title: 'Giao thông TP.HCM',
    body: 'Thành phố Hồ Chí Minh mở rộng đường.',
    domain: 'tuoitre.vn',
    siteName: 'Tuổi Trẻ',
  }),
  makeDigest({
    id: 'chien',
    title: 'Chiến lược của Hoàng gia',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 3)],
    published: null,
  }),
];

describe('the kept search index', () => {
  it('answers as the in-memory index after imports, saves, edits, deletes and undo', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests([...pool.slice(0, 120), ...handWritten]);
    const stored = await storedDigests(lib.store);
    const rand = seededRandom(3);
    for (let step = 0; step < 40; step++) {
      const d = stored[Math.floor(rand() * stored.length)]!;
      const r = rand();
      if (r < 0.3)
        await lib.store.saveNotes(
          d.id,
          `Ghi chú ${step}: xem lại Biển Đông và ${d.article.title}`,
          (await lib.store.getDigest(d.id))?.notes ?? '',
        );
      else if (r < 0.5) await lib.store.changeTags(d.id, { add: ['khẩn', step % 2 ? 'EU' : 'ASEAN'] });
      else if (r < 0.65)
        await lib.store.addHighlight(d.id, { quote: 'hợp tác quốc phòng', comment: `bình luận ${step}` });
      else if (r < 0.8) {
        const gone = await lib.store.deleteDigest(d.id);
        if (gone && rand() < 0.5) await lib.store.restoreDigest(gone);
      } else await lib.store.importDigests([pool[120 + (step % 40)]!]);
    }
    const a = makeArticle(1);
    await lib.store.saveDigest(a, makeEntities(a), 'page');
    await lib.store.saveDigest({ ...a, title: 'Hoàng Xuân Chiến tiếp đoàn EU' }, makeEntities(a), 'page');
    await lib.store.settled();
    const digests = await storedDigests(lib.store);
    expect(lib.search.size).toBe(0);
    const kept = await keptAnswers(lib.search);
    expect(lib.search.size).toBe(digests.length);
    const memory = inMemoryAnswers(digests);
    QUERIES.forEach((q, i) => expect(kept[i], JSON.stringify(q)).toEqual(memory[i]));
    // The answers are not trivially empty.
    expect(memory.filter((m) => m.total > 0).length).toBeGreaterThan(QUERIES.length * 0.8);
  }, 120_000);

  it('merges its segments as they pile up, and answers the same after every merge', async () => {
    const lib = keptLibrary();
    for (const d of pool.slice(0, 70)) await lib.store.importDigests([d]);
    await lib.store.settled();
    const before = (await lib.writer.manifest()).segs.length;
    await lib.lock(() => lib.writer.maintain());
    const after = await lib.writer.manifest();
    // 70 one-digest writes leave fewer than 4 segments per level.
    expect(before).toBeLessThan(20);
    const levels = new Map<number, number>();
    for (const s of after.segs)
      levels.set(
        Math.floor(Math.log(s.n - s.dead) / Math.log(4)),
        (levels.get(Math.floor(Math.log(s.n - s.dead) / Math.log(4))) ?? 0) + 1,
      );
    for (const count of levels.values()) expect(count).toBeLessThan(4);
    expect(await keptAnswers(lib.search)).toEqual(inMemoryAnswers(await storedDigests(lib.store)));
  }, 120_000);

  it('reads only what changed when another window writes: a new segment, its tombstones', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests(pool.slice(0, 60));
    await lib.store.settled();
    await keptAnswers(lib.search);
    const id = (await storedDigests(lib.store))[5]!.id;
    await lib.store.saveNotes(id, 'Đối thoại Shangri-La', '');
    await lib.store.settled();
    expect(await lib.search.refresh()).toBe(true);
    const r = await lib.search.search({ ...emptyQuery(), q: 'shangri la' });
    expect(r.ids).toEqual([id]);
    expect(r.hits[0]!.snippet?.field).toBe('notes');
    expect(await lib.search.refresh()).toBe(false);
  }, 60_000);
  it('filters by side as the in-memory index (key, name, acronym, another form), and lists the sides with their counts', async () => {
    const side = (name: string, acronym: string | null, aliases: string[], mentions: number): Side => ({
      name,
      key: matchKey(name),
      kind: 'organisation',
      acronym,
      aliases,
      mentions,
      spans: [],
    });
    const eu = side('Liên minh châu Âu', 'EU', ['Liên minh Châu Âu'], 3);
    const asean = side('Hiệp hội các quốc gia Đông Nam Á', 'ASEAN', [], 2);
    const withSides = (d: Digest, sides: Side[]): Digest => ({ ...d, entities: { ...d.entities, sides } });
    const lib = keptLibrary();
    await lib.store.importDigests([
      withSides(pool[0]!, [eu]),
      withSides(pool[1]!, [eu, asean]),
      withSides(pool[2]!, [asean]),
      pool[3]!,
    ]);
    await lib.store.settled();
    const digests = await storedDigests(lib.store);
    const memory = new SearchIndex(digests, { acronymOf: lexiconAcronymOf });
    await lib.search.refresh();
    for (const value of [
      'EU',
      'eu',
      'Liên minh châu Âu',
      'lien minh chau au',
      'Liên minh Châu Âu',
      'ASEAN',
      'Nhật Bản',
    ]) {
      const q = { ...emptyQuery(), side: value };
      const kept = await lib.search.search(q, { limit: 10 });
      expect(kept.ids, value).toEqual(memory.search(q, { limit: 10 }).ids);
    }
    expect((await lib.search.search({ ...emptyQuery(), side: 'EU' })).total).toBe(2);
    const options = await lib.search.filterOptions();
    expect(options.sides.map((s) => [s.name, s.count, s.mentions])).toEqual([
      ['Liên minh châu Âu', 2, 6],
      ['Hiệp hội các quốc gia Đông Nam Á', 2, 4],
    ]);
    const shares = [];
    for await (const chunk of lib.search.entityShares()) shares.push(...chunk);
    expect(buildSides(shares).map((s) => [s.acronym, s.articles.length])).toEqual([
      ['EU', 2],
      ['ASEAN', 2],
    ]);
  }, 60_000);
});

describe('tags in the kept index (review 1, defect 6)', () => {
  it('one tag whatever its diacritics, tone placement and case: the filter finds both spellings, the menu lists it once', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests([
      makeDigest({ id: 't1', title: 'Tàu cá bị xua đuổi', body: 'Một bài về biển.', tags: ['biển đông'] }),
      makeDigest({ id: 't2', title: 'Hội thảo quốc tế', body: 'Một bài khác về biển.', tags: ['Bien Dong'] }),
      makeDigest({ id: 't3', title: 'Giá lúa gạo', body: 'Không liên quan.', tags: ['kinh tế'] }),
    ]);
    await lib.store.settled();
    await lib.search.refresh();
    for (const tag of ['bien dong', 'BIỂN ĐÔNG', 'Biển Đông'.normalize('NFD')]) {
      const r = await lib.search.search({ ...emptyQuery(), tag }, { limit: 10 });
      expect([...r.ids].sort(), tag).toEqual(['t1', 't2']);
    }
    const menu = (await lib.search.filterOptions()).tags;
    expect(menu.filter((t) => matchKey(t.tag).startsWith('bi'))).toHaveLength(1);
    expect(menu.find((t) => t.count === 2)).toBeDefined();
  });
});
