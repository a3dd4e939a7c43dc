// Phrase-precise, diacritic-insensitive search: words in order and adjacent, folding of every spelling
// variant, ranking, quoted phrases, field prefixes, abbreviations, acronyms, highlighting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SearchIndex,
  emptyQuery,
  matchRanges,
  parseSearch,
  tokensWithOffsets,
  type LibraryQuery,
} from '../../lib/search';
import { foldForSearch } from '../../lib/text';
import { makeDigest, person } from './make-digest';

const q = (text: string, over: Partial<LibraryQuery> = {}): LibraryQuery => ({ ...emptyQuery(), q: text, ...over });
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString();

describe('phrases', () => {
  const index = new SearchIndex([
    makeDigest({
      id: 'pm',
      title: 'Thủ tướng tiếp Đại sứ',
      body: 'Thủ tướng Phạm Minh Chính tiếp Đại sứ.',
      savedAt: day(1),
    }),
    // "thủ" and "tướng" both occur, never next to each other.
    makeDigest({
      id: 'apart',
      title: 'Thượng tướng thăm đơn vị',
      body: 'Đội bóng có thủ môn mới. Thượng tướng dự lễ.',
      savedAt: day(2),
    }),
    makeDigest({
      id: 'name',
      title: 'Đối thoại quốc phòng',
      body: 'Thượng tướng Hoàng Xuân Chiến đồng chủ trì.',
      savedAt: day(3),
    }),
    makeDigest({
      id: 'scatter',
      title: 'Hoàng hôn trên biển',
      body: 'Mùa xuân, chiến sĩ về thăm nhà.',
      savedAt: day(4),
    }),
  ]);

  it('match syllables in order and adjacent, not anywhere in the digest', () => {
    expect(index.search(q('thu tuong')).ids).toEqual(['pm']);
    expect(index.search(q('Thủ tướng')).ids).toEqual(['pm']);
    expect(index.search(q('hoang xuan chien')).ids).toEqual(['name']);
    expect(index.search(q('tuong thu')).scattered).toBe(true);
  });

  it('fall back to scattered words only when no digest has the phrase, and say so', () => {
    const r = index.search(q('chien hoang'));
    expect(r.scattered).toBe(true);
    expect(r.ids.sort()).toEqual(['name', 'scatter']);
    expect(r.hits.every((h) => h.match === 'scattered')).toBe(true);
    const phrase = index.search(q('hoang xuan chien'));
    expect(phrase.scattered).toBe(false);
    expect(phrase.hits[0]!.match).toBe('phrase');
  });

  it('treat the last word as a prefix while it is typed, and not after a space', () => {
    expect(index.search(q('hoang xuan ch')).ids).toEqual(['name']);
    expect(index.search(q('thu tuo')).ids).toEqual(['pm']);
    expect(index.search(q('hoang xuan ch ')).total).toBe(0);
  });

  it('never join words across fields, list items or lines', () => {
    const idx = new SearchIndex([
      makeDigest({
        id: 'x',
        title: 'Tin sáng nay thủ',
        lead: 'tướng nói chuyện',
        body: 'Dòng một kết thúc bằng thủ\ntướng ở dòng sau.',
        people: [person('Lê Thủ'), person('Tướng Quân')],
      }),
    ]);
    expect(idx.search(q('thu tuong')).scattered).toBe(true);
  });
});

