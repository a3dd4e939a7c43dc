// One entry per side whatever spelling the text uses, and names that end where another side begins.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../../lib/entities/sides';

const sides = (text: string) => extractSides(text).map((s) => [s.name, s.aliases]);
const organisations = (text: string) =>
  extractSides(text)
    .filter((s) => s.kind === 'organisation')
    .map((s) => s.name);

describe('one side under several spellings', () => {
  it('a body named by its country keys the country by its entry ("Chính phủ Hoa Kỳ" = "Chính phủ Mỹ")', () => {
    const found = extractSides('Chính phủ Hoa Kỳ hoan nghênh. Sau đó, Chính phủ Mỹ cũng ra tuyên bố.');
    const government = found.filter((s) => s.kind === 'organisation');
    expect(government).toHaveLength(1);
    expect(government[0]!.name).toBe('Chính phủ Hoa Kỳ');
    expect(government[0]!.aliases).toEqual(['Chính phủ Mỹ']);
    expect(government[0]!.mentions).toBe(2);
  });

  it('a name of two words or more written without diacritics is the same side, shown with them', () => {
    expect(sides('Viet Nam and Trung Quoc signed. Việt Nam và Trung Quốc ký kết tại Ha Noi.')).toEqual([
      ['Việt Nam', ['Viet Nam']],
      ['Trung Quốc', ['Trung Quoc']],
      ['Hà Nội', ['Ha Noi']],
    ]);
    // A one-word form is too often another word: "Nga" written without marks stays out of the gazetteer's reach.
    expect(sides('Ong Le Van Nga noi.')).toEqual([]);
  });
});

describe('an organisation name ends where another side or a foreign word begins', () => {
  it('"và" joins Vietnamese parts of a name, never an acronym or a foreign word', () => {
    expect(organisations('Ủy ban Chứng khoán Nhà nước và UBCKNN cùng ký.')).toEqual(['Ủy ban Chứng khoán Nhà nước']);
    expect(organisations('Bộ Lao động - Thương binh và Xã hội cho biết.')).toEqual([
      'Bộ Lao động - Thương binh và Xã hội',
    ]);
  });

  it('a known body that is no head closes the name as its owner', () => {
    expect(organisations('Hội đồng Bảo an Liên hợp quốc họp khẩn. Bộ Y tế Bộ Tài chính cùng dự.')).toEqual([
      'Hội đồng Bảo an Liên hợp quốc',
      'Bộ Y tế',
      'Bộ Tài chính',
    ]);
  });
});

describe('one side for a name and the short form the article completes', () => {
  const org = (text: string) =>
    extractSides(text)
      .filter((s) => s.kind === 'organisation')
      .map((s) => [s.name, s.aliases, s.mentions]);

  it('a name without the place that closes it elsewhere in the article', () => {
    expect(org('Sở Xây dựng Hà Nội cho biết đã kiểm tra. Theo Sở Xây dựng, công trình sai phép.')).toEqual([
      ['Sở Xây dựng Hà Nội', ['Sở Xây dựng'], 2],
    ]);
  });

  it('never two places\u2019 bodies: the short form stays apart when two places complete it', () => {
    expect(org('Sở Y tế Hà Nội và Sở Y tế TP.HCM cùng báo cáo. Sở Y tế khuyến cáo người dân.')).toEqual([
      ['Sở Y tế Hà Nội', [], 1],
      ['Sở Y tế TP.HCM', [], 1],
      ['Sở Y tế', [], 1],
    ]);
  });

  it('an administrative unit left out, and an abbreviated head, name the same body', () => {
    expect(
      org('Ủy ban nhân dân tỉnh Quảng Nam đã họp. UBND tỉnh Quảng Nam cho biết. Sau đó UBND Quảng Nam chỉ đạo.'),
    ).toEqual([['Ủy ban nhân dân tỉnh Quảng Nam', ['UBND tỉnh Quảng Nam', 'UBND Quảng Nam'], 3]]);
  });

  it('a province and its city of the same name stay two bodies', () => {
    expect(org('UBND tỉnh Thái Bình và UBND thành phố Thái Bình họp. UBND Thái Bình chỉ đạo.')).toEqual([
      ['UBND tỉnh Thái Bình', [], 1],
      ['UBND thành phố Thái Bình', [], 1],
      ['UBND Thái Bình', [], 1],
    ]);
  });
});
