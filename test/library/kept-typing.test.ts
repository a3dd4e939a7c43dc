// Typing into the kept index: each keystroke reuses what the previous ones read and matched (a longer prefix
// from a shorter one kept, the candidates of the query it narrows, the page ordered without sorting every
// match). Whatever it reuses, every answer must be the one a fresh reader of the same database gives, and the
// one the in-memory index gives: typed forwards, backspaced, in NFC and NFD, with old and new tone placement,
// with Ð (U+00D0) for Đ, and across another window's write.
import { describe, expect, it } from 'vitest';
import { generateDigests } from '../support/generate-digests';
import { emptyQuery, KeptSearch, SearchIndex, type LibraryQuery } from '../../lib/search';
import { answerOf, keptLibrary, options, storedDigests } from './kept-support';
import { makeDigest, person } from './make-digest';

const pool = generateDigests(100, { seed: 29, bodyWords: 100 });
const written = [
  makeDigest({
    id: 'hoa-nfd',
    title: 'Thoả thuận hoà bình ở Đà Nẵng'.normalize('NFD'),
    body: 'Hai bên ký thoả thuận hoà bình, Ủy ban theo dõi.',
  }),
  makeDigest({
    id: 'hoa-new',
    title: 'Thỏa thuận hòa bình được ký',
    body: 'Uỷ ban nhân dân Đà Nẵng ủng hộ thỏa thuận hòa bình.',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'], 2)],
  }),
  makeDigest({
    id: 'eth',
    title: 'Ðà Nẵng đón đoàn khách',
    body: 'Ðoàn đại biểu đến Ðà Nẵng\u00a0và gặp ông Hoàng\u200bXuân Chiến.',
  }),
];

/** What the user types, one character at a time (then five characters backspaced). */
const TYPED = [
  'hoang xuan chien',
  'Hoàng Xuân Chiến',
  'thoả thuận hoà bình',
  'thỏa thuận hòa bình'.normalize('NFD'),
  'Ðà Nẵng',
  'da nang',
  'uy ban',
  '"hoa binh" da',
];

function keystrokes(text: string): string[] {
  const chars = [...text];
  const forward = chars.map((_, i) => chars.slice(0, i + 1).join(''));
  return [...forward, ...forward.slice(-6, -1).reverse()];
}

describe('typing into the kept index', () => {
  it('answers every keystroke as a fresh reader and the in-memory index do', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests([...pool, ...written]);
    await lib.store.settled();
    const memory = new SearchIndex(await storedDigests(lib.store), options);
    const typing = lib.search;
    const filters: Partial<LibraryQuery>[] = [{}, { sort: 'published', site: 'vnexpress.net' }];
    let checked = 0;
    for (const over of filters) {
      for (const text of TYPED) {
        for (const q of keystrokes(text)) {
          const query = { ...emptyQuery(), ...over, q };
          const got = answerOf(await typing.search(query, { limit: 20 }));
          const fresh = answerOf(await new KeptSearch(lib.db, options).search(query, { limit: 20 }));
          expect(got, q).toEqual(fresh);
          expect(got, q).toEqual(answerOf(memory.search(query, { limit: 20 })));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    // Some 270 keystrokes, each also asked of a fresh reader and of the in-memory index: a slow shared machine.
  }, 120_000);

  it('finds the same digests whatever the spelling typed (NFC/NFD, tone placement, Ð)', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests([...pool.slice(0, 40), ...written]);
    const ids = async (q: string) => (await lib.search.search({ ...emptyQuery(), q }, { limit: 50 })).ids.sort();
    const peace = await ids('thoả thuận hoà bình');
    expect(peace).toEqual(expect.arrayContaining(['hoa-nfd', 'hoa-new']));
    expect(await ids('thỏa thuận hòa bình'.normalize('NFD'))).toEqual(peace);
    expect(await ids('thoa thuan hoa binh')).toEqual(peace);
    const city = await ids('Đà Nẵng');
    expect(city).toEqual(expect.arrayContaining(['hoa-nfd', 'hoa-new', 'eth']));
    expect(await ids('Ðà Nẵng')).toEqual(city);
    expect(await ids('da nang')).toEqual(city);
    // Typed on from a shorter query the reader kept, the same.
    await lib.search.search({ ...emptyQuery(), q: 'd' });
    await lib.search.search({ ...emptyQuery(), q: 'da' });
    expect(await ids('da n')).toEqual(
      (await new KeptSearch(lib.db, options).search({ ...emptyQuery(), q: 'da n' }, { limit: 50 })).ids.sort(),
    );
  });

  it('keeps answering as a fresh reader while another window writes between keystrokes', async () => {
    const lib = keptLibrary();
    await lib.store.importDigests(pool.slice(0, 70));
    // Another window's store and writer over the same storage and database.
    const typing = new KeptSearch(lib.db, options);
    const keys = keystrokes('hoang xuan chien');
    for (let i = 0; i < keys.length; i++) {
      if (i === 5) await lib.store.importDigests(written);
      if (i === 12) await lib.store.deleteDigest('hoa-new');
      if (i === 20) await lib.store.importDigests(pool.slice(70, 100));
      await lib.store.settled();
      const query = { ...emptyQuery(), q: keys[i]! };
      const got = answerOf(await typing.search(query, { limit: 20 }));
      expect(got, keys[i]).toEqual(answerOf(await new KeptSearch(lib.db, options).search(query, { limit: 20 })));
    }
  });
});
