// The library's delete with undo (LibraryController.remove / undoRemove / dismissUndo over the real store):
// a delete that fails part way keeps an undo for every digest it did delete and says which one it could not;
// kept pictures stay in storage under their keys while the undo is offered (never all read into the page) and
// go when the offer ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDigests } from '../../components/library/delete-digests';
import { LibraryController } from '../../components/library/library-controller';
import { t } from '../../lib/i18n';
import type { ImageCapture } from '../../lib/images';
import { bytesToBase64 } from '../../lib/images';
import { createDigestStore } from '../../lib/storage';
import { IMAGE_HOLD_MS, IMAGE_HOLD_PREFIX, IMAGE_PREFIX } from '../../lib/storage/image-keys';
import { fakePlatform } from '../popup/fake-platform';
import { generateDigests } from '../support/generate-digests';
import { makeArticle, makeEntities } from '../storage/fixtures';

const png = (seed: number) => {
  const b = new Uint8Array(308);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < b.length; i++) b[i] = (i * seed) & 0xff;
  return bytesToBase64(b);
};

async function withDigests(n: number) {
  const p = fakePlatform({ uiLanguage: 'vi' });
  await p.store.importDigests(generateDigests(n, { seed: 3, bodyWords: 40 }));
  const c = new LibraryController(p);
  await c.load();
  return { p, c };
}

