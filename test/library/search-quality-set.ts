// The search-quality set: queries a reader of the fifteen real digests (search-quality-corpus.ts) would type,
// each with the digests that answer it. The expected sets were written by reading the digests' texts (title,
// people, agreements, lead, notes, tags, body) for the meaning asked, never by running the search: "Bình
// Dương" (the province) is not answered by "Thái Bình Dương" (the Pacific), "DOC" (the declaration) not by
// "đọc". Every query is also run without its diacritics (same letters, case and punctuation); `folded`
// gives that form's expected set where it differs.
import { scoreQueries, type QualityQuery } from './search-quality-score';

export type { QualityQuery };
export { scoreQueries };

const ALL_SEEDS = ['s-000-som', 's-001-doithoai', 's-002-thamvan', 's-003-hoptac', 's-004-lao'];
const EU_SEEDS = ['s-000-som', 's-001-doithoai', 's-002-thamvan', 's-003-hoptac'];
const TP_HCM = ['p-dantri-tet', 'p-plo-tphcm', 'p-vnx-congnhan'];
const HA_NOI = ['p-dantri-tet', 'p-tuoitre-cayxanh', 'p-zing-nhatho', 's-002-thamvan'];
const UBND = ['p-dantri-tet', 'p-plo-tphcm', 'p-tuoitre-cayxanh'];

