// Which saved digest an article or an imported record is (lib/digest/url-match.ts): one matcher for saves and
// imports; a page only updates a digest of its own site; an import merges, never overwrites. Issue 13, items 2
// and 4, and tag edits from two windows.
import { describe, expect, it } from 'vitest';
import { urlKeyOf, makeDigest } from '../../lib/digest';
import { siteOfHost } from '../../lib/meta';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createQueueLock } from '../../lib/storage/key-value-area';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { makeArticle, makeEntities } from './fixtures';

function setup() {
  const area = createMemoryArea();
  let t = Date.parse('2025-05-24T10:00:00Z');
  const now = () => new Date((t += 1000));
  return { area, store: createDigestStore(area, { now }), now };
}

describe('the site of a host: its registrable domain (public suffix list), or the host itself', () => {
  it.each([
    ['vnexpress.net', 'vnexpress.net'],
    ['e.vnexpress.net', 'vnexpress.net'],
    ['m.dantri.com.vn', 'dantri.com.vn'],
    ['baochinhphu.vn', 'baochinhphu.vn'],
    ['en.baochinhphu.vn', 'baochinhphu.vn'],
    ['mofa.gov.vn', 'mofa.gov.vn'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.example.com', 'example.com'],
    ['192.168.1.10', '192.168.1.10'],
    ['localhost', 'localhost'],
    ['foo.github.io', 'foo.github.io'],
    ['News.Example.COM.', 'example.com'],
  ])('%s → %s', (host, site) => expect(siteOfHost(host)).toBe(site));

  it('two sites under a shared suffix are two sites: a page of one never updates a digest of the other', async () => {
    const { store } = setup();
    const a = makeArticle(1, { url: 'https://foo.github.io/bai-1.html', canonicalUrl: '', domain: 'foo.github.io' });
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    await store.updateNotes(saved.id, 'ghi chú');
    const other = makeArticle(2, {
      url: 'https://bar.github.io/ban-sao.html',
      canonicalUrl: a.url,
      domain: 'bar.github.io',
    });
    const r = await store.saveDigest(other, makeEntities(other), 'page');
    expect(r.created).toBe(true);
    expect(await store.getDigest(saved.id)).toMatchObject({ notes: 'ghi chú', article: { url: a.url } });
  });
});

describe('a page only updates a digest of its own site', () => {
  it('a page on another site whose canonical names a saved article is saved apart; the saved digest and its notes are untouched', async () => {
    const { store } = setup();
    const a = makeArticle(1);
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    await store.updateNotes(saved.id, 'ghi chú của tôi');
    const hostile = makeArticle(2, {
      url: 'https://attacker.example/copy.html',
      canonicalUrl: a.url,
      domain: 'attacker.example',
      title: 'Bản giả',
    });
    expect(urlKeyOf(hostile)).toBe('attacker.example/copy.html');
    const r = await store.saveDigest(hostile, makeEntities(hostile), 'page');
    expect(r.created).toBe(true);
    expect(r.digest.id).not.toBe(saved.id);
    expect(await store.getDigest(saved.id)).toMatchObject({ notes: 'ghi chú của tôi', article: { title: a.title } });
    // The cross-site canonical is only an alias of the copy: the real article's address still leads to the original.
    expect((await store.getByUrl(a.url))?.id).toBe(saved.id);
    expect((await store.findByUrl('https://attacker.example/copy.html'))?.aliasKeys).toEqual([
      'baoquocte.vn/bai-viet-1.html',
    ]);
  });

  it('a page of the same site (mobile host, tracking) whose canonical names the saved article refreshes it', async () => {
    const { store } = setup();
    const a = makeArticle(1);
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    const mobile = makeArticle(1, { url: 'https://m.baoquocte.vn/amp/bai-viet-1.html?utm_source=zalo', title: 'Mới' });
    const r = await store.saveDigest(mobile, makeEntities(mobile), 'page');
    expect(r).toMatchObject({ created: false, digest: { id: saved.id, article: { title: 'Mới' } } });
    expect(await store.count()).toBe(1);
  });

  it('a record saved before this rule under a cross-site canonical is never overwritten by the other site', async () => {
    const { area, store } = setup();
    const a = makeArticle(1);
    // As the old code saved it: read on attacker.example, keyed (and id'd) by the canonical of baoquocte.vn.
    const old = makeDigest(
      makeArticle(9, { url: 'https://attacker.example/x.html', canonicalUrl: a.url }),
      makeEntities(a),
      'page',
    );
    const legacyId = makeDigest(a, makeEntities(a), 'page').id;
    await store.ready();
    area.data.set(
      'digest:' + legacyId,
      JSON.stringify({ ...old, id: legacyId, urlKey: 'baoquocte.vn/bai-viet-1.html', notes: 'ghi chú cũ' }),
    );
    await store.rebuildIndex();
    const r = await store.saveDigest(a, makeEntities(a), 'page');
    expect(r.created).toBe(true);
    expect(r.digest.id).not.toBe(legacyId);
    expect(await store.count()).toBe(2);
    expect(JSON.parse(area.data.get('digest:' + legacyId)!).notes).toBe('ghi chú cũ');
  });
});

describe('import: one matcher, merge, never overwrite', () => {
  it('a backup digest keyed by the address a saved digest was read from (its alias) is merged: both notes and highlights kept', async () => {
    const { store } = setup();
    const a = makeArticle(1, {
      url: 'https://baoquocte.vn/bai-viet-1.html?id=77',
      canonicalUrl: 'https://baoquocte.vn/bai-viet-1.html',
    });
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    await store.updateNotes(saved.id, 'ghi chú trên máy này');
    const mine = await store.addHighlight(saved.id, { quote: 'Hai bên nhất trí', comment: 'của tôi' });
    const other = makeDigest(
      makeArticle(1, {
        url: 'https://baoquocte.vn/bai-viet-1.html?id=77',
        canonicalUrl: 'https://baoquocte.vn/bai-viet-1.html?id=77',
      }),
      makeEntities(a),
      'page',
    );
    const backup = {
      ...other,
      id: 'dkhac',
      urlKey: 'baoquocte.vn/bai-viet-1.html?id=77',
      notes: 'ghi chú từ máy khác',
      highlights: [{ ...mine, id: 'h-other', comment: 'của máy khác' }],
    };
    expect(await store.importDigests([backup])).toEqual({ added: 0, merged: 1, unchanged: 0 });
    expect(await store.count()).toBe(1);
    const d = await store.getDigest(saved.id);
    expect(d?.notes).toContain('ghi chú trên máy này');
    expect(d?.notes).toContain('ghi chú từ máy khác');
    expect(d?.highlights.map((h) => h.comment).sort()).toEqual(['của máy khác', 'của tôi']);
  });

  it('two digests of one backup whose keys canonicalise to the same key are merged, not written over each other', async () => {
    const { store } = setup();
    const a = makeArticle(3);
    const d = makeDigest(a, makeEntities(a), 'page');
    const one = { ...d, id: 'x1', urlKey: 'https://www.baoquocte.vn/bai-viet-3.html', notes: 'ghi chú một' };
    const two = { ...d, id: 'x2', urlKey: 'baoquocte.vn/bai-viet-3.html/?utm_source=fb', notes: 'ghi chú hai' };
    expect(await store.importDigests([one, two])).toEqual({ added: 1, merged: 1, unchanged: 0 });
    expect(await store.count()).toBe(1);
    const stored = await store.getByUrl('https://baoquocte.vn/bai-viet-3.html');
    expect(stored?.notes).toContain('ghi chú một');
    expect(stored?.notes).toContain('ghi chú hai');
  });

  it('an import matched by alias and two canonicalisation twins: counted as the store merges them', async () => {
    const { store } = setup();
    const a = makeArticle(1, {
      url: 'https://baoquocte.vn/bai-viet-1.html?id=77',
      canonicalUrl: 'https://baoquocte.vn/bai-viet-1.html',
    });
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    const viaAlias = { ...saved, id: 'dkhac', urlKey: 'baoquocte.vn/bai-viet-1.html?id=77', notes: 'từ máy khác' };
    const b = makeDigest(makeArticle(3), makeEntities(a), 'page');
    const twins = [
      { ...b, id: 'x1', urlKey: 'https://www.baoquocte.vn/bai-viet-3.html', notes: 'một' },
      { ...b, id: 'x2', urlKey: 'baoquocte.vn/bai-viet-3.html/', notes: 'hai' },
    ];
    const backup = [viaAlias, ...twins];
    const done = await store.importDigests(backup);
    expect(done).toEqual({ added: 1, merged: 2, unchanged: 0 });
    expect(await store.count()).toBe(2);
    expect((await store.getDigest(saved.id))!.notes).toBe('từ máy khác');
  });

  it('a new digest keeps its id and key through an import (a percent-encoded Vietnamese path included)', async () => {
    const { store } = setup();
    const url = 'https://www.eeas.europa.eu/delegations/vietnam/tham-v%E1%BA%A5n-l%E1%BA%A7n-th%E1%BB%A9-hai_vi';
    const a = makeArticle(6, { url, canonicalUrl: url, domain: 'eeas.europa.eu' });
    const d = makeDigest(a, makeEntities(a), 'page');
    expect(d.urlKey).toBe('eeas.europa.eu/delegations/vietnam/tham-v%E1%BA%A5n-l%E1%BA%A7n-th%E1%BB%A9-hai_vi');
    expect(await store.importDigests([d])).toEqual({ added: 1, merged: 0, unchanged: 0 });
    expect(await store.getDigest(d.id)).toEqual(d);
  });

  it('a backup record of another site is not merged into a saved digest, whatever its urlKey says', async () => {
    const { store } = setup();
    const a = makeArticle(4);
    const saved = (await store.saveDigest(a, makeEntities(a), 'page')).digest;
    await store.updateNotes(saved.id, 'của tôi');
    const foreign = makeDigest(
      makeArticle(5, { url: 'https://attacker.example/p.html', canonicalUrl: 'https://attacker.example/p.html' }),
      makeEntities(a),
      'page',
    );
    const crafted = { ...foreign, urlKey: saved.urlKey, notes: 'chèn vào' };
    expect(await store.importDigests([crafted])).toEqual({ added: 1, merged: 0, unchanged: 0 });
    expect((await store.getDigest(saved.id))?.notes).toBe('của tôi');
  });
});

describe('tags from two windows', () => {
  it('each window adds and removes its own tag; neither writes back a stale list', async () => {
    const area = createMemoryArea({ delay: () => new Promise((r) => setTimeout(r, Math.random() * 2)) });
    const lock = createQueueLock();
    const w1 = createDigestStore(area, { lock });
    const w2 = createDigestStore(area, { lock });
    const a = makeArticle(1);
    const { digest } = await w1.saveDigest(a, makeEntities(a), 'page');
    await w1.changeTags(digest.id, { add: ['EU'] });
    // Both windows show ['EU']; one adds "ASEAN", the other adds "quốc phòng" and removes "EU", at the same moment.
    await Promise.all([
      w1.changeTags(digest.id, { add: ['ASEAN'] }),
      w2.changeTags(digest.id, { add: ['quốc phòng'], remove: ['EU'] }),
    ]);
    expect((await w1.getDigest(digest.id))?.tags.sort()).toEqual(['ASEAN', 'quốc phòng']);
    // The same tag in the other tone placement is one tag.
    await w2.changeTags(digest.id, { add: ['Hoà bình'] });
    await w1.changeTags(digest.id, { add: ['Hòa bình'] });
    expect((await w1.getDigest(digest.id))?.tags).toHaveLength(3);
  });
});
