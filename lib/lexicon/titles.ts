// Titles, ranks and roles that stand before (or, as appositives, after) a person's name in Vietnamese news.
// Base list: titles.tsv in shared/reference/lexicon (Circular 03/2009/TT-BNG, the 1995 ordinance on diplomatic
// ranks, the Law on Army Officers, Decree 30/2020/NĐ-CP, news usage). Extended here with compound and foreign
// titles (Tổng Vụ trưởng, Trưởng SOM, Đại diện cấp cao...), local government, professions and court roles.
// Each line is "title|rank": rank 5 = head of state, party or government ... 1 = profession or role; it orders
// people by importance. Matching is case-insensitive and tone-placement-insensitive.

const TITLE_LINES = `
Tổng Bí thư|5
Chủ tịch nước|5
Thủ tướng|5
Thủ tướng Chính phủ|5
Chủ tịch Quốc hội|5
Tổng thống|5
Quốc vương|5
Nhà vua|5
Nữ hoàng|5
Hoàng đế|5
Giáo hoàng|5
Đức Giáo hoàng|5
Thường trực Ban Bí thư|5
Chủ tịch Ủy ban châu Âu|5
Chủ tịch Hội đồng châu Âu|5
Tổng Thư ký Liên hợp quốc|5
Phó Chủ tịch nước|4
Phó Thủ tướng|4
Phó Thủ tướng Thường trực|4
Phó Thủ tướng Chính phủ|4
Phó Chủ tịch Quốc hội|4
Bộ trưởng|4
Ngoại trưởng|4
Ủy viên Bộ Chính trị|4
Bí thư Trung ương Đảng|4
Trưởng Ban Đối ngoại Trung ương|4
Chủ nhiệm Văn phòng Chính phủ|4
Tổng Thanh tra Chính phủ|4
Tổng Thanh tra|4
Thống đốc Ngân hàng Nhà nước|4
Chánh án|4
Viện trưởng|4
Tổng Kiểm toán Nhà nước|4
Tổng Kiểm toán|4
Phó Tổng thống|4
Chủ tịch Thượng viện|4
Chủ tịch Hạ viện|4
Chủ tịch Nghị viện châu Âu|4
Đại diện cấp cao|4
Tổng Thư ký|4
Chủ tịch|4
Bí thư Tỉnh ủy|4
Bí thư Thành ủy|4
Tổng Tham mưu trưởng|4
Đại tướng|4
Tướng|3
Nguyên soái|4
Thứ trưởng|3
Thứ trưởng Thường trực|3
Trợ lý Bộ trưởng|3
Trợ lý|2
Thượng tướng|3
Đô đốc|3
Trung tướng|3
Phó Đô đốc|3
Thiếu tướng|3
Chuẩn Đô đốc|3
Đại sứ|3
Đại sứ đặc mệnh toàn quyền|3
Đại sứ, Trưởng Phái đoàn đại diện thường trực|3
Tổng Lãnh sự|3
Đặc phái viên|3
Đặc phái viên đặc biệt|3
Trưởng Phái đoàn|3
Trưởng đoàn|3
Đại biện lâm thời|3
Ủy viên Trung ương Đảng|3
Ủy viên dự khuyết Trung ương Đảng|3
Tổng cục trưởng|3
Tổng Vụ trưởng|3
Trưởng SOM|3
Người phát ngôn|3
Phó Bí thư|3
Phó Chủ tịch|3
Chủ tịch UBND|3
Chủ tịch Ủy ban nhân dân|3
Chủ tịch HĐND|3
Chủ tịch Hội đồng nhân dân|3
Thống đốc|3
Thị trưởng|3
Tỉnh trưởng|3
Thủ hiến|3
Ủy viên châu Âu|3
Cao ủy|3
Tư lệnh|3
Chính ủy|3
Thượng nghị sĩ|3
Tổng Giám đốc|3
Cố vấn An ninh Quốc gia|3
Cố vấn|2
Hoàng tử|3
Công chúa|3
Thái tử|3
Hoàng hậu|3
Thân vương|3
Đại Công tước|3
Tiểu vương|3
Chủ nhiệm Ủy ban Đối ngoại|3
Tổng Thư ký Quốc hội|3
Bí thư|3
Phó Tổng cục trưởng|2
Cục trưởng|2
Chi cục trưởng|2
Phó Chi cục trưởng|2
Phó Cục trưởng|2
Vụ trưởng|2
Phó Vụ trưởng|2
Phó Tổng Vụ trưởng|2
Chánh Văn phòng|2
Giám đốc|2
Giám đốc điều hành|3
Chỉ huy trưởng|2
Phó Chỉ huy trưởng|2
Phó Giám đốc|2
Giám đốc Sở|2
Công sứ|2
Tham tán Công sứ|2
Tham tán|2
Bí thư thứ nhất|2
Bí thư thứ hai|2
Bí thư thứ ba|2
Tùy viên|2
Tùy viên Quốc phòng|2
Lãnh sự|2
Đại tá|2
Thượng tá|2
Trung tá|2
Thiếu tá|2
Đại úy|2
Thượng úy|2
Trung úy|2
Thiếu úy|2
Hạ nghị sĩ|2
Nghị sĩ|2
Đại biểu Quốc hội|2
Ủy viên|2
Ủy viên Ban Thường vụ|2
Trưởng ban|2
Phó Trưởng ban|2
Chủ nhiệm|2
Phó Chủ nhiệm|2
Chánh thanh tra|2
Chánh Thanh tra|2
Trưởng Công an|2
Giám đốc Công an|2
Hiệu trưởng|2
Phó Hiệu trưởng|2
Trưởng khoa|2
Phó trưởng khoa|2
Trưởng phòng|2
Phó trưởng phòng|2
Phó phòng|1
Hiệu phó|1
Phó ban|2
Tổng biên tập|2
Phó Tổng biên tập|2
Chủ tịch HĐQT|2
Chủ tịch Hội đồng quản trị|2
Trưởng Đại diện|2
Trưởng Trung tâm|2
Người đứng đầu|2
Trưởng|2
Giáo sư|1
Phó Giáo sư|1
Tiến sĩ|1
Thạc sĩ|1
Bác sĩ|1
Luật sư|1
Kỹ sư|1
Kiến trúc sư|1
Dược sĩ|1
Nhà báo|1
Nhà văn|1
Nhà thơ|1
Nhà nghiên cứu|1
Nhà phân tích|1
Nhà khoa học|1
Nhà sử học|1
Nhà kinh tế học|1
Nhà sáng lập|1
Nhà đồng sáng lập|1
Chuyên gia|1
Tác giả|1
Nghệ sĩ|1
Nghệ sĩ Nhân dân|1
Nghệ sĩ Ưu tú|1
Ca sĩ|1
Nhạc sĩ|1
Họa sĩ|1
Đạo diễn|1
Diễn viên|1
Cầu thủ|1
Huấn luyện viên|1
Vận động viên|1
VĐV|1
Tiền đạo|1
Tiền vệ|1
Hậu vệ|1
Thủ môn|1
Thủ thành|1
Đội trưởng|1
Trọng tài|1
Tay vợt|1
Võ sĩ|1
Kỳ thủ|1
Người mẫu|1
Hoa hậu|1
Á hậu|1
MC|1
Nhà sản xuất|1
Nhà đầu tư|1
Phó Tổng Giám đốc|2
Chủ tịch Hội đồng quản trị|2
Doanh nhân|1
Ông chủ|1
Bà chủ|1
Chủ doanh nghiệp|1
Chủ cơ sở|1
Chủ cửa hàng|1
Chủ quán|1
Chủ tiệm|1
Chủ nhà hàng|1
Chủ khách sạn|1
Chủ trang trại|1
Chủ xe|1
Chủ tàu|1
Chủ hộ|1
Tiểu thương|1
Tỷ phú|1
Linh mục|1
Hòa thượng|1
Thượng tọa|1
Đại đức|1
Mục sư|1
Bị cáo|1
Bị can|1
Nghi phạm|1
Nghi can|1
Nạn nhân|1
Bệnh nhân|1
Sản phụ|1
Điều tra viên|1
Điều phối viên|2
Thẩm phán|1
Chánh tòa|2
Kiểm sát viên|1
Thư ký|1
Phóng viên|1
Giáo viên|1
Cô giáo|1
Thầy giáo|1
Sinh viên|1
Học sinh|1
Anh hùng Lực lượng vũ trang nhân dân|2
Anh hùng Lao động|2
Bà mẹ Việt Nam anh hùng|2
Mẹ Việt Nam anh hùng|2
Liệt sĩ|1
Phu nhân|1
Quốc vụ khanh|3
Trợ lý Ngoại trưởng|3
Đại biểu|1
Trung vệ|1
Tài tử|1
Thủ lĩnh|2
Lãnh đạo|2
Chính khách|1
Thầy thuốc Nhân dân|1
Thầy thuốc Ưu tú|1
Nhà giáo Nhân dân|1
Nhà giáo Ưu tú|1
Tuyển thủ|1
Phạm nhân|1
Chấp hành viên|1
Nhà hoạt động|1
Nhà thiết kế|1
Nhà ngoại giao|1
Nhà đàm phán|1
Nhà văn hóa|1
Văn hào|1
Thi hào|1
Người sáng lập|1
Người đồng sáng lập|1
CEO|2
PCT|3
Phó CT|3
PTT|4
Tể tướng|5
Lãnh tụ|4
Nhà lãnh đạo|4
Tổng Tư lệnh|4
Tổng Chưởng lý|4
Chưởng lý|3
Tham mưu trưởng|3
Thống chế|4
Chuẩn tướng|3
Chỉ huy|2
Đặc sứ|3
Đại diện|2
Thái hậu|3
Công nương|3
Vương phi|3
Công tước|3
Nữ Công tước|3
Hồng y|3
Tổng Giám mục|3
Giám mục|2
Trưởng thôn|1
Trưởng ấp|1
Trưởng bản|1
Quan chức|1
Thành viên|1
Đồng sáng lập|1
Nhà đồng sáng lập|1
Đội phó|1
Thủ quân|1
Chiến lược gia|1
Nhà cầm quân|1
Trung phong|1
Tân binh|1
Ngoại binh|1
Chân sút|1
Tay đua|1
Kình ngư|1
Đô vật|1
Pivo|1
Y tá|1
Điều dưỡng|1
Nghiên cứu sinh|1
Nông dân|1
Ngư dân|1
Tài xế|1
Phi công|1
Sĩ quan|1
Cảnh sát|1
Cán bộ|1
Công chức|1
Kế toán|1
Nhiếp ảnh gia|1
Biên đạo|1
Vũ công|1
Danh hài|1
Siêu mẫu|1
Nam vương|1
Cựu chiến binh|1
Nhân chứng|1
Thí sinh|1
Bệnh nhi|1
Thai phụ|1
Phụ huynh|1
Hung thủ|1
Thủ phạm|1
Bị hại|1
Nguyên đơn|1
Bị đơn|1
Hội thẩm|1
Triệu phú|1
Nhà kinh tế|1
Nhà bình luận|1
Nhà quan sát|1
Nhà phê bình|1
Nhà toán học|1
Nhà vật lý|1
Nhà hóa học|1
Nhà sinh học|1
Nhà thiên văn học|1
Nhà xã hội học|1
Nhà tâm lý học|1
Nhà nhân học|1
Nhà khảo cổ học|1
Nhà triết học|1
Nhà biên kịch|1
Biên kịch|1
Biên tập viên|1
Già làng|1
Đặc vụ|1
Nhà soạn nhạc|1
Nhà thám hiểm|1
Nhà tài trợ|1
Nhà bất đồng chính kiến|1
Rapper|1
DJ|1
Blogger|1
YouTuber|1
CFO|2
CTO|2
COO|2
`;

