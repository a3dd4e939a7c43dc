// Every save path respects "keep images in the library": the popup names its tab and the background reads the
// pictures there only when the setting is on; the menu and shortcut path (saveTabDigest) does the same and says
// when storage had no room for them. Real stores over an in-memory area; the tab's reading is what the injected
// reader would answer.
import { describe, expect, it } from 'vitest';
import { PopupController } from '../../components/popup/popup-controller';
import type { Article } from '../../lib/article';
import type { InjectedResult } from '../../lib/digest';
import { bytesToBase64, type ImageCapture } from '../../lib/images/kept';
import { createDigestStore, createMemoryArea } from '../../lib/storage';
import { saveTabDigest } from '../../platform/save-tab';
import { fakePlatform } from '../popup/fake-platform';
import { makeArticle, makeEntities } from '../storage/fixtures';

const SRC = 'https://baoquocte.vn/anh-1.jpg';
const article = makeArticle(1, { images: [{ src: SRC, alt: '', caption: null, credit: null }] });
const answer: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 5 };
const jpeg = (size: number) =>
  bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(size).fill(7)]));
const readIn =
  (calls: number[], size = 100) =>
  async (tabId: number, a: Article): Promise<ImageCapture> => {
    calls.push(tabId);
    return {
      images: a.images.map((i) => ({ src: i.src, type: 'image/jpeg' as const, data: jpeg(size) })),
      skipped: [],
    };
  };

describe('the popup’s save', () => {
  it('setting on: the pictures are read in the popup’s tab and kept with the record; the status says how many', async () => {
    const calls: number[] = [];
    const p = fakePlatform({ answer: () => answer, readImages: readIn(calls) });
    p.changePrefs({ keepImages: true });
    const c = new PopupController(p);
    await c.start();
    expect(p.saveTabs).toEqual([7]);
    expect(calls).toEqual([7]);
    const s = c.state;
    expect(s.kind === 'digest' && s.save).toMatchObject({
      state: 'saved',
      images: { kept: 1, skipped: 0, quota: false },
    });
    const id = s.kind === 'digest' ? s.digest.id : '';
    expect((await p.store.getImages(id))?.images.map((i) => i.src)).toEqual([SRC]);
  });

  it('setting off (the default): nothing is read in the tab and nothing is kept', async () => {
    const calls: number[] = [];
    const p = fakePlatform({ answer: () => answer, readImages: readIn(calls) });
    const c = new PopupController(p);
    await c.start();
    expect(calls).toEqual([]);
    const s = c.state;
    expect(s.kind === 'digest' && s.save).toMatchObject({ state: 'saved' });
    expect(s.kind === 'digest' && s.save.state === 'saved' && s.save.images).toBeFalsy();
    expect(await p.store.getImages(s.kind === 'digest' ? s.digest.id : '')).toBeNull();
  });
});

describe('the popup’s refresh and its undo', () => {
  it('undo puts back the record and the pictures the refresh replaced', async () => {
    const OTHER = 'https://baoquocte.vn/anh-2.jpg';
    const refreshed = makeArticle(1, { images: [{ src: OTHER, alt: '', caption: null, credit: null }] });
    let version = article;
    let size = 100;
    const p = fakePlatform({
      answer: () => ({ ...answer, result: version, entities: makeEntities(version) }),
      readImages: async (_tabId, a) => ({
        images: a.images.map((i) => ({ src: i.src, type: 'image/jpeg' as const, data: jpeg(size) })),
        skipped: [],
      }),
    });
    p.changePrefs({ keepImages: true });
    const first = new PopupController(p);
    await first.start();
    const id = first.state.kind === 'digest' ? first.state.digest.id : '';
    const before = await p.store.getImages(id);
    expect(before?.images.map((i) => i.src)).toEqual([SRC]);

    // The same article later: another picture, read in the tab; the popup offers a refresh, the reader takes it.
    version = refreshed;
    size = 200;
    const second = new PopupController(p);
    await second.start();
    await second.refresh();
    expect((await p.store.getImages(id))?.images.map((i) => i.src)).toEqual([OTHER]);
    await second.undo();
    expect(second.state.kind === 'digest' && second.state.save).toMatchObject({ state: 'undone', created: false });
    expect((await p.store.getDigest(id))?.article.images.map((i) => i.src)).toEqual([SRC]);
    expect(await p.store.getImages(id)).toEqual(before);
  });
});

describe('the menu and shortcut save', () => {
  it('reads the pictures in the saved tab when the setting gives a reader, and not otherwise', async () => {
    const store = createDigestStore(createMemoryArea());
    const calls: number[] = [];
    const read = readIn(calls);
    const on = await saveTabDigest(
      { extract: async () => answer, store, imagesFor: async (tabId) => (a) => read(tabId, a) },
      { id: 3, url: article.url },
    );
    expect(on).toMatchObject({ ok: true, created: true });
    expect(calls).toEqual([3]);
    expect((await store.getImages(on.ok ? on.id : ''))?.images).toHaveLength(1);

    const other = makeArticle(2);
    const off = await saveTabDigest(
      { extract: async () => ({ ...answer, result: other }), store, imagesFor: async () => undefined },
      { id: 4, url: other.url },
    );
    expect(calls).toEqual([3]);
    expect(await store.getImages(off.ok ? off.id : '')).toBeNull();
  });

  it('no room for the pictures: the digest is saved and the outcome says they were left out', async () => {
    const store = createDigestStore(createMemoryArea({ quotaBytes: 12_000 }));
    const read = readIn([], 9000);
    const outcome = await saveTabDigest(
      { extract: async () => answer, store, imagesFor: async (tabId) => (a) => read(tabId, a) },
      { id: 3, url: article.url },
    );
    expect(outcome).toMatchObject({ ok: true, created: true, imagesNoRoom: true });
    expect(await store.count()).toBe(1);
  });
});
