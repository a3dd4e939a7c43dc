// The word being typed, read from the kept index's completion terms: the same answers as the in-memory index
// and as a fresh query (NFC/NFD, old and new tone placement, Ð for Đ, diacritics as typed ranking first), the
// work bounded by the segments rather than by how many words a short prefix starts, and an index of the
// previous format rebuilt from the records with nothing lost.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { emptyQuery, KeptSearch, SearchIndex, type LibraryQuery, type ReadOp, type SearchDb } from '../../lib/search';
import { syncKept } from '../../lib/search/kept';
import { completionTerm, MANIFEST_KEY, type Manifest } from '../../lib/search/kept/records';
import { answerOf, keptLibrary, options, storedDigests } from '../library/kept-support';
import { makeDigest } from '../library/make-digest';
import { generateDigests } from '../support/generate-digests';

const nfd = (s: string) => s.normalize('NFD');

/** Digests written every way a page writes Vietnamese: NFC, NFD, old tone placement, Ð (U+00D0) for Đ. */
function spelledDigests(): Digest[] {
  return [
    makeDigest({ id: 'nfc', title: 'Hoà bình và hợp tác ở Biển Đông', body: 'Đối tác chiến lược toàn diện.' }),
    makeDigest({ id: 'nfd', title: nfd('Hòa bình và hợp tác ở Biển Đông'), body: nfd('Đối thoại an ninh hàng hải.') }),
    makeDigest({ id: 'old', title: 'Thoả thuận hoà giải', body: 'Uỷ ban hoà giải quốc tế họp ở Hà Nội.' }),
    makeDigest({ id: 'eth', title: '\u00d0ại sứ \u00d0ức thăm Hà Nội', body: 'Hoang mang, hoàng hôn, hoành tráng.' }),
    makeDigest({ id: 'plain', title: 'Hoa binh va hop tac', body: 'Doi tac chien luoc, hoang xuan chien.' }),
    makeDigest({ id: 'caps', title: 'DOC và COC ở Biển Đông', body: 'Đọc kỹ văn kiện DOC.' }),
  ];
}

const TYPED = [
  'h',
  'H',
  'ho',
  'hò',
  'hoà',
  'hòa',
  nfd('hò'),
  'đ',
  'Đ',
  '\u00d0',
  '\u00d0ạ',
  'đô',
  'do',
  'D',
  'DO',
  'dố',
  'hoa b',
  'hòa b',
  nfd('hòa bì'),
  'bien đ',
  'biển Đ',
  'thoả t',
  'thỏa th',
  'uỷ b',
  'ủy ba',
  'hoang x',
  'hoàng h',
  '"hoà bình" v',
  'person:"Hoàng" h',
  'tag:quốc phòng h',
];

async function answers(search: KeptSearch, index: SearchIndex, typed: readonly string[], limit = 60) {
  await search.refresh();
  for (const q of typed) {
    const query: LibraryQuery = { ...emptyQuery(), q };
    const kept = answerOf(await search.search(query, { limit }));
    // A fresh reader (no cache, no query typed before it) answers the same.
    const fresh = answerOf(await new KeptSearch(search.db, options).search(query, { limit }));
    const memory = answerOf(index.search(query, { limit }));
    expect(kept, q).toEqual(memory);
    expect(fresh, q).toEqual(memory);
  }
}

/** Counts the term records the database hands back. */
function counting(db: SearchDb): { db: SearchDb; terms: () => number; reset(): void } {
  let terms = 0;
  return {
    db: {
      async read(ops: ReadOp[]) {
        const got = await db.read(ops);
        ops.forEach((op, i) => {
          if (op.store === 'terms') terms += got[i]!.length;
        });
        return got;
      },
      write: (ops) => db.write(ops),
    },
    terms: () => terms,
    reset() {
      terms = 0;
    },
  };
}

