// The background's save path (context menu, shortcut) with a scripted extraction and a real in-memory store.
import { describe, expect, it } from 'vitest';
import type { InjectedResult } from '../../lib/digest';
import { createDigestStore, createMemoryArea, QuotaExceededError } from '../../lib/storage';
import { saveTabDigest } from '../../platform/save-tab';
import { makeArticle, makeEntities } from '../storage/fixtures';

const article = makeArticle(1);
const answer: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 5 };
const tab = { id: 3, url: article.url };

describe('saveTabDigest', () => {
  it('saves, and a second save of the same article is an update, not a duplicate', async () => {
    const store = createDigestStore(createMemoryArea());
    expect(await saveTabDigest({ extract: async () => answer, store }, tab)).toMatchObject({
      ok: true,
      created: true,
      title: article.title,
    });
    expect(await saveTabDigest({ extract: async () => answer, store }, tab)).toMatchObject({
      ok: true,
      created: false,
    });
    expect(await store.count()).toBe(1);
  });

  it('falls back to the selection on a page that is not an article', async () => {
    const store = createDigestStore(createMemoryArea());
    const selection = { text: 'Đoạn văn được chọn đủ dài để lưu thành một bản tin riêng.', words: 13 };
    const requests: string[] = [];
    const outcome = await saveTabDigest(
      {
        store,
        extract: async (_id, req) => {
          requests.push(`${req.mode}/${req.force}`);
          return req.mode === 'page'
            ? {
                ok: true,
                result: { kind: 'not-article', url: tab.url, code: 'listing', reason: '', title: null },
                entities: null,
                selection,
                ms: 1,
              }
            : {
                ...answer,
                result: makeArticle(1, {
                  extractor: { path: 'selection', profile: null, fallbackReason: null, ms: 1 },
                }),
              };
        },
      },
      tab,
    );
    expect(requests).toEqual(['page/false', 'selection/true']);
    expect(outcome).toMatchObject({ ok: true, source: 'selection' });
  });

  it('reports what went wrong: unreadable page, not an article, full storage', async () => {
    const store = createDigestStore(createMemoryArea());
    expect(await saveTabDigest({ extract: async () => answer, store }, { id: 1, url: 'chrome://settings' })).toEqual({
      ok: false,
      reason: 'browser-page',
    });
    const blocked = await saveTabDigest(
      { extract: () => Promise.reject(new Error('The extensions gallery cannot be scripted.')), store },
      { id: 1, url: '' },
    );
    expect(blocked).toEqual({ ok: false, reason: 'store' });
    const listing = await saveTabDigest(
      {
        extract: async () => ({
          ok: true,
          result: { kind: 'not-article', url: '', code: 'listing', reason: '', title: null },
          entities: null,
          selection: null,
          ms: 1,
        }),
        store,
      },
      tab,
    );
    expect(listing).toMatchObject({ ok: false, reason: 'not-article', detail: 'listing' });
    const area = createMemoryArea();
    const full = createDigestStore(area);
    await full.ready();
    area.failNextSet = new QuotaExceededError();
    expect(await saveTabDigest({ extract: async () => answer, store: full }, tab)).toMatchObject({
      ok: false,
      reason: 'quota',
    });
  });
});
