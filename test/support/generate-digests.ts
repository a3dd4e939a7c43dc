// Deterministic (seeded) generator of realistic digests: Vietnamese articles of news length with people,
// agreements, notes, tags and highlights. Used by the library benchmark and the property tests.
import { DIGEST_SCHEMA_VERSION, type Digest, type Highlight } from '../../lib/digest';
import type { Agreement, Person } from '../../lib/entities';
import { matchKey } from '../../lib/text';

/** mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE: [string, string, string | null][] = [
  ['Hoàng Xuân Chiến', 'Thượng tướng, Thứ trưởng Bộ Quốc phòng', 'Bộ Quốc phòng Việt Nam'],
  ['Phạm Minh Chính', 'Thủ tướng Chính phủ', 'Chính phủ Việt Nam'],
  ['Bùi Thanh Sơn', 'Phó Thủ tướng, Bộ trưởng Ngoại giao', 'Bộ Ngoại giao'],
  ['Nguyễn Thị Thanh Hòa', 'Đại sứ', 'Bộ Ngoại giao'],
  ['Lê Hoài Trung', 'Bộ trưởng Ngoại giao', 'Bộ Ngoại giao'],
  ['Đỗ Hùng Việt', 'Thứ trưởng Thường trực Bộ Ngoại giao', 'Bộ Ngoại giao'],
  ['Nguyễn Hồng Diên', 'Bộ trưởng Công Thương', 'Bộ Công Thương'],
  ['Julien Guerrier', 'Đại sứ, Trưởng Phái đoàn EU tại Việt Nam', 'EU'],
  ['Benedikta Von Seherr-Thoss', 'Tổng vụ trưởng về Chính sách An ninh và Phòng thủ chung', 'EEAS'],
  ['Trần Thị Thuỷ', 'Phó Cục trưởng', 'Cục Xúc tiến thương mại'],
  ['Võ Văn Thưởng', 'Chủ tịch nước', null],
  ['Ursula von der Leyen', 'Chủ tịch Ủy ban châu Âu', 'EU'],
  ['Lương Cường', 'Chủ tịch nước', null],
  ['Nguyễn Phú Trọng', 'Tổng Bí thư', null],
  ['Trần Lưu Quang', 'Phó Thủ tướng', 'Chính phủ Việt Nam'],
  ['Đặng Hoàng Giang', 'Thứ trưởng Bộ Ngoại giao', 'Bộ Ngoại giao'],
];

const AGREEMENTS: [string, string | null, Agreement['kind']][] = [
  ['Hiệp định Thương mại tự do Việt Nam - EU', 'EVFTA', 'fta'],
  ['Hiệp định Bảo hộ đầu tư Việt Nam - EU', 'EVIPA', 'agreement'],
  ['Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', 'CPTPP', 'fta'],
  ['Hiệp định Đối tác Kinh tế Toàn diện Khu vực', 'RCEP', 'fta'],
  ['Công ước Liên hợp quốc về Luật Biển năm 1982', 'UNCLOS', 'convention'],
  ['Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'FPA', 'framework-agreement'],
  ['Thỏa thuận hợp tác quốc phòng Việt Nam - Pháp', null, 'agreement'],
  ['Bản ghi nhớ về hợp tác năng lượng', null, 'mou'],
  ['Kế hoạch hành động giai đoạn 2024-2028', null, 'action-plan'],
  ['Tuyên bố chung về Đối tác chiến lược toàn diện', null, 'declaration'],
];

const SITES: [string, string][] = [
  ['vnexpress.net', 'VnExpress'],
  ['baoquocte.vn', 'Báo Quốc tế'],
  ['qdnd.vn', 'Quân đội nhân dân'],
  ['tuoitre.vn', 'Tuổi Trẻ'],
  ['thanhnien.vn', 'Thanh Niên'],
  ['nhandan.vn', 'Nhân Dân'],
  ['vietnamplus.vn', 'VietnamPlus'],
  ['dantri.com.vn', 'Dân trí'],
];

const PHRASES = [
  'hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực thương mại, đầu tư, quốc phòng và an ninh',
  'thời gian qua, bất chấp ảnh hưởng của dịch Covid-19, quan hệ song phương tiếp tục phát triển tích cực',
  'đề nghị phía bạn sớm gỡ thẻ vàng đối với thủy sản Việt Nam',
  'kim ngạch xuất nhập khẩu năm qua đạt mức kỷ lục, tăng hơn mười phần trăm so với cùng kỳ',
  'Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện và mong muốn làm sâu sắc hơn nữa',
  'các doanh nghiệp được khuyến khích tận dụng tốt các ưu đãi thuế quan',
  'vấn đề Biển Đông cần được giải quyết bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế',
  'tăng cường trao đổi đoàn cấp cao và các cơ chế đối thoại hiện có',
  'hợp tác khắc phục hậu quả chiến tranh, rà phá bom mìn và tìm kiếm người mất tích',
  'đào tạo nguồn nhân lực chất lượng cao, chuyển đổi số và chuyển đổi xanh',
  'tham gia lực lượng gìn giữ hòa bình Liên hợp quốc tại Nam Sudan và Cộng hòa Trung Phi',
  'ứng phó biến đổi khí hậu, an ninh năng lượng và an ninh lương thực',
  'thỏa thuận được ký kết trong khuôn khổ chuyến thăm chính thức',
  'hội nghị diễn ra theo hình thức trực tuyến với sự tham dự của đại diện các bộ, ngành',
  'chiều cùng ngày, đoàn đã đến thăm và làm việc tại tỉnh Quảng Ninh',
];

const TAGS = ['EU', 'quốc phòng', 'thương mại', 'Biển Đông', 'ASEAN', 'năng lượng', 'đầu tư', 'ngoại giao', 'khẩn'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sample<T>(rand: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export interface GenerateOptions {
  seed?: number;
  /** Approximate words of body per digest (a news article: 500–900). */
  bodyWords?: number;
}

