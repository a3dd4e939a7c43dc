// Provinces and cities as sides of an article. One line per place, first the form the digest shows, then the
// other forms that mean the same place (abbreviations, former and English names).
// Sources: Viet Nam's 63 provinces and centrally-run cities before the 2025 merger and the 34 after it
// (Resolution 202/2025/QH15: every one of the 34 keeps the name of one of the 63), with the abbreviations the
// news uses (TP.HCM, TPHCM, HN); the capitals and large cities of other states that Vietnamese news names, in
// their Vietnamese and English forms. Compiled for this project.

const PROVINCE_LINES = `
Hà Nội|HN|Thủ đô Hà Nội|Hanoi
TP Hồ Chí Minh|TP.HCM|TPHCM|TP HCM|TP. HCM|Tp.HCM|Tp HCM|TP. Hồ Chí Minh|Tp. Hồ Chí Minh|Thành phố Hồ Chí Minh|Sài Gòn|HCMC|Ho Chi Minh City
Hải Phòng
Đà Nẵng
Cần Thơ
Huế|Thừa Thiên Huế|Thừa Thiên - Huế|Cố đô Huế
An Giang
Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|BR-VT|Vũng Tàu
Bắc Giang
Bắc Kạn|Bắc Cạn
Bạc Liêu
Bắc Ninh
Bến Tre
Bình Định
Bình Dương
Bình Phước
Bình Thuận
Cà Mau
Cao Bằng
Đắk Lắk|Đắc Lắc|Dak Lak
Đắk Nông|Đắc Nông
Điện Biên
Đồng Nai
Đồng Tháp
Gia Lai
Hà Giang
Hà Nam
Hà Tĩnh
Hải Dương
Hậu Giang
Hòa Bình
Hưng Yên
Khánh Hòa
Kiên Giang
Kon Tum
Lai Châu
Lâm Đồng
Lạng Sơn
Lào Cai
Long An
Nam Định
Nghệ An
Ninh Bình
Ninh Thuận
Phú Thọ
Phú Yên
Quảng Bình
Quảng Nam
Quảng Ngãi
Quảng Ninh
Quảng Trị
Sóc Trăng
Sơn La
Tây Ninh
Thái Bình
Thái Nguyên
Thanh Hóa
Tiền Giang
Trà Vinh
Tuyên Quang
Vĩnh Long
Vĩnh Phúc
Yên Bái
Nha Trang
Đà Lạt
Hạ Long
~Vinh
Quy Nhơn
Buôn Ma Thuột
Pleiku
Biên Hòa
Phú Quốc
`;

const WORLD_CITY_LINES = `
Bắc Kinh|Beijing
Thượng Hải|Shanghai
Quảng Châu|Guangzhou
Thâm Quyến|Shenzhen
Washington|Washington DC|Washington D.C.|Oa-sinh-tơn
New York|Niu Oóc
Moscow|Mát-xcơ-va|Matxcơva
London|Luân Đôn
Paris|Pa-ri
Berlin|Béc-lin
Brussels|Bruxelles|Brúc-xen
Tokyo|Tô-ky-ô
Seoul|Xơ-un
Bình Nhưỡng|Pyongyang
Bangkok|Băng Cốc
Viêng Chăn|Vientiane
Phnom Penh|Phnôm Pênh|Nông Pênh
Jakarta|Gia-các-ta
Kuala Lumpur
Manila|Ma-ni-la
Naypyidaw|Nay Pyi Taw|Nay-pi-đo
New Delhi|Niu Đê-li
Canberra|Can-bê-ra
Ottawa|Ốt-ta-oa
Geneva|Giơ-ne-vơ
Vienna
Rome|Roma
Madrid
Kiev|Kyiv|Ki-ép|Kiép
Tehran|Tê-hê-ran
Jerusalem|Giê-ru-xa-lem
Tel Aviv
Gaza|Dải Gaza
Doha
Dubai
Riyadh
Ankara
Istanbul
Cairo
Havana|La Habana|La Ha-ba-na
Singapore City
`;

export interface PlaceEntry {
  name: string;
  forms: string[];
}

const parse = (lines: string): PlaceEntry[] =>
  lines
    .trim()
    .split('\n')
    .map((line) => {
      const forms = [...new Set(line.split('|'))];
      return { name: forms[0]!.replace(/^~/, ''), forms };
    });

/** Viet Nam's provinces, centrally-run cities and the cities news names as sides. */
export const PROVINCES: readonly PlaceEntry[] = parse(PROVINCE_LINES);

/** Capitals and large cities abroad, as the places of an article. */
export const WORLD_CITIES: readonly PlaceEntry[] = parse(WORLD_CITY_LINES);