export interface TitleEntry {
  title: string;
  rank: number;
}

export const TITLES: readonly TitleEntry[] = TITLE_LINES.trim()
  .split('\n')
  .map((line) => {
    const [title, rank] = line.split('|');
    return { title: title!, rank: Number(rank) };
  });

/** Honorifics: they mark the next capitalised words as a person's name but are not titles themselves. */
export const HONORIFICS: readonly string[] = [
  'ông',
  'bà',
  'ngài',
  'quý bà',
  'quý ông',
  'đồng chí',
  'anh',
  'chị',
  'cô',
  'thầy',
  'cụ',
  'bác',
  'chú',
  'cậu',
  'dì',
  'mợ',
  'em',
  'cháu',
  'bé',
  'ni cô',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'madame',
  // Kin words before a name: "cùng vợ Yulia", "con trai Donald Trump Jr.".
  'vợ',
  'chồng',
  'con trai',
  'con gái',
  'em trai',
  'em gái',
  'anh trai',
  'chị gái',
  'bạn gái',
  'bạn trai',
  // The owner of a club or a business, before his given name alone: "bầu Đức", "bầu Hiển" (as a verb, "bầu"
  // = elect, it stands before a title or an honorific, which read on as they do after any honorific).
  'bầu',
  // A counterpart is announced, not titled: "người đồng cấp Mỹ Antony Blinken" (the role is the other person's).
  'người đồng cấp',
];

