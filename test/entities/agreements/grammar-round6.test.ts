// Round 6: where a name ends by the grammar of its sentence, and how many instruments one coordination names.
// Written sentences: they test the rules, they are no evidence that the rules work (the real-text halves are).
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const names = (text: string) => extractAgreements(`Tin\n\n${text}`).map((a) => a.name);

describe('a topic listed with commas', () => {
  it('goes on through several items to "và" and the parties', () => {
    expect(
      names('Hai bên ký Hiệp định về hợp tác kinh tế, văn hóa, khoa học và kỹ thuật giữa Việt Nam và Lào.'),
    ).toEqual(['Hiệp định về hợp tác kinh tế, văn hóa, khoa học và kỹ thuật giữa Việt Nam và Lào']);
    expect(names('Hai bên ký Hiệp định khung về hợp tác kinh tế, thương mại, đầu tư, khoa học và công nghệ.')).toEqual([
      'Hiệp định khung về hợp tác kinh tế, thương mại, đầu tư, khoa học và công nghệ',
    ]);
  });

  it('reads a compound noun as an item ("việc làm"), not as the next clause', () => {
    expect(names('Hai nước ký Hiệp định về lao động, việc làm và an sinh xã hội giữa Việt Nam và Hàn Quốc.')).toEqual([
      'Hiệp định về lao động, việc làm và an sinh xã hội giữa Việt Nam và Hàn Quốc',
    ]);
  });

  it('stops at a comma followed by a clause', () => {
    expect(names('Hai bên ký Hiệp định về hợp tác kinh tế, tăng cường trao đổi đoàn và đầu tư.')).toEqual([
      'Hiệp định về hợp tác kinh tế',
    ]);
  });
});

describe('a name ends where the sentence’s predicate starts', () => {
  it('ends a joint statement after those who issued it', () => {
    expect(
      names('Trung Quốc phản đối Tuyên bố chung của Mỹ và Nhật Bản can thiệp vào công việc nội bộ của nước này.'),
    ).toEqual(['Tuyên bố chung của Mỹ và Nhật Bản']);
  });

  it('reads a state alone after a capitalised head, with the clause going on, as the subject of a relative clause', () => {
    expect(names('Hiệp định Việt Nam ký kết với EU mang lại nhiều lợi ích.')).toEqual([]);
    expect(names('Thỏa thuận Paris có hiệu lực từ năm 2016.')).toEqual(['Thỏa thuận Paris']);
  });
});

describe('pairs of parties coordinated after one head', () => {
  it('name one instrument each, with the shared head and topic', () => {
    const found = extractAgreements(
      'Tin\n\nCác Hiệp định Thương mại tự do Việt Nam - Hàn Quốc (VKFTA), Việt Nam - Liên minh Kinh tế Á Âu (VN-EAEU FTA) và Việt Nam - Israel đều có hiệu lực.',
    ).map((a) => [a.name, a.acronym]);
    expect(found).toEqual([
      ['Hiệp định Thương mại tự do Việt Nam - Hàn Quốc', 'VKFTA'],
      ['Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á Âu', 'VN-EAEU FTA'],
      ['Hiệp định Thương mại tự do Việt Nam - Israel', expect.anything()],
    ]);
  });

  it('keep "và" + a capital inside one name when no second pair follows', () => {
    expect(names('Hai bên ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác giữa Việt Nam và Lào.')).toEqual([
      'Hiệp ước Hòa bình, Hữu nghị và Hợp tác giữa Việt Nam và Lào',
    ]);
    expect(
      names('Hai bên ký Tuyên bố chung Việt Nam - Lào và Nghị định thư về phân giới cắm mốc biên giới.'),
    ).toHaveLength(2);
  });

  it('never merge, since their parties differ', () => {
    const found = names(
      'Hiệp định Thương mại tự do ASEAN - Trung Quốc, ASEAN - Hàn Quốc và ASEAN - Nhật Bản có hiệu lực.',
    );
    expect(found).toEqual([
      'Hiệp định Thương mại tự do ASEAN - Trung Quốc',
      'Hiệp định Thương mại tự do ASEAN - Hàn Quốc',
      'Hiệp định Thương mại tự do ASEAN - Nhật Bản',
    ]);
  });
});

