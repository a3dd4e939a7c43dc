// Organisations that are sides of an article and whose names the shape of Vietnamese organisation names does
// not give on its own: international bodies known by an acronym or a name without a head word, and Viet Nam's
// central institutions with their usual acronyms. One line per organisation: the Vietnamese name the digest
// shows, then its other forms (acronyms, English name, other Vietnamese wordings).
// Sources: the UN system chart (un.org, "The United Nations System"), the official Vietnamese names of
// international organisations used by the Ministry of Foreign Affairs of Viet Nam, the 2013 Constitution and the
// Law on Government Organisation for the state bodies, Decree 25/2025/NĐ-CP for the ministries after the 2025
// reorganisation; acronyms as the news writes them. Compiled for this project.

const ORGANISATION_LINES = `
Liên hợp quốc|LHQ|Liên Hợp Quốc|Liên Hiệp Quốc|Liên hiệp quốc|UN|United Nations
Hội đồng Bảo an Liên hợp quốc|Hội đồng Bảo an|HĐBA|UNSC|Hội đồng Bảo an LHQ
Đại hội đồng Liên hợp quốc|Đại hội đồng LHQ|UNGA
Hiệp hội các quốc gia Đông Nam Á|ASEAN|Hiệp hội các nước Đông Nam Á
Liên minh châu Âu|EU|Liên minh Châu Âu|European Union
Ủy ban châu Âu|EC|Ủy ban Châu Âu|European Commission
Nghị viện châu Âu|Nghị viện Châu Âu|European Parliament
Hội đồng châu Âu|Hội đồng Châu Âu
Cơ quan Đối ngoại châu Âu|EEAS
Tổ chức Hiệp ước Bắc Đại Tây Dương|NATO|Khối NATO
Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương|APEC|Diễn đàn APEC
Tổ chức Thương mại Thế giới|WTO
Tổ chức Y tế Thế giới|WHO
Quỹ Tiền tệ Quốc tế|IMF
Ngân hàng Thế giới|WB|World Bank
Ngân hàng Phát triển châu Á|ADB|Ngân hàng Phát triển Châu Á
Ngân hàng Đầu tư Cơ sở hạ tầng châu Á|AIIB
Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc|UNESCO
Quỹ Nhi đồng Liên hợp quốc|UNICEF
Chương trình Phát triển Liên hợp quốc|UNDP
Tổ chức Lương thực và Nông nghiệp Liên hợp quốc|FAO
Tổ chức Lao động Quốc tế|ILO
Cơ quan Năng lượng Nguyên tử Quốc tế|IAEA
Cao ủy Liên hợp quốc về người tị nạn|UNHCR
Chương trình Lương thực Thế giới|WFP
Tổ chức các nước xuất khẩu dầu mỏ|OPEC|OPEC+
Tổ chức Hợp tác và Phát triển Kinh tế|OECD
Tòa án Công lý Quốc tế|ICJ
Tòa án Hình sự Quốc tế|ICC
Tòa Trọng tài Thường trực
Tổ chức Cảnh sát Hình sự Quốc tế|Interpol|INTERPOL
Ủy ban Chữ thập đỏ Quốc tế|ICRC
Ủy ban sông Mekong|MRC|Ủy hội sông Mê Công quốc tế|Ủy hội sông Mekong quốc tế
Tổ chức Hợp tác Thượng Hải|SCO
Liên minh châu Phi|AU
Nhóm các nền kinh tế phát triển G7|G7|Nhóm G7
Nhóm các nền kinh tế lớn G20|G20|Nhóm G20
Nhóm BRICS|BRICS
Diễn đàn Kinh tế Thế giới|WEF
Diễn đàn khu vực ASEAN|ARF
Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng|ADMM+|ADMM
Liên minh Nghị viện Thế giới|IPU
Đại hội đồng Liên nghị viện ASEAN|AIPA
Tổ chức Quốc tế Pháp ngữ|OIF
Tổ chức Hàng hải Quốc tế|IMO
Tổ chức Hàng không Dân dụng Quốc tế|ICAO
Tổ chức Sở hữu Trí tuệ Thế giới|WIPO
Tổ chức Di cư Quốc tế|IOM
Cơ quan Phát triển Quốc tế Hoa Kỳ|USAID
Cơ quan Hợp tác Quốc tế Nhật Bản|JICA
Cơ quan Hàng không và Vũ trụ Mỹ|NASA
Cục Dự trữ Liên bang Mỹ|Fed|FED
Lầu Năm Góc|Pentagon
Nhà Trắng|White House
Điện Kremlin|Kremlin
Quốc hội Việt Nam|Quốc hội|QH
Chính phủ Việt Nam|Chính phủ
Bộ Chính trị
Ban Bí thư
Ban Chấp hành Trung ương Đảng|Trung ương Đảng|BCH Trung ương|Ban Chấp hành Trung ương
Đảng Cộng sản Việt Nam|ĐCSVN|Đảng CSVN
Mặt trận Tổ quốc Việt Nam|MTTQ Việt Nam|Ủy ban Trung ương MTTQ Việt Nam|MTTQVN
Ngân hàng Nhà nước Việt Nam|NHNN|Ngân hàng Nhà nước
Kiểm toán Nhà nước|KTNN
Thanh tra Chính phủ|TTCP
Tòa án nhân dân tối cao|TANDTC
Viện Kiểm sát nhân dân tối cao|VKSNDTC
Văn phòng Chính phủ|VPCP
Văn phòng Quốc hội
Văn phòng Trung ương Đảng
Ủy ban Kiểm tra Trung ương|UBKTTW
Bộ Ngoại giao|BNG
Bộ Quốc phòng|BQP
Bộ Công an|BCA
Bộ Tài chính
Bộ Công Thương
Bộ Kế hoạch và Đầu tư|Bộ KH&ĐT|Bộ KHĐT
Bộ Giáo dục và Đào tạo|Bộ GD&ĐT|Bộ GDĐT|Bộ GD-ĐT
Bộ Y tế|BYT
Bộ Nông nghiệp và Phát triển nông thôn|Bộ NN&PTNT|Bộ NN-PTNT
Bộ Nông nghiệp và Môi trường|Bộ NN&MT
Bộ Tài nguyên và Môi trường|Bộ TN&MT|Bộ TNMT
Bộ Giao thông vận tải|Bộ GTVT
Bộ Xây dựng
Bộ Khoa học và Công nghệ|Bộ KH&CN|Bộ KHCN
Bộ Thông tin và Truyền thông|Bộ TT&TT|Bộ TTTT
Bộ Lao động - Thương binh và Xã hội|Bộ LĐ-TB&XH|Bộ LĐTBXH
Bộ Văn hóa, Thể thao và Du lịch|Bộ VH-TT&DL|Bộ VHTTDL
Bộ Tư pháp
Bộ Nội vụ
Bộ Dân tộc và Tôn giáo
Ủy ban Dân tộc
Thông tấn xã Việt Nam|TTXVN
Đài Truyền hình Việt Nam|VTV
Đài Tiếng nói Việt Nam|VOV
Tổng Liên đoàn Lao động Việt Nam|Tổng LĐLĐ Việt Nam|TLĐLĐVN
Phòng Thương mại và Công nghiệp Việt Nam|VCCI
Quân đội nhân dân Việt Nam|QĐND Việt Nam|QĐND
`;

