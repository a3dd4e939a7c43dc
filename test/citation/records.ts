// Citation records for tests: from hand-made digests (one per name kind and date shape), and from every real
// page of the corpus through the real pipeline (extraction, people and agreements, the stored digest).
import { parseHtml } from '../../node/parse-html';
import { makeDigest as makeStoredDigest } from '../../lib/digest';
import type { Digest } from '../../lib/digest';
import { extractEntities } from '../../lib/entities';
import { citationRecord, type CitationRecord } from '../../lib/export/citation';
import { extractArticle } from '../../lib/extract';
import type { Lang } from '../../lib/i18n';
import { loadCorpus, type Gold } from '../golden/corpus';
import { makeDigest } from '../library/make-digest';

export interface Shape {
  authors?: string[];
  source?: string | null;
  title?: string;
  site?: string;
  lang?: string;
  published?: string | null;
  savedAt?: string | null;
  url?: string | null;
}

/** A digest of the given shape (everything else from test/library/make-digest). */
export function shapedDigest(id: string, s: Shape): Digest {
  const d = makeDigest({
    id,
    title: s.title ?? 'Đối thoại Quốc phòng Việt Nam - EU lần thứ 3',
    siteName: s.site ?? 'Báo Quốc tế',
    domain: 'baoquocte.vn',
    published: s.published === undefined ? '2025-10-22T19:25:52+07:00' : s.published,
  });
  d.article.authors = s.authors ?? ['Nguyễn Văn An'];
  d.article.source = s.source ?? null;
  d.article.lang = s.lang ?? 'vi';
  d.article.lead = 'Sapo của bài.';
  if (s.url !== undefined) d.article.canonicalUrl = d.article.url = s.url ?? 'not a url';
  d.savedAt = s.savedAt === undefined ? '2025-10-23T02:00:00.000Z' : (s.savedAt ?? '');
  return d;
}

/** The shapes a reference can take: each name kind, each date shape, and titles that test punctuation. */
export const SHAPES: Record<string, Shape> = {
  'one Vietnamese name': {},
  'two Vietnamese names': { authors: ['Quang Phong', 'Tùng Nguyên'] },
  'three Vietnamese names': { authors: ['Quang Phong', 'Tùng Nguyên', 'Lê Tuyết'] },
  'four Vietnamese names': { authors: ['Quang Phong', 'Tùng Nguyên', 'Lê Tuyết', 'Vũ Phương Thảo'] },
  'a byline in capitals': { authors: ['THUẬN VĂN', 'LÊ ÁNH'] },
  'a one-word pen name': { authors: ['Trung'] },
  'an agency, no reporter': { authors: [], source: 'TTXVN' },
  'reporters and an agency': { authors: ['Phương Linh'], source: 'TTXVN' },
  'no author at all': { authors: [], source: 'tổng hợp' },
  'no author, no date, saved': { authors: [], published: null },
  'no date, saved': { published: null },
  'no date, never saved': { published: null, savedAt: null },
  'no date, no address': { published: null, url: null },
  'year and month only': { published: '2025-10' },
  'year only': { published: '2025' },
  'a question for a title': { title: 'Vì sao giá vàng tăng?' },
  'quotes in the title': { title: 'Đối thoại "Việt Nam - EU": hợp tác \'quốc phòng\'' },
  'a title ending in a period': { title: 'Kết thúc.', site: 'Báo S.' },
  'English, one Western name': {
    lang: 'en',
    authors: ['Julian Borger'],
    title: 'the state of the union in the south china sea: an analysis of it',
    site: 'the diplomat',
  },
  'English, two Western names': {
    lang: 'en',
    authors: ['Dat Nguyen', 'Julian Borger'],
    title: 'Why Vietnam? A new deal with "old friends"',
    site: 'VnExpress International',
  },
  'English, three Western names': {
    lang: 'en',
    authors: ['Dat Nguyen', 'Julian Borger', 'Anna Maria Smith'],
    title: 'Vietnam and the US: a partnership built upon trust',
  },
  'English, particle and hyphen': { lang: 'en', authors: ['Jean-Paul Vincent van Gogh'], title: 'It’s a deal' },
  'English, Vietnamese then Western': { lang: 'en', authors: ['Nguyễn Văn An', 'Julian Borger'] },
  'English, Western then Vietnamese': { lang: 'en', authors: ['Julian Borger', 'Nguyễn Văn An'] },
  'English, mixed three': { lang: 'en', authors: ['Julian Borger', 'Anna Smith', 'Nguyễn Văn An'] },
  'English, no author': { lang: 'en', authors: [], title: 'A deal for the region' },
};

export function shapedRecords(lang: Lang): [string, CitationRecord][] {
  return Object.entries(SHAPES).map(([name, s], i) => [name, citationRecord(shapedDigest(`s${i}`, s), { lang })]);
}

export interface CorpusDigest {
  name: string;
  gold: Gold;
  digest: Digest;
}

/** Every real page of the corpus as the extension saves it. */
export function corpusDigests(): CorpusDigest[] {
  return loadCorpus().map(({ name, html, gold }) => {
    const article = extractArticle(parseHtml(html, gold.url), gold.url);
    if (article.kind !== 'article') throw new Error(`${name}: not extracted (${article.reason})`);
    const entities = extractEntities([article.lead, article.bodyText].filter(Boolean).join('\n\n'));
    return { name, gold, digest: makeStoredDigest(article, entities, 'page', new Date('2026-01-15T03:00:00Z')) };
  });
}