describe('the word being typed, from completion terms', () => {
  it('answers as the in-memory index and as a fresh query, whatever the spelling typed or written', async () => {
    const lib = keptLibrary();
    const digests = [...spelledDigests(), ...generateDigests(40, { seed: 7, bodyWords: 80 })];
    await lib.store.importDigests(digests.slice(0, 20));
    for (const d of digests.slice(20)) await lib.store.importDigests([d]);
    await lib.store.settled();
    const index = new SearchIndex(await storedDigests(lib.store), options);
    // Typed one character at a time (each query narrows the last), then each on its own.
    const typing = TYPED.flatMap((t) => [...t].map((_, i) => t.slice(0, i + 1)));
    await answers(lib.search, index, typing);
    await lib.writer.maintain();
    await answers(lib.search, index, TYPED);
  });

  it('ranks the diacritics as typed first for a short prefix', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests(spelledDigests());
    await lib.store.settled();
    // "đ" typed: Đ written in NFC, NFD or as Ð (U+00D0) counts as typed; "Doi" without diacritics comes after.
    const order = (await lib.search.search({ ...emptyQuery(), q: 'đ' }, { limit: 10 })).pageIds;
    for (const written of ['nfc', 'nfd', 'eth']) expect(order.indexOf('plain')).toBeGreaterThan(order.indexOf(written));
    expect(order).toContain('plain');
  });

  it('reads one record per segment for a prefix that starts thousands of words', async () => {
    // 3,000 distinct words starting with "x" (and "xa"), spread over 60 digests.
    const words = Array.from(
      { length: 3000 },
      (_, i) => 'x' + (i % 2 ? 'a' : '') + i.toString(36).replace(/\d/g, (c) => 'bcdfghjklm'[+c]!),
    );
    const digests = Array.from({ length: 60 }, (_, i) =>
      makeDigest({
        id: `x${i}`,
        title: i % 3 ? 'Hoàng Xuân Chiến tiếp đoàn' : 'Hoàng thành',
        body: words.slice(i * 50, i * 50 + 50).join(' '),
        savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const lib = keptLibrary();
    await lib.store.importDigests(digests.slice(0, 30));
    await lib.store.importDigests(digests.slice(30));
    await lib.store.settled();
    const [manifest] = await lib.db.read([{ store: 'meta', get: [MANIFEST_KEY] }]);
    const segments = (manifest![0] as Manifest).segs.length;
    const counted = counting(lib.db);
    const search = new KeptSearch(counted.db, options);
    const index = new SearchIndex(await storedDigests(lib.store), options);
    for (const q of ['x', 'xa', 'hoàng x', 'hoang xa']) {
      counted.reset();
      const query = { ...emptyQuery(), q };
      expect(answerOf(await search.search(query, { limit: 60 })), q).toEqual(
        answerOf(index.search(query, { limit: 60 })),
      );
      // The completion term of the prefix in each segment (and the whole words typed before it).
      expect(counted.terms(), q).toBeLessThanOrEqual(segments * q.split(' ').length);
    }
    expect((await search.search({ ...emptyQuery(), q: 'x' }, { limit: 0 })).total).toBe(60);
    const [terms] = await lib.db.read([{ store: 'terms', range: [[completionTerm('x')], [completionTerm('x'), []]] }]);
    expect(terms!.length).toBe(segments);
  });

  it('rebuilds an index of the previous format from the records, losing nothing', async () => {
    const lib = keptLibrary();
    const digests = [...spelledDigests(), ...generateDigests(30, { seed: 11, bodyWords: 60 })];
    await lib.store.importDigests(digests);
    await lib.store.settled();
    // The index as the previous format left it: no completion terms, its manifest marked format 3.
    const [keys] = await lib.db.read([{ store: 'terms', keys: true }]);
    const completions = (keys as [string, number][]).filter(([w]) => w.startsWith(completionTerm('')));
    expect(completions.length).toBeGreaterThan(0);
    const [meta] = await lib.db.read([{ store: 'meta', get: [MANIFEST_KEY] }]);
    await lib.db.write([
      { store: 'terms', delete: completions },
      { store: 'pos', delete: completions },
      { store: 'meta', put: [[MANIFEST_KEY, { ...(meta![0] as Manifest), format: 3 }]] },
    ]);
    // Opened on it, the reader sees no index of its format (empty), and catching up builds it again.
    expect((await lib.search.search({ ...emptyQuery(), q: 'h' })).total).toBe(0);
    const progress = await syncKept(lib.writer, lib.store.derivedSource());
    expect(progress.done).toBe(digests.length);
    const stored = await storedDigests(lib.store);
    expect(stored.length).toBe(digests.length);
    expect(lib.search.size).toBe(0);
    await lib.search.refresh();
    expect(lib.search.size).toBe(digests.length);
    await answers(lib.search, new SearchIndex(stored, options), ['', ...TYPED]);
  });
});