/** One realistic digest; `i` makes ids, URLs and dates unique. */
export function generateDigest(i: number, rand: () => number, bodyWords = 700): Digest {
  const [domain, siteName] = pick(rand, SITES);
  const people = sample(rand, PEOPLE, 1 + Math.floor(rand() * 4));
  const agreements = sample(rand, AGREEMENTS, Math.floor(rand() * 3));
  const lead0 = people[0]!;
  const title = cap(
    `${lead0[1].split(',')[0]} ${lead0[0]} ${pick(rand, ['tiếp', 'hội đàm với', 'điện đàm với', 'gặp'])} ${people[1]?.[0] ?? 'đoàn đại biểu EU'} ${agreements[0] ? `về ${agreements[0][1] ?? agreements[0][0]}` : ''}`.trim(),
  );
  const lead = `Ngày ${1 + Math.floor(rand() * 28)}-${1 + Math.floor(rand() * 12)}, ${lead0[1]} ${lead0[0]} ${pick(rand, PHRASES)}.`;
  const paragraphs: string[] = [];
  let words = 0;
  while (words < bodyWords) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(rand() * 3); s++) {
      const p = pick(rand, people);
      const parts = [pick(rand, PHRASES)];
      if (rand() < 0.5) parts.unshift(`${pick(rand, [p[1].split(',')[0], 'ông', 'bà'])} ${p[0]} cho biết`);
      if (agreements.length > 0 && rand() < 0.3) {
        const a = pick(rand, agreements);
        parts.push(rand() < 0.5 && a[1] ? `nhất là ${a[1]}` : `trong đó có ${a[0]}`);
      }
      sentences.push(cap(parts.join(', ')) + '.');
    }
    const para = sentences.join(' ');
    words += para.split(' ').length;
    paragraphs.push(para);
  }
  const bodyText = paragraphs.join('\n\n');
  const bodyHtml = paragraphs
    .map((p, k) => (k === 2 ? `<h2>${p.split(',')[0]}</h2><p>${p}</p>` : `<p>${p}</p>`))
    .join('');
  const day = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000 * 7 + Math.floor(rand() * 3_600_000));
  const savedAt = new Date(day.getTime() + 86_400_000 * (1 + Math.floor(rand() * 20))).toISOString();
  const published = rand() < 0.9 ? day.toISOString().replace(/\.\d{3}Z$/, '+07:00') : null;
  const url = `https://${domain}/tin-${i}-${Math.floor(rand() * 1e6)}.html`;
  const bodyWithPeople = bodyText;
  const mkPerson = ([name, titles, org]: [string, string, string | null]): Person => {
    const first = bodyWithPeople.indexOf(name);
    return {
      name,
      key: matchKey(name),
      titles: titles.split(', '),
      organisation: org,
      mentions: 1 + Math.floor(rand() * 6),
      spans: first >= 0 ? [{ start: first, end: first + name.length }] : [],
      firstSentence: `${titles.split(',')[0]} ${name} phát biểu.`,
    };
  };
  const mkAgreement = ([name, acronym, kind]: [string, string | null, Agreement['kind']]): Agreement => ({
    name: rand() < 0.3 && acronym ? `Hiệp định ${acronym}` : name,
    key: matchKey(name),
    acronym,
    kind,
    year: rand() < 0.3 ? 2019 + Math.floor(rand() * 6) : null,
    mentions: 1 + Math.floor(rand() * 4),
    spans: [],
    firstSentence: `Hai bên nhắc đến ${name}.`,
  });
  const notes =
    rand() < 0.4
      ? `Ghi chú: ${pick(rand, PHRASES)}. Theo dõi ${lead0[0]}; hỏi lại về "${agreements[0]?.[1] ?? 'EVFTA'}".`
      : '';
  const highlights: Highlight[] = [];
  if (rand() < 0.3) {
    const para = paragraphs[0]!;
    const start = Math.floor(rand() * Math.max(1, para.length - 60));
    highlights.push({
      id: `h${i}-1`,
      quote: para.slice(start, start + 60),
      start,
      prefix: para.slice(Math.max(0, start - 20), start),
      suffix: para.slice(start + 60, start + 80),
      comment: rand() < 0.5 ? 'Quan trọng' : '',
      createdAt: savedAt,
    });
  }
  return {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    id: `d${i.toString(36).padStart(6, '0')}`,
    urlKey: url.replace(/^https:\/\//, ''),
    savedAt,
    updatedAt: savedAt,
    source: 'page',
    article: {
      kind: 'article',
      url,
      canonicalUrl: url,
      domain,
      siteName,
      title,
      authors: rand() < 0.8 ? [pick(rand, ['Phương Linh', 'Minh Anh', 'Tuấn Anh', 'Thu Hà', 'Việt Hoà'])] : [],
      published,
      publishedNote: published ? null : 'no date on the page',
      lead,
      bodyHtml,
      bodyText,
      images: [],
      lang: 'vi',
      wordCount: words + lead.split(' ').length,
      extractor: { path: 'profile', profile: domain.split('.')[0]!, fallbackReason: null, ms: 12 },
    },
    entities: { people: people.map(mkPerson), agreements: agreements.map(mkAgreement) },
    notes,
    notesUpdatedAt: notes ? savedAt : null,
    tags: sample(rand, TAGS, Math.floor(rand() * 3)),
    highlights,
  };
}

/** `count` digests, the same for the same seed. */
export function generateDigests(count: number, options: GenerateOptions = {}): Digest[] {
  const rand = seededRandom(options.seed ?? 42);
  const out: Digest[] = [];
  for (let i = 0; i < count; i++) out.push(generateDigest(i, rand, options.bodyWords));
  return out;
}