export const QUALITY_QUERIES: readonly QualityQuery[] = [
  // People, as names.
  { kind: 'name', q: 'Hoàng Xuân Chiến', expect: ['s-001-doithoai', 's-002-thamvan'] },
  { kind: 'name', q: 'Nguyễn Quốc Dũng', expect: ['s-000-som'] },
  { kind: 'name', q: 'Phạm Minh Chính', expect: ['s-001-doithoai', 's-004-lao'] },
  { kind: 'name', q: 'Bùi Thanh Sơn', expect: ['s-003-hoptac'] },
  { kind: 'name', q: 'Josep Borrell', expect: ['s-003-hoptac'] },
  { kind: 'name', q: 'Gunnar Wiegan', expect: ['s-000-som'] },
  { kind: 'name', q: 'Pawel Herczynski', expect: ['s-002-thamvan'] },
  { kind: 'name', q: 'Nguyễn Phước Lộc', expect: ['p-plo-tphcm'] },
  { kind: 'name', q: 'Nguyễn Thế Thảo', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'name', q: 'Hoàng Nam Sơn', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'name', q: 'Cao Thị Hồng', expect: ['p-vnx-lymphoma'] },
  { kind: 'name', q: 'Võ Văn Thưởng', expect: ['s-004-lao'] },
  { kind: 'name', q: 'Đỗ Hùng Việt', expect: ['s-004-lao'] },
  { kind: 'name', q: 'Hồ Xuân Lâm', expect: ['p-vnx-congnhan'] },
  { kind: 'name', q: 'Nguyễn Thị Tiền', expect: ['p-thanhnien-matuy'] },
  { kind: 'name', q: 'Lê Thị Ánh Tuyết', expect: ['p-zing-nhatho'] },
  { kind: 'name', q: 'Kim Sa-myeong', expect: ['p-24h-luyenthi'] },
  { kind: 'name', q: 'Bezos', expect: ['p-genk-amazon'] },
  { kind: 'name', q: 'Nguyễn Xuân Phúc', expect: [] },
  // Titles and roles.
  { kind: 'title', q: 'Thủ tướng', expect: ['s-001-doithoai', 's-004-lao'] },
  { kind: 'title', q: 'Thượng tướng', expect: ['s-001-doithoai', 's-002-thamvan'] },
  { kind: 'title', q: 'Thứ trưởng', expect: ['s-000-som', 's-001-doithoai', 's-002-thamvan', 's-004-lao'] },
  { kind: 'title', q: 'Bộ trưởng', expect: ['s-000-som', 's-002-thamvan', 's-003-hoptac', 's-004-lao'] },
  { kind: 'title', q: 'Chủ tịch nước', expect: ['s-004-lao'] },
  { kind: 'title', q: 'Phó Bí thư Thành ủy', expect: ['p-plo-tphcm'] },
  { kind: 'title', q: 'Thủ tướng Hàn Quốc', expect: [] },
  // Places (Bình Dương the province, not Thái Bình Dương the ocean).
  { kind: 'place', q: 'Hà Nội', expect: HA_NOI },
  { kind: 'place', q: 'Đà Nẵng', expect: ['p-thanhnien-matuy'] },
  { kind: 'place', q: 'Bình Dương', expect: ['p-plo-tphcm'] },
  { kind: 'place', q: 'Biển Đông', expect: ['s-000-som', 's-002-thamvan', 's-004-lao'] },
  { kind: 'place', q: 'Seoul', expect: ['p-24h-luyenthi'] },
  { kind: 'place', q: 'Chợ Rẫy', expect: ['p-vnx-lymphoma'] },
  { kind: 'place', q: 'Đắk Lắk', expect: ['p-thanhnien-matuy'] },
  // Abbreviations and their long forms.
  { kind: 'abbreviation', q: 'TP HCM', expect: TP_HCM },
  { kind: 'abbreviation', q: 'TPHCM', expect: TP_HCM },
  { kind: 'abbreviation', q: 'TP.HCM', expect: TP_HCM },
  { kind: 'abbreviation', q: 'Thành phố Hồ Chí Minh', expect: TP_HCM },
  { kind: 'abbreviation', q: 'Tp. Hồ Chí Minh', expect: TP_HCM },
  { kind: 'abbreviation', q: 'HN', expect: HA_NOI },
  { kind: 'abbreviation', q: 'UBND', expect: UBND },
  { kind: 'abbreviation', q: 'Ủy ban nhân dân', expect: UBND },
  { kind: 'abbreviation', q: 'Uỷ ban nhân dân', expect: UBND },
  { kind: 'abbreviation', q: 'Hội đồng nhân dân', expect: ['p-plo-tphcm'] },
  { kind: 'abbreviation', q: 'Mặt trận Tổ quốc', expect: ['p-plo-tphcm', 'p-vnx-congnhan'] },
  { kind: 'abbreviation', q: 'LHQ', expect: ALL_SEEDS },
  { kind: 'abbreviation', q: 'Liên hợp quốc', expect: ALL_SEEDS },
  { kind: 'abbreviation', q: 'Liên minh châu Âu', expect: EU_SEEDS },
  // Agreements.
  { kind: 'agreement', q: 'EVFTA', expect: ['s-003-hoptac'] },
  { kind: 'agreement', q: 'UNCLOS', expect: ['s-000-som', 's-002-thamvan', 's-004-lao'] },
  { kind: 'agreement', q: 'FPA', expect: ['s-001-doithoai', 's-002-thamvan'] },
  { kind: 'agreement', q: 'DOC', expect: ['s-000-som', 's-004-lao'] },
  { kind: 'agreement', q: 'COC', expect: ['s-000-som', 's-004-lao'] },
  { kind: 'agreement', q: 'PCA', expect: ['s-001-doithoai'] },
  { kind: 'agreement', q: 'Hiệp định Bảo hộ đầu tư', expect: ['s-003-hoptac'] },
  { kind: 'agreement', q: 'Luật Biển', expect: ['s-000-som', 's-002-thamvan', 's-004-lao'] },
  { kind: 'agreement', q: 'Kế hoạch hành động', expect: ['s-000-som'] },
  { kind: 'agreement', q: 'Hiến chương Liên hợp quốc', expect: ['s-003-hoptac'] },
  // Organisations and topics.
  { kind: 'topic', q: 'Bộ Ngoại giao', expect: ['s-000-som', 's-003-hoptac', 's-004-lao'] },
  { kind: 'topic', q: 'Bộ Quốc phòng', expect: ['s-001-doithoai', 's-002-thamvan'] },
  { kind: 'topic', q: 'Sở Xây dựng', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'topic', q: 'Liên đoàn lao động', expect: ['p-vnx-congnhan'] },
  { kind: 'topic', q: 'chặt cây xanh', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'topic', q: 'ma túy', expect: ['p-thanhnien-matuy', 'p-vnx-ngoaitinh'] },
  { kind: 'topic', q: 'ma tuý', expect: ['p-thanhnien-matuy', 'p-vnx-ngoaitinh'] },
  { kind: 'topic', q: 'Tết Âm lịch', expect: ['p-dantri-tet'] },
  { kind: 'topic', q: 'ung thư', expect: ['p-vnx-lymphoma'] },
  { kind: 'topic', q: 'Giáng sinh', expect: ['p-zing-nhatho'] },
  { kind: 'topic', q: 'vaccine', expect: ['s-000-som'] },
  { kind: 'topic', q: 'gìn giữ hòa bình', expect: ['s-001-doithoai'] },
  { kind: 'topic', q: 'gìn giữ hoà bình', expect: ['s-001-doithoai'] },
  { kind: 'topic', q: 'mất việc', expect: ['p-vnx-congnhan'] },
  { kind: 'topic', q: 'công chức', expect: ['p-24h-luyenthi', 'p-dantri-tet'] },
  { kind: 'topic', q: 'biến đổi khí hậu', expect: ['s-000-som', 's-001-doithoai', 's-003-hoptac'] },
  { kind: 'topic', q: 'công an', expect: ['p-thanhnien-matuy', 'p-tuoitre-cayxanh', 'p-zing-nhatho'] },
  { kind: 'topic', q: 'tham khảo chính trị', expect: ['s-004-lao'] },
  // Words of the reader's own notes.
  { kind: 'note', q: 'báo cáo quý', expect: ['p-vnx-congnhan'] },
  { kind: 'note', q: 'danh sách đoàn', expect: ['p-plo-tphcm'] },
  { kind: 'note', q: 'kết luận thanh tra', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'note', q: 'khu vực tư nhân', expect: ['p-dantri-tet'] },
  { kind: 'note', q: 'cam kết', expect: ['s-000-som', 's-002-thamvan'] },
  // Quoted phrases.
  { kind: 'quoted', q: '"Quốc phòng An ninh"', expect: ['s-001-doithoai'] },
  { kind: 'quoted', q: '"An ninh và Quốc phòng"', expect: ['s-002-thamvan'] },
  { kind: 'quoted', q: '"Thứ trưởng Ngoại giao"', expect: ['s-000-som', 's-004-lao'] },
  { kind: 'quoted', q: '"Tết Dương lịch"', expect: ['p-dantri-tet'] },
  // Field prefixes.
  { kind: 'prefix', q: 'person:"Phạm Minh Chính"', expect: ['s-001-doithoai', 's-004-lao'] },
  { kind: 'prefix', q: 'person:Borrell', expect: ['s-003-hoptac'] },
  { kind: 'prefix', q: 'person:"Hoàng Xuân Chiến" site:qdnd.vn', expect: ['s-001-doithoai'] },
  { kind: 'prefix', q: 'site:vnexpress.net', expect: ['p-vnx-congnhan', 'p-vnx-lymphoma', 'p-vnx-ngoaitinh'] },
  { kind: 'prefix', q: 'site:vnexpress.net Tết', expect: ['p-vnx-congnhan'] },
  { kind: 'prefix', q: 'tag:"Biển Đông"', expect: ['s-002-thamvan', 's-004-lao'] },
  { kind: 'prefix', q: 'tag:EU', expect: EU_SEEDS },
  { kind: 'prefix', q: 'tag:"TP HCM"', expect: ['p-plo-tphcm', 'p-vnx-congnhan'] },
  { kind: 'prefix', q: 'tag:"lao động"', expect: ['p-dantri-tet', 'p-vnx-congnhan'] },
  { kind: 'prefix', q: 'note:EVFTA', expect: ['s-003-hoptac'] },
  { kind: 'prefix', q: 'note:UBND', expect: ['p-tuoitre-cayxanh'] },
  { kind: 'prefix', q: 'agreement:UNCLOS', expect: ['s-000-som', 's-002-thamvan', 's-004-lao'] },
  { kind: 'prefix', q: 'agreement:FPA', expect: ['s-001-doithoai', 's-002-thamvan'] },
  // Typed as people type: some diacritics only, all in capitals, a word not finished yet.
  { kind: 'typing', q: 'Hà Noi', expect: HA_NOI },
  { kind: 'typing', q: 'THỦ TƯỚNG', expect: ['s-001-doithoai', 's-004-lao'] },
  { kind: 'typing', q: 'hoàng xuân', expect: ['s-001-doithoai', 's-002-thamvan'] },
  { kind: 'typing', q: 'Nguyễn Thị', expect: ['p-thanhnien-matuy', 'p-vnx-congnhan'] },
  { kind: 'typing', q: 'Bộ Ngoại', expect: ['s-000-som', 's-003-hoptac', 's-004-lao'] },
  // Words that are nowhere next to each other: the scattered-word fallback.
  { kind: 'scattered', q: 'EVFTA Borrell', expect: ['s-003-hoptac'] },
  { kind: 'scattered', q: 'vaccine Wiegan', expect: ['s-000-som'] },
  { kind: 'scattered', q: 'Seoul sinh viên', expect: ['p-24h-luyenthi'] },
];
