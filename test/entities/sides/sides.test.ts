// Sides: the countries, organisations and places an article is about, one entry per side with its forms.
// Sentences marked with a file name are real text from the tune half of ../shared/corpus/real-text.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/entities';
import { extractSides } from '../../../lib/entities/sides';
import { extractPeople } from '../../../lib/entities/people';

const sides = (text: string) =>
  extractSides(text).map((s) => `${s.kind}:${s.name}${s.acronym ? ` (${s.acronym})` : ''}`);
const people = (text: string) => extractPeople(text).map((p) => p.name);

describe('sides from the lexicons', () => {
  it('one country whatever the name the text uses, one organisation for its name and acronym (world-005)', () => {
    const text =
      'Ông Biden thành công trong thực hiện kế hoạch chống dịch Covid-19 và đưa Mỹ gia nhập trở lại Tổ chức Y tế Thế giới (WHO). Hoa Kỳ sẽ tham gia WHO.';
    const found = extractSides(text);
    const us = found.find((s) => s.kind === 'country')!;
    expect(us.name).toBe('Hoa Kỳ');
    expect(us.aliases).toEqual(['Mỹ']);
    expect(us.mentions).toBe(2);
    const who = found.find((s) => s.kind === 'organisation')!;
    expect(who.name).toBe('Tổ chức Y tế Thế giới');
    expect(who.acronym).toBe('WHO');
    expect(who.mentions).toBe(2);
    expect(found).toHaveLength(2);
  });

  it('an acronym alone shows the name it stands for; spans point at the text', () => {
    const text = 'Lãnh đạo TPHCM làm việc với ASEAN.';
    const found = extractSides(text);
    expect(found.map((s) => [s.name, s.acronym])).toEqual([
      ['TP Hồ Chí Minh', 'TPHCM'],
      ['Hiệp hội các quốc gia Đông Nam Á', 'ASEAN'],
    ]);
    expect(found.map((s) => text.slice(s.spans[0]!.start, s.spans[0]!.end))).toEqual(['TPHCM', 'ASEAN']);
  });

  it('a country name that is also a personal name or a word counts only as the country', () => {
    expect(sides('Tiền đạo Tuấn Anh ghi bàn. Ông Đức phát biểu. Pháp luật quy định rõ.')).toEqual([]);
    expect(sides('Thủ tướng Anh Boris Johnson gặp Tổng thống Pháp. Đức và Nga đã ký.')).toEqual([
      'country:Anh',
      'country:Pháp',
      'country:Đức',
      'country:Nga',
    ]);
  });

  it('an acronym form matches only in capitals', () => {
    expect(sides('Who is he? Un peu.')).toEqual([]);
  });
});

describe('organisations by the shape of their names', () => {
  it('head word, words of type, capitalised name; the place inside is a side too (mixed-039, domestic-019)', () => {
    expect(
      sides(
        'Gần đây, một số học sinh Trường THCS - THPT Tân Mỹ, huyện Thanh Bình (Đồng Tháp) được báo chí phát hiện đọc, viết khó khăn.',
      ),
    ).toEqual(['organisation:Trường THCS - THPT Tân Mỹ', 'place:Đồng Tháp']);
    expect(sides('Sự ra đời của Trường Đại học Việt Đức ở Bình Dương.')).toEqual([
      'organisation:Trường Đại học Việt Đức',
      'place:Bình Dương',
    ]);
  });

  it('a body completed by its place, never by the person after it', () => {
    expect(sides('Sáng 1/5, Phó Chủ tịch UBND thành phố Hà Nội Chử Xuân Dũng đã đến kiểm tra.')).toEqual([
      'organisation:UBND thành phố Hà Nội',
      'place:Hà Nội',
    ]);
    expect(sides('Thượng viện Campuchia do Chủ tịch Thượng viện Hun Sen đứng đầu.')).toEqual([
      'organisation:Thượng viện Campuchia',
      'country:Campuchia',
      'organisation:Thượng viện',
    ]);
  });

  it('a known institution with its state, and "Bộ trưởng", "Ban hành", "Hội nghị" are no organisations', () => {
    expect(sides('Bộ Ngoại giao Trung Quốc phản đối.')).toEqual([
      'organisation:Bộ Ngoại giao Trung Quốc',
      'country:Trung Quốc',
    ]);
    expect(sides('Bộ trưởng Nguyễn Văn An dự. Ban hành Nghị định mới. Hội nghị Trung ương bế mạc.')).toEqual([]);
  });

  it('foreign names ending in an organisation word (domestic-027)', () => {
    expect(sides('Ông Dương Trí Thành - Tổng Giám đốc Vietnam Airlines (ngồi phải) và ông Bùi Quang Ngọc.')).toEqual([
      'organisation:Vietnam Airlines',
    ]);
  });
});

describe('sides keep organisations and places out of people', () => {
  it('a company named after a person (domestic-015), a school, a city named after a person', () => {
    expect(
      people(
        'Ông Nguyễn Tri Quang - Phó Chủ tịch Hội Doanh nhân trẻ TPHCM, Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết.',
      ),
    ).toEqual(['Nguyễn Tri Quang']);
    expect(people('Học sinh Trường THPT Trần Phú đến thăm Tp. Hồ Chí Minh.')).toEqual([]);
    expect(people('Ông Dương Trí Thành - Tổng Giám đốc Vietnam Airlines (ngồi phải).')).toEqual(['Dương Trí Thành']);
  });
});

describe('extractEntities fills sides', () => {
  it('with offsets into the NFC text, the same for NFD input', () => {
    const text = 'Bộ Ngoại giao Việt Nam và Liên minh châu Âu (EU) ký kết tại Hà Nội.';
    const a = extractEntities(text).sides!;
    const b = extractEntities(text.normalize('NFD')).sides!;
    expect(a.map((s) => s.name)).toEqual(['Bộ Ngoại giao Việt Nam', 'Việt Nam', 'Liên minh châu Âu', 'Hà Nội']);
    expect(b.map((s) => [s.name, s.spans])).toEqual(a.map((s) => [s.name, s.spans]));
    expect(a[2]!.acronym).toBe('EU');
  });
});
