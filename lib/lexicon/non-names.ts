// Capitalised words and phrases that look like names but are not people: organisation heads, zodiac signs,
// the sixty-year cycle (can chi: "Bính Ngọ"), credit markers and common capitalised foreign words.
// Compiled for this project.

/** Heads of organisation names: "Bộ Ngoại giao", "Liên minh châu Âu", "Bệnh viện Chợ Rẫy". */
export const ORG_HEADS: readonly string[] = [
  'bộ', 'ban', 'ủy ban', 'ủy', 'cục', 'tổng cục', 'chi cục', 'vụ', 'sở', 'phòng', 'viện', 'học viện', 'trường', 'đại học',
  'bệnh viện', 'công ty', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'liên minh', 'liên hợp', 'liên đoàn', 'hiệp hội',
  'hội', 'hội đồng', 'quân đội', 'quân khu', 'quân chủng', 'binh chủng', 'bộ tư lệnh', 'công an', 'tòa án', 'tòa',
  'viện kiểm sát', 'văn phòng', 'cơ quan', 'trung tâm', 'đảng', 'đảng bộ', 'đảng ủy', 'tỉnh ủy', 'thành ủy',
  'mặt trận', 'đoàn', 'báo', 'tạp chí', 'đài', 'thông tấn xã', 'nhà xuất bản', 'quỹ', 'tổ chức', 'chương trình',
  'dự án', 'hiệp định', 'công ước', 'tuyên bố', 'nghị quyết', 'nghị định', 'luật', 'đối thoại', 'hội nghị',
  'diễn đàn', 'lễ', 'đại hội', 'giáo hội', 'nhà thờ', 'chính phủ', 'nhà nước', 'quốc hội', 'phái bộ', 'phái đoàn',
  'cộng đồng', 'khối', 'nhóm', 'câu lạc bộ', 'clb', 'hãng', 'xí nghiệp', 'nhà máy', 'hợp tác xã', 'thư viện',
  'sân vận động', 'đội', 'lữ đoàn', 'tiểu đoàn', 'hải đội', 'vùng', 'ubnd', 'hđnd', 'mttq', 'tand', 'vksnd',
];

/** Zodiac signs in Vietnamese: horoscope boxes list them capitalised ("Bạch Dương, Kim Ngưu, Song Tử"). */
export const ZODIAC: readonly string[] = [
  'Bạch Dương', 'Kim Ngưu', 'Song Tử', 'Cự Giải', 'Sư Tử', 'Xử Nữ', 'Thiên Bình', 'Bọ Cạp', 'Thiên Yết', 'Hổ Cáp',
  'Nhân Mã', 'Ma Kết', 'Bảo Bình', 'Song Ngư',
];

