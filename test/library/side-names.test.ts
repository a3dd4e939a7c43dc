// A side's name in the UI's language: the lexicon's English name for countries and well-known organisations,
// the page's spelling otherwise; the key never changes.
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../lib/entities';
import { buildSides, sideNameIn } from '../../lib/library';

const text =
  'Mỹ và Liên Hợp Quốc hoan nghênh. Hoa Kỳ cũng gửi thư tới Bộ Y tế. Chính phủ Mỹ và Sở Y tế Hà Nội họp tại Hà Nội.';

describe('side names in the UI language', () => {
  const sides = extractSides(text);
  const named = (lang: 'vi' | 'en') => sides.map((s) => [s.key, sideNameIn(s, lang).name]);

  it('countries and known organisations in English, with the page\u2019s spellings as other forms', () => {
    const us = sides.find((s) => s.kind === 'country')!;
    expect(sideNameIn(us, 'en')).toEqual({ name: 'United States', aliases: ['Hoa Kỳ', 'Mỹ'] });
    const un = sides.find((s) => s.name === 'Liên Hợp Quốc')!;
    expect(sideNameIn(un, 'en').name).toBe('United Nations');
    expect(sideNameIn(un, 'en').aliases).toEqual(['Liên Hợp Quốc']);
    expect(named('en')).toContainEqual([sides.find((s) => s.name === 'Bộ Y tế')!.key, 'Ministry of Health']);
  });

  it('names found by their shape and places keep the page\u2019s spelling; the Vietnamese UI keeps every name', () => {
    const en = Object.fromEntries(named('en'));
    const vi = Object.fromEntries(named('vi'));
    for (const s of sides) expect(vi[s.key]).toBe(s.name);
    expect(en[sides.find((s) => s.name === 'Chính phủ Mỹ')!.key]).toBe('Chính phủ Mỹ');
    expect(en[sides.find((s) => s.name === 'Sở Y tế Hà Nội')!.key]).toBe('Sở Y tế Hà Nội');
    expect(en[sides.find((s) => s.name === 'Hà Nội')!.key]).toBe('Hà Nội');
  });

  it('the library\u2019s entry of a side has the same English name, under the same key', () => {
    const digests = [
      { id: 'a', savedAt: 1, article: { title: 'A', url: 'https://a.vn/1', published: null }, entities: { sides } },
      {
        id: 'b',
        savedAt: 2,
        article: { title: 'B', url: 'https://a.vn/2', published: null },
        entities: { sides: extractSides('Hoa Kỳ ủng hộ.') },
      },
    ];
    const entry = buildSides(digests as never).find((e) => e.kind === 'country')!;
    expect(entry.articles).toHaveLength(2);
    expect(sideNameIn(entry, 'en').name).toBe('United States');
    expect(sideNameIn(entry, 'vi').name).toBe('Hoa Kỳ');
  });
});