describe('delete with undo', () => {
  it('a delete of 3 whose 3rd write fails: the 2 deleted can be undone, the 3rd is named and kept', async () => {
    const { p, c } = await withDigests(5);
    const ids = c.state.result!.ids.slice(0, 3);
    for (const id of ids) c.toggle(id);
    const title3 = (await p.store.getDigest(ids[2]!))!.article.title;
    const del = p.store.deleteDigest.bind(p.store);
    let n = 0;
    p.store.deleteDigest = async (...args: Parameters<typeof del>) => {
      if (++n === 3) throw new Error('write failed (disk I/O)');
      return del(...args);
    };
    const outcome = await c.remove(ids);
    expect(outcome.deleted).toBe(2);
    expect(outcome.failed).toMatchObject({ id: ids[2], title: title3, notDeleted: 1 });
    expect(outcome.failed?.error).toContain('disk I/O');
    const left = (await p.store.listSummaries()).map((s) => s.id);
    expect(left).not.toContain(ids[0]);
    expect(left).not.toContain(ids[1]);
    expect(left).toContain(ids[2]);
    expect(c.state.undo?.digests.map((d) => d.id)).toEqual([ids[0], ids[1]]);
    // The one not deleted stays selected, so the user can try again.
    expect([...c.state.selected]).toEqual([ids[2]]);
    await c.undoRemove();
    expect((await p.store.listSummaries()).map((s) => s.id).sort()).toEqual(c.state.result!.ids.slice().sort());
    expect(await p.store.count()).toBe(5);
  });

  it('the Delete buttons say which digest failed, how many are left, and that Undo covers the rest', async () => {
    const { p, c } = await withDigests(4);
    const ids = c.state.result!.ids.slice(0, 3);
    const title2 = (await p.store.getDigest(ids[1]!))!.article.title;
    const del = p.store.deleteDigest.bind(p.store);
    p.store.deleteDigest = async (...args: Parameters<typeof del>) => {
      if (args[0] === ids[1]) throw new Error('write failed (disk I/O)');
      return del(...args);
    };
    await deleteDigests(c, (key, vars) => t('en', key, vars), ids);
    expect(c.state.notice).toEqual({
      kind: 'error',
      text:
        `Could not delete “${title2}”: write failed (disk I/O). 2 digests were not deleted and are still in the ` +
        'library. Those deleted before it can be put back with Undo.',
    });
    // Trying the failed one again, failing again: the earlier offer stays.
    await deleteDigests(c, (key, vars) => t('vi', key, vars), [ids[1]!]);
    expect(c.state.notice?.text).toBe(
      `Không xoá được “${title2}”: write failed (disk I/O). 1 bản tin chưa bị xoá, vẫn còn trong thư viện.`,
    );
    expect(c.state.undo?.digests.map((d) => d.id)).toEqual([ids[0]]);
  });

  it('a failing first delete leaves no undo, and the message names the digest', async () => {
    const { p, c } = await withDigests(2);
    const ids = c.state.result!.ids.slice(0, 2);
    p.store.deleteDigest = async () => {
      throw new Error('quota');
    };
    const outcome = await c.remove(ids);
    expect(outcome.deleted).toBe(0);
    expect(outcome.failed).toMatchObject({ id: ids[0], notDeleted: 2 });
    expect(c.state.undo).toBeNull();
    expect(await p.store.count()).toBe(2);
  });

  it('kept pictures: the delete reads none of them, undo puts them back, the end of the offer removes them', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const srcs = ['https://baoquocte.vn/a.png', 'https://baoquocte.vn/b.png'];
    const ids: string[] = [];
    for (const i of [1, 2]) {
      const a = makeArticle(i, { images: srcs.map((src) => ({ src, alt: '', caption: null, credit: null })) });
      const cap: ImageCapture = {
        images: srcs.map((src, k) => ({ src, type: 'image/png', data: png(k + i) })),
        skipped: [],
      };
      ids.push((await p.store.saveDigest(a, makeEntities(a), 'page', cap)).digest.id);
    }
    const before = await Promise.all(ids.map((id) => p.store.getImages(id)));
    const c = new LibraryController(p);
    await c.load();
    const get = p.area.get.bind(p.area);
    const readPictures: string[] = [];
    p.area.get = async (keys: string[]) => {
      readPictures.push(...keys.filter((k) => k.startsWith(IMAGE_PREFIX) && k.split(':').length > 2));
      return get(keys);
    };
    await c.remove(ids);
    expect(readPictures).toEqual([]);
    expect(await p.store.count()).toBe(0);
    p.area.get = get;
    await c.undoRemove();
    expect(await Promise.all(ids.map((id) => p.store.getImages(id)))).toEqual(before);

    // Deleted again, and the offer ends: no picture key is left.
    await c.remove(ids);
    await c.dismissUndo();
    expect([...p.area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX))).toEqual([]);
  });

  it('a new delete ends the previous offer: its pictures go, the new one keeps its own', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const src = 'https://baoquocte.vn/a.png';
    const ids: string[] = [];
    for (const i of [1, 2]) {
      const a = makeArticle(i, { images: [{ src, alt: '', caption: null, credit: null }] });
      const cap: ImageCapture = { images: [{ src, type: 'image/png', data: png(i) }], skipped: [] };
      ids.push((await p.store.saveDigest(a, makeEntities(a), 'page', cap)).digest.id);
    }
    const c = new LibraryController(p);
    await c.load();
    await c.remove([ids[0]!]);
    await c.remove([ids[1]!]);
    const keys = [...p.area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX));
    expect(keys.some((k) => k.includes(ids[0]!))).toBe(false);
    expect(keys.some((k) => k.includes(ids[1]!))).toBe(true);
    await c.undoRemove();
    expect((await p.store.getImages(ids[1]!))?.images).toHaveLength(1);
  });

  describe('while the offer stands, in another context', () => {
    afterEach(() => vi.useRealTimers());

    async function deletedWithPictures() {
      const p = fakePlatform({ uiLanguage: 'vi' });
      const src = 'https://baoquocte.vn/a.png';
      const a = makeArticle(1, { images: [{ src, alt: '', caption: null, credit: null }] });
      const cap: ImageCapture = { images: [{ src, type: 'image/png', data: png(1) }], skipped: [] };
      const { digest } = await p.store.saveDigest(a, makeEntities(a), 'page', cap);
      const c = new LibraryController(p);
      await c.load();
      return { p, c, id: digest.id };
    }

    it('the service worker restarting (its start-up sweep) leaves the pictures the undo puts back', async () => {
      const { p, c, id } = await deletedWithPictures();
      await c.remove([id]);
      await createDigestStore(p.area).reconcile(); // the background's start-up check, another store object
      await c.undoRemove();
      expect((await p.store.getImages(id))?.images).toHaveLength(1);
    });

    it('an offer left standing ends before the hold on its pictures expires, and they go', async () => {
      const { p, c, id } = await deletedWithPictures();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      await c.remove([id]);
      vi.advanceTimersByTime(IMAGE_HOLD_MS - 120_000);
      expect(c.state.undo?.digests.map((d) => d.id)).toEqual([id]);
      vi.advanceTimersByTime(60_000);
      expect(c.state.undo).toBeNull();
      vi.useRealTimers();
      await vi.waitFor(() =>
        expect(
          [...p.area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX) || k.startsWith(IMAGE_HOLD_PREFIX)),
        ).toEqual([]),
      );
    });
  });
});
