// Organisations that are sides of an article and whose names the shape of Vietnamese organisation names does
// not give on its own: international bodies known by an acronym or a name without a head word, and Viet Nam's
// central institutions with their usual acronyms. One line per organisation: the Vietnamese name the digest
// shows, then its other forms (acronyms, English name, other Vietnamese wordings), and after "||" the name the
// English UI shows (display only, not matched: "Ministry of Health" in an English text is not Viet Nam's). English
// names: the UN system's and the bodies' own English names, and for Viet Nam's institutions the English names on
// their official portals (chinhphu.vn, mofa.gov.vn and the ministries' English pages).
// Sources: the UN system chart (un.org, "The United Nations System"), the official Vietnamese names of
// international organisations used by the Ministry of Foreign Affairs of Viet Nam, the 2013 Constitution and the
// Law on Government Organisation for the state bodies, Decree 25/2025/NĐ-CP for the ministries after the 2025
// reorganisation; acronyms as the news writes them. Compiled for this project.

const ORGANISATION_LINES = `
Liên hợp quốc|LHQ|Liên Hợp Quốc|Liên Hiệp Quốc|Liên hiệp quốc|UN|United Nations||United Nations
Hội đồng Bảo an Liên hợp quốc|Hội đồng Bảo an|HĐBA|UNSC|Hội đồng Bảo an LHQ||UN Security Council
Đại hội đồng Liên hợp quốc|Đại hội đồng LHQ|UNGA||UN General Assembly
Hiệp hội các quốc gia Đông Nam Á|ASEAN|Hiệp hội các nước Đông Nam Á||Association of Southeast Asian Nations
Liên minh châu Âu|EU|Liên minh Châu Âu|European Union||European Union
Ủy ban châu Âu|EC|Ủy ban Châu Âu|European Commission||European Commission
Nghị viện châu Âu|Nghị viện Châu Âu|European Parliament||European Parliament
Hội đồng châu Âu|Hội đồng Châu Âu||European Council
Cơ quan Đối ngoại châu Âu|EEAS||European External Action Service
Tổ chức Hiệp ước Bắc Đại Tây Dương|NATO|Khối NATO||North Atlantic Treaty Organization
Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương|APEC|Diễn đàn APEC||Asia-Pacific Economic Cooperation
Tổ chức Thương mại Thế giới|WTO||World Trade Organization
Tổ chức Y tế Thế giới|WHO||World Health Organization
Quỹ Tiền tệ Quốc tế|IMF||International Monetary Fund
Ngân hàng Thế giới|WB|World Bank||World Bank
Ngân hàng Phát triển châu Á|ADB|Ngân hàng Phát triển Châu Á||Asian Development Bank
Ngân hàng Đầu tư Cơ sở hạ tầng châu Á|AIIB||Asian Infrastructure Investment Bank
Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc|UNESCO||UNESCO
Quỹ Nhi đồng Liên hợp quốc|UNICEF||UNICEF
Chương trình Phát triển Liên hợp quốc|UNDP||UN Development Programme
Tổ chức Lương thực và Nông nghiệp Liên hợp quốc|FAO||Food and Agriculture Organization
Tổ chức Lao động Quốc tế|ILO||International Labour Organization
Cơ quan Năng lượng Nguyên tử Quốc tế|IAEA||International Atomic Energy Agency
Cao ủy Liên hợp quốc về người tị nạn|UNHCR||UN Refugee Agency
Chương trình Lương thực Thế giới|WFP||World Food Programme
Tổ chức các nước xuất khẩu dầu mỏ|OPEC|OPEC+||OPEC
Tổ chức Hợp tác và Phát triển Kinh tế|OECD||OECD
Tòa án Công lý Quốc tế|ICJ||International Court of Justice
Tòa án Hình sự Quốc tế|ICC||International Criminal Court
Tòa Trọng tài Thường trực||Permanent Court of Arbitration
Tổ chức Cảnh sát Hình sự Quốc tế|Interpol|INTERPOL||Interpol
Ủy ban Chữ thập đỏ Quốc tế|ICRC||International Committee of the Red Cross
Ủy ban sông Mekong|MRC|Ủy hội sông Mê Công quốc tế|Ủy hội sông Mekong quốc tế||Mekong River Commission
Tổ chức Hợp tác Thượng Hải|SCO||Shanghai Cooperation Organisation
Liên minh châu Phi|AU||African Union
Nhóm các nền kinh tế phát triển G7|G7|Nhóm G7||G7
Nhóm các nền kinh tế lớn G20|G20|Nhóm G20||G20
Nhóm BRICS|BRICS||BRICS
Diễn đàn Kinh tế Thế giới|WEF||World Economic Forum
Diễn đàn khu vực ASEAN|ARF||ASEAN Regional Forum
Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng|ADMM+|ADMM||ADMM-Plus
Liên minh Nghị viện Thế giới|IPU||Inter-Parliamentary Union
Đại hội đồng Liên nghị viện ASEAN|AIPA||ASEAN Inter-Parliamentary Assembly
Tổ chức Quốc tế Pháp ngữ|OIF||International Organisation of La Francophonie
Tổ chức Hàng hải Quốc tế|IMO||International Maritime Organization
Tổ chức Hàng không Dân dụng Quốc tế|ICAO||International Civil Aviation Organization
Tổ chức Sở hữu Trí tuệ Thế giới|WIPO||World Intellectual Property Organization
Tổ chức Di cư Quốc tế|IOM||International Organization for Migration
Cơ quan Phát triển Quốc tế Hoa Kỳ|USAID||USAID
Cơ quan Hợp tác Quốc tế Nhật Bản|JICA||Japan International Cooperation Agency
Cơ quan Hàng không và Vũ trụ Mỹ|NASA||NASA
Cục Dự trữ Liên bang Mỹ|Fed|FED||Federal Reserve
Lầu Năm Góc|Pentagon||Pentagon
Nhà Trắng|White House||White House
Điện Kremlin|Kremlin||Kremlin
Quốc hội Việt Nam|Quốc hội|QH||National Assembly of Vietnam
Chính phủ Việt Nam|Chính phủ||Government of Vietnam
Bộ Chính trị||Politburo
Ban Bí thư||Secretariat of the Party Central Committee
Ban Chấp hành Trung ương Đảng|Trung ương Đảng|BCH Trung ương|Ban Chấp hành Trung ương||Party Central Committee
Đảng Cộng sản Việt Nam|ĐCSVN|Đảng CSVN||Communist Party of Vietnam
Mặt trận Tổ quốc Việt Nam|MTTQ Việt Nam|Ủy ban Trung ương MTTQ Việt Nam|MTTQVN||Vietnam Fatherland Front
Ngân hàng Nhà nước Việt Nam|NHNN|Ngân hàng Nhà nước||State Bank of Vietnam
Kiểm toán Nhà nước|KTNN||State Audit Office
Thanh tra Chính phủ|TTCP||Government Inspectorate
Tòa án nhân dân tối cao|TANDTC||Supreme People's Court
Viện Kiểm sát nhân dân tối cao|VKSNDTC||Supreme People's Procuracy
Văn phòng Chính phủ|VPCP||Office of the Government
Văn phòng Quốc hội||Office of the National Assembly
Văn phòng Trung ương Đảng||Party Central Office
Ủy ban Kiểm tra Trung ương|UBKTTW||Central Inspection Commission
Bộ Ngoại giao|BNG||Ministry of Foreign Affairs
Bộ Quốc phòng|BQP||Ministry of National Defence
Bộ Công an|BCA||Ministry of Public Security
Bộ Tài chính||Ministry of Finance
Bộ Công Thương||Ministry of Industry and Trade
Bộ Kế hoạch và Đầu tư|Bộ KH&ĐT|Bộ KHĐT||Ministry of Planning and Investment
Bộ Giáo dục và Đào tạo|Bộ GD&ĐT|Bộ GDĐT|Bộ GD-ĐT||Ministry of Education and Training
Bộ Y tế|BYT||Ministry of Health
Bộ Nông nghiệp và Phát triển nông thôn|Bộ NN&PTNT|Bộ NN-PTNT||Ministry of Agriculture and Rural Development
Bộ Nông nghiệp và Môi trường|Bộ NN&MT||Ministry of Agriculture and Environment
Bộ Tài nguyên và Môi trường|Bộ TN&MT|Bộ TNMT||Ministry of Natural Resources and Environment
Bộ Giao thông vận tải|Bộ GTVT||Ministry of Transport
Bộ Xây dựng||Ministry of Construction
Bộ Khoa học và Công nghệ|Bộ KH&CN|Bộ KHCN||Ministry of Science and Technology
Bộ Thông tin và Truyền thông|Bộ TT&TT|Bộ TTTT||Ministry of Information and Communications
Bộ Lao động - Thương binh và Xã hội|Bộ LĐ-TB&XH|Bộ LĐTBXH||Ministry of Labour, Invalids and Social Affairs
Bộ Văn hóa, Thể thao và Du lịch|Bộ VH-TT&DL|Bộ VHTTDL||Ministry of Culture, Sports and Tourism
Bộ Tư pháp||Ministry of Justice
Bộ Nội vụ||Ministry of Home Affairs
Bộ Dân tộc và Tôn giáo||Ministry of Ethnic and Religious Affairs
Ủy ban Dân tộc||Committee for Ethnic Minority Affairs
Thông tấn xã Việt Nam|TTXVN||Vietnam News Agency
Đài Truyền hình Việt Nam|VTV||Vietnam Television
Đài Tiếng nói Việt Nam|VOV||Voice of Vietnam
Tổng Liên đoàn Lao động Việt Nam|Tổng LĐLĐ Việt Nam|TLĐLĐVN||Vietnam General Confederation of Labour
Phòng Thương mại và Công nghiệp Việt Nam|VCCI||Vietnam Chamber of Commerce and Industry
Quân đội nhân dân Việt Nam|QĐND Việt Nam|QĐND||Vietnam People's Army
`;

export interface OrganisationEntry {
  name: string;
  forms: string[];
  /** The name the English UI shows ("United Nations", "Ministry of Health"). */
  english: string | null;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = ORGANISATION_LINES.trim()
  .split('\n')
  .map((line) => {
    const [names, english] = line.split('||');
    const forms = [...new Set(names!.split('|'))];
    return { name: forms[0]!, forms, english: english ?? null };
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
