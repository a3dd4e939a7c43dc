// Gazetteer of place names shaped like personal names (Hà Nội, Thái Bình, Đông Anh, Biển Đông...), compiled for
// this project from the official lists of Vietnam's provinces (63 before and 34 after the 2025 merger),
// well-known cities, districts and wards, seas, islands and regions, and the Vietnamese names of countries and
// foreign cities that news uses. A capitalised run equal to (or starting with) one of these is a place, not a
// person. Historical figures who also name streets (Trần Hưng Đạo, Lê Lợi) are NOT listed: they are people,
// unless a context word ("đường", "cầu", "phố"...) says otherwise.

const PLACE_LIST = `Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|An Giang|Bà Rịa|Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|
Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Điện Biên Phủ|Đồng Nai|Đồng Tháp|
Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|
Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|
Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên|Huế|Tiền Giang|
Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Sài Gòn|Gia Định|Chợ Lớn|Quy Nhơn|Pleiku|Buôn Ma Thuột|Nha Trang|Đà Lạt|
Vinh|Hạ Long|Biên Hòa|Thủ Dầu Một|Vĩnh Yên|Việt Trì|Mỹ Tho|Long Xuyên|Rạch Giá|Phan Thiết|Phan Rang|Tuy Hòa|Tam Kỳ|
Hội An|Đông Hà|Đồng Hới|Móng Cái|Sa Pa|Phú Quốc|Côn Đảo|Cát Bà|Lý Sơn|Trường Sa|Hoàng Sa|Biển Đông|Vịnh Bắc Bộ|Bắc Bộ|
Trung Bộ|Nam Bộ|Bắc Trung Bộ|Nam Trung Bộ|Tây Nguyên|Tây Bắc|Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|Cửu Long|Mê Kông|Mekong|
Hồ Gươm|Hoàn Kiếm|Ba Đình|Đống Đa|Tây Hồ|Cầu Giấy|Thanh Xuân|Hoàng Mai|Long Biên|Nam Từ Liêm|Bắc Từ Liêm|Từ Liêm|
Hà Đông|Sơn Tây|Đông Anh|Gia Lâm|Sóc Sơn|Mê Linh|Thanh Trì|Tứ Liên|Nghi Tàm|Quán Sứ|Tràng Tiền|Hàng Bài|Hàng Đào|
Bình Thạnh|Gò Vấp|Phú Nhuận|Tân Bình|Tân Phú|Bình Tân|Thủ Đức|Củ Chi|Hóc Môn|Nhà Bè|Cần Giờ|Bình Chánh|Thạnh Lộc|
Đồng Tâm|Lai Sơn|Đức Thọ|Minh Châu|Nội Bài|Tân Sơn Nhất|Mỹ Đình|Hải Châu|Thanh Khê|Sơn Trà|Ngũ Hành Sơn|Liên Chiểu|
Cẩm Lệ|Hòa Vang|Hòa Cường|Hòa Cường Nam|Krông Buk|Krông Păk|Krông Pắc|Lê Chân|Ngô Quyền|Hồng Bàng|Kiến An|Đồ Sơn|
Cát Lái|Bình Khánh|Bến Nghé|Bến Thành|Đa Kao|Tân Định|Phú Mỹ|Phủ Cam|Cầu Rầm|Nghi Lộc|Nam Đàn|Nam Lộc|Vạn Lộc|Hàm Long|
Cửa Bắc|Vĩnh Ninh|Trường An|Tam Đảo|Ba Vì|Hương Sơn|Yên Tử|Mộc Châu|Mai Châu|Cô Tô|Vân Đồn|Bạch Long Vĩ|Phú Quý|
Thổ Chu|Hòn Mê|Cồn Cỏ|Bà Đen|Bà Chiểu|Bà Điểm|Ông Lãnh|Cô Giang|Tam Cốc|Tràng An|Ninh Kiều|Cái Răng|Chợ Rẫy|
Đông Nam Á|Nam Á|Trung Á|Tây Á|Đông Á|Đông Bắc Á|Châu Á|Châu Âu|Châu Phi|Châu Mỹ|Châu Đại Dương|Bắc Âu|Tây Âu|
Đông Âu|Nam Âu|Trung Âu|Trung Đông|Bắc Mỹ|Nam Mỹ|Mỹ Latinh|Bắc Phi|Thái Bình Dương|Ấn Độ Dương|Đại Tây Dương|
Bắc Băng Dương|Địa Trung Hải|Biển Đen|Biển Hoa Đông|Biển Nhật Bản|Eo biển Đài Loan|Bắc Cực|Nam Cực|Việt Nam|
Lào|Campuchia|Cam-pu-chia|Thái Lan|Mỹ|Hoa Kỳ|Nga|Liên bang Nga|Liên Xô|Pháp|Đức|Anh|Ý|Úc|Bỉ|Hà Lan|Thụy Điển|
Thụy Sĩ|Na Uy|Đan Mạch|Phần Lan|Ba Lan|Séc|Hy Lạp|Ai Cập|Nam Phi|Tân Tây Lan|Áo|Hung|Hungary|Bồ Đào Nha|Tây Ban Nha|
Thổ Nhĩ Kỳ|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Bắc Triều Tiên|Trung Quốc|Ấn Độ|Mông Cổ|Đài Loan|Hồng Kông|Hong Kong|
Ma Cao|Macau|Singapore|Xin-ga-po|Malaysia|Ma-lai-xi-a|Indonesia|In-đô-nê-xi-a|Philippines|Phi-líp-pin|Myanmar|
Mi-an-ma|Brunei|Bru-nây|Đông Timor|Timor-Leste|Ukraine|U-crai-na|Belarus|Israel|Palestine|Iran|Iraq|Syria|Li Băng|
Ả Rập Xê Út|Ả Rập|Cuba|Cu Ba|Brazil|Argentina|Mexico|Chile|Venezuela|Kazakhstan|Pakistan|Bangladesh|Sri Lanka|Nepal|
Canada|New Zealand|Australia|Bắc Kinh|Thượng Hải|Quảng Châu|Quảng Tây|Vân Nam|Hải Nam|Thâm Quyến|Ankara|Moscow|
Mát-xcơ-va|Washington|London|Luân Đôn|Paris|Berlin|Brussels|Bruxelles|Tokyo|Seoul|Bangkok|Vientiane|Viêng Chăn|
Phnom Penh|Phnôm Pênh|Jakarta|Manila|Kuala Lumpur|New York|Geneva|Vienna|Rome|Madrid|Lisbon|Amsterdam|Stockholm|
Oslo|Helsinki|Copenhagen|Warsaw|Prague|Budapest|Athens|Cairo|Dubai|Doha|Riyadh|Tehran|Kiev|Kyiv|New Delhi|New Dehli|
Canberra|Sydney|Melbourne|Ottawa|Toronto|Havana|Trinidad|Tobago|Trinidad và Tobago|Châu Âu-Thái Bình Dương|
Ấn Độ Dương - Thái Bình Dương|Á-Thái Bình Dương|Châu Á-Thái Bình Dương|Đông Dương|Goshiwon|Làng Thi cử|Miền Tây|
Miền Đông|Miền Bắc|Hai Bà Trưng|Cao Lãnh|Hồ Tây|Hồ Hoàn Kiếm|Tô Lịch|Hà Tiên|Kim Mã|Thái Thịnh|Mai Dịch|
Thái Hà|Hà Quảng|Văn Miếu|Hồ Con Rùa|Lạc Dương|
Mai Châu|Kim Bôi|Lâm Thao|Trần Đề|Châu Đốc|Châu Thành|Tân Châu|Đồng Xoài|Miền Trung|Miền Nam|Nam Kỳ|Bắc Kỳ|Trung Kỳ|
Qatar|Ca-ta|Kuwait|Oman|Yemen|Bahrain|Afghanistan|Uzbekistan|Turkmenistan|Kyrgyzstan|Tajikistan|Azerbaijan|Armenia|
Maldives|Bhutan|Fiji|Papua New Guinea|Nigeria|Kenya|Ethiopia|Tanzania|Angola|Mozambique|Algeria|Tunisia|Libya|Morocco|
Ma-rốc|Sudan|Ghana|Senegal|Peru|Colombia|Ecuador|Bolivia|Uruguay|Paraguay|Panama|Nicaragua|Romania|Rumani|Bulgaria|
Serbia|Croatia|Slovakia|Slovenia|Estonia|Latvia|Litva|Lithuania|Ireland|Ai-len|Iceland|Luxembourg|Monaco|Moldova|
Gaza|Bờ Tây|Antwerp|Bruges|Rotterdam|Hamburg|Busan|Incheon|Yokohama|Thiên Tân|Trùng Khánh|Hàng Châu|
Nam Ninh|Côn Minh|Vladivostok|St. Petersburg|Saint Petersburg|Los Angeles|San Francisco|Chicago|Seattle|
Vancouver|Mumbai|Kolkata|Chennai|Bengaluru|Karachi|Dhaka|Yangon|Naypyidaw|Nay Pyi Taw|Mandalay|Davos|
Chiang Mai|Chiang Rai|Udon Thani|Nakhon Phanom|Nakhon Ratchasima|Nakhon Si Thammarat|Sakon Nakhon|Khon Kaen|
Nong Khai|Ubon Ratchathani|Mukdahan|Phuket|Pattaya|Ayutthaya|Songkhla|Hat Yai|Surat Thani|Luang Prabang|Luông Pha Băng|
Savannakhet|Xavannakhet|Champasak|Chăm-pa-xắc|Khammouane|Khăm Muộn|Attapeu|Bolikhamxay|Bôlykhămxay|Houaphanh|
Xieng Khouang|Xiêng Khoảng|Oudomxay|Phongsaly|Salavan|Sekong|Luang Namtha|Bokeo|Xayaboury|Siem Reap|Xiêm Riệp|
Battambang|Kampot|Sihanoukville|Kampong Cham|Kampong Thom|Svay Rieng|Kandal|Koh Kong|Preah Vihear|Ratanakiri|
Mondulkiri|Kratie|Stung Treng|Prey Veng|Pursat`;

