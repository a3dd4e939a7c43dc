// Roles read from the grammar of a Vietnamese role phrase rather than from a list of whole titles: a modifier
// (Phó, Tổng, Chánh, Đệ nhất...) before a head, and heads outside the lexicon by the shape of Sino-Vietnamese
// person nouns (two or three words ending in -viên, -sư, -gia, -phó...). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

function titlesOf(text: string, name: string): string[] {
  const p = extractPeople(text).find((x) => x.name === name);
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(extractPeople(text).map((x) => x.name))}`);
  return p.titles;
}

describe('role heads by their shape', () => {
  it('reads a three-word person noun ending in a person morpheme', () => {
    expect(titlesOf('Phát ngôn viên Lê Thị Thu Hằng cho biết như vậy.', 'Lê Thị Thu Hằng')).toEqual(['Phát ngôn viên']);
    expect(titlesOf('Theo nghiên cứu viên Đỗ Minh Tuấn, giá sẽ còn tăng.', 'Đỗ Minh Tuấn')).toEqual([
      'nghiên cứu viên',
    ]);
  });

  it('reads -gia roles, and hiệu phó', () => {
    expect(titlesOf('Nhiếp ảnh gia Trần Quang Huy kể lại chuyến đi.', 'Trần Quang Huy')).toEqual(['Nhiếp ảnh gia']);
    expect(titlesOf('Hôm qua, hiệu phó Nguyễn Thị Lan đã họp phụ huynh.', 'Nguyễn Thị Lan')).toEqual(['hiệu phó']);
  });

  it('does not take a word before a known two-word role into it', () => {
    const titles = titlesOf('Cặp trung vệ Đỗ Duy Mạnh và Bùi Tiến Dũng chơi tốt.', 'Đỗ Duy Mạnh');
    expect(titles).not.toContain('Cặp trung vệ');
  });

  it('a verb that ends in a person morpheme is no role', () => {
    const people = extractPeople('Việt Nam sẽ tham gia Hội nghị Thượng đỉnh tại Jakarta.');
    expect(people.map((p) => p.name)).toEqual([]);
  });
});

describe('modifiers before a head', () => {
  it('Đệ nhất, Tổng, Phó Chánh', () => {
    expect(titlesOf('Đệ nhất phu nhân Melania Trump tới thăm trường.', 'Melania Trump')).toEqual(['Đệ nhất phu nhân']);
    expect(titlesOf('Tổng Thanh tra Đoàn Hồng Phong chủ trì hội nghị.', 'Đoàn Hồng Phong')).toEqual(['Tổng Thanh tra']);
    expect(titlesOf('Phó Chánh Văn phòng Trần Văn Sơn cho biết.', 'Trần Văn Sơn')[0]).toMatch(/^Phó Chánh Văn phòng/);
  });
});

describe('the holder after a title', () => {
  it('a surname that is also an organisation head opens the name, not a delegation', () => {
    expect(titlesOf('Tổng Thanh tra Chính phủ Đoàn Hồng Phong chủ trì hội nghị.', 'Đoàn Hồng Phong')).toEqual([
      'Tổng Thanh tra Chính phủ',
    ]);
  });
});

describe('several posts of one person', () => {
  it('"kiêm" joins two posts, each its own title', () => {
    expect(titlesOf('Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Bình Minh tiếp khách.', 'Phạm Bình Minh')).toEqual([
      'Phó Thủ tướng',
      'Bộ trưởng Ngoại giao',
    ]);
    // After a complement that names a country too.
    expect(
      titlesOf(
        'Phó Thủ tướng Thái Lan kiêm Ngoại trưởng Parnpree Bahiddha-Nukara đến Hà Nội.',
        'Parnpree Bahiddha-Nukara',
      ),
    ).toEqual(['Phó Thủ tướng Thái Lan', 'Ngoại trưởng']);
    expect(
      titlesOf('Ông Lê Văn An, Bí thư Đảng ủy kiêm Chủ tịch HĐQT Tập đoàn Sông Đà, phát biểu.', 'Lê Văn An'),
    ).toEqual(['Bí thư Đảng ủy', 'Chủ tịch HĐQT Tập đoàn Sông Đà']);
  });

  it('"kiêm nhiệm" is a verb: no split', () => {
    expect(
      titlesOf('Ông Trần Văn Bình, Trưởng phòng kiêm nhiệm công tác đối ngoại, cho biết.', 'Trần Văn Bình'),
    ).toEqual(['Trưởng phòng kiêm nhiệm công tác đối ngoại']);
  });
});

describe('a counterpart', () => {
  it('"người đồng cấp" announces a name (after a country too) but is no title', () => {
    expect(titlesOf('Ông Kishida và người đồng cấp Anh Rishi Sunak ký thỏa thuận.', 'Rishi Sunak')).toEqual([]);
    // A Sino-Vietnamese name after its country, as after a title's complement.
    expect(titlesOf('Ông Putin và người đồng cấp Trung Quốc Tập Cận Bình hội đàm.', 'Tập Cận Bình')).toEqual([]);
  });
});

describe('a Sino-Vietnamese name after a complement that names its country', () => {
  it('reads two syllables without a Vietnamese surname as the holder', () => {
    expect(titlesOf('Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng cho biết.', 'Cảnh Sảng')).toEqual([
      'Người phát ngôn Bộ Ngoại giao Trung Quốc',
    ]);
    expect(titlesOf('Đại sứ Trung Quốc tại Việt Nam Hùng Ba cho biết.', 'Hùng Ba')).toEqual([
      'Đại sứ Trung Quốc tại Việt Nam',
    ]);
  });
  it('keeps two syllables after another country out', () => {
    expect(extractPeople('Chủ tịch UBND tỉnh Quảng Nam Hòa Vang cho biết.').map((p) => p.name)).not.toContain(
      'Hòa Vang',
    );
  });
});

describe('a role by its shape after the name', () => {
  it('a lower-case person noun opens an appositive with the rest of its role', () => {
    expect(titlesOf('Ông Trump, ứng viên tổng thống đảng Cộng hòa, nói.', 'Trump')).toEqual([
      'ứng viên tổng thống đảng Cộng hòa',
    ]);
    expect(
      titlesOf('Ông Nguyễn Văn An, nghiên cứu viên cao cấp tại Viện Kinh tế, nhận định.', 'Nguyễn Văn An'),
    ).toEqual(['nghiên cứu viên cao cấp tại Viện Kinh tế']);
  });

  it('words with the morpheme that name no person open none ("cá nhân", "bảo vệ")', () => {
    expect(titlesOf('Bà Lê Thị Hoa, cá nhân kinh doanh, nói.', 'Lê Thị Hoa')).toEqual([]);
  });
});

describe('a modifier before a head known by its shape', () => {
  it('keeps "Phó" with a shaped head, and no role starts inside the compound', () => {
    expect(titlesOf('Phó phát ngôn viên Bộ Ngoại giao Trung Quốc Lâm Kiếm nói.', 'Lâm Kiếm')).toEqual([
      'Phó phát ngôn viên Bộ Ngoại giao Trung Quốc',
    ]);
    expect(titlesOf('Phó Phát ngôn viên Bộ Ngoại giao Đỗ Văn Hải trả lời.', 'Đỗ Văn Hải')).toEqual([
      'Phó Phát ngôn viên Bộ Ngoại giao',
    ]);
    expect(titlesOf('Ông Lâm Kiếm, phó phát ngôn viên của Bộ Ngoại giao Trung Quốc, nói.', 'Lâm Kiếm')).toEqual([
      'phó phát ngôn viên của Bộ Ngoại giao Trung Quốc',
    ]);
  });
});

describe('the apposition slot, read whole', () => {
  it('a title inside the role is read whole, capitalised too ("Tổng Thư ký": "ký" is no verb there)', () => {
    expect(
      titlesOf('Ông Lê Hữu Phước, người phát ngôn của Tổng Thư ký Liên hợp quốc, cho biết.', 'Lê Hữu Phước'),
    ).toEqual(['người phát ngôn của Tổng Thư ký Liên hợp quốc']);
  });

  it('a role in parentheses ends where they close; "sáng lập" is no time of day', () => {
    expect(titlesOf('Ông Lê Văn Tín (thành viên sáng lập Hội Doanh nhân trẻ) tại Huế.', 'Lê Văn Tín')).toEqual([
      'thành viên sáng lập Hội Doanh nhân trẻ',
    ]);
  });

  it('skips a note in parentheses after the name ("(trái)") to the role after it', () => {
    expect(titlesOf('Ông Hồ Văn Lực (trái), Giám đốc Sở Y tế, trao quà.', 'Hồ Văn Lực')).toEqual(['Giám đốc Sở Y tế']);
    expect(titlesOf('Bà Lê Thị Mai (thứ hai từ trái sang), Phó Chủ tịch UBND tỉnh, thăm hỏi.', 'Lê Thị Mai')).toEqual([
      'Phó Chủ tịch UBND tỉnh',
    ]);
  });

  it('"trợ lý" is a role of its own', () => {
    expect(titlesOf('Ông Đinh Văn Toàn, trợ lý của Thủ tướng, cho biết.', 'Đinh Văn Toàn')).toEqual([
      'trợ lý của Thủ tướng',
    ]);
  });
});

describe('words whose space was lost', () => {
  it('a title whose two syllables are glued ("Chủtịch") is still read', () => {
    expect(titlesOf('Chủtịch UBND tỉnh Đặng Văn Tâm phát biểu.', 'Đặng Văn Tâm')).toEqual(['Chủtịch UBND tỉnh']);
  });

  it('an acronym glued to the title after it (a lost dateline break) is split off', () => {
    expect(titlesOf('TP HCMTiền vệ Lê Văn Đô ghi bàn.', 'Lê Văn Đô')).toEqual(['Tiền vệ']);
  });
});

describe('whose role it is', () => {
  it("a lower-case role that is a verb's object is not the title of the honorific and name after the comma", () => {
    expect(
      titlesOf('Trả lời phóng viên, ông Trần Văn Sơn, Phó Chủ tịch UBND huyện, cho biết.', 'Trần Văn Sơn'),
    ).toEqual(['Phó Chủ tịch UBND huyện']);
  });

  it('"gia đình" before a name makes it the role\'s owner, not its holder', () => {
    expect(titlesOf('Luật sư của gia đình Nguyễn Văn An cho biết.', 'Nguyễn Văn An')).toEqual([]);
    expect(titlesOf('Ông Lê Văn Bình, đại diện gia đình nạn nhân, cho biết.', 'Lê Văn Bình')).toEqual([
      'đại diện gia đình nạn nhân',
    ]);
  });

  it('no title cut inside a longer one: "Ông chủ" is a role, "ông Chủ tịch" an honorific and a title', () => {
    expect(titlesOf('Ông chủ Tập đoàn Hòa Bình Trần Văn Long mua thêm cổ phiếu.', 'Trần Văn Long')).toEqual([
      'Ông chủ Tập đoàn Hòa Bình',
    ]);
    expect(titlesOf('Ông Chủ tịch Nguyễn Văn Ánh mua thêm cổ phiếu.', 'Nguyễn Văn Ánh')).toEqual(['Chủ tịch']);
  });
});

describe('what stands between the comma and the role', () => {
  it('"hiện là" and "đồng thời là" lead to a role; the lead is not in the title', () => {
    expect(titlesOf('Ông Đỗ Văn Khoa, hiện là Giám đốc Công ty Hoa Sen Hà Nội, cho biết.', 'Đỗ Văn Khoa')).toEqual([
      'Giám đốc Công ty Hoa Sen Hà Nội',
    ]);
    expect(
      titlesOf(
        'Ông Lê Văn Tâm, Ủy viên Trung ương Đảng, đồng thời là Bí thư Tỉnh ủy Nghệ An, phát biểu.',
        'Lê Văn Tâm',
      ),
    ).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Nghệ An']);
  });

  it('"và cũng là", "đồng thời là" after a role add the next post', () => {
    expect(
      titlesOf(
        'Bà Lê Thu Hà, thành viên Hội đồng Khoa học và cũng là Phó hiệu trưởng Trường Kinh tế, chia sẻ.',
        'Lê Thu Hà',
      ),
    ).toEqual(['thành viên Hội đồng Khoa học', 'Phó hiệu trưởng Trường Kinh tế']);
    expect(
      titlesOf('Ông Lê Văn Tâm, Bí thư Tỉnh ủy đồng thời là Chủ tịch HĐND tỉnh, phát biểu.', 'Lê Văn Tâm'),
    ).toEqual(['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']);
  });

  it("the comma after a body's acronym in parentheses still leads to the name", () => {
    expect(titlesOf('Đại diện Tập đoàn Điện lực Việt Nam (EVN), ông Phan Văn Lực, cho biết.', 'Phan Văn Lực')).toEqual([
      'Đại diện Tập đoàn Điện lực Việt Nam (EVN)',
    ]);
  });

  it('one foreign word between a title and "của" is the role\'s department, not a person', () => {
    const people = extractPeople('Ông Trần Văn Hòa, Giám đốc Marketing của Unilever Việt Nam, cho biết.');
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['Trần Văn Hòa', ['Giám đốc Marketing của Unilever Việt Nam']],
    ]);
  });
});

describe('words after a head that read like a stop', () => {
  it('"mới" right after the head is "new"; "tối cao" is "supreme", not an evening', () => {
    expect(titlesOf('Ngoại trưởng mới của Nhật Bản Yoshimasa Hayashi phát biểu.', 'Yoshimasa Hayashi')).toEqual([
      'Ngoại trưởng mới của Nhật Bản',
    ]);
    expect(titlesOf('Lãnh đạo tối cao Iran Ali Khamenei phát biểu.', 'Ali Khamenei')).toEqual([
      'Lãnh đạo tối cao Iran',
    ]);
  });

  it('a capitalised "Anh" before a foreign name is the country, kept in the title', () => {
    expect(titlesOf('Bộ trưởng Ngoại giao Anh James Cleverly phát biểu.', 'James Cleverly')).toEqual([
      'Bộ trưởng Ngoại giao Anh',
    ]);
  });
});

describe('owners and traders', () => {
  it('"chủ" + what is owned, and "tiểu thương", are roles after the name', () => {
    expect(titlesOf('Ông Lê Văn Tư, chủ doanh nghiệp tư nhân Thành Đạt, cho biết.', 'Lê Văn Tư')).toEqual([
      'chủ doanh nghiệp tư nhân Thành Đạt',
    ]);
    expect(titlesOf('Chị Lê Thị Hoa, tiểu thương chợ Bến Thành, cho biết.', 'Lê Thị Hoa')).toEqual([
      'tiểu thương chợ Bến Thành',
    ]);
  });
});

describe('a place that starts with an organisation head', () => {
  it('"Đài Loan" after a title is the country, and the foreign name after it the holder', () => {
    expect(titlesOf('Bộ trưởng Quốc phòng Đài Loan Chiu Kuo-cheng xác nhận.', 'Chiu Kuo-cheng')).toEqual([
      'Bộ trưởng Quốc phòng Đài Loan',
    ]);
  });
});

describe('complements the sides know', () => {
  it('a place the sides found inside the complement is skipped whole to the name', () => {
    expect(titlesOf('Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi phát biểu.', 'Phan Văn Mãi')).toEqual([
      'Chủ tịch UBND TP Hồ Chí Minh',
    ]);
  });

  it('"dự án" in a body\'s name is no "dự" (attend)', () => {
    expect(titlesOf('Ông Trần Văn Tú, Giám đốc Ban Quản lý dự án đường sắt, cho biết.', 'Trần Văn Tú')).toEqual([
      'Giám đốc Ban Quản lý dự án đường sắt',
    ]);
  });

  it('one syllable closing the apposition after a title is the unit, not a person', () => {
    const people = extractPeople('ThS.BS Trần Văn Tú, Trưởng khoa Nhi, cho biết.');
    expect(people.map((p) => [p.name, p.titles])).toEqual([['Trần Văn Tú', ['ThS.BS', 'Trưởng khoa Nhi']]]);
  });

  it('a presiding judge ("Chánh tòa") is a role after the name', () => {
    expect(
      titlesOf('Thẩm phán Lê Văn Bảy, Chánh tòa Hình sự TAND TP Hà Nội, chủ tọa phiên tòa.', 'Lê Văn Bảy'),
    ).toEqual(['Thẩm phán', 'Chánh tòa Hình sự TAND TP Hà Nội']);
  });

  it('a portfolio\'s plural ("phụ trách các vấn đề") and a suffix\'s dot before the comma', () => {
    expect(
      titlesOf('Thứ trưởng Ngoại giao Mỹ phụ trách các vấn đề chính trị Victoria Nuland cho biết.', 'Victoria Nuland'),
    ).toEqual(['Thứ trưởng Ngoại giao Mỹ phụ trách các vấn đề chính trị']);
    expect(titlesOf('Ông Ferdinand Marcos Jr., Tổng thống Philippines, cho biết.', 'Ferdinand Marcos Jr.')).toEqual([
      'Tổng thống Philippines',
    ]);
  });
});

describe('"và là": a second role of the same person', () => {
  it('before the name, and in the apposition slot', () => {
    expect(
      titlesOf(
        'Doanh nhân đầu tiên của tỉnh và là nhà sáng lập Tập đoàn Hoa Mai - Ông Lê Văn Sáu phát biểu.',
        'Lê Văn Sáu',
      ),
    ).toEqual(['Doanh nhân đầu tiên của tỉnh', 'nhà sáng lập Tập đoàn Hoa Mai']);
    expect(
      titlesOf(
        'Ông Lê Văn Sáu, tỷ phú đầu tiên của tỉnh và là nhà sáng lập Tập đoàn Hoa Mai, phát biểu.',
        'Lê Văn Sáu',
      ),
    ).toEqual(['tỷ phú đầu tiên của tỉnh', 'nhà sáng lập Tập đoàn Hoa Mai']);
  });

  it('"và" before another title is still another person', () => {
    const people = extractPeople('Bộ trưởng Nguyễn Văn Hai và Thứ trưởng Lê Văn Ba dự họp.');
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['Nguyễn Văn Hai', ['Bộ trưởng']],
      ['Lê Văn Ba', ['Thứ trưởng']],
    ]);
  });
});

describe("a titled person inside another person's role", () => {
  it('the role stays whole, and the person inside it is read with their own title', () => {
    const people = extractPeople('Ông Lê Văn Năm, trợ lý của Bộ trưởng Trần Văn Bảy, cho biết.');
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['Lê Văn Năm', ['trợ lý của Bộ trưởng Trần Văn Bảy']],
      ['Trần Văn Bảy', ['Bộ trưởng']],
    ]);
  });
});

describe('a role shared across a list of countries and names', () => {
  it('gives each next holder the role less its first country', () => {
    const text =
      'Dự lễ có các Bộ trưởng Ngoại giao Nhật Bản Yoko Kamikawa, Hàn Quốc Cho Tae-yul và Trung Quốc Vương Nghị.';
    expect(extractPeople(text).map((p) => [p.name, p.titles])).toEqual([
      ['Yoko Kamikawa', ['Bộ trưởng Ngoại giao Nhật Bản']],
      ['Cho Tae-yul', ['Bộ trưởng Ngoại giao']],
      ['Vương Nghị', ['Bộ trưởng Ngoại giao']],
    ]);
  });
  it('reads no list where the role names no country', () => {
    expect(titlesOf('Bộ trưởng Ngoại giao Bùi Thanh Sơn, Hà Nội ngày 5/6.', 'Bùi Thanh Sơn')).toEqual([
      'Bộ trưởng Ngoại giao',
    ]);
  });
});