describe('folding', () => {
  const index = new SearchIndex([
    makeDigest({ id: 'nfd', title: 'Hoàng Xuân Chiến thăm Pháp'.normalize('NFD'), savedAt: day(1) }),
    makeDigest({ id: 'old-tone', title: 'Thoả thuận hoà bình về thuỷ sản', savedAt: day(2) }),
    makeDigest({ id: 'eth', title: 'Ðối thoại chiến lược', savedAt: day(3) }),
    makeDigest({
      id: 'spaces',
      title: 'Thủ\u00A0tướng và Bộ\u200B trưởng',
      body: 'Hoà\u200Bng Xuân Chiến',
      savedAt: day(4),
    }),
  ]);

  it('finds NFD, old and new tone placement, Ð, NBSP and zero-width spellings from any spelling of the query', () => {
    expect(index.search(q('Hoàng Xuân Chiến')).ids.sort()).toEqual(['nfd', 'spaces']);
    expect(index.search(q('thỏa thuận hòa bình')).ids).toEqual(['old-tone']);
    expect(index.search(q('Thoả thuận hoà bình'.normalize('NFD'))).ids).toEqual(['old-tone']);
    expect(index.search(q('thủy sản')).ids).toEqual(['old-tone']);
    expect(index.search(q('đối thoại')).ids).toEqual(['eth']);
    expect(index.search(q('Ðối thoại')).ids).toEqual(['eth']);
    expect(index.search(q('thu tuong')).ids).toEqual(['spaces']);
    expect(index.search(q('bo truong')).ids).toEqual(['spaces']);
  });

  it('counts old and new tone placement as the same diacritics (exact match)', () => {
    const idx = new SearchIndex([
      makeDigest({ id: 'plain', title: 'Thoa thuan hoa binh', savedAt: day(9) }),
      makeDigest({ id: 'old', title: 'Thoả thuận hoà bình', savedAt: day(1) }),
    ]);
    expect(idx.search(q('thỏa thuận hòa bình')).ids).toEqual(['old', 'plain']);
  });
});

describe('ranking', () => {
  it('puts exact diacritics above folded matches when the query has them, recency otherwise', () => {
    const index = new SearchIndex([
      makeDigest({ id: 'folded', body: 'Bản tin viết không dấu: thu tuong se den.', savedAt: day(5) }),
      makeDigest({ id: 'exact', body: 'Thủ tướng sẽ đến dự.', savedAt: day(1) }),
    ]);
    expect(index.search(q('Thủ tướng')).ids).toEqual(['exact', 'folded']);
    expect(index.search(q('thu tuong')).ids).toEqual(['folded', 'exact']);
  });

  it('puts title and people above the body, then the most recent', () => {
    const index = new SearchIndex([
      makeDigest({ id: 'body-new', body: 'Ông Bùi Thanh Sơn phát biểu.', savedAt: day(9) }),
      makeDigest({
        id: 'people',
        body: 'Bộ trưởng phát biểu.',
        people: [person('Bùi Thanh Sơn', ['Bộ trưởng'])],
        savedAt: day(2),
      }),
      makeDigest({ id: 'title', title: 'Bùi Thanh Sơn điện đàm', savedAt: day(1) }),
      makeDigest({ id: 'body-old', body: 'Ông Bùi Thanh Sơn cho biết.', savedAt: day(3) }),
    ]);
    expect(index.search(q('bui thanh son')).ids).toEqual(['title', 'people', 'body-new', 'body-old']);
  });

  it('puts phrases above scattered words by leaving scattered ones out', () => {
    const index = new SearchIndex([
      makeDigest({ id: 'apart', title: 'Hà Giang và Nội Mông', savedAt: day(9) }),
      makeDigest({ id: 'phrase', body: 'Tin từ Hà Nội.', savedAt: day(1) }),
    ]);
    expect(index.search(q('ha noi')).ids).toEqual(['phrase']);
  });
});

