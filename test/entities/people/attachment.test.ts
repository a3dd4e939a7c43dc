// Titles go to the right person when several people and bodies stand close together.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const summary = (text: string) => extractPeople(text).map((p) => [p.name, p.titles]);

describe('who a title belongs to', () => {
  it('a title in a place name does not start a chain ("Phủ Chủ tịch, Thủ tướng ...")', () => {
    expect(summary('Sáng 21/11, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Minh Chính chủ trì lễ đón.')).toEqual([
      ['Phạm Minh Chính', ['Thủ tướng Chính phủ']],
    ]);
  });

  it('"thừa ủy quyền của Thủ tướng, Bộ trưởng X": the minister is not the prime minister', () => {
    expect(
      summary('Trước đó, thừa ủy quyền của Thủ tướng, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã trình bày tờ trình.'),
    ).toEqual([['Trần Tuấn Anh', ['Bộ trưởng Bộ Công Thương']]]);
  });

  it('"chính quyền Tổng thống Joe Biden" is not an acting president', () => {
    expect(summary('Ông là quan chức cấp cao nhất trong chính quyền Tổng thống Joe Biden thăm Việt Nam.')).toEqual([
      ['Joe Biden', ['Tổng thống']],
    ]);
  });

  it('after a name and a comma, a title with its own name is the next person, not a role', () => {
    expect(
      summary('Tiếp Đại sứ Julien Guerrier, Đại tướng Phan Văn Giang đánh giá cao những đóng góp của Đại sứ.'),
    ).toEqual([
      ['Julien Guerrier', ['Đại sứ']],
      ['Phan Văn Giang', ['Đại tướng']],
    ]);
  });

  it("a lone syllable after a title that starts a body's name is not a person", () => {
    expect(
      summary(
        'Đại tướng Phan Văn Giang, Phó bí thư Quân ủy Trung ương, Trưởng Ban Chỉ đạo phòng chống thiên tai, phát biểu.',
      ),
    ).toEqual([
      ['Phan Văn Giang', ['Đại tướng', 'Phó bí thư Quân ủy Trung ương', 'Trưởng Ban Chỉ đạo phòng chống thiên tai']],
    ]);
  });

  it('a lower-case role word after a comma starts a new clause', () => {
    expect(summary('Theo bác sĩ Cao Thị Hồng, bệnh nhân đã ổn định.')).toEqual([['Cao Thị Hồng', ['bác sĩ']]]);
  });

  it('English honorifics only in their own spelling ("MS Office" is software)', () => {
    expect(summary('Thành công mỹ mãn như MS Office, nơi tiếp thị tạo tiếng vang.')).toEqual([]);
  });

  it('two people joined by "và" keep their own titles', () => {
    expect(
      summary('Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Đại diện cấp cao EU Josep Borrell nhất trí thúc đẩy hợp tác.'),
    ).toEqual([
      ['Bùi Thanh Sơn', ['Bộ trưởng Bộ Ngoại giao']],
      ['Josep Borrell', ['Đại diện cấp cao EU']],
    ]);
  });
});
