// How the kept index's reader reads: a cached posting list hands over exactly the records and positions its bytes
// hold (decoded once, walked on later keystrokes, also after its segment moved), and a search that finds
// everything it needs in its caches still sees another window's write.
import { describe, expect, it } from 'vitest';
import { generateDigests } from '../support/generate-digests';
import { ByteReader } from '../../lib/search/postings';
import { KeptList } from '../../lib/search/kept/kept-list';
import { buildSegment } from '../../lib/search/kept/segment-build';
import { emptyQuery, KeptSearch } from '../../lib/search';
import { answerOf, keptLibrary, options } from '../library/kept-support';
import { makeDigest, person } from '../library/make-digest';

/** The records of a term and its positions, decoded straight from the bytes (what the list must hand over). */
function fromBytes(d: Uint8Array, p: Uint8Array, base: number) {
  const r = new ByteReader(d, 0);
  const q = new ByteReader(p, 0);
  const out: { doc: number; mask: number; spellings: number; positions: number[] }[] = [];
  let doc = base - 1;
  while (r.at < d.length) {
    doc += r.varint();
    const mask = r.varint();
    const spellings = r.varint();
    const end = q.varint() + q.at;
    const positions: number[] = [];
    let at = 0;
    while (q.at < end) positions.push((at += q.varint()));
    out.push({ doc, mask, spellings, positions });
  }
  return out;
}

function fromList(list: KeptList, dead: Uint8Array, want: Uint8Array) {
  const records: { doc: number; mask: number; spellings: number }[] = [];
  list.scan(dead, (doc, mask, spellings) => records.push({ doc, mask, spellings }));
  const positions = new Map<number, number[]>();
  list.scanPositions(dead, want, (doc, bytes, start, end) => {
    const q = new ByteReader(bytes, start);
    const got: number[] = [];
    let at = 0;
    while (q.at < end) got.push((at += q.varint()));
    positions.set(doc, got);
  });
  return { records, positions };
}

describe("the kept index's reader", () => {
  it('hands over the records and positions of a term as its bytes hold them, on every scan, wherever its segment is', () => {
    const digests = generateDigests(60, { seed: 5, bodyWords: 120 });
    const seg = buildSegment(7, digests, options.acronymOf);
    const pos = new Map(seg.pos.map((p) => [p.w, p.p]));
    const words = seg.terms.filter((t) => pos.has(t.w));
    expect(words.length).toBeGreaterThan(50);
    for (const t of words) {
      const base = 100;
      const list = new KeptList(t.w, 7, base, digests.length, t.d, t.s);
      list.pos = pos.get(t.w)!;
      const want = new Uint8Array(base + digests.length);
      const dead = new Uint8Array(base + digests.length);
      // Every third document wanted, every fifth dead.
      for (let l = 0; l < digests.length; l++) {
        if (l % 3 === 0) want[base + l] = 1;
        if (l % 5 === 0) dead[base + l] = 1;
      }
      const expected = fromBytes(t.d, list.pos, base).filter((r) => !dead[r.doc]);
      for (let round = 0; round < 2; round++) {
        const got = fromList(list, dead, want);
        expect(got.records, t.w).toEqual(expected.map(({ doc, mask, spellings }) => ({ doc, mask, spellings })));
        expect(got.positions, t.w).toEqual(
          new Map(expected.filter((r) => want[r.doc]).map((r) => [r.doc, r.positions])),
        );
      }
      // An earlier segment merged away: the same list, numbered from its new place.
      list.base = 40;
      const moved = fromList(list, new Uint8Array(40 + digests.length), new Uint8Array(40 + digests.length).fill(1));
      expect(moved.records.map((r) => r.doc)).toEqual(fromBytes(t.d, list.pos, 40).map((r) => r.doc));
      expect([...moved.positions.values()]).toEqual(fromBytes(t.d, list.pos, 40).map((r) => r.positions));
    }
  });

  it('sees another window write between two searches that read nothing new', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests(generateDigests(30, { seed: 11, bodyWords: 80 }));
    await lib.store.settled();
    const reader = new KeptSearch(lib.db, options);
    const query = { ...emptyQuery(), q: 'hoang xuan chien' };
    const before = await reader.search(query, { limit: 50 });
    // The same query again: every record and row it needs is in the reader's caches.
    expect(answerOf(await reader.search(query, { limit: 50 }))).toEqual(answerOf(before));
    // Another window saves a digest with the phrase, through its own store and writer.
    await lib.store.importDigests([
      makeDigest({
        id: 'new-one',
        title: 'Thượng tướng Hoàng Xuân Chiến tiếp đoàn',
        people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 2)],
      }),
    ]);
    await lib.store.settled();
    const after = await reader.search(query, { limit: 50 });
    expect(after.ids).toContain('new-one');
    expect(after.total).toBe(before.total + 1);
    expect(answerOf(after)).toEqual(answerOf(await new KeptSearch(lib.db, options).search(query, { limit: 50 })));
  });
});