describe('query syntax', () => {
  const index = new SearchIndex([
    makeDigest({
      id: 'a',
      title: 'Đối thoại Quốc phòng An ninh Việt Nam - EU',
      body: 'Hai bên bàn về an ninh và quốc phòng.',
      people: [person('Hoàng Xuân Chiến', ['Thượng tướng'])],
      domain: 'qdnd.vn',
      siteName: 'Quân đội nhân dân',
      tags: ['quốc phòng', 'EU'],
      notes: 'Hỏi lại về hiệp định FPA',
    }),
    makeDigest({
      id: 'b',
      title: 'Hợp tác an ninh mạng',
      body: 'Ông Hoàng nói về quốc phòng. Chiến lược mới được công bố.',
      people: [person('Nguyễn Văn An')],
      domain: 'vnexpress.net',
      tags: ['công nghệ'],
    }),
  ]);

  it('quoted phrases must match as phrases (never scattered) and their last word is whole', () => {
    expect(index.search(q('"quoc phong an ninh"')).ids).toEqual(['a']);
    expect(index.search(q('"an ninh quoc phong"')).ids).toEqual([]);
    expect(index.search(q('"an ni"')).ids).toEqual([]);
    expect(index.search(q('“an ninh mạng”')).ids).toEqual(['b']);
  });

  it('field prefixes limit a word or quoted phrase to people, tags, notes, agreements or the site', () => {
    expect(index.search(q('person:"hoang xuan chien"')).ids).toEqual(['a']);
    expect(index.search(q('person:hoang')).ids).toEqual(['a']);
    expect(index.search(q('person:an')).ids).toEqual(['b']);
    expect(index.search(q('tag:"quoc phong"')).ids).toEqual(['a']);
    expect(index.search(q('tag:cong')).ids).toEqual(['b']);
    expect(index.search(q('note:fpa')).ids).toEqual(['a']);
    expect(index.search(q('site:vnexpress.net')).ids).toEqual(['b']);
    expect(index.search(q('site:qdnd.vn quoc phong')).ids).toEqual(['a']);
    expect(index.search(q('site:vnexpress.net hoang')).ids).toEqual(['b']);
    expect(index.search(q('site:"Quân đội nhân dân"')).ids).toEqual(['a']);
    // An unknown prefix is plain text.
    expect(parseSearch('foo:bar').phrases[0]!.field).toBeNull();
  });
});

describe('abbreviations', () => {
  const index = new SearchIndex([
    makeDigest({ id: 'dots', title: 'Đoàn đại biểu TP.HCM dâng hoa', savedAt: day(1) }),
    makeDigest({ id: 'glued', body: 'UBND TPHCM vừa thông báo.', savedAt: day(2) }),
    makeDigest({ id: 'spaced', body: 'Số công nhân ở lại TP HCM tăng.', savedAt: day(3) }),
    makeDigest({ id: 'long', body: 'Ủy ban nhân dân Thành phố Hồ Chí Minh họp.', savedAt: day(4) }),
    makeDigest({ id: 'tp', body: 'Tp. Hồ Chí Minh mưa lớn.', savedAt: day(5) }),
    makeDigest({ id: 'person', body: 'Chủ tịch Hồ Chí Minh đọc Tuyên ngôn.', savedAt: day(6) }),
    makeDigest({ id: 'hanoi', body: 'Uỷ ban nhân dân Hà Nội họp. HNX tăng điểm.', savedAt: day(7) }),
  ]);
  const city = ['dots', 'glued', 'long', 'spaced', 'tp'];

  it('fold every spelling of a row into the others', () => {
    for (const spelling of [
      'TP HCM',
      'tphcm',
      'TP.HCM',
      'Tp. Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'thanh pho ho chi minh',
    ]) {
      expect(index.search(q(spelling)).ids.sort(), spelling).toEqual(city);
    }
    expect(index.search(q('UBND')).ids.sort()).toEqual(['glued', 'hanoi', 'long']);
    expect(index.search(q('uy ban nhan dan')).ids.sort()).toEqual(['glued', 'hanoi', 'long']);
    expect(index.search(q('HN')).ids).toEqual(['hanoi']);
  });

  it('match whole words only: the person Hồ Chí Minh is not the city, HNX is not HN', () => {
    expect(index.search(q('TP HCM')).ids).not.toContain('person');
    expect(index.search(q('HN ')).ids).toEqual(['hanoi']);
    expect(index.search(q('hn ')).ids).not.toContain('glued');
  });

  it('mark the spelling the digest uses', () => {
    const hit = index.search(q('TP HCM')).hits.find((h) => h.id === 'long')!;
    expect(hit.snippet!.ranges.map((r) => hit.snippet!.text.slice(r.start, r.end))).toEqual(['Thành phố Hồ Chí Minh']);
  });
});

