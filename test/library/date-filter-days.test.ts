// The date filter uses the day the list shows (review defect): a save on the reader's own day, a publication on
// the day the page states. Both indexes (in memory, and kept on disk) answer alike, and a kept index written
// before this (when the saved day was stored as the UTC day) answers right without being rebuilt: the saved day
// is read from the save's instant at query time, in the zone the reader is in now.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyQuery, KeptSearch, SearchIndex, type DbKey, type LibraryQuery } from '../../lib/search';
import { localDay } from '../../lib/time';
import { listDate } from '../../components/library/dates';
import { keptLibrary, options } from './kept-support';
import { makeDigest } from './make-digest';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const early = makeDigest({ id: 'early', savedAt: '2026-12-06T23:30:00.000Z', published: null });
const us = makeDigest({
  id: 'us',
  domain: 'washingtonpost.com',
  savedAt: '2026-12-01T03:00:00.000Z',
  published: '2018-09-25T21:28:31-04:00',
});
const digests = [early, us];

async function bothIndexes() {
  const lib = keptLibrary();
  await lib.store.importDigests(digests);
  await lib.store.settled();
  await lib.search.refresh();
  const memory = new SearchIndex(digests, options);
  return async (over: Partial<LibraryQuery>) => {
    const q = { ...emptyQuery(), ...over };
    const kept = (await lib.search.search(q, { limit: 10 })).ids;
    expect(kept).toEqual(memory.search(q, { limit: 10 }).ids);
    return kept;
  };
}

describe('date filter days', () => {
  it('a save at 06:30 in Hà Nội is found on the Hà Nội day the list shows', async () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const ids = await bothIndexes();
    expect(listDate(early.savedAt, 'en', 'saved')).toBe('07 Dec 2026');
    expect(await ids({ from: '2026-12-07' })).toEqual(['early']);
    expect(await ids({ from: '2026-12-07', to: '2026-12-07' })).toEqual(['early']);
    expect(await ids({ to: '2026-12-06' })).toEqual(['us']);
  });

  it('the same index, read by a reader now in Washington, uses the Washington day', async () => {
    const ids = await bothIndexes();
    process.env.TZ = 'America/New_York';
    expect(listDate(early.savedAt, 'en', 'saved')).toBe('06 Dec 2026');
    expect(await ids({ from: '2026-12-06', to: '2026-12-06' })).toEqual(['early']);
    expect(await ids({ from: '2026-12-07' })).toEqual([]);
  });

  it('a published date is the day the page states, in the list and the filter alike', async () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const ids = await bothIndexes();
    expect(listDate(us.article.published!, 'en', 'published')).toBe('25 Sept 2018');
    expect(listDate(us.article.published!, 'vi', 'published')).toBe('25/09/2018');
    expect(await ids({ dateField: 'published', from: '2018-09-25', to: '2018-09-25' })).toEqual(['us']);
    expect(await ids({ dateField: 'published', from: '2018-09-26' })).toEqual([]);
  });

  it('a kept index written before this, with UTC saved days in its columns, answers by the reader’s day', async () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const lib = keptLibrary();
    await lib.store.importDigests(digests);
    await lib.store.settled();
    // What the previous build stored: each segment's columns with savedDay, the UTC day of savedAt.
    const [keys] = await lib.db.read([{ store: 'cols', keys: true }]);
    const [cols] = await lib.db.read([{ store: 'cols', get: keys as DbKey[] }]);
    const legacy = (cols as { publishedDay: (string | null)[] }[]).map((c, i) => [
      (keys as DbKey[])[i]!,
      { ...c, savedDay: c.publishedDay.map(() => '2026-12-06') },
    ]);
    await lib.db.write([{ store: 'cols', put: legacy as [DbKey, unknown][] }]);
    const fresh = new KeptSearch(lib.db, options);
    await fresh.refresh();
    const ids = async (over: Partial<LibraryQuery>) =>
      (await fresh.search({ ...emptyQuery(), ...over }, { limit: 10 })).ids;
    expect(await ids({ from: '2026-12-07', to: '2026-12-07' })).toEqual(['early']);
    expect(await ids({ dateField: 'published', from: '2018-09-25', to: '2018-09-25' })).toEqual(['us']);
  });

  it('the day the filter compares is the one owner’s', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    expect(localDay(early.savedAt)).toBe('2026-12-07');
  });
});
