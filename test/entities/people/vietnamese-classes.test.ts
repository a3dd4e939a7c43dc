// Classes of real Vietnamese text outside the tune half (described in issue 12's follow-up): a minority naming
// prefix that the glue splitter cut, a given name that is also a place after an honorific, minority villages as
// place words. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('Vietnamese classes', () => {
  it('a Khmer woman\'s name prefix ("Neáng", "Néang") stays one word of the name', () => {
    expect(
      names('Công an huyện đã trao giấy khen cho chị Neáng Sa Phol và Néang Thi, cùng trú tại ấp Tà Lọt.'),
    ).toEqual(['Neáng Sa Phol', 'Néang Thi']);
    // Two Vietnamese words glued by a lost space are still split ("Trọngmong" is "Trọng" + "mong").
    expect(names('Ông Trọngmong sớm được về.')).toEqual(['Trọng']);
  });

  it("after an honorific a place's name is a given name; a group from the place is no person", () => {
    expect(names('Chị Huế cho biết gia đình đã chuyển về quê. Ông Vinh, hàng xóm, kể lại.')).toEqual(['Huế', 'Vinh']);
    expect(names('Hôm qua, anh Hải Phòng và chị Thái Bình đều đi làm.')).toEqual(['Hải Phòng', 'Thái Bình']);
    expect(names('Bà con Hà Nội và các cô chú Nam Định đón đoàn.')).toEqual([]);
  });

  it('villages of the Central Highlands and the Khmer ("buôn", "plei", "bon", "sóc") are places', () => {
    expect(names('Người dân buôn Đôn và plei Chư Prông đón đoàn. Đoàn về bon Bu Prăng, sóc Bom Bo.')).toEqual([]);
  });

  it('a religious name and the lay name given in apposition are one person', () => {
    const people = extractPeople(
      'Thượng tọa Thích Minh Thiện (thế danh Nguyễn Văn Hòa) đã viên tịch. Thượng tọa Thích Minh Thiện sinh năm 1960.',
    );
    expect(people.map((p) => p.name)).toEqual(['Thích Minh Thiện']);
    expect(people[0]!.mentions).toBe(3);
    expect(names('Ni sư Thích Nữ Như Hạnh, tên thật là Lê Thị Hoa, trụ trì chùa Từ Quang.')).toEqual([
      'Thích Nữ Như Hạnh',
    ]);
    // Two people side by side stay two.
    expect(names('Thượng tọa Thích Minh Thiện và ông Nguyễn Văn Hòa dự lễ.')).toEqual([
      'Thích Minh Thiện',
      'Nguyễn Văn Hòa',
    ]);
  });

  it("a firm's name shaped like a person's, written bare before or after the firm, is the firm", () => {
    expect(
      names('Năm nay, Hoàng Long Gia Phát đạt doanh thu 500 tỷ đồng. Tập đoàn Hoàng Long Gia Phát công bố lợi nhuận.'),
    ).toEqual([]);
    // An honorific says a person has that name.
    expect(
      names('Công ty TNHH Trần Minh Phát tăng vốn. Ông Trần Minh Phát, người sáng lập, cho biết sẽ mở rộng.'),
    ).toEqual(['Trần Minh Phát']);
  });

  it('an organisation head that starts a title ("Bộ trưởng") is the next title, after "kiêm" the same person\'s', () => {
    const [p] = extractPeople('Phó Thủ tướng kiêm Bộ trưởng Tài chính Ba Lan Jan Kowalski hôm nay cho biết như vậy.');
    expect(p!.name).toBe('Jan Kowalski');
    expect(p!.titles).toEqual(['Phó Thủ tướng', 'Bộ trưởng Tài chính Ba Lan']);
    expect(names('Bộ trưởng Bộ trưởng Bộ trưởng Nguyễn Văn An dự họp.')).toEqual(['Nguyễn Văn An']);
  });
});