describe('acronyms typed in capitals', () => {
  const index = new SearchIndex([
    makeDigest({ id: 'doc', body: 'Hai bên thực hiện đầy đủ DOC và sớm đạt COC.' }),
    makeDigest({ id: 'read', body: 'Bạn đọc gửi thư. Con dốc cao, cái cốc vỡ.' }),
  ]);

  it('match only the same letters written without diacritics', () => {
    expect(index.search(q('DOC')).ids).toEqual(['doc']);
    expect(index.search(q('COC')).ids).toEqual(['doc']);
    expect(index.search(q('doc ')).ids.sort()).toEqual(['doc', 'read']);
  });
});

describe('highlighting', () => {
  it('maps phrase matches back to the accented text, one mark per phrase', () => {
    const text = 'Thượng tướng HOÀNG Xuân Chiến, Thứ trưởng; Hoàng hôn';
    const ranges = matchRanges(text, parseSearch('hoang xuan chien'));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['HOÀNG Xuân Chiến']);
  });

  it('marks each word of a scattered match', () => {
    const index = new SearchIndex([makeDigest({ id: 'x', title: 'Chiến lược của Hoàng gia' })]);
    const hit = index.search(q('hoang chien')).hits[0]!;
    expect(hit.match).toBe('scattered');
    expect(hit.titleRanges.map((r) => hit.row.title.slice(r.start, r.end))).toEqual(['Chiến', 'Hoàng']);
  });
});

describe('capitals that are not acronyms', () => {
  const index = new SearchIndex([
    makeDigest({ id: 'dung', title: 'Thứ trưởng Nguyễn Quốc Dũng dự họp' }),
    makeDigest({ id: 'read', body: 'Bạn đọc gửi thư.' }),
  ]);

  it('a whole query in capitals is caps lock: any spelling matches', () => {
    expect(index.search(q('NGUYEN QUOC DUNG')).ids).toEqual(['dung']);
    expect(index.search(q('NGUYÊN QUÔC DUNG'.normalize('NFD'))).ids).toEqual(['dung']);
  });

  it('an acronym nobody writes in capitals falls back to any spelling', () => {
    expect(index.search(q('DOC')).ids).toEqual(['read']);
  });
});

describe('any typed text', () => {
  const index = new SearchIndex([
    makeDigest({ id: 'a', title: 'Hà Nội và TP HCM', body: 'Ủy ban nhân dân Hà Nội. "Trích dẫn" person: site:' }),
    makeDigest({ id: 'b', title: 'Liên hợp quốc', notes: 'ghi chú' }),
  ]);

  it('gives a result, never an error, and only ids of the library', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'aăâbcdđeêhnoôơquy HNTP."“”:-·\u00A0\u0301\u0300'.split('')),
          maxLength: 40,
        }),
        (text) => {
          const r = index.search(q(text));
          for (const id of r.ids) expect(['a', 'b']).toContain(id);
          expect(r.total).toBe(r.ids.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts any text into the words of foldForSearch, each pointing at its own spelling', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...[...'aAzZ09ăĂđĐÐêƯờỡ .,-\n\u00A0\u200B\u0301\u0323\u0300\uD835\uDC00']),
          maxLength: 30,
        }),
        (text) => {
          const tokens = tokensWithOffsets(text);
          expect(tokens.map((t) => t.token).join(' ')).toBe(foldForSearch(text));
          for (const t of tokens) expect(foldForSearch(text.slice(t.start, t.end))).toBe(t.token);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays fast on a pasted wall of abbreviations', () => {
    const wall = Array.from({ length: 500 }, () => 'hn tp hcm "ubnd').join(' ');
    expect(parseSearch(wall).phrases.flatMap((p) => p.units).length).toBeLessThanOrEqual(32);
    // Cut to its first 32 words, the wall still asks for "UBND Hà Nội"-like phrases only digest a has.
    expect(index.search(q(wall)).ids.filter((id) => id !== 'a')).toEqual([]);
  });
});
