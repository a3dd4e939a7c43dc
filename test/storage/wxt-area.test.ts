// The extension's KeyValueArea over WXT's storage API, run against WXT's fake browser (an in-memory
// browser.storage.local): checks the key mapping ("local:" prefix), one-transaction writes and key listing.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bucketKeyOf, createDigestStore } from '../../lib/storage/digest-store';
import { createSharedLock, createWxtLocalArea } from '../../platform/storage-area';
import { makeArticle, makeEntities } from './fixtures';

describe('WXT storage area', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores digests as plain keys of browser.storage.local', async () => {
    const store = createDigestStore(createWxtLocalArea(), { lock: createSharedLock() });
    const a = makeArticle(1);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page');
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw).sort()).toEqual(
      [`digest:${digest.id}`, 'meta', 'shard:0', 'shards', bucketKeyOf(digest.urlKey)].sort(),
    );
    expect((raw['shard:0'] as { entries: unknown[] }).entries).toHaveLength(1);
    expect(await store.getByUrl('https://baoquocte.vn/bai-viet-1.html?utm_medium=social')).toEqual(digest);
  });

  it('two stores (two popups) saving at once through the shared lock keep every entry', async () => {
    const lock = createSharedLock();
    const s1 = createDigestStore(createWxtLocalArea(), { lock });
    const s2 = createDigestStore(createWxtLocalArea(), { lock });
    await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        (n % 2 ? s1 : s2).saveDigest(makeArticle(n), makeEntities(makeArticle(n)), 'page'),
      ),
    );
    expect(await s1.count()).toBe(6);
    // Six records and their six url keys, one shard, the directory and meta.
    expect(await createWxtLocalArea().keys()).toHaveLength(15);
  });

  it('deletes records', async () => {
    const store = createDigestStore(createWxtLocalArea());
    const { digest } = await store.saveDigest(makeArticle(1), makeEntities(makeArticle(1)), 'page');
    await store.deleteDigest(digest.id);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['meta', 'shard:0', 'shards']);
  });
});