export interface OrganisationEntry {
  name: string;
  forms: string[];
}

export const ORGANISATIONS: readonly OrganisationEntry[] = ORGANISATION_LINES.trim()
  .split('\n')
  .map((line) => {
    const forms = [...new Set(line.split('|'))];
    return { name: forms[0]!, forms };
  });

/**
 * Head words that open the name of a Vietnamese organisation, written with a capital ("Bộ Ngoại giao",
 * "Ủy ban nhân dân tỉnh Quảng Nam", "Trường THPT Trần Phú", "Công ty cổ phần Vinamilk"). Their name follows:
 * a few lower-case words of type ("nhân dân", "cổ phần", "tiểu học"), then capitalised words.
 * Compiled for this project from Decree 123/2016/NĐ-CP and Law on Government Organisation (state bodies),
 * the Law on Enterprises (company forms), and news usage.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'Bộ',
  'Ủy ban',
  'UBND',
  'HĐND',
  'Hội đồng nhân dân',
  'Tổ chức',
  'Trường',
  'Đại học',
  'ĐH',
  'Học viện',
  'Viện',
  'Bệnh viện',
  'BV',
  'Công ty',
  'Cty',
  'Tập đoàn',
  'Tổng công ty',
  'Ngân hàng',
  'Sở',
  'Cục',
  'Tổng cục',
  'Chi cục',
  'Ban',
  'Hội',
  'Hiệp hội',
  'Liên đoàn',
  'Tổng Liên đoàn',
  'Liên minh',
  'Liên hiệp',
  'Quỹ',
  'Trung tâm',
  'Văn phòng',
  'Đảng',
  'Đảng bộ',
  'Đảng ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quân khu',
  'Quân đội',
  'Bộ Tư lệnh',
  'Bộ Chỉ huy',
  'Công an',
  'Tòa án',
  'TAND',
  'Viện Kiểm sát',
  'VKSND',
  'Đại sứ quán',
  'ĐSQ',
  'Tổng Lãnh sự quán',
  'Lãnh sự quán',
  'Phái đoàn',
  'Cơ quan',
  'Báo',
  'Tạp chí',
  'Đài',
  'Nhà xuất bản',
  'Hãng',
  'Câu lạc bộ',
  'CLB',
  'Hợp tác xã',
  'Nhà máy',
  'Mặt trận',
  'Đoàn',
  'Thông tấn xã',
  'Hội đồng',
  'Quốc hội',
  'Chính phủ',
  'Nội các',
  'Thượng viện',
  'Hạ viện',
  'Nghị viện',
  'Lực lượng',
  'Hải quân',
  'Không quân',
  'Lục quân',
  'Cảnh sát biển',
  'Bộ đội Biên phòng',
  'Kho bạc',
  'Ủy ban nhân dân',
  'Ủy ban Thường vụ',
  'Chi nhánh',
  'Hãng thông tấn',
  'Đài truyền hình',
  'Sư đoàn',
  'Lữ đoàn',
  'Trung đoàn',
  'Hạm đội',
];

/**
 * Head words written as abbreviations and the words they stand for: "UBND tỉnh Quảng Nam" and "Ủy ban nhân dân
 * tỉnh Quảng Nam" are one side. The abbreviations are those of ORGANISATION_HEADS (news usage).
 */
