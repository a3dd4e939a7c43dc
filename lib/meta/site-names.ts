// Human names of Vietnamese publications, by domain. Also the list of outlet names that must never be
// reported as an author ("Theo TTXVN" credits an agency, not a reporter).
import { foldForSearch } from '../text';

const SITE_NAMES: Record<string, string> = {
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'thanhnien.com.vn': 'Thanh Niên',
  'dantri.com.vn': 'Dân trí',
  'vietnamnet.vn': 'VietNamNet',
  'znews.vn': 'Znews',
  'zingnews.vn': 'Znews',
  'news.zing.vn': 'Zing News',
  'zing.vn': 'Zing News',
  'laodong.vn': 'Lao Động',
  'tienphong.vn': 'Tiền Phong',
  'nhandan.vn': 'Nhân Dân',
  'vietnamplus.vn': 'VietnamPlus',
  'baochinhphu.vn': 'Báo Chính phủ',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'qdnd.vn': 'Quân đội nhân dân',
  'cand.com.vn': 'Công an nhân dân',
  'vov.vn': 'VOV',
  'vtv.vn': 'VTV',
  'baoquocte.vn': 'Báo Quốc tế',
  'plo.vn': 'Pháp Luật TP.HCM',
  'nld.com.vn': 'Người Lao Động',
  'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'hanoimoi.vn': 'Hànộimới',
  '24h.com.vn': '24h',
  'soha.vn': 'Soha',
  'kenh14.vn': 'Kenh14',
  'cafef.vn': 'CafeF',
  'genk.vn': 'GenK',
  'baomoi.com': 'Báo Mới',
  'eeas.europa.eu': 'Phái đoàn Liên minh châu Âu (EEAS)',
  'mofa.gov.vn': 'Bộ Ngoại giao Việt Nam',
  'vtcnews.vn': 'VTC News',
  'vietnamfinance.vn': 'VietnamFinance',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'congly.vn': 'Công lý',
  'baotintuc.vn': 'Báo Tin tức',
  'ictnews.vn': 'ICTnews',
};

/** Wire agencies and outlets often credited with "Theo ..." — sources, not authors. */
const OUTLETS = [
  'TTXVN', 'VNA', 'TTXVN/VNA', 'Vietnam+', 'Infonet', 'Vcamp.vn', 'Reuters', 'AFP', 'AP', 'Bloomberg', 'BBC',
  'CNN', 'Xinhua', 'Tân Hoa Xã', 'Kyodo', 'Yonhap', 'Sputnik', 'TASS', 'RIA Novosti', 'Forbes', 'Nikkei',
  'VOV', 'VTV', 'VnExpress', 'Dân trí', 'Dân Trí', 'Tuổi Trẻ', 'Thanh Niên', 'Zing', 'Zing News', 'Znews',
  'VietNamNet', 'Vietnamnet', 'Báo Quốc tế', 'Thế giới & Việt Nam', 'Quân đội nhân dân', 'QĐND', 'Nhân Dân',
  'Lao Động', 'Tiền Phong', 'Người Lao Động', 'PLO', 'Pháp Luật TP.HCM', 'Công an nhân dân', 'CAND',
  'Chinhphu.vn', 'Báo Chính phủ', 'VGP', 'Kinh tế & Đô thị', 'Hànộimới', 'Hà Nội Mới', 'Kenh14', 'Soha',
  'CafeF', 'GenK', 'Báo Mới', 'Baomoi', 'Vietnam News', 'VNS', 'VTC', 'VTC News', 'Sài Gòn Giải Phóng', 'SGGP',
  'Cổng TTĐT Chính phủ', 'Bộ Ngoại giao', 'BNG', 'EEAS', 'Người Đưa Tin', 'Gia đình & Xã hội', 'Tri thức trẻ',
  'Vietnamplus', 'VietnamPlus', 'ICTnews', 'Sức khỏe & Đời sống', 'Giáo dục & Thời đại', 'Nhà báo & Công luận',
  'BTV', 'PV', 'CTV', 'Ban Biên tập', 'Admin', 'Administrator', 'Quản trị viên', 'Biên tập viên', 'Editor',
];
const OUTLET_KEYS = new Set(OUTLETS.map((o) => foldForSearch(o)));
for (const name of Object.values(SITE_NAMES)) OUTLET_KEYS.add(foldForSearch(name));
for (const domain of Object.keys(SITE_NAMES)) OUTLET_KEYS.add(foldForSearch(domain));

/** Host → publication name; unknown hosts get a tidy version of the domain ("example.vn"). */
export function siteNameFor(domain: string, ogSiteName?: string | null): string {
  const host = domain.toLowerCase().replace(/^www\d*\./, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = SITE_NAMES[h];
    if (name) return name;
  }
  const og = ogSiteName?.trim();
  return og && og.length <= 60 ? og : host;
}

/** True when `name` is a publication, agency or generic staff label rather than a person. */
export function isOutletName(name: string): boolean {
  const key = foldForSearch(name);
  if (!key) return true;
  if (OUTLET_KEYS.has(key)) return true;
  // "baoquocte.vn", "Theo VnExpress.net": anything that looks like a domain.
  return /\.(vn|com|net|org|gov|edu|info)\b/i.test(name);
}