export const PLACES: readonly string[] = PLACE_LIST.replace(/\n/g, '').split('|');

/**
 * Nouns that, right before a capitalised name, make it a place, street or institution rather than a person:
 * "đường Trần Hưng Đạo", "cầu Tứ Liên", "huyện Đông Anh", "TP Hà Nội", "trường Nguyễn Trãi". Capitalised at the
 * start of a name ("Cảng Antwerp-Bruges", "Tỉnh Udon Thani") they head a place's own name.
 */
export const PLACE_HEADS: readonly string[] = [
  'tỉnh',
  'thành phố',
  'tp',
  'thủ đô',
  'huyện',
  'quận',
  'phường',
  'xã',
  'thị xã',
  'thị trấn',
  'thôn',
  'làng',
  'bản',
  'ấp',
  // Villages of the Central Highlands' peoples (Ê Đê "buôn", Gia Rai and Ba Na "plei", "bon" of the M'nông) and the
  // Khmer "sóc".
  'buôn',
  'plei',
  'bon',
  'sóc',
  'xóm',
  'tổ dân phố',
  'khu phố',
  'đường',
  'phố',
  'ngõ',
  'ngách',
  'hẻm',
  'kiệt',
  'đại lộ',
  'cầu',
  'sông',
  'hồ',
  'núi',
  'đèo',
  'biển',
  'vịnh',
  'đảo',
  'quần đảo',
  'bãi',
  'cảng',
  'sân bay',
  'sân',
  'ga',
  'bến',
  'chợ',
  'tượng đài',
  'tháp',
  'đình',
  'miếu',
  'đền',
  'chùa',
  'nhà thờ',
  'giáo xứ',
  'lăng',
  'khu',
  'khu vực',
  'nghĩa trang',
  'tòa nhà',
  'bảo tàng',
  'công viên',
  'quảng trường',
  'trường',
  'bệnh viện',
  'viện',
  'công ty',
  'tập đoàn',
  'hộ kinh doanh',
  'giải',
  'giải thưởng',
  'tàu',
  'chiến dịch',
  'nhà hát',
  'rạp',
  'sư đoàn',
  'trung đoàn',
  'huân chương',
  'cúp',
  'tỉnh lộ',
  'quốc lộ',
  'miền',
  'vùng',
  'xứ',
  'quê',
  'đặc khu',
  'thủ phủ',
  'cửa khẩu',
  'khu công nghiệp',
  'bang',
  'tiểu bang',
];