export const HEAD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  TAND: 'Tòa án nhân dân',
  VKSND: 'Viện Kiểm sát nhân dân',
  ĐSQ: 'Đại sứ quán',
  Cty: 'Công ty',
  BV: 'Bệnh viện',
  ĐH: 'Đại học',
  CLB: 'Câu lạc bộ',
};

/**
 * Heads after which lower-case words of type may come before the capitalised name ("Ủy ban nhân dân tỉnh ...",
 * "Công ty cổ phần ...", "Trường tiểu học ...", "Ban quản lý dự án ..."); after the others ("Bộ", "Tổ chức",
 * "Hội") the name starts at once with a capital, so "Bộ trưởng", "tổ chức hội nghị" or "Hội nghị" are no names.
 */
export const TYPED_HEADS: readonly string[] = [
  'Ủy ban',
  'Công ty',
  'Cty',
  'Tập đoàn',
  'Tổng công ty',
  'Ngân hàng',
  'Bệnh viện',
  'BV',
  'Trường',
  'Học viện',
  'Đại học',
  'ĐH',
  'Viện',
  'Hiệp hội',
  'Liên đoàn',
  'Tòa án',
  'Viện Kiểm sát',
  'Hội đồng',
  'Nhà máy',
  'Hợp tác xã',
  'Câu lạc bộ',
  'CLB',
  'Trung tâm',
  'Quân đội',
  'Công an',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Sở',
  'Ban',
  'Chi nhánh',
];

/**
 * The only lower-case words an organisation's name takes after its capitalised words: the fields and qualifiers
 * of state bodies, agencies and companies when they are written in lower case ("Cục Quản lý thị trường", "Bộ
 * Giao thông vận tải", "Tập đoàn Dầu khí quốc gia Việt Nam", "Cục Thi hành án dân sự", "Hội Doanh nhân trẻ
 * TPHCM"). Any other lower-case word after the name is the sentence going on ("Sở Xây dựng phụ trách ...",
 * "Sở Y tế gồm ..."), so the name ends before it. Nouns only: words that are as often verbs ("phát triển", "hợp
 * tác", "đầu tư", "quản lý", "xây dựng") are left out, since after a name they usually start the predicate.
 * Compiled for this project from the names of ministries, general departments, departments and provincial
 * services (Decree 25/2025/NĐ-CP, Decree 123/2016/NĐ-CP and the provincial departments' names), courts and
 * enforcement agencies, and the qualifiers of national and regional bodies.
 */
