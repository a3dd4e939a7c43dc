// Where an organisation's name ends: its complement is proper-name-like (capitalised words, a place, an acronym,
// the syllable that finishes a capitalised word, a field noun), and a lower-case verb or word of the sentence
// ends it. Sentences marked with a file name are real text from the tune half of ../shared/corpus/real-text.
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../../lib/entities/sides';

const organisations = (text: string) =>
  extractSides(text)
    .filter((s) => s.kind === 'organisation')
    .map((s) => s.name);

describe('an organisation name ends before the sentence goes on', () => {
  it('a lower-case verb after the name is not part of it (domestic-033, mixed-035, domestic-003)', () => {
    expect(
      organisations(
        'Phó Thủ tướng yêu cầu Chủ tịch UBND tỉnh Bình Định giải quyết dứt điểm số Phó Giám đốc Sở Tài nguyên và Môi trường vượt quá quy định.',
      ),
    ).toContain('Sở Tài nguyên và Môi trường');
    expect(
      organisations(
        'Nhóm cơ sở và bệnh viện công lập trực thuộc Sở Y tế gồm 8 đơn vị gồm: Trung tâm Kiểm soát Bệnh tật.',
      ),
    ).toEqual(['Sở Y tế', 'Trung tâm Kiểm soát Bệnh tật']);
    expect(
      organisations(
        'Bộ trưởng giao Tổng cục Quản lý thị trường quán triệt và thực hiện nghiêm các chỉ đạo của Chính phủ.',
      ),
    ).toEqual(['Tổng cục Quản lý thị trường', 'Chính phủ']);
  });

  it('after a proper name capitalised throughout, lower-case words belong to the sentence (mixed-037, domestic-035)', () => {
    expect(
      organisations(
        'Cũng trong buổi lễ này, Bệnh viện Hữu nghị Việt Đức chính thức khai trương hệ thống Hỗ trợ y học từ xa.',
      ),
    ).toEqual(['Bệnh viện Hữu nghị Việt Đức']);
    expect(
      organisations('Nhà máy Ethanol Dung Quất tới nay không tái hoạt động vì không bảo đảm kinh tế và kỹ thuật.'),
    ).toEqual(['Nhà máy Ethanol Dung Quất']);
  });

  it('after an acronym, and between capitalised words, only a field continues the name (domestic-027, domestic-017)', () => {
    expect(
      organisations(
        'Thông qua thỏa thuận chiến lược với Công ty Cổ phần FPT – đối tác có năng lực và kinh nghiệm cao trong lĩnh vực này.',
      ),
    ).toEqual(['Công ty Cổ phần FPT']);
    expect(
      organisations('TTXVN là Hãng Thông tấn Quốc gia lớn nhất Đông Nam Á về quy mô và trang thiết bị.'),
    ).toContain('Hãng Thông tấn Quốc gia');
  });

  it('the same shape on sentences of the kind the review found', () => {
    expect(organisations('Sở Xây dựng phụ trách việc cấp phép. Bộ Công Thương cho biết sẽ kiểm tra.')).toEqual([
      'Sở Xây dựng',
      'Bộ Công Thương',
    ]);
  });
});

describe('an organisation name keeps what its shape needs', () => {
  it('fields in lower case, and the place after an administrative unit (mixed-011, domestic-003, mixed-035)', () => {
    expect(
      organisations(
        'Cục Thi hành án dân sự tỉnh Phú Thọ đã nhiều lần có văn bản triệu tập ông Nam tới trụ sở cơ quan.',
      ),
    ).toEqual(['Cục Thi hành án dân sự tỉnh Phú Thọ']);
    expect(
      organisations(
        'Ông Phan Sào Nam - cựu Chủ tịch HĐQT kiêm Giám đốc Công ty cổ phần VTC truyền thông trực tuyến - được ra tù.',
      ),
    ).toEqual(['Công ty cổ phần VTC truyền thông trực tuyến']);
    expect(
      organisations('Với Cục Xuất nhập khẩu, đơn vị này được giao phối hợp với Vụ Thị trường ngoài nước.'),
    ).toContain('Cục Xuất nhập khẩu');
    expect(
      organisations(
        'Bệnh viện Đại học Y dược, Trung tâm Kiểm chuẩn chất lượng xét nghiệm Y học, Bệnh viện Thống Nhất.',
      ),
    ).toEqual(['Bệnh viện Đại học Y dược', 'Trung tâm Kiểm chuẩn chất lượng xét nghiệm Y học', 'Bệnh viện Thống Nhất']);
  });

  it('a number inside the name, and an office named by the title it serves', () => {
    expect(organisations('Ban Chỉ đạo 389 Quốc gia về chống buôn lậu họp.')).toEqual(['Ban Chỉ đạo 389 Quốc gia']);
    expect(organisations('Văn phòng Chủ tịch nước đã có công văn thông báo.')).toEqual(['Văn phòng Chủ tịch nước']);
  });

  it('fields written in lower case, and paired by a dash as some papers write them (pages: tuoitre.vn 2015, vnexpress.net 2022, dantri.com.vn 2012)', () => {
    expect(
      organisations(
        'Có lãnh đạo Công an TP, Sở Tài chính, Sở Quy hoạch - kiến trúc, Sở Kế hoạch - đầu tư, Sở Tài nguyên - môi trường.',
      ),
    ).toEqual([
      'Công an TP',
      'Sở Tài chính',
      'Sở Quy hoạch - kiến trúc',
      'Sở Kế hoạch - đầu tư',
      'Sở Tài nguyên - môi trường',
    ]);
    expect(organisations('Ngày hội do Ủy ban Mặt trận tổ quốc TP HCM chủ trì tổ chức.')).toEqual([
      'Ủy ban Mặt trận tổ quốc TP HCM',
    ]);
    expect(
      organisations(
        'Trung tâm Quản lý và Điều hành vận tải hành khách công cộng TPHCM cũng đã lên kế hoạch tăng cường xe buýt.',
      ),
    ).toEqual(['Trung tâm Quản lý và Điều hành vận tải hành khách công cộng TPHCM']);
  });
});

