import { describe, expect, it } from 'vitest';
import {
  SearchIndex,
  emptyQuery,
  fromQueryString,
  matchRanges,
  parseSearch,
  toQueryString,
  tokensWithOffsets,
  type LibraryQuery,
} from '../../lib/search';
import { lexiconAcronymOf } from '../../lib/library';
import { foldForSearch } from '../../lib/text';
import { agreement, makeDigest, person } from './make-digest';

const digests = [
  makeDigest({
    id: 'a',
    title: 'Đối thoại Quốc phòng An ninh Việt Nam - EU lần thứ 3',
    lead: 'Thượng tướng Hoàng Xuân Chiến đồng chủ trì đối thoại.',
    body: 'Thượng tướng Hoàng Xuân Chiến nhấn mạnh hợp tác quốc phòng.\n\nHai bên ký Thỏa thuận khung về tham gia.',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'], 4)],
    agreements: [
      agreement('Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'FPA', 'framework-agreement'),
    ],
    domain: 'qdnd.vn',
    siteName: 'Quân đội nhân dân',
    published: '2023-05-12T09:00:00+07:00',
    savedAt: '2025-03-01T10:00:00.000Z',
    tags: ['quốc phòng'],
  }),
  makeDigest({
    id: 'b',
    title: 'EVFTA mở ra cơ hội cho nông sản',
    lead: 'Hiệp định Thương mại tự do Việt Nam - EU đã có hiệu lực.',
    body: 'Kim ngạch xuất khẩu tăng. Doanh nghiệp tận dụng ưu đãi thuế quan.',
    agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', null, 'fta')],
    domain: 'vnexpress.net',
    published: '2024-08-01T07:00:00+07:00',
    savedAt: '2025-02-01T10:00:00.000Z',
    notes: 'Hỏi lại Bộ Công Thương về EVFTA',
    tags: ['thương mại', 'EU'],
  }),
  makeDigest({
    id: 'c',
    title: 'Thoả thuận hợp tác năng lượng được ký kết',
    lead: null,
    body: 'Hai bên ký thỏa thuận. Chiến lược năng lượng xanh. Hoàng hôn trên biển mùa thu.',
    people: [person('Bùi Thanh Sơn', ['Bộ trưởng Ngoại giao'])],
    agreements: [agreement('EVFTA', 'EVFTA', 'fta')],
    domain: 'baoquocte.vn',
    siteName: 'Báo Quốc tế',
    published: null,
    savedAt: '2025-04-01T10:00:00.000Z',
  }),
];

const q = (over: Partial<LibraryQuery>): LibraryQuery => ({ ...emptyQuery(), ...over });
const ids = (index: SearchIndex, over: Partial<LibraryQuery>) => index.search(q(over)).ids;

describe('search tokens', () => {
  it('give the same words as foldForSearch and point at the original spelling', () => {
    const text = 'Thượng tướng HOÀNG Xuân Chiến – Ðối thoại\u00A0“Thoả thuận”';
    const nfd = text.normalize('NFD');
    for (const t of [text, nfd]) {
      const tokens = tokensWithOffsets(t);
      expect(tokens.map((x) => x.token).join(' ')).toBe(foldForSearch(t));
      for (const tok of tokens) expect(foldForSearch(t.slice(tok.start, tok.end))).toBe(tok.token);
    }
    expect(tokensWithOffsets(nfd).map((x) => nfd.slice(x.start, x.end).normalize('NFC'))).toContain('Chiến');
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex(digests, { acronymOf: lexiconAcronymOf });

  it('is insensitive to diacritics, case, tone placement and NFD input', () => {
    expect(ids(index, { q: 'hoang xuan chien' })).toEqual(['a']);
    expect(ids(index, { q: 'HOÀNG XUÂN CHIẾN' })).toEqual(['a']);
    expect(ids(index, { q: 'Hoàng Xuân Chiến'.normalize('NFD') })).toEqual(['a']);
    // "thoa thuan" finds Thỏa (new placement) and Thoả (old placement).
    expect(ids(index, { q: 'thoa thuan' }).sort()).toEqual(['a', 'c']);
    expect(ids(index, { q: 'Thoả thuận'.normalize('NFD') }).sort()).toEqual(['a', 'c']);
    expect(ids(index, { q: 'thỏa thuận' }).sort()).toEqual(['a', 'c']);
    expect(ids(index, { q: 'Ðối thoại' })).toEqual(['a']);
  });

  it('finds EVFTA in titles, notes and through the acronym of a name written in full', () => {
    expect(ids(index, { q: 'EVFTA' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, { q: 'evfta' }).sort()).toEqual(['b', 'c']);
  });

  it('matches the last word as a prefix while typing, the others exactly, all of them (AND)', () => {
    expect(ids(index, { q: 'hoang xu' })).toEqual(['a']);
    expect(ids(index, { q: 'hoang xu ' })).toEqual([]);
    // "chien" alone: Chiến (a) and Chiến lược (c); AND with "hoang" keeps both, they each have hoang…
    expect(ids(index, { q: 'chien' }).sort()).toEqual(['a', 'c']);
    expect(ids(index, { q: 'hoang chien' }).sort()).toEqual(['a', 'c']);
    expect(ids(index, { q: 'hoang chien nong' })).toEqual([]);
    // A finished non-last word is not a prefix: "hoan" is not "hoang".
    expect(ids(index, { q: 'hoan xuan' })).toEqual([]);
  });

  it('ranks title and phrase hits above scattered body hits', () => {
    const r = index.search(q({ q: 'hoang xuan chien' }));
    expect(r.hits[0]!.fields).toEqual(expect.arrayContaining(['people', 'lead', 'body']));
    const both = index.search(q({ q: 'hoang chien' }));
    expect(both.ids[0]).toBe('a');
    expect(both.hits[0]!.score).toBeGreaterThan(both.hits[1]!.score);
  });

  it('returns highlight ranges in the original accented text', () => {
    const r = index.search(q({ q: 'hoang xuan chien' }));
    const hit = r.hits[0]!;
    const lead = hit.row.lead;
    expect(hit.leadRanges.map((x) => lead.slice(x.start, x.end))).toEqual(['Hoàng Xuân Chiến']);
    expect(hit.snippet).not.toBeNull();
    expect(hit.snippet!.ranges.map((x) => hit.snippet!.text.slice(x.start, x.end))).toContain('Hoàng Xuân Chiến');
    const title = index.search(q({ q: 'doi thoai' })).hits[0]!;
    expect(title.titleRanges.map((x) => title.row.title.slice(x.start, x.end))).toEqual(['Đối thoại']);
  });

  it('maps ranges through NFD text and prefixes; a phrase is marked where it stands, scattered words each', () => {
    const text = 'Ông Hoàng Xuân Chiến và Hoàng hôn'.normalize('NFD');
    const marked = (scattered: boolean) =>
      matchRanges(text, parseSearch('hoang xu'), scattered).map((r) => text.slice(r.start, r.end).normalize('NFC'));
    expect(marked(false)).toEqual(['Hoàng Xuân']);
    expect(marked(true)).toEqual(['Hoàng Xuân', 'Hoàng']);
  });

  it('filters by site, date range, person, agreement alias and tag', () => {
    expect(ids(index, { site: 'qdnd.vn' })).toEqual(['a']);
    expect(ids(index, { site: 'www.vnexpress.net' })).toEqual(['b']);
    expect(ids(index, { from: '2025-02-15', to: '2025-03-31' })).toEqual(['a']);
    expect(ids(index, { dateField: 'published', from: '2024-01-01' })).toEqual(['b']);
    expect(ids(index, { dateField: 'published', to: '2023-12-31' })).toEqual(['a']);
    expect(ids(index, { person: 'hoàng xuân chiến' })).toEqual(['a']);
    expect(ids(index, { person: 'Nobody' })).toEqual([]);
    // EVFTA written as an acronym (c) and only in full (b) are one agreement.
    expect(ids(index, { agreement: 'EVFTA' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, { agreement: 'Hiệp định Thương mại tự do Việt Nam – EU' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, { agreement: 'FPA' })).toEqual(['a']);
    expect(ids(index, { agreement: 'unknown' })).toEqual([]);
    expect(ids(index, { tag: 'Quốc Phòng' })).toEqual(['a']);
    expect(ids(index, { q: 'evfta', tag: 'eu' })).toEqual(['b']);
  });

  it('sorts by saved date, published date (undated last) and site', () => {
    expect(ids(index, {})).toEqual(['c', 'a', 'b']);
    expect(ids(index, { sort: 'saved', dir: 'asc' })).toEqual(['b', 'a', 'c']);
    expect(ids(index, { sort: 'published' })).toEqual(['b', 'a', 'c']);
    expect(ids(index, { sort: 'published', dir: 'asc' })).toEqual(['a', 'b', 'c']);
    expect(ids(index, { sort: 'site' })).toEqual(['c', 'a', 'b']);
  });

  it('pages results and reports the total', () => {
    const r = index.search(q({}), { offset: 1, limit: 1 });
    expect(r.total).toBe(3);
    expect(r.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('adds, updates and removes incrementally', () => {
    const idx = new SearchIndex(digests);
    expect(idx.size).toBe(3);
    idx.update({ ...digests[0]!, notes: 'gặp lại ở Brussels' });
    expect(ids(idx, { q: 'brussels' })).toEqual(['a']);
    expect(idx.size).toBe(3);
    expect(idx.remove('a')).toBe(true);
    expect(idx.remove('a')).toBe(false);
    expect(ids(idx, { q: 'brussels' })).toEqual([]);
    expect(ids(idx, { q: 'hoang xuan chien' })).toEqual([]);
    idx.add(makeDigest({ id: 'd', title: 'Hoàng Xuân Chiến thăm Pháp' }));
    expect(ids(idx, { q: 'hoang xuan chien' })).toEqual(['d']);
    expect(idx.get('d')?.article.title).toBe('Hoàng Xuân Chiến thăm Pháp');
  });

  it('stays correct after many removals trigger compaction', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      makeDigest({
        id: `m${i}`,
        title: `Bài số ${i} về hợp tác`,
        savedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      }),
    );
    const idx = new SearchIndex(many);
    for (let i = 0; i < 500; i++) idx.remove(`m${i}`);
    expect(idx.size).toBe(100);
    const r = idx.search(q({ q: 'hop tac' }));
    expect(r.total).toBe(100);
    expect(r.ids[0]).toBe('m599');
    expect(ids(idx, { q: '550' })).toEqual(['m550']);
  });

  it('gives site and tag facets', () => {
    const f = index.facets();
    expect(f.sites.map((s) => s.site).sort()).toEqual(['baoquocte.vn', 'qdnd.vn', 'vnexpress.net']);
    expect(f.tags.find((t) => t.tag === 'EU')?.count).toBe(1);
  });
});

describe('query string', () => {
  it('round-trips the whole state and leaves defaults out', () => {
    const state = q({
      q: 'Hoàng Xuân Chiến',
      site: 'qdnd.vn',
      dateField: 'published',
      from: '2023-01-01',
      to: '2023-12-31',
      person: 'hoàng xuân chiến',
      agreement: 'EVFTA',
      tag: 'quốc phòng',
      sort: 'published',
      dir: 'asc',
    });
    expect(fromQueryString(toQueryString(state))).toEqual(state);
    expect(fromQueryString('?' + toQueryString(state))).toEqual(state);
    expect(toQueryString(emptyQuery())).toBe('');
    expect(fromQueryString('')).toEqual(emptyQuery());
  });

  it('drops malformed values instead of failing', () => {
    const s = fromQueryString('q=a&from=2023-02-30&to=yesterday&sort=random&dir=up&date=x&site=');
    expect(s).toEqual(q({ q: 'a' }));
  });
});