export const ORGANISATION_FIELDS: readonly string[] = [
  // qualifiers
  'quốc gia',
  'quốc tế',
  'trung ương',
  'địa phương',
  'nhân dân',
  'khu vực',
  'thế giới',
  'liên bang',
  'tối cao',
  'cấp cao',
  'trẻ',
  'dự phòng',
  'tổ quốc',
  'công cộng',
  'hoàng gia',
  // fields of state administration
  'thị trường',
  'nông thôn',
  'nông nghiệp',
  'công nghiệp',
  'thương mại',
  'điện tử',
  'vận tải',
  'giao thông',
  'xã hội',
  'dân sự',
  'hình sự',
  'án dân sự',
  'án hình sự',
  'hành chính',
  'kinh tế',
  'tài chính',
  'ngân hàng',
  'khoa học',
  'công nghệ',
  'kỹ thuật',
  'thông tin',
  'truyền thông',
  'trực tuyến',
  'báo chí',
  'xuất bản',
  'phát thanh',
  'truyền hình',
  'điện ảnh',
  'nghệ thuật',
  'văn hóa',
  'thể thao',
  'du lịch',
  'giáo dục',
  'y tế',
  'dược',
  'y học',
  'chất lượng',
  'xét nghiệm',
  'thú y',
  'thực phẩm',
  'môi trường',
  'tài nguyên',
  'khoáng sản',
  'năng lượng',
  'dầu khí',
  'hóa chất',
  'thủy lợi',
  'thủy sản',
  'lâm nghiệp',
  'đô thị',
  'nhà ở',
  'bản đồ',
  'thống kê',
  'hải quan',
  'thuế',
  'kho bạc',
  'chứng khoán',
  'bảo hiểm',
  'lao động',
  'việc làm',
  'thanh niên',
  'phụ nữ',
  'trẻ em',
  'dân tộc',
  'tôn giáo',
  'pháp luật',
  'tư pháp',
  'an ninh',
  'quốc phòng',
  'biên phòng',
  'hàng không',
  'hàng hải',
  'đường sắt',
  'đường bộ',
  'bưu chính',
  'viễn thông',
  'nhập khẩu',
  'xuất khẩu',
  'tham nhũng',
  'bán dẫn',
  'điều tra',
  'cứu hộ',
  'cứu nạn',
  'kiến trúc',
  'quy hoạch',
  'hành khách',
  'đối ngoại',
  'ngoại giao',
  // nouns that end the names of academies, schools, agencies and their branches
  'quân sự',
  'quốc dân',
  'bệnh tật',
  'xuất nhập cảnh',
  'nhập cảnh',
  'xuất cảnh',
  'dự án',
  'nhân lực',
  'tội phạm',
  'nhân văn',
  'chi nhánh',
];

/**
 * Fields that are as often verbs, taken only as the second of a pair of fields joined by a dash, the way some
 * papers write department names in lower case ("Sở Kế hoạch - đầu tư", "Sở Giáo dục - đào tạo").
 */
export const ORGANISATION_PAIRED_FIELDS: readonly string[] = [
  'đầu tư',
  'phát triển',
  'xây dựng',
  'đào tạo',
  'quản lý',
  'hợp tác',
];

/**
 * Words that end the name of a foreign organisation written in its own language: "Vietnam Airlines",
 * "Kioxia Corp", "Daily Mail", "Sài Gòn FC". Compiled for this project.
 */
export const ORGANISATION_SUFFIXES: readonly string[] = [
  'Airlines',
  'Airways',
  'Air',
  'Corp',
  'Corporation',
  'Inc',
  'Ltd',
  'LLC',
  'PLC',
  'AG',
  'GmbH',
  'SA',
  'Co',
  'Company',
  'Group',
  'Holdings',
  'Bank',
  'FC',
  'CF',
  'Club',
  'United',
  'City',
  'University',
  'College',
  'Institute',
  'Foundation',
  'Association',
  'Agency',
  'Council',
  'Commission',
  'Fund',
  'Party',
  'Motors',
  'Media',
  'News',
  'Times',
  'Post',
  'Mail',
  'Journal',
  'Herald',
  'Tribune',
  'Telegraph',
  'Guardian',
  'Press',
  'Technologies',
  'Technology',
  'Systems',
  'Studios',
  'Pictures',
  'Entertainment',
  'Records',
  'Development',
  'Capital',
  'Partners',
  'Labs',
  'Energy',
  'Telecom',
  'Network',
  'Networks',
  'Pharma',
  'Pharmaceuticals',
  'Insurance',
  'Securities',
  'Investment',
  'Industries',
  'Electronics',
  'Software',
  'Solutions',
  'Services',
  'Logistics',
  'Shipping',
  'Motor',
  'Automotive',
  'Aerospace',
  'Defense',
  'Defence',
  'Magazine',
  'Review',
  'Organization',
  'Organisation',
  'Union',
  'League',
  'Federation',
  'Committee',
  'Ministry',
  'Department',
  // Photo agencies and credits ("Getty Images"), alliances, meetings and prizes: never the last word of a person.
  'Images',
  'Photos',
  'Consortium',
  'Alliance',
  'Coalition',
  'Summit',
  'Forum',
  'Conference',
  'Congress',
  'Society',
  'Academy',
  'Museum',
  'Festival',
  'Awards',
];
