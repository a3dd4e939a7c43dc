// Later short mentions join the full name; spelling variants of one name are one person; spans point at the
// mentions in the caller's (NFC) text.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('short mentions join the full name', () => {
  it('"Ông Wiegan" joins Gunnar Wiegan (foreign surname last)', () => {
    const people = extractPeople('Trưởng SOM EU Gunnar Wiegan phát biểu. Ông Wiegan cho biết EU sẽ hỗ trợ.');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toBe(2);
  });

  it('joins a foreign surname written first ("ông Anwar", "ngài Iwaya")', () => {
    const a = extractPeople('Thủ tướng Malaysia Anwar Ibrahim tới Hà Nội. Ông Anwar nhấn mạnh quan hệ hai nước.');
    expect(a.map((p) => [p.name, p.mentions])).toEqual([['Anwar Ibrahim', 2]]);
    const b = extractPeople(
      'Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi thăm Việt Nam. Ngài Iwaya đề nghị tăng cường hợp tác.',
    );
    expect(b.map((p) => [p.name, p.mentions])).toEqual([['Iwaya Takeshi', 2]]);
  });

  it('a title with a shorter name joins the full name ("Thứ trưởng Nguyễn Quốc Dũng", "Thứ trưởng Dũng")', () => {
    const people = extractPeople(
      'Thứ trưởng Ngoại giao Nguyễn Quốc Dũng dự họp. Thứ trưởng Nguyễn Quốc Dũng phát biểu. Thứ trưởng Dũng đề nghị EU hỗ trợ.',
    );
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Nguyễn Quốc Dũng', 3]]);
    expect(people[0]!.titles).toEqual(['Thứ trưởng Ngoại giao']);
  });

  it('a given name after "ông"/"bà"/"chị" joins the nearest full name that ends with it', () => {
    const text =
      'Chị Nguyễn Thị Huyền, 36 tuổi, thuê trọ ở quận 12. "Tết này khó khăn", chị Huyền nói. Chị Huỳnh Thị Thủy cũng mất việc. Chị Thủy dự định về quê.';
    const people = extractPeople(text);
    expect(people.map((p) => [p.name, p.mentions]).sort()).toEqual([
      ['Huỳnh Thị Thủy', 2],
      ['Nguyễn Thị Huyền', 2],
    ]);
  });

  it('counts later bare repeats of a full name and of a foreign surname', () => {
    const people = extractPeople(
      'Nhà phân tích Mike Shatzkin dự báo doanh thu giảm. Shatzkin có viết: "Đó là quy luật". Theo Mike Shatzkin, sách in sẽ giảm.',
    );
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Mike Shatzkin', 3]]);
  });

  it('"Bác Hồ" joins the one full name that starts with the surname', () => {
    const people = extractPeople(
      'Đoàn dâng hương Chủ tịch Hồ Chí Minh. Các đại biểu bày tỏ lòng biết ơn Bác Hồ kính yêu.',
    );
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Hồ Chí Minh', 2]]);
  });

  it('keeps a person known only by a title and one name ("Tổng thống Roosevelt")', () => {
    expect(names('Tổng thống Roosevelt ký sắc lệnh.')).toEqual(['Roosevelt']);
  });

  it('finds a lone foreign surname that speaks ("Như Bezos nói")', () => {
    expect(
      names('Khi có chuyện, Amazon im lặng. Như Bezos nói trong một buổi phỏng vấn, Amazon chấp nhận bị hiểu lầm.'),
    ).toEqual(['Bezos']);
  });
});

describe('spelling variants are one person', () => {
  const base =
    'Bộ trưởng Nguyễn Thị Thủy phát biểu. Bà Thủy nhấn mạnh. Ngày mai, Bộ trưởng Nguyễn Thị Thuỷ sẽ thăm Huế.';

  it('merges old and new tone placement (Thủy / Thuỷ) and reports one key', () => {
    const people = extractPeople(base);
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toBe(3);
  });

  it('gives the same people for NFD input, Ð for Đ, and non-breaking or zero-width spaces', () => {
    const text = 'Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Đỗ Hùng Việt. Thượng tướng Hoàng Xuân Chiến nhấn mạnh.';
    const want = extractPeople(text).map((p) => [p.key, p.mentions, p.titles]);
    const variants = [
      text.normalize('NFD'),
      text.replace(/Đ/g, '\u00D0'),
      text.replace(/ Xuân /g, '\u00A0Xuân\u00A0'),
      text.replace(/Hoàng /g, 'Hoàng\u200B '),
    ];
    for (const v of variants) expect(extractPeople(v).map((p) => [p.key, p.mentions, p.titles])).toEqual(want);
  });

  it('reports spans in the offsets of the NFC input, around the invisible characters', () => {
    const text = 'Hôm qua,\u200B ông\u00A0Lê Văn Dục cho biết. Ông Dục nói thêm.';
    const [p] = extractPeople(text);
    expect(p!.spans.map((s) => text.normalize('NFC').slice(s.start, s.end))).toEqual(['Lê Văn Dục', 'Dục']);
    const nfd = text.normalize('NFD');
    const [q] = extractPeople(nfd);
    expect(q!.spans).toEqual(p!.spans);
  });
});

describe('first sentence and order', () => {
  it('gives the sentence of the first mention', () => {
    const [p] = extractPeople(
      'Hội nghị khai mạc sáng nay. Thủ tướng Phạm Minh Chính phát biểu khai mạc. Ông Chính nhấn mạnh.',
    );
    expect(p!.firstSentence).toBe('Thủ tướng Phạm Minh Chính phát biểu khai mạc.');
  });

  it('puts the person mentioned early and often before one named once at the end', () => {
    const text =
      'Thứ trưởng Lê Thị Thu Hằng tiếp Đại sứ Anh. Thứ trưởng Lê Thị Thu Hằng đánh giá cao quan hệ. Bà Hằng đề nghị hợp tác. ' +
      'Hai bên thảo luận nhiều vấn đề về kinh tế, thương mại và đầu tư trong thời gian tới. '.repeat(4) +
      'Tham dự có Vụ trưởng Trần Văn Nam.';
    expect(names(text)).toEqual(['Lê Thị Thu Hằng', 'Trần Văn Nam']);
  });
});