/**
 * Honorifics that are also ordinary pronouns or kin words ("anh ấy", "em bé"): they count only before a
 * capitalised word that is not sentence-initial-looking common vocabulary.
 */
export const WEAK_HONORIFICS: readonly string[] = [
  'anh',
  'chị',
  'cô',
  'em',
  'cháu',
  'bé',
  'bác',
  'chú',
  'cậu',
  'dì',
  'mợ',
  'cụ',
  'thầy',
  'vợ',
  'chồng',
  'bầu',
];

/** Abbreviated academic and professional titles, possibly chained with dots: "PGS.TS", "BS.CK2", "ThS.BS". */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'gs',
  'pgs',
  'ts',
  'tskh',
  'ths',
  'bs',
  'bsck1',
  'bsck2',
  'bscki',
  'bsckii',
  'ck1',
  'ck2',
  'cki',
  'ckii',
  'ks',
  'ls',
  'nsnd',
  'nsưt',
  'ngnd',
  'ngưt',
  'ds',
  'đbqh',
  'ttưt',
  'ttnd',
  'hlv',
  'kts',
  'nnc',
];

/** Words before a title that belong to it: "nguyên Bộ trưởng", "cựu Tổng thống", "Quyền Bộ trưởng", "Phó ...", "Phó Chánh ...", "Đệ nhất phu nhân", and the gender of a role ("nữ diễn viên", "Nam ca sĩ"). */
export const TITLE_PREFIXES: readonly string[] = [
  'nguyên',
  'cựu',
  'quyền',
  'đương kim',
  'tân',
  'cố',
  'phó',
  'phó tổng',
  'tổng',
  'trợ lý',
  'chánh',
  'phó chánh',
  'đệ nhất',
  'nữ',
  'nam',
];