describe('a head in a subject’s place followed by a clause', () => {
  it('names nothing when its words run through a proper name into more of the predicate', () => {
    expect(names('Hiệp định xóa bỏ thuế quan đối với hàng Việt Nam xuất sang EU.')).toEqual([]);
    expect(names('Theo đó, Thỏa thuận cấm Nga xuất khẩu dầu sang châu Âu.')).toEqual([]);
  });

  it('still names an item of a list of what was signed, and a description closed by its parties', () => {
    expect(
      names(
        'Hai bên ký Hiệp định thương mại; Biên bản Thỏa thuận thành lập công ty liên doanh đầu tư Dự án xây dựng đường dây tải điện.',
      ),
    ).toContain('Biên bản Thỏa thuận thành lập công ty liên doanh đầu tư Dự án xây dựng đường dây tải điện');
    expect(names('Hiệp định hợp tác quốc phòng giữa Việt Nam và Lào có hiệu lực.')).toEqual([
      'Hiệp định hợp tác quốc phòng giữa Việt Nam và Lào',
    ]);
  });
});

describe('what a declaration or partnership is for', () => {
  it('is part of the name when "vì" opens a list of nouns closed by "và" at the clause’s end', () => {
    expect(
      names(
        'Hai bên ra Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác Chiến lược toàn diện, vì hòa bình, hợp tác và phát triển bền vững.',
      ),
    ).toEqual([
      'Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác Chiến lược toàn diện, vì hòa bình, hợp tác và phát triển bền vững',
    ]);
  });

  it('is not when "vì" opens a reason', () => {
    expect(names('Hai bên chưa ký Tuyên bố chung Việt Nam - Lào vì hai bên chưa thống nhất.')).toEqual([
      'Tuyên bố chung Việt Nam - Lào',
    ]);
  });
});

describe('a body or meeting acronym alone after a head', () => {
  it('says who speaks, not which instrument: another mention of one named otherwise', () => {
    expect(names('Hiệp định ASEAN kêu gọi các nước thành viên tuân thủ.')).toEqual([]);
    expect(
      names('Các nước ký Hiệp định ASEAN về thương mại hàng hóa (ATIGA). Hiệp định ASEAN được đánh giá cao.'),
    ).toEqual(['Hiệp định ASEAN về thương mại hàng hóa']);
  });
});

describe('a short form that fits two named instruments', () => {
  it('refers back to one of them and is no entry of its own', () => {
    expect(
      names(
        'Việt Nam ký Hiệp định miễn thị thực với Chile. Tháng sau, Việt Nam ký Hiệp định miễn thị thực với Peru. Hiệp định miễn thị thực giúp đi lại thuận tiện.',
      ),
    ).toEqual(['Hiệp định miễn thị thực với Chile', 'Hiệp định miễn thị thực với Peru']);
  });
});

describe('a comparative inside a topic (issue 12)', () => {
  it('goes on to what it compares when a proper name follows', () => {
    expect(
      names(
        'Hai Thủ tướng ra Tuyên bố chung về làm sâu sắc hơn Quan hệ Đối tác chiến lược sâu rộng Việt Nam - Nhật Bản.',
      ),
    ).toEqual(['Tuyên bố chung về làm sâu sắc hơn Quan hệ Đối tác chiến lược sâu rộng Việt Nam - Nhật Bản']);
    expect(
      names('Hai bên ra Tuyên bố tầm nhìn chung về tăng cường hơn nữa quan hệ Đối tác chiến lược Việt Nam - Ấn Độ.'),
    ).toEqual(['Tuyên bố tầm nhìn chung về tăng cường hơn nữa quan hệ Đối tác chiến lược Việt Nam - Ấn Độ']);
  });

  it('ends the name before a number ("hơn 20 năm")', () => {
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác giáo dục hơn 20 năm qua.')).toEqual([
      'Bản ghi nhớ về hợp tác giáo dục',
    ]);
  });
});
