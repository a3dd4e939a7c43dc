// Tags are one tag whatever the diacritics, tone placement and case (review1 defect 6): 'biển đông', 'Bien Dong'
// and 'BIỂN ĐÔNG' are one tag, shown in the first spelling; the tag filter, the filter menu, the store's
// dedup, an import's merge and the Obsidian export all agree.
import { describe, expect, it } from 'vitest';
import { splitTags, tagKey } from '../../lib/digest';
import { obsidianTags } from '../../lib/export';
import { SearchIndex, emptyQuery } from '../../lib/search';
import { createDigestStore, createMemoryArea } from '../../lib/storage';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { makeDigest } from './make-digest';

describe('tags folded for matching, first spelling kept', () => {
  it('one key for diacritics, tone placement, case, NFD, Ð and odd spaces', () => {
    const k = tagKey('biển đông');
    for (const t of ['Bien Dong', 'BIỂN ĐÔNG', 'biển đông'.normalize('NFD'), 'Biển Ðông', 'biển\u00a0đông '])
      expect(tagKey(t)).toBe(k);
    expect(tagKey('hoà bình')).toBe(tagKey('Hòa Bình'));
    expect(tagKey('EU')).not.toBe(tagKey('ASEAN'));
  });

  it('what is typed or pasted into the tag box splits on , ; and line breaks, ends trimmed of punctuation', () => {
    expect(splitTags('EU,')).toEqual(['EU']);
    expect(splitTags('a;b')).toEqual(['a', 'b']);
    expect(splitTags(' «Biển Đông» ,\nASEAN.\r\nbien dong; ;')).toEqual(['Biển Đông', 'ASEAN']);
    expect(splitTags('U.S., #EVFTA!, T.Ư.')).toEqual(['U.S.', '#EVFTA', 'T.Ư.']);
    expect(splitTags(' , ;')).toEqual([]);
  });

  it('the store keeps one spelling: setTags, changeTags (add and remove), and an import', async () => {
    const store = createDigestStore(createMemoryArea());
    const a = makeArticle(1);
    const { digest } = await store.saveDigest(a, makeEntities(a));
    expect((await store.setTags(digest.id, ['biển đông', 'Bien Dong', 'hoà bình', 'HÒA BÌNH'])).tags).toEqual([
      'biển đông',
      'hoà bình',
    ]);
    expect((await store.changeTags(digest.id, { add: ['BIEN DONG'] })).tags).toEqual(['biển đông', 'hoà bình']);
    const copy = { ...(await store.getDigest(digest.id))!, tags: ['Bien Dong', 'Hoa binh'] };
    expect(await store.importDigests([copy])).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect((await store.changeTags(digest.id, { remove: ['bien dong'] })).tags).toEqual(['hoà bình']);
  });

  it('the tag filter finds every spelling; the menu lists one tag with the count of digests', () => {
    const index = new SearchIndex([
      makeDigest({ id: 'a', tags: ['biển đông'] }),
      makeDigest({ id: 'b', tags: ['Bien Dong'] }),
      makeDigest({ id: 'c', tags: ['EU'] }),
    ]);
    expect(index.search({ ...emptyQuery(), tag: 'bien dong' }, { limit: 10 }).ids.sort()).toEqual(['a', 'b']);
    expect(index.search({ ...emptyQuery(), tag: 'Biển Đông' }, { limit: 10 }).ids.sort()).toEqual(['a', 'b']);
    expect(index.facets().tags).toEqual([
      { tag: 'biển đông', count: 2 },
      { tag: 'EU', count: 1 },
    ]);
  });

  it('the Obsidian export writes one tag for the spellings of one', () => {
    expect(obsidianTags(['biển đông', 'Bien Dong', 'BIỂN ĐÔNG'])).toEqual(['biển-đông']);
  });
});