/**
 * Short names of ministries and bodies written right after a title without "Bộ": "Thứ trưởng Ngoại giao",
 * "Bộ trưởng Quốc phòng", "Thủ tướng Chính phủ". They extend the title, and are never a person's name.
 */
export const TITLE_COMPLEMENTS: readonly string[] = [
  'Ngoại giao',
  'Quốc phòng',
  'Công an',
  'Tài chính',
  'Công Thương',
  'Tư pháp',
  'Nội vụ',
  'Y tế',
  'Giáo dục',
  'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư',
  'Xây dựng',
  'Giao thông vận tải',
  'Giao thông',
  'Nông nghiệp',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Thông tin và Truyền thông',
  'Khoa học và Công nghệ',
  'Văn hóa',
  'Văn hóa, Thể thao và Du lịch',
  'Lao động',
  'Lao động - Thương binh và Xã hội',
  'Tài nguyên và Môi trường',
  'Dân tộc',
  'Chính phủ',
  'nước',
  'Quốc hội',
  'Nhà nước',
  'Thường trực',
  'Trung ương',
  'Kinh tế',
  'Thương mại',
  'Ngân hàng',
  'An ninh',
  'Nội các',
  'Liên bang',
  'Bang',
  'Quốc gia',
  // Whole names of international bodies: complete in themselves, so the next capitalised word is the name
  // ("Tổng Thư ký Liên hợp quốc António Guterres").
  'Liên hợp quốc',
  'LHQ',
  'Ủy ban châu Âu',
  'Hội đồng châu Âu',
  'Nghị viện châu Âu',
  'Liên minh châu Âu',
  'Hội đồng Bảo an',
  'Ngân hàng Thế giới',
  'Quỹ Tiền tệ Quốc tế',
  'Tổ chức Thương mại Thế giới',
  'Tổ chức Y tế Thế giới',
];
