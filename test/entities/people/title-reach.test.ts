// How far a title reaches: through prefix words to the longest title, past an international body's whole name,
// past a long complement, and where it stops (a verb such as "báo cáo" or "giữ chức"); a role given by a verb
// after the name ("làm Trưởng đoàn", "giữ chức Chủ tịch nước") is a predicate, not a title (ANNOTATION.md of the
// real-text corpus), but a second post after "kiêm" is a title.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

function person(text: string, name: string) {
  const p = extractPeople(text).find((x) => x.name === name);
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(extractPeople(text).map((x) => x.name))}`);
  return p;
}

describe('titles with an organisation after them', () => {
  it('reads the longest title through prefix words ("Phó" + "Tổng Thư ký Liên hợp quốc")', () => {
    expect(
      person('Tổng Thư ký Liên hợp quốc António Guterres hoan nghênh thỏa thuận.', 'António Guterres').titles,
    ).toEqual(['Tổng Thư ký Liên hợp quốc']);
    const p = person(
      'Nhân dịp này, Phó Tổng Thư ký Liên hợp quốc Amina J. Mohammed đã có cuộc gặp.',
      'Amina J. Mohammed',
    );
    expect(p.titles).toEqual(['Phó Tổng Thư ký Liên hợp quốc']);
    expect(p.organisation).toBe('Liên hợp quốc');
  });

  it('reaches the name after a long body with its acronym', () => {
    const p = person(
      'Giám đốc điều hành Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc (UNODC) Ghada Waly cho biết UNODC sẽ hỗ trợ.',
      'Ghada Waly',
    );
    expect(p.titles).toEqual(['Giám đốc điều hành Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc (UNODC)']);
  });

  it('a complement ending in a place-like word ("Môi trường") still leads to the name', () => {
    const p = person(
      'Thứ trưởng Bộ Nông nghiệp và Môi trường Phùng Đức Tiến cho biết Việt Nam đã tham gia.',
      'Phùng Đức Tiến',
    );
    expect(p.titles).toEqual(['Thứ trưởng Bộ Nông nghiệp và Môi trường']);
  });

  it('an acronym after "tại" is the place, the name after it is the title\'s', () => {
    const p = person('Tổng lãnh sự Mỹ tại TP.HCM Susan Burns cho biết. Bà Burns cũng nhắc tới lịch sử.', 'Susan Burns');
    expect(p.titles).toEqual(['Tổng lãnh sự Mỹ tại TP.HCM']);
    expect(p.mentions).toBe(2);
  });
});

describe('where a role stops, and roles given by a verb', () => {
  it('stops an appositive role at "báo cáo"', () => {
    const p = person(
      'Đại tá Hoàng Văn Đức, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lạng Sơn báo cáo kết quả tuần tra.',
      'Hoàng Văn Đức',
    );
    expect(p.titles).toEqual(['Đại tá', 'Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lạng Sơn']);
  });

  it('stops at "giữ chức": the post it gives is a predicate, not a title', () => {
    const p = person(
      'Quốc hội bầu Đại tướng Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư giữ chức Chủ tịch nước nhiệm kỳ 2021-2026.',
      'Lương Cường',
    );
    expect(p.titles).toEqual(['Đại tướng', 'Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư']);
  });

  it('a role after "làm" or "là" is a predicate; a post after "kiêm" is a title', () => {
    expect(person('Đoàn thanh tra do ông Marco Antonelli làm Trưởng đoàn.', 'Marco Antonelli').titles).toEqual([]);
    expect(person('Người ký là ông Nguyễn Văn Hùng là Giám đốc Sở Y tế.', 'Nguyễn Văn Hùng').titles).toEqual([]);
    expect(person('Ông Nguyễn Văn Hùng làm việc với đoàn.', 'Nguyễn Văn Hùng').titles).toEqual([]);
    expect(person('Ông Nguyễn Văn Hùng kiêm Giám đốc Sở Y tế dự họp.', 'Nguyễn Văn Hùng').titles).toEqual([
      'Giám đốc Sở Y tế',
    ]);
  });
});

describe('a body or term whose name holds a comma', () => {
  it('continues past the comma when lower-case words end in its acronym', () => {
    const p = person(
      'Phó Thủ tướng Trần Hồng Hà, Trưởng Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) đã làm việc với đoàn.',
      'Trần Hồng Hà',
    );
    expect(p.titles).toEqual([
      'Phó Thủ tướng',
      'Trưởng Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)',
    ]);
  });

  it('but not into the next clause', () => {
    const p = person(
      'Ông Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam, dự Cuộc họp Quan chức cao cấp (SOM) ASEAN - EU.',
      'Đỗ Hùng Việt',
    );
    expect(p.titles).toEqual(['Trưởng SOM ASEAN Việt Nam']);
  });
});

describe("a second title after the first one's complement", () => {
  it('splits "Giám đốc Công an tỉnh ... Đại tá X" and "Bộ trưởng Quốc phòng Đại tướng X"', () => {
    expect(person('Giám đốc Công an tỉnh Thái Nguyên Đại tá Lê Văn Tuấn cho biết.', 'Lê Văn Tuấn').titles).toEqual([
      'Giám đốc Công an tỉnh Thái Nguyên',
      'Đại tá',
    ]);
    expect(person('Bộ trưởng Quốc phòng Đại tướng Phan Văn Giang tiếp đoàn.', 'Phan Văn Giang').titles).toEqual([
      'Bộ trưởng Quốc phòng',
      'Đại tướng',
    ]);
  });

  it('but a title inside a body\'s name stays there ("Văn phòng Chủ tịch nước")', () => {
    expect(person('Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải dự lễ.', 'Lê Khánh Hải').titles).toEqual([
      'Chủ nhiệm Văn phòng Chủ tịch nước',
    ]);
  });
});

describe('appositive roles after a name in brackets', () => {
  it("a role in brackets right after the name is the name's; an age in brackets is skipped", () => {
    expect(person('Ông Nguyễn Văn An (Giám đốc Sở Y tế) cho biết.', 'Nguyễn Văn An').titles).toEqual([
      'Giám đốc Sở Y tế',
    ]);
    expect(person('Bà Trần Thị Hoa (45 tuổi), giáo viên trường làng, kể lại.', 'Trần Thị Hoa').titles).toEqual([
      'giáo viên trường làng',
    ]);
  });

  it("after a bracket opened before the name, the next list item is not the name's role", () => {
    const p = person(
      'Sẽ có ba người là trưởng phòng kỹ thuật (ông Lê Văn Bình), một phó trưởng phòng và một cán bộ bị tạm đình chỉ.',
      'Lê Văn Bình',
    );
    expect(p.titles).not.toContain('phó trưởng phòng và một cán bộ');
    expect(p.titles.some((t) => t.includes('phó trưởng phòng'))).toBe(false);
  });
});
