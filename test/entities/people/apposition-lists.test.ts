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

describe('a role that heads a company in the apposition slot', () => {
  it('one Latin-script word after the role and before the comma is the company, not a person', () => {
    const people = titlesByName('Anh Trần Hữu Nam, Nhà sáng lập Tiki, chia sẻ về khởi nghiệp.');
    expect(people).toEqual({ 'Trần Hữu Nam': ['Nhà sáng lập Tiki'] });
  });

  it('a brand then a place is a company’s branch; a full name after it is the person', () => {
    expect(titlesByName('Ông Lê Hoàng Nam, Giám đốc điều hành Grab Việt Nam, cho biết.')).toEqual({
      'Lê Hoàng Nam': ['Giám đốc điều hành Grab Việt Nam'],
    });
    expect(titlesByName('Giám đốc Honda Việt Nam Trần Văn Hà cho biết xe đã bán hết.')).toEqual({
      'Trần Văn Hà': ['Giám đốc Honda Việt Nam'],
    });
  });

  it('what a representative speaks for is no person', () => {
    expect(extractPeople('Đại diện Vinamilk cho biết công ty sẽ mở rộng nhà máy.')).toEqual([]);
  });
});

describe('not people, by the structure around them', () => {
  const names = (text: string) => extractPeople(text).map((p) => p.name);

  it('places in a count list', () => {
    expect(names('Số ca mắc tại các huyện (Mê Linh 337, Thạch Thất 15, Ba Vì 2) tiếp tục tăng.')).toEqual([]);
  });

  it('communes and wards named after people, in a list after "các phường"', () => {
    expect(names('Mưa lớn tại các phường Lê Lợi, Trần Phú và Quang Trung gây ngập sâu.')).toEqual([]);
  });

  it('a name written with the acronym of its initials is a company or a club, in every mention', () => {
    expect(names('Tập đoàn Hoàng Anh Gia Lai (HAGL) vừa công bố kết quả. Hoàng Anh Gia Lai lỗ 500 tỷ đồng.')).toEqual(
      [],
    );
  });

  it('a foreign name keeps its initials', () => {
    expect(names('Tổng thống John F. Kennedy (JFK) bị ám sát năm 1963.')).toContain('John F. Kennedy');
  });
});

describe('names kept whole', () => {
  it('a stage word glued before the name is its title', () => {
    expect(titlesByName('Diva Hồng Nhung biểu diễn tối qua. Ca sĩ Johnny Trí Nguyễn cũng tham gia.')).toEqual({
      'Hồng Nhung': ['Diva'],
      'Johnny Trí Nguyễn': ['Ca sĩ'],
    });
  });

  it('romanised Korean names are no stage word and name', () => {
    expect(extractPeople('HLV Park Hang Seo triệu tập 30 cầu thủ.').map((p) => p.name)).toEqual(['Park Hang Seo']);
  });

  it('a last syllable typed in lower case is kept when the article writes the name whole elsewhere', () => {
    const people = extractPeople(
      'Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Sau đó, Thủ tướng Phạm Minh chính đã phát biểu kết luận.',
    );
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Phạm Minh Chính', 2]]);
  });
});

describe('long organisation complements of an appositive role', () => {
  it('an acronym joined by an ampersand stays in the role', () => {
    expect(titlesByName('Ông Trần Văn Lâm, Giám đốc Sở GD&ĐT Hà Nội, cho hay.')).toEqual({
      'Trần Văn Lâm': ['Giám đốc Sở GD&ĐT Hà Nội'],
    });
  });

  it('a faculty ("Khoa ...") is the role’s unit, not a person', () => {
    expect(titlesByName('Ông Lê Minh Tuấn, giảng viên Khoa Luật, Đại học Quốc gia Hà Nội, phân tích.')).toEqual({
      'Lê Minh Tuấn': ['giảng viên Khoa Luật, Đại học Quốc gia Hà Nội'],
    });
    expect(titlesByName('Trưởng khoa Khoa Dược Nguyễn Văn An phát biểu.')).toEqual({
      'Nguyễn Văn An': ['Trưởng khoa Khoa Dược'],
    });
    expect(extractPeople('Anh Khoa cho biết đã nộp hồ sơ.').map((p) => p.name)).toEqual(['Khoa']);
  });
});

describe('given names that are also a place, and ethnic-minority name prefixes', () => {
  const names = (text: string) => extractPeople(text).map((p) => p.name);

  it('one syllable after an honorific is a given name even when a country is written the same', () => {
    expect(names('Theo ông Đức, giá sẽ còn tăng.')).toEqual(['Đức']);
    expect(names('Bầu Đức cho biết sẽ đầu tư thêm cho đội bóng.')).toEqual(['Đức']);
    expect(names('Quan hệ Việt Nam - Đức phát triển tốt. Bà Merkel thăm Đức.')).toEqual(['Merkel']);
  });

  it('"bầu" as the verb to elect leaves the title and name after it as they are', () => {
    expect(titlesByName('Quốc hội bầu ông Trần Thanh Mẫn làm Chủ tịch Quốc hội.')).toEqual({ 'Trần Thanh Mẫn': [] });
  });

  it('"A" opens a Ba Na or Gia Rai name after an honorific or a title', () => {
    expect(titlesByName('Già làng A Hưn phát biểu tại lễ hội.')).toEqual({ 'A Hưn': ['Già làng'] });
    expect(names('Đội tuyển bảng A Việt Nam thắng trận.')).toEqual([]);
  });
});

describe('roles joined by "kiêm", and a company named like a person in the role', () => {
  it('a title inside the role is read whole ("ký" of "thư ký" is no verb there)', () => {
    expect(
      titlesByName('Ông Nguyễn Văn Đính, phó chủ tịch kiêm tổng thư ký Hội Môi giới bất động sản Việt Nam, cho hay.'),
    ).toEqual({ 'Nguyễn Văn Đính': ['phó chủ tịch', 'tổng thư ký Hội Môi giới bất động sản Việt Nam'] });
  });

  it('a name the article writes as an organisation’s heads the role in the apposition slot', () => {
    expect(
      titlesByName(
        'Hội đồng quản trị Tân Hiệp Phát họp sáng nay. Ông Trần Quí Thanh, Chủ tịch Tân Hiệp Phát, cho biết.',
      ),
    ).toEqual({ 'Trần Quí Thanh': ['Chủ tịch Tân Hiệp Phát'] });
  });
});
