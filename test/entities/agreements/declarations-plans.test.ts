// Declarations and plans named by what they are about, who made them and what they carry out: a joint
// statement after "của" + those who issued it, a horizon ("hướng tới năm 2030") kept in the name, a plan
// between two sides named by what it carries out. Written sentences: they test the rules, they are no evidence
// that they work.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const found = (text: string) => extractAgreements(text).map((a) => [a.name, a.year]);

describe('joint statements named by those who made them', () => {
  it('reads "của" + the leaders of two named sides', () => {
    expect(
      found('Hai nhà lãnh đạo đã ra Tuyên bố chung của các nhà lãnh đạo Việt Nam - Australia. Thủ tướng nói thêm.'),
    ).toEqual([['Tuyên bố chung của các nhà lãnh đạo Việt Nam - Australia', null]]);
  });

  it('does not run "của" into one side’s words', () => {
    expect(
      found('Tuyên bố chung Astana nêu rõ quan điểm. Nội dung Tuyên bố chung của các nước thành viên được nhắc lại.'),
    ).toEqual([['Tuyên bố chung Astana', null]]);
  });
});

describe('a horizon and a purpose in the name', () => {
  it('keeps "hướng tới năm 2030" in the name, as no year of signing', () => {
    expect(
      found(
        'Hai bên thông qua Tuyên bố Tầm nhìn chung Việt Nam - Hoa Kỳ về Quan hệ đối tác toàn diện hướng tới năm 2030, nhấn mạnh hợp tác.',
      ),
    ).toEqual([['Tuyên bố Tầm nhìn chung Việt Nam - Hoa Kỳ về Quan hệ đối tác toàn diện hướng tới năm 2030', null]]);
  });

  it('names a plan between two sides by what it carries out', () => {
    expect(
      found(
        'Việt Nam và Nhật Bản nhất trí triển khai Chương trình hành động thực hiện Quan hệ Đối tác chiến lược sâu rộng Việt Nam - Nhật Bản đến năm 2025.',
      ),
    ).toEqual([
      ['Chương trình hành động thực hiện Quan hệ Đối tác chiến lược sâu rộng Việt Nam - Nhật Bản đến năm 2025', null],
    ]);
    expect(
      found(
        'Hai Bộ trưởng ký Chương trình hành động giai đoạn 2024 - 2028 nhằm thực hiện quan hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc.',
      ).map((a) => a[0]),
    ).toEqual([
      'Chương trình hành động giai đoạn 2024 - 2028 nhằm thực hiện quan hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc',
    ]);
  });

  it('still leaves out a plan that carries out a domestic instrument', () => {
    expect(found('Tỉnh ban hành Kế hoạch hành động thực hiện Nghị quyết 36 của Trung ương.')).toEqual([]);
  });
});
