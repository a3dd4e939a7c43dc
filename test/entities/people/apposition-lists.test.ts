// Roles written after the name in a list of several people ("A - role, B - role và C - role"), each to its own
// person; and the not-people classes kept out by structure. Sentences written for the test: they test a rule, they
// are no evidence that it works on real text (scripts/real-text.ts measures that).
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

function titlesByName(text: string): Record<string, string[]> {
  return Object.fromEntries(extractPeople(text).map((p) => [p.name, p.titles]));
}

describe('a list of people each followed by their role', () => {
  it('gives each dash role to the name before it, not to the next one', () => {
    const text =
      'Cùng dự có ông Trần Văn Mẫn - Phó Chủ tịch Thường trực Quốc hội, bà Nguyễn Thị Hồng - Thống đốc Ngân hàng ' +
      'Nhà nước và ông Hồ Đức Phúc - Bộ trưởng Bộ Tài chính.';
    expect(titlesByName(text)).toEqual({
      'Trần Văn Mẫn': ['Phó Chủ tịch Thường trực Quốc hội'],
      'Nguyễn Thị Hồng': ['Thống đốc Ngân hàng Nhà nước'],
      'Hồ Đức Phúc': ['Bộ trưởng Bộ Tài chính'],
    });
  });

  it('an academic title before the next name stays that name’s', () => {
    const people = titlesByName(
      'Hội đồng chấm thi có PGS.TS Nguyễn Văn Thắng - Phó Hiệu trưởng Trường Đại học Y Hà Nội, TS Trần Thị Lan.',
    );
    expect(people['Nguyễn Văn Thắng']).toContain('Phó Hiệu trưởng Trường Đại học Y Hà Nội');
    expect(people['Trần Thị Lan']).toEqual(['TS']);
  });

  it('a role right before a name after the comma is still the next person’s', () => {
    const people = titlesByName('Tiếp Đại sứ Mỹ Marc Knapper, Đại tướng Phan Văn Giang đánh giá cao quan hệ hai nước.');
    expect(people['Phan Văn Giang']).toEqual(['Đại tướng']);
  });
});
