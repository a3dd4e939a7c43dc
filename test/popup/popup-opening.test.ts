import { describe, expect, it } from 'vitest';
import { PopupController } from '../../components/popup/popup-controller';
import { openPopup } from '../../components/popup/popup-opening';
import type { InjectedResult } from '../../lib/digest/injected';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { createDigestStore } from '../../lib/storage/digest-store';
import { fakePlatform, type FakePlatform } from './fake-platform';

const article = makeArticle(1);
const ok: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 20 };

/** The popup's early lookup: its own store over the platform's storage, as in the extension. */
const lookupIn = (p: FakePlatform) => (url: string) => createDigestStore(p.digestArea, { lock: p.lock }).getByUrl(url);

describe('opening the popup before its app has loaded', () => {
  it('starts the page extraction as soon as the tab is known, and the controller takes it over', async () => {
    const p = fakePlatform({ answer: () => ok });
    const opening = openPopup(p, lookupIn(p));
    expect(await opening.tab).toMatchObject({ id: 7 });
    expect(await opening.extraction).toMatchObject({ ok: true });
    expect(p.requests).toEqual([{ mode: 'page', force: false }]);
    const c = new PopupController(p);
    await c.start(opening);
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved', created: true } });
    expect(p.requests).toHaveLength(1); // not extracted a second time
    expect(await c.store.count()).toBe(1);
  });

  it('does not try to read a browser page; the controller explains it', async () => {
    const p = fakePlatform({ answer: () => ok, tab: { id: 3, url: 'chrome://settings', title: '' } });
    const opening = openPopup(p, lookupIn(p));
    expect(await opening.extraction).toBeNull();
    const c = new PopupController(p);
    await c.start(opening);
    expect(c.state).toEqual({ kind: 'problem', problem: 'browser-page' });
    expect(p.requests).toEqual([]);
  });

  it('a refused injection becomes the access problem, not an unhandled rejection', async () => {
    const p = fakePlatform({
      answer: () => {
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      },
    });
    const opening = openPopup(p, lookupIn(p));
    expect(await opening.extraction).toMatchObject({ thrown: expect.stringContaining('Cannot access') });
    const c = new PopupController(p);
    await c.start(opening);
    expect(c.state).toMatchObject({ kind: 'problem' });
  });

  it('an article already saved is shown from storage; the early extraction is neither shown nor saved', async () => {
    const first = fakePlatform({ answer: () => ok });
    await new PopupController(first).start();
    const savedAt = (await new PopupController(first).store.listSummaries())[0].updatedAt;
    const again = fakePlatform({ answer: () => ok });
    Object.assign(again, { digestArea: first.area });
    const c = new PopupController(again);
    await c.start(openPopup(again, lookupIn(again)));
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'stored' } });
    expect(again.saves).toBe(0);
    expect((await c.store.listSummaries())[0].updatedAt).toBe(savedAt);
  });

  it('a failed lookup does not hold the popup back: the extraction is shown and saved', async () => {
    const p = fakePlatform({ answer: () => ok });
    const opening = openPopup(p, () => Promise.reject(new Error('storage unavailable')));
    expect(await opening.saved).toBeNull();
    const c = new PopupController(p);
    await c.start(opening);
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved' } });
  });
});