describe('"và" and the foreign-affairs field (sentences of the seeds)', () => {
  it('"và" joins two fields, never a name ending in a number or an acronym to what follows', () => {
    expect(organisations('Tặng quà nhân dịp chào mừng Đại hội Đảng XIV và Tết Nguyên đán Bính Ngọ 2026.')).toEqual([
      'Đảng XIV',
    ]);
    expect(organisations('Bộ Giáo dục và Đào tạo, Bộ Văn hóa, Thể thao và Du lịch.')).toEqual([
      'Bộ Giáo dục và Đào tạo',
      'Bộ Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('a field in lower case before an acronym', () => {
    const found = extractSides('Vụ Quản lý khủng hoảng thuộc Cơ quan Hành động đối ngoại EU (EEAS).').find(
      (s) => s.kind === 'organisation',
    );
    expect([found?.name, found?.acronym]).toEqual(['Cơ quan Hành động đối ngoại EU', 'EEAS']);
  });
});

describe('a head word that starts a place or a name', () => {
  it('"Trường" before one proper syllable is no school (pages: zing.vn 2012; world-035)', () => {
    expect(
      organisations('Tại P.Vĩnh Ninh, Trường An, Phú Nhuận… hàng trăm thanh niên tình nguyện cùng tham gia.'),
    ).toEqual([]);
    expect(organisations('Cùng tựa lưng vào dãy Trường Sơn hùng vĩ, cùng tắm chung dòng nước Mekong.')).toEqual([]);
    expect(organisations('Học sinh Trường THPT Trần Phú, Trường Lương Thế Vinh và Trường Đại học Việt Đức.')).toEqual([
      'Trường THPT Trần Phú',
      'Trường Lương Thế Vinh',
      'Trường Đại học Việt Đức',
    ]);
  });
});

describe('local bodies named by their place (domestic-033, domestic-007)', () => {
  it('the words of a head written with either tone placement, and a district the lexicon does not know', () => {
    expect(organisations('Ủy ban nhân dân tỉnh An Giang cho biết. Uỷ ban nhân dân tỉnh Quảng Nam họp.')).toEqual([
      'Ủy ban nhân dân tỉnh An Giang',
      'Uỷ ban nhân dân tỉnh Quảng Nam',
    ]);
    expect(organisations('Thành ủy Quy Nhơn, Huyện ủy Tuy Phước, UBND TP Hà Nội cùng họp.')).toEqual([
      'Thành ủy Quy Nhơn',
      'Huyện ủy Tuy Phước',
      'UBND TP Hà Nội',
    ]);
  });

  it("never a foreign holder or place after a state's body", () => {
    expect(organisations('Chủ tịch Hạ viện Paul Ryan khẳng định. Chủ tịch Thượng viện Hun Sen nói.')).toEqual([
      'Hạ viện',
      'Thượng viện',
    ]);
  });
});

describe('complements that belong to the name', () => {
  it("a seat after a body that names one, and a mission's seat (mixed-011, world-013)", () => {
    expect(organisations('VKSND Cấp cao tại Hà Nội khẳng định, có đủ căn cứ.')).toEqual(['VKSND Cấp cao tại Hà Nội']);
    expect(organisations('Đại sứ quán Mỹ tại Moscow, Nga cho biết.')).toEqual(['Đại sứ quán Mỹ tại Moscow']);
    // Elsewhere "tại" starts where the sentence's event happens.
    expect(organisations('Bộ Ngoại giao tại Hà Nội họp báo.')).toEqual(['Bộ Ngoại giao']);
  });

  it('the unit and place a body serves right after its head (mixed-013; seeds)', () => {
    expect(organisations('VKSND thành phố Hà Nội và VKSND Tối cao đã kháng nghị.')).toEqual([
      'VKSND thành phố Hà Nội',
      'VKSND Tối cao',
    ]);
  });

  it('a qualifier is no title, capitalised or not (mixed-037)', () => {
    expect(organisations('Chứng nhận của Hiệp hội Phẫu thuật Hoàng gia Anh, công nhận bệnh viện.')).toEqual([
      'Hiệp hội Phẫu thuật Hoàng gia Anh',
    ]);
    expect(organisations('Hải quân Hoàng gia Anh tập trận ở biển.')).toEqual(['Hải quân Hoàng gia Anh']);
  });
});

describe('names of units and of mass organisations', () => {
  it('a number right after the head is the name (annotated 110, 137)', () => {
    expect(organisations('Bộ Tư lệnh Quân khu 4 và Sư đoàn 968 cùng dự; Lữ đoàn 146, Vùng 4.')).toEqual([
      'Bộ Tư lệnh Quân khu 4',
      'Sư đoàn 968',
      'Lữ đoàn 146',
    ]);
  });

  it('a head that is also a surname, before a field, is a body, not a person', () => {
    expect(organisations('Đoàn Thanh niên Cộng sản tổ chức. Hội Nông dân tỉnh Nghệ An họp.')).toEqual([
      'Đoàn Thanh niên Cộng sản',
      'Hội Nông dân tỉnh Nghệ An',
    ]);
    expect(organisations('Đoàn Văn Hậu ghi bàn.')).toEqual([]);
  });
});
