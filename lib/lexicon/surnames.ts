// Vietnamese surnames, most frequent first. Derived from surnames.tsv in shared/reference/lexicon (computed
// from duyet/vietnamese-namedb, MIT, see LICENSE-vietnamese-namedb): mis-encoded rows (VNI/Windows-1258
// mojibake such as "Buøi") dropped, a few minority-people surnames added (Giáp, Hầu, Sùng, Thào, Giàng...), and
// surnames the namedb sample misses (Chử, Ngụy, Khúc; weak: Tiêu, Lò, Cầm, Thân, Quan, Lạc).

/** Surnames that are also evidence on their own: a capitalised run starting with one is probably a name. */
export const STRONG_SURNAMES: readonly string[] =
  'Nguyễn Trần Lê Phạm Võ Huỳnh Phan Bùi Hoàng Vũ Trương Đỗ Đặng Hồ Ngô Dương Đoàn Đinh Trịnh Cao Đào Mai Lương Lưu Lâm Hà Thái Phùng Tạ Lý Tô Vương Chu Từ Quách Lã Tôn Tống Tăng Đậu Diệp Đàm Kiều Triệu La Lại Thạch Lữ Nông Dư Nhan Bành Cáp Mã Hàn Nghiêm Nhữ Cù Khương Ung Mạc Sầm Tưởng Liêu Uông Doãn Khổng Khưu Thiều Biện Kim Giáp Hầu Quàng Sùng Thào Giàng Lầu Chử Ngụy Khúc'.split(
    ' ',
  );

/**
 * Rare surnames that are also common capitalised words (Văn, Hồng, Sơn, Quang, Song, Châu...): a name may
 * start with them, but only a title or an honorific before it makes the run a person.
 */
export const WEAK_SURNAMES: readonly string[] =
  'Đồng Hứa Y Chung Bạch Hồng Trang Âu Giang Danh Vy Quang Trà Ông Hoà Ánh Vi Ôn Hàng Tiết Lục Ninh Vòng Thi Trình Ất Trầm Trinh Lư Lộ Mạch Kỷ Chế Quản Xa Mông Viên Tào Hạ Hữu Phí Lao Mẫn Chạc Sơn Lường Liên Nguyên Thới Lộc Cái Tiêu Bao Lai Trát Luyện Buôn Sử Sinh Cổ Khúc Công Kỳ Kinh Thượng Điền Bá Sơ Lò Phàn Lành Phú Cấn Vưu Tướng Vàng Sấm Tiếu Khang Song Chống Điểu Nhiêu Ma Mộc Mộng Cà Lầm Mao Phương Lỡ Trác Đống Tránh Nghi Làu Jơ Trượng Liễu Văn Châu Thân Phó Lăng Phù Nhâm Văng Khâu Cầm Quan Lạc'.split(
    ' ',
  );
