// The kept index: updated one digest at a time (add, replace, remove), compacted, serialised and loaded back,
// always answering as an index built afresh from the same digests would.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { lexiconAcronymOf } from '../../lib/library';
import { SearchIndex, emptyQuery, searchVersion, type LibraryQuery } from '../../lib/search';
import { generateDigests, seededRandom } from '../support/generate-digests';
import { makeDigest } from './make-digest';

const QUERIES: Partial<LibraryQuery>[] = [
  { q: 'hoang xuan chien' },
  { q: 'Thỏa thuận' },
  { q: 'EVFTA' },
  { q: 'bien dong' },
  { q: 'hop tac quoc' },
  { q: 'ghi chu' },
  { q: 'tag:EU' },
  { q: 'person:"Phạm Minh Chính"' },
  { q: '"an ninh năng lượng"' },
  { q: 'nguyen chien thuong' },
  { q: '' },
  { q: 'quoc phong', site: 'qdnd.vn' },
  { q: 'doi tac', agreement: 'EVFTA', sort: 'published' },
];

/** Every query's full ranked answer (ids, match kind, scores), for comparing two indexes. */
function answers(index: SearchIndex) {
  return QUERIES.map((over) => {
    const r = index.search({ ...emptyQuery(), ...over }, { limit: 1000 });
    return { q: over.q, ids: r.ids, scattered: r.scattered, scores: r.hits.map((h) => h.score) };
  });
}

const options = { acronymOf: lexiconAcronymOf };

describe('a kept search index', () => {
  const pool = generateDigests(400, { seed: 7 });

  it('answers like a fresh index after any sequence of adds, replacements and removals', () => {
    const rand = seededRandom(11);
    const live = new Map<string, Digest>();
    const index = new SearchIndex([], options);
    for (let step = 0; step < 1500; step++) {
      const d = pool[Math.floor(rand() * pool.length)]!;
      const r = rand();
      if (r < 0.5) {
        index.add(d);
        live.set(d.id, d);
      } else if (r < 0.75 && live.has(d.id)) {
        const edited = { ...d, notes: `Ghi chú số ${step}: xem lại Biển Đông`, tags: step % 2 ? ['EU'] : [] };
        index.update(edited);
        live.set(d.id, edited);
      } else {
        expect(index.remove(d.id)).toBe(live.delete(d.id));
      }
    }
    expect(index.size).toBe(live.size);
    const fresh = new SearchIndex(live.values(), options);
    expect(answers(index)).toEqual(answers(fresh));
    index.compact();
    expect(answers(index)).toEqual(answers(fresh));
  });

  it('serialises and loads back to the same answers, searching before any digest is attached', () => {
    const built = new SearchIndex(pool, options);
    const bytes = built.serialize();
    const loaded = SearchIndex.load(bytes, options);
    expect(loaded.size).toBe(pool.length);
    const r = loaded.search({ ...emptyQuery(), q: 'hoang xuan chien' }, { limit: 5 });
    expect(r.ids).toEqual(built.search({ ...emptyQuery(), q: 'hoang xuan chien' }).ids);
    // No digest yet: the page's ids are reported missing instead of shown.
    expect(r.hits).toEqual([]);
    expect(r.missing).toEqual(r.ids.slice(0, 5));
    for (const d of pool) expect(loaded.attach(d)).toBe(false);
    expect(answers(loaded)).toEqual(answers(built));
    expect(loaded.facets()).toEqual(built.facets());
    expect(loaded.search({ ...emptyQuery(), q: 'hoang xuan chien' }, { limit: 5 }).hits).toHaveLength(5);
  });

  it('keeps working after load: edits, removals, and a second snapshot', () => {
    const loaded = SearchIndex.load(new SearchIndex(pool.slice(0, 100), options).serialize(), options);
    const extra = makeDigest({
      id: 'extra',
      title: 'Đối thoại chiến lược Việt Nam - Ấn Độ',
      notes: 'gặp lại ở New Delhi',
    });
    loaded.add(extra);
    loaded.remove(pool[0]!.id);
    const edited = { ...pool[1]!, notes: 'Hỏi lại Bộ Công Thương' };
    expect(loaded.attach(edited)).toBe(true);
    const again = SearchIndex.load(loaded.serialize(), options);
    for (const d of [...pool.slice(2, 100), extra, edited]) again.attach(d);
    const fresh = new SearchIndex([...pool.slice(2, 100), extra, edited], options);
    expect(answers(again)).toEqual(answers(fresh));
    expect(again.search({ ...emptyQuery(), q: 'new delhi' }).ids).toEqual(['extra']);
    expect(again.search({ ...emptyQuery(), q: 'bo cong thuong' }).ids).toContain(edited.id);
  });

  it('compacts additions onto a loaded base without removals to the same answers', () => {
    const loaded = SearchIndex.load(new SearchIndex(pool.slice(0, 150), options).serialize(), options);
    for (const d of pool.slice(150, 300)) loaded.add(d);
    const again = SearchIndex.load(loaded.serialize(), options);
    for (const d of pool.slice(0, 300)) again.attach(d);
    expect(answers(again)).toEqual(answers(new SearchIndex(pool.slice(0, 300), options)));
  });

  it('tells the store which digests changed since the snapshot', () => {
    const loaded = SearchIndex.load(new SearchIndex(pool.slice(0, 10), options).serialize(), options);
    const current = pool.slice(1, 12).map((d) => ({ id: d.id, version: searchVersion(d) }));
    current[0] = { id: pool[1]!.id, version: searchVersion({ ...pool[1]!, tags: ['mới'] }) };
    const { stale, removed } = loaded.staleness(current);
    expect(stale.sort()).toEqual([pool[1]!.id, pool[10]!.id, pool[11]!.id].sort());
    expect(removed).toEqual([pool[0]!.id]);
  });

  it('versions change with notes, tags, highlights and a refresh, not otherwise', () => {
    const d = pool[3]!;
    expect(searchVersion({ ...d })).toBe(searchVersion(d));
    expect(searchVersion({ ...d, notes: d.notes + '.' })).not.toBe(searchVersion(d));
    expect(searchVersion({ ...d, tags: [...d.tags, 'x'] })).not.toBe(searchVersion(d));
    expect(
      searchVersion({
        ...d,
        highlights: [{ id: 'h', quote: 'q', start: 0, prefix: '', suffix: '', comment: 'c', createdAt: d.savedAt }],
      }),
    ).not.toBe(searchVersion(d));
    expect(searchVersion({ ...d, updatedAt: '2030-01-01T00:00:00.000Z' })).not.toBe(searchVersion(d));
  });

  it('refuses bytes that are not a snapshot with a clear message', () => {
    expect(() => SearchIndex.load(new Uint8Array([1, 2, 3]), options)).toThrow(/not a saved search index/);
    const bytes = new SearchIndex(pool.slice(0, 5), options).serialize();
    const future = bytes.slice();
    future[4] = 99;
    expect(() => SearchIndex.load(future, options)).toThrow(/format 99/);
    expect(() => SearchIndex.load(bytes.slice(0, 40), options)).toThrow(/cut short|damaged/);
  });

  it('is smaller than the records it indexes', () => {
    const json = JSON.stringify(pool).length;
    expect(new SearchIndex(pool, options).serialize().length).toBeLessThan(json / 2);
  });
});
