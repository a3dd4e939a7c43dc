import { describe, expect, it } from 'vitest';
import { buildCrossIndex, buildSides, lexiconAcronymOf } from '../../lib/library';
import { agreement, makeDigest, person } from './make-digest';

const digests = [
  makeDigest({
    id: 'a',
    published: '2023-05-12T09:00:00+07:00',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'], 4)],
    agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', null, 'fta')],
  }),
  makeDigest({
    id: 'b',
    published: '2021-01-02T09:00:00+07:00',
    people: [
      person('Hoàng Xuân Chiến'.normalize('NFD'), ['thượng tướng', 'Ủy viên Trung ương Đảng'], 2),
      person('Bùi Thanh Sơn', ['Bộ trưởng']),
    ],
    agreements: [agreement('EVFTA', 'EVFTA', 'other'), agreement('Hiệp định EVFTA', 'EVFTA', 'fta')],
  }),
  makeDigest({
    id: 'c',
    published: null,
    savedAt: '2025-06-01T00:00:00.000Z',
    people: [person('Hoàng Xuân Chiến', ['Uỷ viên Trung ương Đảng'], 1)],
    agreements: [agreement('Công ước Liên hợp quốc về Luật Biển năm 1982', 'UNCLOS', 'convention')],
  }),
];

describe('cross-digest index', () => {
  it('merges a person across digests, spellings and Unicode forms, with every title once and a timeline', () => {
    const { people } = buildCrossIndex(digests);
    expect(people).toHaveLength(2);
    const chien = people[0]!;
    expect(chien.name).toBe('Hoàng Xuân Chiến');
    expect(chien.mentions).toBe(7);
    // "thượng tướng" = "Thượng tướng"; "Ủy viên" = "Uỷ viên" (tone placement).
    expect(chien.titles).toEqual(['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng', 'Ủy viên Trung ương Đảng']);
    expect(chien.articles.map((a) => a.digestId)).toEqual(['b', 'a', 'c']);
    expect(chien.firstDate).toBe('2021-01-02T09:00:00+07:00');
    // 'c' gives no publication date: its save date is not one (it is counted apart, listed last).
    expect(chien.lastDate).toBe('2023-05-12T09:00:00+07:00');
    expect(chien.undated).toBe(1);
    expect(chien.articles.map((a) => a.date)).toEqual(['2021-01-02T09:00:00+07:00', '2023-05-12T09:00:00+07:00', null]);
  });

  it('dates from publication only: undated articles are counted and listed apart, after the dated ones', () => {
    const undated = (id: string, savedAt: string) =>
      makeDigest({
        id,
        published: null,
        savedAt,
        people: [person('Bùi Thanh Sơn')],
        agreements: [agreement('EVFTA', 'EVFTA')],
      });
    const library = [
      undated('u2', '2026-12-07T00:00:00.000Z'),
      makeDigest({
        id: 'p2',
        published: '2020-12-07T08:00:00+07:00',
        people: [person('Bùi Thanh Sơn')],
        agreements: [agreement('EVFTA', 'EVFTA')],
      }),
      undated('u1', '2026-01-01T00:00:00.000Z'),
      makeDigest({
        id: 'p1',
        published: '2020-12-01T08:00:00+07:00',
        people: [person('Bùi Thanh Sơn')],
        agreements: [agreement('EVFTA', 'EVFTA')],
      }),
    ];
    const withSides = library.map((d) => ({
      ...d,
      entities: {
        ...d.entities,
        sides: [
          { key: 'my', name: 'Mỹ', acronym: null, kind: 'country' as const, aliases: [], mentions: 1, spans: [] },
        ],
      },
    }));
    const { people, agreements } = buildCrossIndex(library);
    for (const entry of [people[0]!, agreements[0]!, buildSides(withSides)[0]!]) {
      expect([entry.firstDate, entry.lastDate]).toEqual(['2020-12-01T08:00:00+07:00', '2020-12-07T08:00:00+07:00']);
      expect(entry.undated).toBe(2);
      // Dated oldest first, then the undated in the order they were saved.
      expect(entry.articles.map((a) => a.digestId)).toEqual(['p1', 'p2', 'u1', 'u2']);
      expect(entry.articles.map((a) => a.date)).toEqual([
        '2020-12-01T08:00:00+07:00',
        '2020-12-07T08:00:00+07:00',
        null,
        null,
      ]);
    }
    const none = buildCrossIndex([undated('u1', '2026-01-01T00:00:00.000Z')]).people[0]!;
    expect([none.firstDate, none.lastDate, none.undated]).toEqual([null, null, 1]);
  });

  it('merges an agreement written in full, as an acronym and as "Hiệp định <acronym>"', () => {
    const { agreements } = buildCrossIndex(digests, { acronymOf: lexiconAcronymOf });
    expect(agreements).toHaveLength(2);
    const evfta = agreements.find((a) => a.acronym === 'EVFTA')!;
    expect(evfta.id).toBe('a:evfta');
    expect(evfta.name).toBe('Hiệp định Thương mại tự do Việt Nam - EU');
    expect(evfta.kind).toBe('fta');
    expect(evfta.aliases.sort()).toEqual(['EVFTA', 'Hiệp định EVFTA']);
    expect(evfta.articles.map((a) => a.digestId)).toEqual(['b', 'b', 'a']);
    expect(evfta.mentions).toBe(3);
    expect(agreements.find((a) => a.acronym === 'UNCLOS')?.kind).toBe('convention');
  });

  it('merges through a shared name even without the lexicon', () => {
    const chain = [
      makeDigest({ id: 'x', agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU')] }),
      makeDigest({ id: 'y', agreements: [agreement('Hiệp định Thương mại tự do Việt Nam – EU', 'EVFTA', 'fta')] }),
      makeDigest({ id: 'z', agreements: [agreement('EVFTA', 'EVFTA', 'fta')] }),
    ];
    const { agreements } = buildCrossIndex(chain);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.articles).toHaveLength(3);
  });

  it('is empty for an empty library', () => {
    expect(buildCrossIndex([])).toEqual({ people: [], agreements: [] });
  });
});
