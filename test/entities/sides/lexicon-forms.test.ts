// Sides from lexicon forms (review 2): a country or place is written as a proper name ("hòa bình", peace, is not
// the province Hòa Bình); an acronym is a whole form written in capitals ("EU", "ASEAN") or one defined in
// brackets, never the first word of a form of several ("TP HCM" is not "TP"); and an acronym's name does not
// take in a country that follows it ("Trưởng SOM ASEAN Việt Nam" names ASEAN and Việt Nam, not "ASEAN Việt Nam").
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../../lib/entities/sides';

const sides = (text: string) =>
  extractSides(text).map((s) => `${s.kind}:${s.name}${s.acronym ? ` (${s.acronym})` : ''}`);

describe('acronyms of sides', () => {
  it('a form of several words in capitals has no acronym of its first word', () => {
    for (const form of ['TP HCM', 'TP.HCM', 'BR-VT']) {
      const found = extractSides(`UBND ${form} họp. Người dân ${form} vui mừng khi ${form} công bố quy hoạch.`);
      for (const s of found)
        expect(s.acronym === null || s.acronym.replace(/[ .-]/g, '').length > 2, `${form}: ${s.acronym}`).toBe(true);
    }
    expect(sides('Đoàn đại biểu TP HCM đến thăm Hà Nội.').join()).not.toContain('(TP)');
  });

  it('a one-word acronym keeps it, and a bracketed one is kept', () => {
    expect(sides('Việt Nam và EU ký kết. EU hoan nghênh.')).toContain('organisation:Liên minh châu Âu (EU)');
    expect(sides('Hiệp hội các quốc gia Đông Nam Á (ASEAN) họp tại Jakarta.')).toContain(
      'organisation:Hiệp hội các quốc gia Đông Nam Á (ASEAN)',
    );
  });

  it('an acronym does not take in the country after it', () => {
    const found = sides('Trưởng SOM ASEAN Việt Nam Vũ Hồ dự họp.');
    expect(found.some((s) => s.includes('ASEAN Việt Nam'))).toBe(false);
    expect(found).toContain('country:Việt Nam');
    expect(found.some((s) => s.startsWith('organisation:') && s.endsWith('(ASEAN)'))).toBe(true);
    // A body named by its place still takes it in: "Quốc hội Mỹ".
    expect(sides('Quốc hội Mỹ thông qua dự luật.')).toContain('organisation:Quốc hội Mỹ');
  });
});

describe('places are proper names', () => {
  it('a common phrase spelt like a province is not the province; the province is', () => {
    expect(sides('Chương trình nghị sự Phụ nữ, Hòa bình và An ninh của Liên hợp quốc.').join()).not.toContain(
      'Hòa Bình',
    );
    expect(sides('Đoàn công tác đến tỉnh Hòa Bình.')).toContain('place:Hòa Bình');
    expect(sides('Lũ quét ở Hòa Bình và Sơn La.')).toContain('place:Hòa Bình');
  });
});

describe('a country word that is a name in the article', () => {
  it('the given name of a woman named earlier, or paired with a name, is not the country', () => {
    const text =
      'Chị Nguyễn Thị Nga, 32 tuổi, và chị Lê Thị My bị bắt. Công an bắt quả tang Nga và My đang lấy trộm hàng. Nga khai nhận.';
    expect(sides(text).join()).not.toContain('Nga');
    expect(sides('Công an bắt quả tang My và Nga đang trộm hàng.').join()).not.toContain('Nga');
  });

  it('the country still, with place context, or paired with a side', () => {
    expect(sides('Chị Nguyễn Thị Nga sang Nga học tập.')).toContain('country:Nga');
    expect(sides('Quan hệ giữa Nga và Ukraine căng thẳng. Nga và Trung Quốc ký thỏa thuận.')).toContain('country:Nga');
    expect(sides('Mỹ và Nga đàm phán.')).toContain('country:Nga');
  });

  it('a common given name elsewhere in the article does not hide the country ("Nguyễn Hoàng Anh" and the UK)', () => {
    const text =
      'Đại sứ Nguyễn Hoàng Anh đã tiếp Bộ trưởng Ngoại giao Anh David Lammy. Quan hệ Việt Nam - Anh đang phát triển. Chính phủ Anh cam kết hỗ trợ.';
    expect(sides(text)).toContain('country:Anh');
  });
});
