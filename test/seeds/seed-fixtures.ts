// The five seed fixtures (test/fixtures/seeds/NNN.html) with the seed gold they are checked against, for the
// seed test and the benchmark. Gold lives in the shared corpus; the fixtures were hand-built from its texts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SEED_FIXTURE_DIR = resolve(here, '../fixtures/seeds');
export const SEED_GOLD_DIR = resolve(here, '../../../shared/corpus/seeds');

export interface SeedGold {
  id: string;
  site: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  lead: string | null;
  body_first: string;
  body_last: string;
  captions: string[];
  boilerplate: string[];
}

/** What a fixture page states where the seed text is silent (the seed gives no headline or date). */
export interface FixtureFacts {
  url: string;
  /** The page's headline when the gold has none (seed 004 starts inside the article). */
  title: string;
  /** The date the page's markup gives (ISO date prefix), or null when the page gives none with a year. */
  publishedDate: string | null;
}

export interface SeedFixture {
  id: string;
  html: string;
  gold: SeedGold;
  facts: FixtureFacts;
}

const FACTS: Record<string, FixtureFacts> = {
  '000': {
    url: 'https://baoquocte.vn/thu-truong-ngoai-giao-nguyen-quoc-dung-du-cuoc-hop-truc-tuyen-quan-chuc-cao-cap-asean-eu-150371.html',
    title: 'Thứ trưởng Ngoại giao Nguyễn Quốc Dũng dự Cuộc họp trực tuyến Quan chức cao cấp ASEAN-EU',
    publishedDate: '2021-07-08', // article:published_time and JSON-LD datePublished in the fixture's head
  },
  '001': {
    url: 'https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/doi-thoai-quoc-phong-an-ninh-viet-nam-eu-lan-thu-3-731254',
    title: 'Đối thoại Quốc phòng An ninh Việt Nam- EU lần thứ 3',
    publishedDate: null,
  },
  '002': {
    url: 'https://eeas.europa.eu/delegations/trinidad-and-tobago/89913/tham-v%E1%BA%A5n-l%E1%BA%A7n-th%E1%BB%A9-hai-v%E1%BB%81-ninh-v%C3%A0-qu%E1%BB%91c-ph%C3%B2ng-gi%E1%BB%AFa-li%C3%AAn-minh-ch%C3%A2u-%C3%A2u-v%C3%A0-vi%E1%BB%87t-nam_vi',
    title: 'Tham vấn lần thứ hai về An ninh và Quốc phòng giữa Liên minh châu Âu và Việt Nam',
    publishedDate: '2020-12-01',
  },
  '003': {
    url: 'https://kinhtedothi.vn/thuc-day-quan-he-hop-tac-giua-viet-nam-va-eu-tuong-xung-voi-tiem-nang.html',
    title: 'Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU tương xứng với tiềm năng',
    publishedDate: null,
  },
  '004': {
    url: 'https://congnghecuocsong.example/viet-nam-va-lao-tham-khao-chinh-tri-cap-thu-truong-ngoai-giao-lan-thu-8-p51207.html',
    title: 'Việt Nam và Lào tổ chức Tham khảo chính trị cấp Thứ trưởng Ngoại giao lần thứ 8',
    publishedDate: null,
  },
};

export const SEED_IDS = Object.keys(FACTS);

export function loadSeedFixture(id: string): SeedFixture {
  const facts = FACTS[id];
  if (!facts) throw new Error(`no seed fixture ${id}`);
  return {
    id,
    html: readFileSync(join(SEED_FIXTURE_DIR, `${id}.html`), 'utf8'),
    gold: JSON.parse(readFileSync(join(SEED_GOLD_DIR, `${id}.gold.json`), 'utf8')) as SeedGold,
    facts,
  };
}

/** The seed's article text (title, lead, body, captions) as the gold defines it, for body scoring. */
export function seedGoldBody(id: string): string {
  const text = readFileSync(join(SEED_GOLD_DIR, `${id}.txt`), 'utf8').split('\n');
  const gold = loadSeedFixture(id).gold;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const first = text.findIndex((l) => norm(l).includes(norm(gold.body_first)));
  const last = text.findIndex((l) => norm(l).endsWith(norm(gold.body_last)));
  if (first < 0 || last < first) throw new Error(`seed ${id}: body_first/body_last not found in the seed text`);
  const lines = text
    .slice(first, last + 1)
    .map((l) => l.replace(/^\s*\|\s*|\s*\|\s*$/g, '').trim())
    .filter((l) => l && l !== '![]()' && l !== gold.title);
  // Captions that sit above the first body sentence (seed 000) still belong to the article.
  const captions = gold.captions.filter((c) => !lines.some((l) => norm(l) === norm(c)));
  return [gold.lead ?? '', ...captions, ...lines].filter(Boolean).join('\n\n');
}
