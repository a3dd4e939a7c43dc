// Common Vietnamese middle names (the 60 most frequent from middle-names.tsv in shared/reference/lexicon,
// derived from duyet/vietnamese-namedb, MIT, see LICENSE-vietnamese-namedb), plus frequent women's middle
// names (Bích, Diễm, Thu, Tuyết...). A run "surname + middle + given" is strong evidence of a person.

export const MIDDLE_NAMES: readonly string[] =
  'Văn Thị Minh Hoàng Ngọc Thanh Đức Quốc Quang Hữu Đình Xuân Thành Duy Anh Trung Tấn Công Tuấn Trọng Hồng Thế Nguyễn Lê Tiến Trần Mạnh Vũ Nhật Việt Huy Thái Huỳnh Chí Hoài Hải Đăng Bá Phước Kim Viết Nguyên Bảo Khắc Phạm Khánh Trường Phương Cao Phúc Vĩnh Phú Phi Thiện Gia Thiên Đại Phan Trí Sơn Bích Diễm Thu Tuyết Ánh Lộc Tường Diệu Mỹ Kiều Thúy Thùy Lan Hà'.split(
    ' ',
  );
