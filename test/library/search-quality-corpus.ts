// The library the search-quality set runs on: every real saved page of ../shared/corpus/pages and the five
// seed pages, each through the real pipeline (extraction, then people and agreements, then the stored
// digest), with the notes and tags a reader might have added. Short ids so the expected sets stay readable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDigest } from '../../lib/digest';
import type { Digest } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { extractEntities } from '../../lib/entities';
import { extractArticle } from '../../lib/extract';
import { CORPUS_PAGES } from '../golden/corpus';
import { loadSeedFixture } from '../seeds/seed-fixtures';

interface Source {
  id: string;
  /** A corpus page (file name without .html) or a seed fixture ("seed:NNN"). */
  page: string;
  /** Saved on this day (the order the reader saved them in), for recency. */
  savedAt: string;
  notes?: string;
  tags?: string[];
}

/** The reader's library: notes and tags are ours (written for this set), everything else comes from the pages. */
export const QUALITY_SOURCES: readonly Source[] = [
  {
    id: 'p-24h-luyenthi',
    page: '24h.com.vn__2012-dot-nhap-lo-luyen-thi-cong-chuc-han-quoc',
    savedAt: '2025-01-03',
    tags: ['Hàn Quốc', 'giáo dục'],
  },
  {
    id: 'p-dantri-tet',
    page: 'dantri.com.vn__2012-chot-lich-nghi-le-tet-2013',
    savedAt: '2025-01-05',
    notes: 'So sánh với lịch nghỉ Tết năm nay của khu vực tư nhân.',
    tags: ['lao động'],
  },
  { id: 'p-genk-amazon', page: 'genk.vn__2012-amazon-ke-lao-luyen', savedAt: '2025-01-08', tags: ['công nghệ'] },
  {
    id: 'p-plo-tphcm',
    page: 'plo.vn__2025-doan-dai-bieu-tphcm-dang-hoa-tuong-niem',
    savedAt: '2025-01-10',
    notes: 'Hỏi lại phóng viên về danh sách đoàn đại biểu.',
    tags: ['TP HCM', 'chính trị'],
  },
  {
    id: 'p-thanhnien-matuy',
    page: 'thanhnien.vn__2012-5-bong-hong-buon-ma-tuy',
    savedAt: '2025-01-12',
    tags: ['pháp luật'],
  },
  {
    id: 'p-tuoitre-cayxanh',
    page: 'tuoitre.vn__2015-chat-cay-xanh-ha-noi_desktop-saved',
    savedAt: '2025-01-15',
    notes: 'Theo dõi kết luận thanh tra; đối chiếu với phản hồi của UBND thành phố.',
    tags: ['Hà Nội', 'môi trường'],
  },
  { id: 'p-vnx-ngoaitinh', page: 'vnexpress.net__2012-vo-ngoai-tinh', savedAt: '2025-01-18', tags: ['gia đình'] },
  {
    id: 'p-vnx-congnhan',
    page: 'vnexpress.net__2022-cong-nhan-mat-viec-lo-tet',
    savedAt: '2025-01-20',
    notes: 'Số liệu lao động mất việc: dùng cho báo cáo quý.',
    tags: ['lao động', 'TP HCM'],
  },
  {
    id: 'p-vnx-lymphoma',
    page: 'vnexpress.net__2025-dau-bung-keo-dai-lymphoma_fundus',
    savedAt: '2025-01-22',
    tags: ['y tế'],
  },
  { id: 'p-zing-nhatho', page: 'zing.vn__2012-moi-nga-duong-ve-nha-tho', savedAt: '2025-01-25', tags: ['Hà Nội'] },
  {
    id: 's-000-som',
    page: 'seed:000',
    savedAt: '2025-02-01',
    notes: 'Vaccine cho ASEAN: theo dõi cam kết của EU.',
    tags: ['ASEAN', 'EU', 'ngoại giao'],
  },
  {
    id: 's-001-doithoai',
    page: 'seed:001',
    savedAt: '2025-02-03',
    notes: 'Đối chiếu với Hiệp định FPA ký năm 2019.',
    tags: ['quốc phòng', 'EU'],
  },
  { id: 's-002-thamvan', page: 'seed:002', savedAt: '2025-02-05', tags: ['quốc phòng', 'EU', 'Biển Đông'] },
  {
    id: 's-003-hoptac',
    page: 'seed:003',
    savedAt: '2025-02-07',
    notes: 'Cần số liệu thương mại song phương sau EVFTA.',
    tags: ['EU', 'thương mại'],
  },
  { id: 's-004-lao', page: 'seed:004', savedAt: '2025-02-09', tags: ['Lào', 'ngoại giao', 'Biển Đông'] },
];

function pageOf(page: string): { html: string; url: string } {
  if (page.startsWith('seed:')) {
    const seed = loadSeedFixture(page.slice(5));
    return { html: seed.html, url: seed.facts.url };
  }
  const gold = JSON.parse(readFileSync(join(CORPUS_PAGES, `${page}.gold.json`), 'utf8')) as { url: string };
  return { html: readFileSync(join(CORPUS_PAGES, `${page}.html`), 'utf8'), url: gold.url };
}

/** The fifteen digests, built as the extension builds them. */
export function buildQualityLibrary(): Digest[] {
  return QUALITY_SOURCES.map((s) => {
    const { html, url } = pageOf(s.page);
    const article = extractArticle(parseHtml(html), url);
    if (article.kind !== 'article') throw new Error(`${s.page} is not read as an article: ${article.reason}`);
    const entities = extractEntities([article.lead, article.bodyText].filter(Boolean).join('\n\n'));
    const digest = makeDigest(article, entities, 'page', new Date(`${s.savedAt}T09:00:00.000Z`));
    return {
      ...digest,
      id: s.id,
      notes: s.notes ?? '',
      notesUpdatedAt: s.notes ? digest.savedAt : null,
      tags: s.tags ?? [],
    };
  });
}
