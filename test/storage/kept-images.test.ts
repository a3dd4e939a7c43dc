// A digest's kept images in the store (lib/storage/image-keys.ts through the store's API): written in the same
// set as the record, read back checked, removed with the record, put back by undo, kept across a refresh for
// the pictures the article still shows, counted apart in the usage line, and never half written on a full quota.
import { describe, expect, it } from 'vitest';
import type { ImageCapture } from '../../lib/images';
import { bytesToBase64 } from '../../lib/images';
import { createDigestStore, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { IMAGE_PREFIX, imageKey, imageSetKey, orphanImageKeys } from '../../lib/storage/image-keys';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { saveDigest } from '../../platform/save-use-case';
import { createFaultyArea } from '../support/faulty-area';
import { seededRandom } from '../support/generate-digests';
import { makeArticle, makeEntities } from './fixtures';

const png = (seed: number, size = 300) => {
  const b = new Uint8Array(8 + size);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < b.length; i++) b[i] = (i * seed) & 0xff;
  return bytesToBase64(b);
};

const srcs = ['https://baoquocte.vn/a.png', 'https://baoquocte.vn/b.png', 'https://baoquocte.vn/c.png'];
const withImages = (n: number, shown = srcs) =>
  makeArticle(n, { images: shown.map((src) => ({ src, alt: '', caption: null, credit: null })) });
const capture = (kept: string[], skipped: string[] = []): ImageCapture => ({
  images: kept.map((src, i) => ({ src, type: 'image/png', data: png(i + 3) })),
  skipped: skipped.map((src) => ({ src, reason: 'unreadable' })),
});

function setup(quotaBytes?: number) {
  const area = createMemoryArea(quotaBytes === undefined ? {} : { quotaBytes });
  let t = Date.parse('2025-05-24T10:00:00Z');
  return { area, store: createDigestStore(area, { now: () => new Date((t += 1000)) }) };
}

const imageKeysIn = (area: ReturnType<typeof createMemoryArea>) =>
  [...area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX)).sort();

describe('kept images in the store', () => {
  it('a save writes the pictures with the record; they read back with the ones left as addresses', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs.slice(0, 2), [srcs[2]!]));
    expect(imageKeysIn(area)).toEqual([imageSetKey(digest.id), imageKey(digest.id, 0), imageKey(digest.id, 1)].sort());
    const got = await store.getImages(digest.id);
    expect(got?.images.map((i) => i.src)).toEqual(srcs.slice(0, 2));
    expect(got?.images[1]?.data).toBe(png(4));
    expect(got?.skipped).toEqual([{ src: srcs[2], reason: 'unreadable' }]);
  });

  it('without the setting nothing is written, and a digest without kept images reads null', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page');
    expect(imageKeysIn(area)).toEqual([]);
    expect(await store.getImages(digest.id)).toBeNull();
  });

  it('a picture the digest does not show is never written under its id', async () => {
    const { area, store } = setup();
    const a = withImages(1, [srcs[0]!]);
    const { digest } = await store.saveDigest(
      a,
      makeEntities(a),
      'page',
      capture([srcs[0]!, 'https://tracker.example/p.png']),
    );
    expect(imageKeysIn(area)).toEqual([imageSetKey(digest.id), imageKey(digest.id, 0)].sort());
  });

  it('a damaged or foreign picture value is left out, never shown', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs.slice(0, 2)));
    area.data.set(
      imageKey(digest.id, 0),
      JSON.stringify({ src: srcs[0], type: 'image/png', data: bytesToBase64(new TextEncoder().encode('<html>')) }),
    );
    area.data.set(imageKey(digest.id, 1), JSON.stringify({ src: srcs[0], type: 'image/png', data: png(3) })); // another picture's address
    expect((await store.getImages(digest.id))?.images).toEqual([]);
  });

  it('delete removes them with the record; undo with what getImages read puts them back', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const before = await store.getImages(digest.id);
    const removed = await store.deleteDigest(digest.id);
    expect(imageKeysIn(area)).toEqual([]);
    expect(area.data.has(RECORD_PREFIX + digest.id)).toBe(false);
    await store.restoreDigest(removed!, { images: before });
    expect(await store.getImages(digest.id)).toEqual(before);
  });

  it('a refresh keeps a kept picture the article still shows even when it could not be read again, and drops the others', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const b = withImages(1, [srcs[0]!, srcs[1]!]); // the article lost its third picture
    await store.saveDigest(b, makeEntities(b), 'page', capture([srcs[1]!], [srcs[0]!]));
    const got = await store.getImages(digest.id);
    expect(got?.images.map((i) => i.src)).toEqual([srcs[0], srcs[1]]);
    expect(got?.images[1]?.data).toBe(png(3)); // the picture read now replaced the old one
    expect(got?.skipped).toEqual([]);
    expect(imageKeysIn(area)).toHaveLength(3); // the index and two pictures: the third one's key is gone
  });

  it('the usage line counts image bytes apart from the total', async () => {
    const { store } = setup();
    const a = withImages(1);
    await store.saveDigest(a, makeEntities(a), 'page');
    const plain = await store.usage();
    expect(plain.imageBytes).toBe(0);
    const b = withImages(2);
    await store.saveDigest(b, makeEntities(b), 'page', capture(srcs));
    const u = await store.usage();
    expect(u.count).toBe(2);
    expect(u.imageBytes).toBeGreaterThan(3 * 400); // three pictures of 308 bytes as base64 JSON, plus the index
    expect(u.bytes).toBeGreaterThan(plain.bytes! + u.imageBytes!);
  });

  it('no room for the pictures: the record is saved without them and the answer says so', async () => {
    const { area, store } = setup(14_000);
    const a = withImages(1);
    const big: ImageCapture = {
      images: srcs.map((src, i) => ({ src, type: 'image/png', data: png(i + 3, 6000) })),
      skipped: [],
    };
    const answer = await saveDigest(store, { article: a, entities: makeEntities(a), source: 'page' }, async () => big);
    expect(answer).toMatchObject({ ok: true, created: true, images: { kept: 0, skipped: 3, quota: true } });
    if (!answer.ok) return;
    expect(area.data.has(RECORD_PREFIX + answer.digest.id)).toBe(true);
    const got = await store.getImages(answer.digest.id);
    expect(got?.images).toEqual([]);
    expect(got?.skipped.map((s) => s.reason)).toEqual(['quota', 'quota', 'quota']);
  });

  it('a tab that cannot be read any more never stops the save', async () => {
    const { store } = setup();
    const a = withImages(1);
    const answer = await saveDigest(store, { article: a, entities: makeEntities(a), source: 'page' }, () =>
      Promise.reject(new Error('Cannot access contents of the page')),
    );
    expect(answer).toMatchObject({ ok: true, created: true, images: { kept: 0, skipped: 0, quota: false } });
  });
});

