// Vietnamese publications the extractor has no profile for, and news agencies: their names are never an author
// ("Theo Ngôi Sao" credits a source, "XinhXinh" in an author tag is the publisher), and their domains give a
// page a site name. Profiled sites are not repeated here: their profile owns their name (lib/profiles).
//
// Sources, one tag per entry:
// [I11] the issue that asked for this list (publisher names met as "authors" on real pages).
// [RSS] a public crawler's list of 28 Vietnamese news domains (`rssVie.web`, code index id 20568803275;
//       the index does not reveal the repository).
// [CC]  commoncrawl/web-languages, living/vietnamese.md (CC0), "News" and "Political Parties" sections.
// [REF] shared/reference/vn-news-sites.md (sites that share the ZCE template, S7/S8 sources there).
// [OLD] this project's earlier site-name and outlet lists (names seen in bylines: "Theo ..." credits).
// [NAT] national outlets of the Vietnamese press register (central papers and magazines of the Party, the
//       ministries, the mass organisations, and the largest private-licence news sites), added as one class:
//       a publication credited after a reporter ("Thanh Xuân - VnEconomy") is a source, never a second author.

export interface Publication {
  name: string;
  domains: string[];
  aliases?: string[];
}

export const PUBLICATIONS: readonly Publication[] = [
  { name: 'Ngôi Sao', domains: ['ngoisao.net', 'ngoisao.vnexpress.net'], aliases: ['Ngoisao', 'Ngoisao.net'] }, // [I11][RSS]
  { name: 'XinhXinh', domains: ['xinhxinh.com.vn'], aliases: ['Xinh Xinh'] }, // [I11]
  { name: 'Afamily', domains: ['afamily.vn'], aliases: ['aFamily'] }, // [RSS]
  { name: 'Việt Báo', domains: ['vietbao.vn'], aliases: ['Vietbao'] }, // [RSS]
  { name: 'Gia đình & Xã hội', domains: ['giadinh.net.vn'], aliases: ['Gia đình và Xã hội', 'Giadinh.net'] }, // [RSS][OLD]
  { name: 'Thể thao 247', domains: ['thethao247.vn'], aliases: ['Thethao247'] }, // [RSS]
  { name: 'Tin tức', domains: ['tintuc.vn', 'baotintuc.vn'], aliases: ['Báo Tin tức', 'Baotintuc'] }, // [RSS][OLD]
  { name: 'Sài Gòn Giải Phóng', domains: ['sggp.org.vn'], aliases: ['SGGP', 'Báo SGGP'] }, // [RSS][REF][OLD]
  { name: 'Bongdaplus', domains: ['bongdaplus.vn'], aliases: ['Bóng đá+'] }, // [RSS]
  { name: 'Công lý', domains: ['congly.vn'], aliases: ['Báo Công lý'] }, // [RSS][OLD]
  { name: 'Techz', domains: ['techz.vn'] }, // [RSS]
  { name: 'GameK', domains: ['gamek.vn'] }, // [RSS]
  { name: 'ICTnews', domains: ['ictnews.vn'] }, // [RSS][OLD]
  { name: 'NDH', domains: ['ndh.vn'], aliases: ['Người Đồng Hành'] }, // [RSS]
  { name: 'CafeBiz', domains: ['cafebiz.vn'] }, // [RSS]
  { name: 'Tia Sáng', domains: ['tiasang.com.vn'] }, // [CC]
  { name: 'Vietnam News', domains: ['vietnamnews.vn'], aliases: ['VNS', 'Việt Nam News'] }, // [CC][OLD]
  { name: 'Báo Tiếng Dân', domains: ['baotiengdan.com'], aliases: ['Tiếng Dân'] }, // [CC]
  {
    name: 'Đảng Cộng sản Việt Nam',
    domains: ['dangcongsan.vn'],
    aliases: ['Báo điện tử Đảng Cộng sản Việt Nam', 'ĐCSVN'],
  }, // [CC]
  { name: 'Tuyên giáo', domains: ['tuyengiao.vn'], aliases: ['Tạp chí Tuyên giáo'] }, // [CC]
  { name: 'Tạp chí Cộng sản', domains: ['tapchicongsan.org.vn'] }, // [CC]
  { name: 'Báo Đà Nẵng', domains: ['baodanang.vn'] }, // [CC]
  { name: 'Báo Hà Tĩnh', domains: ['baohatinh.vn'] }, // [CC][REF]
  { name: 'Báo Bình Dương', domains: ['baobinhduong.vn'] }, // [CC]
  { name: 'Báo Đồng Nai', domains: ['baodongnai.com.vn'] }, // [CC]
  { name: 'Báo Thanh Hóa', domains: ['baothanhhoa.vn'] }, // [CC]
  { name: 'Báo Gia Lai', domains: ['baogialai.com.vn'] }, // [REF]
  { name: 'VTC News', domains: ['vtcnews.vn'], aliases: ['VTC'] }, // [REF][OLD]
  { name: 'VietnamFinance', domains: ['vietnamfinance.vn'] }, // [OLD]
  { name: 'Người Đưa Tin', domains: [] }, // [OLD]
  { name: 'Tri thức trẻ', domains: [] }, // [OLD]
  { name: 'Sức khỏe & Đời sống', domains: [] }, // [OLD]
  { name: 'Giáo dục & Thời đại', domains: [] }, // [OLD]
  { name: 'Nhà báo & Công luận', domains: [] }, // [OLD]
  { name: 'Infonet', domains: [] }, // [OLD]
  { name: 'Vcamp', domains: ['vcamp.vn'] }, // [OLD]
  { name: 'VnEconomy', domains: ['vneconomy.vn'], aliases: ['Thời báo Kinh tế Việt Nam', 'Kinh tế Việt Nam'] }, // [NAT]
  { name: 'Báo Đầu tư', domains: ['baodautu.vn'] }, // [NAT]
  { name: 'Thời báo Tài chính', domains: ['thoibaotaichinhvietnam.vn'], aliases: ['Thời báo Tài chính Việt Nam'] }, // [NAT]
  { name: 'Báo Công Thương', domains: ['congthuong.vn'] }, // [NAT]
  { name: 'Nông nghiệp Việt Nam', domains: ['nongnghiep.vn'], aliases: ['Báo Nông nghiệp Việt Nam'] }, // [NAT]
  { name: 'Tài nguyên & Môi trường', domains: ['baotainguyenmoitruong.vn'], aliases: ['Báo Tài nguyên và Môi trường'] }, // [NAT]
  { name: 'Báo Giao thông', domains: ['baogiaothong.vn'] }, // [NAT]
  { name: 'Báo Xây dựng', domains: ['baoxaydung.com.vn'] }, // [NAT]
  { name: 'Đại Đoàn Kết', domains: ['daidoanket.vn'], aliases: ['Báo Đại Đoàn Kết'] }, // [NAT]
  { name: 'Báo Thanh tra', domains: ['thanhtra.com.vn'] }, // [NAT]
  { name: 'Pháp luật Việt Nam', domains: ['baophapluat.vn'], aliases: ['Báo Pháp luật Việt Nam'] }, // [NAT]
  { name: 'Đời sống & Pháp luật', domains: ['doisongphapluat.com'], aliases: ['Đời sống và Pháp luật'] }, // [NAT]
  { name: 'Dân Việt', domains: ['danviet.vn'], aliases: ['Báo Dân Việt', 'Nông thôn Ngày nay'] }, // [NAT]
  { name: 'Giáo dục Việt Nam', domains: ['giaoduc.net.vn'], aliases: ['Báo Giáo dục Việt Nam'] }, // [NAT]
  { name: 'Kiến Thức', domains: ['kienthuc.net.vn'], aliases: ['Báo Kiến Thức'] }, // [NAT]
  { name: 'Thể thao & Văn hóa', domains: ['thethaovanhoa.vn'], aliases: ['Thể thao và Văn hóa'] }, // [NAT]
  { name: 'Báo Văn hóa', domains: ['baovanhoa.vn'] }, // [NAT]
  { name: 'Doanh nhân Sài Gòn', domains: ['doanhnhansaigon.vn'] }, // [NAT]
  { name: 'Saigon Times', domains: ['thesaigontimes.vn'], aliases: ['Kinh tế Sài Gòn', 'The Saigon Times'] }, // [NAT]
  { name: 'Vietstock', domains: ['vietstock.vn'] }, // [NAT]
  { name: 'Nhịp sống kinh tế', domains: ['nhipsongkinhte.vn'] }, // [NAT]
  { name: 'Báo Biên phòng', domains: ['bienphong.com.vn'] }, // [NAT]
  { name: 'Tuổi Trẻ Thủ Đô', domains: ['tuoitrethudo.com.vn'] }, // [NAT]
  { name: 'Phụ nữ Việt Nam', domains: ['phunuvietnam.vn'], aliases: ['Báo Phụ nữ Việt Nam'] }, // [NAT]
  { name: 'Phụ nữ TP.HCM', domains: ['phunuonline.com.vn'], aliases: ['Phụ nữ Online'] }, // [NAT]
  { name: 'VietTimes', domains: ['viettimes.vn'] }, // [NAT]
  { name: 'Người Việt', domains: ['nguoi-viet.com'] }, // [NAT]
  { name: 'Báo Hải quan', domains: ['haiquanonline.com.vn'] }, // [NAT]
  { name: 'Chất lượng Việt Nam', domains: ['chatluongvietnam.vn'] }, // [NAT]
  { name: 'Vietnam Investment Review', domains: ['vir.com.vn'] }, // [NAT]
];

/**
 * News agencies, Vietnamese and foreign, credited as "Theo ..." [OLD], in a dateline ("WASHINGTON (AP) —") or
 * as an author tag [I11: the wire services of the world's largest national agencies, as one class].
 */
export const AGENCIES: readonly string[] = [
  'Associated Press',
  'Agence France-Presse',
  'UPI',
  'dpa',
  'EFE',
  'ANSA',
  'PTI',
  'Bernama',
  'Antara',
  'Jiji',
  'Interfax',
  'Anadolu',
  'KCNA',
  'Prensa Latina',
  'TTXVN',
  'VNA',
  'TTXVN/VNA',
  'Thông tấn xã Việt Nam',
  'Reuters',
  'AFP',
  'AP',
  'Bloomberg',
  'BBC',
  'CNN',
  'Xinhua',
  'Tân Hoa Xã',
  'Kyodo',
  'Yonhap',
  'Sputnik',
  'TASS',
  'RIA Novosti',
  'Forbes',
  'Nikkei',
];
