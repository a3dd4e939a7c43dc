import { describe, expect, it } from 'vitest';
import {
  canonicalTones,
  cleanInline,
  cleanText,
  cleanWithOffsets,
  foldForSearch,
  isAscii,
  matchKey,
} from '../../lib/text/normalize';

describe('Vietnamese normalisation', () => {
  it('cleans NFD input, Icelandic eth, non-breaking and zero-width spaces', () => {
    const nfd = 'Ðối\u00A0thoại Quốc\u200B phòng'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Đối thoại Quốc phòng');
    expect(cleanInline('  a \n\t b  ')).toBe('a b');
  });

  it('puts tone marks of open oa/oe/uy syllables in one place', () => {
    expect(canonicalTones('hòa')).toBe(canonicalTones('hoà'));
    expect(canonicalTones('Thỏa thuận')).toBe('Thoả thuận');
    expect(canonicalTones('Ủy ban')).toBe('Uỷ ban');
    expect(canonicalTones('khỏe')).toBe('khoẻ');
    // Closed syllables and other vowels are left as they are.
    expect(canonicalTones('hoạch toán')).toBe('hoạch toán');
    expect(canonicalTones('Hoàng')).toBe('Hoàng');
    expect(canonicalTones('quả')).toBe('quả');
    expect(canonicalTones('thủy').length).toBe('thủy'.length);
  });

  it('gives one match key to spelling variants', () => {
    expect(matchKey('Thoả thuận  Việt Nam-EU')).toBe(matchKey('thỏa thuận Việt Nam – EU'));
    expect(matchKey('Ủy viên'.normalize('NFD'))).toBe(matchKey('Uỷ viên'));
  });

  it('folds diacritics, case and đ for search', () => {
    expect(foldForSearch('Hoàng Xuân Chiến')).toBe('hoang xuan chien');
    expect(foldForSearch('ĐỐI THOẠI'.normalize('NFD'))).toBe('doi thoai');
    expect(foldForSearch('Ðà Nẵng')).toBe('da nang');
    expect(foldForSearch('thoả thuận')).toBe(foldForSearch('thỏa thuận'));
  });

  it('folds plain ASCII (its own fast path) exactly as the Unicode passes do', () => {
    // The Unicode passes written out: accents off, đ to d, lower case, anything but letters and digits a space.
    const unicodeFold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const every = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    const samples = [
      every,
      ...every.match(/[\s\S]{1,7}/g)!.map((chunk) => `Ab${chunk}9z`),
      'Sign-up for our NEWSLETTER!',
      '  More stories  ',
      'Read more: The 10 best (2024) picks',
      '\t\n',
      '',
    ];
    for (const s of samples) {
      expect(isAscii(s)).toBe(true);
      expect(foldForSearch(s), JSON.stringify(s)).toBe(unicodeFold(s));
    }
    expect(isAscii('Hà Nội')).toBe(false);
    expect(isAscii('a\u00a0b')).toBe(false);
  });

  it('maps cleaned offsets back to the NFC input', () => {
    const input = 'Ông\u200B Nguyễn\u00A0Văn A';
    const { text, map } = cleanWithOffsets(input);
    expect(text).toBe('Ông Nguyễn Văn A');
    const start = text.indexOf('Nguyễn');
    expect(input.slice(map[start], map[start + 'Nguyễn'.length])).toBe('Nguyễn');
  });
});

describe('cleanWithOffsets agrees with cleanText', () => {
  it('gives the same text as cleanText and a monotonic map for mixed input', () => {
    const input = '\uFEFFÐại\u00A0sứ\u200B\u200C Nguyễn\u2009ð 😀 x\u00AD'.normalize('NFD');
    const { text, map, source } = cleanWithOffsets(input);
    expect(text).toBe(cleanText(input));
    expect(map.length).toBe(text.length + 1);
    for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThan(map[i - 1]!);
    expect(map[map.length - 1]).toBe(source.length);
  });
});