describe('undo of a refresh', () => {
  it('puts back the pictures the refresh removed or replaced, with the record, and drops the ones it added', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs, []));
    const before = await store.getImages(digest.id);
    // The article lost two pictures and got a new one; the one it kept was read again with other bytes.
    const added = 'https://baoquocte.vn/d.png';
    const b = withImages(1, [srcs[1]!, added]);
    const r = await store.saveDigest(
      b,
      makeEntities(b),
      'page',
      capture([srcs[1]!, added], ['https://baoquocte.vn/e.png']),
    );
    expect((await store.getImages(digest.id))?.images.map((i) => i.src)).toEqual([srcs[1], added]);
    expect(r.replacedImages?.images.map((i) => i.src).sort()).toEqual([...srcs].sort());

    expect(await store.restoreDigest(r.previous!, { replaced: r.digest, images: r.replacedImages })).toEqual({
      outcome: 'restored',
    });
    expect(await store.getDigest(digest.id)).toEqual(r.previous);
    expect(await store.getImages(digest.id)).toEqual(before);
    expect(imageKeysIn(area)).toHaveLength(4); // the index and the three pictures: the added one is gone
  });

  it('pictures read again with the same bytes are not rewritten, and come back untouched', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const before = await store.getImages(digest.id);
    const written: string[] = [];
    const watched = {
      ...area,
      set: (items: Record<string, unknown>) => (written.push(...Object.keys(items)), area.set(items)),
    };
    const again = createDigestStore(watched);
    const r = await again.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    expect(written.filter((k) => k.startsWith(IMAGE_PREFIX + digest.id + ':'))).toEqual([]);
    expect(r.replacedImages?.images).toEqual([]);
    await again.restoreDigest(r.previous!, { replaced: r.digest, images: r.replacedImages });
    expect(await store.getImages(digest.id)).toEqual(before);
  });

  it('a refresh with the setting off that drops pictures still lets undo put them back', async () => {
    const { store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const before = await store.getImages(digest.id);
    const b = withImages(1, [srcs[0]!]);
    const r = await store.saveDigest(b, makeEntities(b), 'page');
    expect((await store.getImages(digest.id))?.images).toHaveLength(1);
    await store.restoreDigest(r.previous!, { replaced: r.digest, images: r.replacedImages });
    expect(await store.getImages(digest.id)).toEqual(before);
  });

  it('a note written after the refresh wins: nothing is put back, the refreshed pictures stay', async () => {
    const { store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const b = withImages(1, [srcs[0]!]);
    const r = await store.saveDigest(b, makeEntities(b), 'page', capture([srcs[0]!]));
    const refreshed = await store.getImages(digest.id);
    await store.updateNotes(digest.id, 'ghi chú');
    const out = await store.restoreDigest(r.previous!, { replaced: r.digest, images: r.replacedImages });
    expect(out.outcome).toBe('newer-kept');
    expect(await store.getImages(digest.id)).toEqual(refreshed);
  });

  it('a new save has nothing to put back', async () => {
    const { store } = setup();
    const a = withImages(1);
    expect((await store.saveDigest(a, makeEntities(a), 'page', capture(srcs))).replacedImages).toBeNull();
  });
});