/** Heavenly stems and earthly branches: "Bính Ngọ", "Giáp Thìn", "Quý Mão" name lunar years, not people. */
export const CAN: readonly string[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const CHI: readonly string[] = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/**
 * Markers after which the names belong to the article's authors or photographers, not to its people:
 * "Ảnh: Tuấn Anh", "Tin, ảnh: PHƯƠNG LINH", "Theo Sầm Hoa (Vietnamnet)".
 */
export const CREDIT_MARKERS: readonly string[] = [
  'ảnh', 'tin, ảnh', 'tin và ảnh', 'bài, ảnh', 'bài và ảnh', 'bài', 'tin', 'video', 'clip', 'đồ họa', 'đồ hoạ',
  'thiết kế', 'thực hiện', 'nguồn', 'biên dịch', 'lược dịch', 'dịch', 'ghi', 'nhóm pv', 'pv', 'ctv', 'photo',
];

/**
 * Capitalised words that start or fill capitalised runs in Vietnamese text without being names: things, events,
 * brands and common English words found in news. A foreign-looking run containing one is not a person.
 * ("Park" is left out: it is a Korean surname, Park Geun-hye, Park Hang-seo.)
 */
export const NOT_NAME_WORDS: readonly string[] = [
  'Covid', 'Noel', 'Internet', 'Google', 'Apple', 'Facebook', 'Microsoft', 'Amazon', 'Kindle',
  'Forbes', 'Reuters', 'AFP', 'Xinhua', 'Team', 'Europe', 'European', 'Union', 'General', 'Electric', 'Bank',
  'Group', 'Street', 'News', 'Times', 'Post', 'Press', 'Online', 'Global', 'Gateway', 'World', 'International',
  'National', 'Company', 'Corporation', 'Inc', 'Ltd', 'Standard', 'Oil', 'Barnes', 'Noble', 'Airlines', 'Airways',
  'Air', 'Force', 'Navy', 'Army', 'Council', 'Commission', 'Parliament', 'Delegation', 'Ministry', 'Department',
  'Agency', 'Office', 'University', 'College', 'Institute', 'Center', 'Centre', 'Foundation', 'Association',
  'Summit', 'Forum', 'Dialogue', 'Partnership', 'Strategy', 'Policy', 'Plan', 'Program', 'Programme', 'Project',
  'Award', 'Cup', 'League', 'Club', 'Hotel', 'Resort', 'Tower', 'Plaza', 'Mall', 'Central', 'Hyatt', 'Research', 'Science', 'Airport', 'Port',
  'Hodgkin', 'Lanchaster', 'Jaws', 'Achilles', 'Vietnam', 'Hanoi', 'Saigon', 'Languages',
  'Press', 'Releases', 'Unique', 'ID', 'Vaccine', 'Pfizer', 'AstraZeneca', 'Moderna', 'Sputnik', 'Messenger',
  'YouTube', 'TikTok', 'Twitter', 'Zalo', 'iPhone', 'Samsung', 'Android', 'Windows', 'Bitcoin', 'Euro', 'USD',
  'Vcamp', 'Vietnamnet', 'VnExpress', 'Infonet', 'Book', 'Books', 'Source', 'Media', 'Digital', 'Studio', 'Labs',
  'Systems', 'Network', 'Services', 'Capital', 'Partners', 'Holdings', 'Energy', 'Motors', 'Software', 'Store',
  'Nino', 'Valley', 'Sachs', 'Stanley', 'Dhabi', 'Formula', 'Grand', 'Prix', 'Open', 'Games', 'Olympic',
  'Olympics', 'Real', 'Madrid', 'Manchester', 'United', 'City', 'Arsenal', 'Chelsea', 'Liverpool', 'Barcelona',
  'Bayern', 'Munich', 'Juventus', 'Milan', 'Inter', 'Tottenham', 'Atletico', 'Dortmund', 'Premier', 'Champions',
  'Liga', 'Serie', 'Wall', 'Silicon', 'Tesla', 'Meta', 'OpenAI', 'Nvidia', 'Intel', 'Huawei', 'Xiaomi', 'Boeing',
  'Airbus', 'Toyota', 'Honda', 'Hyundai', 'Sony', 'Netflix', 'Spotify', 'Uber', 'Grab', 'Shopee', 'Lazada',
  // Makers whose name comes first in the name of a model ("Nissan X-Trail", "Oppo Reno").
  'Nissan', 'Mitsubishi', 'Subaru', 'Mazda', 'Kia', 'Suzuki', 'Isuzu', 'Lexus', 'Volkswagen', 'Audi', 'Mercedes',
  'Porsche', 'Peugeot', 'Renault', 'Volvo', 'Ferrari', 'Lamborghini', 'Chevrolet', 'VinFast', 'Oppo', 'Vivo',
  'Realme', 'Nokia', 'Motorola', 'Lenovo', 'Asus', 'Acer', 'Dell', 'Vsmart', 'Bphone',
  // English function words and the nouns of titles of works, awards and product lines.
  'The', 'Of', 'And', 'For', 'With', 'Awards', 'War', 'Wars', 'Game', 'Show', 'Movie', 'Film', 'Festival', 'Series',
  'Season', 'Edition', 'Pro', 'Max', 'Plus', 'Mini', 'Ultra', 'Lite', 'Galaxy', 'Edge',
];

/**
 * Function words that start a sentence with a capital and then stand before a name: "Như Bezos nói",
 * "Theo Nguyễn Văn A". Stripped from the start of a capitalised run.
 */
export const LEADING_FUNCTION_WORDS: readonly string[] = [
  'Như', 'Theo', 'Với', 'Khi', 'Nếu', 'Và', 'Nhưng', 'Còn', 'Cả', 'Cùng', 'Tại', 'Từ', 'Của', 'Về', 'Sau', 'Trước',
  'Để', 'Do', 'Vì', 'Bởi', 'Là', 'Có', 'Các', 'Những', 'Một', 'Ngày', 'Năm', 'Tháng', 'Hôm', 'Đó', 'Này', 'Đây',
  'Nhiều', 'Mọi', 'Mỗi', 'Tuy', 'Dù', 'Trong', 'Ngoài', 'Giữa', 'Qua', 'Bên', 'Phía', 'Cho', 'Đối', 'Thay', 'Hay',
  'Hoặc', 'Rồi', 'Lúc', 'Giống', 'Ngay', 'Chính', 'Riêng', 'Gặp', 'Tiếp', 'Thăm', 'Mời', 'Nhờ', 'Sáng', 'Chiều',
  'Tối', 'Đêm', 'Trưa', 'Lần', 'Đến', 'Đi', 'Gửi', 'Chúc', 'Cảm', 'Hỏi', 'Đáp', 'Nói', 'Bạn', 'Tôi', 'Chúng',
  'Nước', 'Người', 'Phe', 'Đất',
];

/**
 * Nouns of things that stand before a capitalised name that is not a person: a film, a role in it, a song, a
 * club or a team, a product, a newspaper, a ship, an event ("bộ phim The Father", "vai Black Panther", "CLB
 * Slovan Liberec", "mẫu smartphone Mi Mix Fold", "tờ Daily Mail", "tàu ngầm ARA San Juan"). Compiled for this
 * project from news usage; they are common nouns, never names.
 */
export const THING_NOUNS: readonly string[] = [
  'phim', 'bộ phim', 'loạt phim', 'bom tấn', 'vai', 'vai diễn', 'nhân vật', 'ca khúc', 'bài hát', 'album', 'ban nhạc',
  'nhóm nhạc', 'chương trình', 'show', 'game', 'trò chơi', 'ứng dụng', 'phần mềm', 'nền tảng', 'mẫu', 'mẫu xe',
  'dòng xe', 'xe', 'điện thoại', 'smartphone', 'thương hiệu', 'nhãn hàng', 'tờ', 'tờ báo', 'tạp chí', 'kênh', 'trang',
  'mạng xã hội', 'đội', 'đội bóng', 'đội tuyển', 'câu lạc bộ', 'clb', 'trận đấu với', 'đối đầu với', 'khách sạn',
  'nhà hàng', 'tàu ngầm', 'tàu sân bay', 'tàu khu trục', 'tên lửa', 'máy bay', 'chiến dịch', 'sự kiện', 'lễ hội',
  'sách', 'cuốn', 'cuốn sách', 'tác phẩm', 'tiểu thuyết', 'truyện', 'vở', 'vở kịch', 'đạm', 'nhà máy', 'logo',
  'giống', 'loài', 'bệnh', 'hội chứng', 'virus', 'biến thể', 'cơn bão', 'bão', 'siêu bão', 'áp thấp',
];
