// The pictures of a deleted digest whose undo is still offered (the library's delete with `keepImages`) against
// the start-up sweep of picture keys without a record (reconcile()). Two store objects over one area stand for two
// contexts: the library window that deleted and holds the undo, and the service worker (restarted) or another
// library window that runs the sweep. The hold is written in the delete's own set and expires after
// IMAGE_HOLD_MS, so a hold never released (the window closed, the browser crashed) keeps nothing for ever.
import { describe, expect, it } from 'vitest';
import type { ImageCapture } from '../../lib/images';
import { bytesToBase64 } from '../../lib/images';
import { createDigestStore, RECORD_PREFIX } from '../../lib/storage/digest-store';
import {
  IMAGE_HOLD_MS,
  IMAGE_HOLD_PREFIX,
  IMAGE_PREFIX,
  imageHoldKey,
  orphanImageKeys,
} from '../../lib/storage/image-keys';
import { createQueueLock, type KeyValueArea } from '../../lib/storage/key-value-area';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { createFaultyArea } from '../support/faulty-area';
import { seededRandom } from '../support/generate-digests';
import { makeArticle, makeEntities } from './fixtures';

const png = (seed: number) => {
  const b = new Uint8Array(208);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < b.length; i++) b[i] = (i * seed) & 0xff;
  return bytesToBase64(b);
};
const srcs = ['https://baoquocte.vn/a.png', 'https://baoquocte.vn/b.png'];
const withImages = (n: number) =>
  makeArticle(n, { images: srcs.map((src) => ({ src, alt: '', caption: null, credit: null })) });
const capture = (): ImageCapture => ({
  images: srcs.map((src, i) => ({ src, type: 'image/png', data: png(i + 3) })),
  skipped: [],
});

/** One area, one shared clock and lock (the Web Lock every extension context shares); `open()` is a new context. */
function contexts<A extends KeyValueArea>(area: A) {
  const clock = { t: Date.parse('2025-05-24T10:00:00Z') };
  const lock = createQueueLock();
  const open = () => createDigestStore(area, { lock, now: () => new Date(clock.t) });
  return { area, clock, open };
}

const pictureKeys = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX)).sort();
const holdKeys = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(IMAGE_HOLD_PREFIX));

describe('pictures held for a pending undo of a delete', () => {
  it('survive a sweep started by another context, and the undo puts them back', async () => {
    const { area, open } = contexts(createMemoryArea());
    const library = open();
    const a = withImages(1);
    const { digest } = await library.saveDigest(a, makeEntities(a), 'page', capture());
    const before = pictureKeys(area.data);
    const deleted = await library.deleteDigest(digest.id, undefined, { keepImages: true });
    expect(deleted?.id).toBe(digest.id);

    // The service worker starts again (or a second library window opens) while the undo is offered.
    await open().reconcile();
    expect(pictureKeys(area.data)).toEqual(before);

    expect(await library.restoreDigest(deleted!)).toEqual({ outcome: 'restored' });
    expect((await library.getImages(digest.id))?.images.map((i) => i.src)).toEqual(srcs);
    expect(holdKeys(area.data)).toEqual([]); // the restored record owns its pictures again
    await library.releaseImages([digest.id]); // what the library does after an undo
    expect(pictureKeys(area.data)).toEqual(before);
  });

  it('are removed with their hold when the offer ends (releaseImages)', async () => {
    const { area, open } = contexts(createMemoryArea());
    const library = open();
    const a = withImages(1);
    const { digest } = await library.saveDigest(a, makeEntities(a), 'page', capture());
    await library.deleteDigest(digest.id, undefined, { keepImages: true });
    expect(holdKeys(area.data)).toEqual([imageHoldKey(digest.id)]);
    await library.releaseImages([digest.id]);
    expect(pictureKeys(area.data)).toEqual([]);
    expect(holdKeys(area.data)).toEqual([]);
  });

  it('a hold never released (the window closed) keeps them until it expires, then the sweep removes both', async () => {
    const { area, clock, open } = contexts(createMemoryArea());
    const library = open();
    const a = withImages(1);
    const b = withImages(2);
    const { digest } = await library.saveDigest(a, makeEntities(a), 'page', capture());
    const other = (await library.saveDigest(b, makeEntities(b), 'page', capture())).digest;
    const otherKeys = pictureKeys(area.data).filter((k) => k.startsWith(IMAGE_PREFIX + other.id));
    await library.deleteDigest(digest.id, undefined, { keepImages: true });

    clock.t += IMAGE_HOLD_MS - 60_000;
    expect(await open().reconcile()).toBe(false);
    expect(pictureKeys(area.data).length).toBeGreaterThan(otherKeys.length);

    clock.t += 120_000;
    expect(await open().reconcile()).toBe(true);
    expect(pictureKeys(area.data)).toEqual(otherKeys);
    expect(holdKeys(area.data)).toEqual([]);
    expect(await open().reconcile()).toBe(false);
  });

  it('a hold whose value is damaged, or lies further ahead than a hold can, holds nothing', async () => {
    const { area, clock, open } = contexts(createMemoryArea());
    const store = open();
    for (const [n, value] of [
      [1, '"soon"'],
      [2, JSON.stringify({ until: clock.t + 3 * IMAGE_HOLD_MS })],
    ] as const) {
      const a = withImages(n);
      const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture());
      await store.deleteDigest(digest.id, undefined, { keepImages: true });
      area.data.set(imageHoldKey(digest.id), value);
    }
    expect(await open().reconcile()).toBe(true);
    expect(pictureKeys(area.data)).toEqual([]);
    expect(holdKeys(area.data)).toEqual([]);
  });

  it('a delete cut short anywhere leaves the pictures owned or held, never swept while the undo could come', async () => {
    let seen = 0;
    for (let seed = 1; seed < 40; seed++) {
      const area = createFaultyArea({ rand: seededRandom(seed) });
      const { open } = contexts(area);
      const a = withImages(1);
      const { digest } = await open().saveDigest(a, makeEntities(a), 'page', capture());
      const before = pictureKeys(area.data);
      let writes = 0;
      // The delete's writes: 0 the journal, 1 layout + hold in one set, 2 the record's removal, 3 the journal's.
      area.plan = () => (writes++ === seed % 4 ? 'crash' : undefined);
      const deleted = await open()
        .deleteDigest(digest.id, undefined, { keepImages: true })
        .catch(() => null);
      area.revive();
      area.plan = undefined;
      await open().reconcile();
      const recordLeft = area.data.has(RECORD_PREFIX + digest.id);
      // The record is still there (the delete did not finish) or its pictures wait under their hold: for the undo
      // when the delete answered, else (the crash hit the record's removal) until the hold expires.
      expect(pictureKeys(area.data)).toEqual(before);
      if (recordLeft) continue;
      expect(holdKeys(area.data)).toEqual([imageHoldKey(digest.id)]);
      if (!deleted) continue;
      seen++;
      expect(await open().restoreDigest(deleted)).toEqual({ outcome: 'restored' });
      expect((await open().getImages(digest.id))?.images).toHaveLength(2);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('the sweep still decides picture keys from the listing; only hold values are read', async () => {
    const keys = ['digest:a', 'img:a', 'img:b', 'img:b:0', 'img:c:1', 'imghold:b'];
    expect(orphanImageKeys(keys, new Set(['b']))).toEqual(['img:c:1']);
    expect(orphanImageKeys(keys)).toEqual(['img:b', 'img:b:0', 'img:c:1']);
  });
});