describe('picture keys whose record is gone', () => {
  it('the start-up check removes them, keeps every other digest’s pictures, and the usage line drops', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const b = withImages(2);
    const kept = (await store.saveDigest(a, makeEntities(a), 'page', capture(srcs))).digest;
    const gone = (await store.saveDigest(b, makeEntities(b), 'page', capture(srcs))).digest;
    const withBoth = await store.usage();
    // A version before kept images deletes the digest: its record goes, its pictures stay.
    area.data.delete(RECORD_PREFIX + gone.id);
    expect((await store.usage()).imageBytes).toBe(withBoth.imageBytes);
    expect(await createDigestStore(area).reconcile()).toBe(true);
    expect(imageKeysIn(area)).toEqual(
      [imageSetKey(kept.id), imageKey(kept.id, 0), imageKey(kept.id, 1), imageKey(kept.id, 2)].sort(),
    );
    const after = await store.usage();
    expect(after.imageBytes).toBeGreaterThan(0);
    expect(after.imageBytes).toBeLessThan(withBoth.imageBytes!);
    expect((await store.getImages(kept.id))?.images).toHaveLength(3);
    expect(await createDigestStore(area).reconcile()).toBe(false); // nothing left to sweep
  });

  it('a save cut short that landed the pictures but not the record leaves nothing after the next start', async () => {
    for (let seed = 1; seed < 60; seed++) {
      const area = createFaultyArea({
        rand: seededRandom(seed),
        plan: (call) => (call.keys.some((k) => k.startsWith(RECORD_PREFIX)) ? 'crash' : undefined),
      });
      const a = withImages(1);
      await expect(createDigestStore(area).saveDigest(a, makeEntities(a), 'page', capture(srcs))).rejects.toThrow();
      const landed = [...area.data.keys()];
      if (landed.some((k) => k.startsWith(RECORD_PREFIX)) || !landed.some((k) => k.startsWith(IMAGE_PREFIX))) continue;
      area.revive();
      area.plan = undefined;
      const restarted = createDigestStore(area);
      expect(await restarted.reconcile()).toBe(true);
      expect([...area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX))).toEqual([]);
      expect((await restarted.usage()).imageBytes).toBe(0);
      return;
    }
    throw new Error('no seed landed pictures without their record');
  });

  it('the check lists keys only: it reads no record, and an unreadable record keeps its pictures', async () => {
    const { area, store } = setup();
    const a = withImages(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    area.data.set(RECORD_PREFIX + digest.id, '{"schemaVersion": 1, "id": '); // damaged: kept, never dropped
    const reads: string[][] = [];
    const watched = { ...area, get: (keys: string[]) => (reads.push(keys), area.get(keys)) };
    await createDigestStore(watched).reconcile();
    expect(reads.flat().filter((k) => k.startsWith(RECORD_PREFIX) || k.startsWith(IMAGE_PREFIX))).toEqual([]);
    expect(imageKeysIn(area)).toHaveLength(4);
  });

  it('an imported id holding a colon keeps its pictures (a key belongs to a record when any reading names one)', () => {
    const keys = ['digest:a:1', 'img:a:1', 'img:a:1:0', 'img:b', 'img:b:0', 'digest:c', 'img:c:2'];
    expect(orphanImageKeys(keys)).toEqual(['img:b', 'img:b:0']);
  });
});