/**
 * Administrative units written inside a title ("Thống đốc bang California", "Chủ tịch UBND xã Tân Lập"): the
 * capitalised words after one start with the unit's name.
 */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh',
  'thành phố',
  'bang',
  'quận',
  'huyện',
  'xã',
  'phường',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'vùng',
  'khu vực',
  'thủ đô',
];

/**
 * Prepositions that announce a place ("tại Gò Vấp"); "tại TP.HCM Susan Burns": not the name after its acronym.
 * "về" and "qua" alone also mean "about" and "through" ("câu chuyện về Nina Tandon", "thông qua ông X"): only after
 * a verb of motion do they announce a place ("trở về Berlin", "bay qua Alaska").
 */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'tại',
  'ở',
  'sang',
  'trở về',
  'quay về',
  'đi về',
  'bay về',
  'rút về',
  'chuyển về',
  'đi qua',
  'bay qua',
];

/** Abbreviations that announce a place ("P. Bến Nghé", "số 54 Hai Bà Trưng"). */
const PLACE_ABBREVIATIONS: readonly string[] = ['p', 'q', 'tx', 'số'];

export const PLACE_CONTEXT: readonly string[] = [...PLACE_HEADS, ...PLACE_PREPOSITIONS, ...PLACE_ABBREVIATIONS];

/**
 * Plural nouns of places that introduce a list of them: "các tỉnh đông bắc như Udon Thani, Nakhon Phanom",
 * "các cảng Antwerp, Rotterdam". Names listed after one are places.
 */
export const PLACE_LIST_NOUNS: readonly string[] = [
  'đường',
  'phố',
  'tuyến',
  'ngả',
  'con đường',
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'xã',
  'phường',
  'địa phương',
  'nước',
  'quốc gia',
  'cảng',
  'sân bay',
  'thủ đô',
  'bang',
  'vùng',
  'khu vực',
  'đảo',
  'cửa khẩu',
  'tp',
];
