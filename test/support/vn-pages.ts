// The Vietnamese pages with gold (the real corpus pages and the seed fixtures) in one shape, for tests and the
// benchmark that check every page the same way (layout drift, author/source accuracy).
import { loadCorpus } from '../golden/corpus';
import { loadSeedFixture, seedGoldBody, SEED_IDS } from '../seeds/seed-fixtures';

export interface VnPage {
  set: 'corpus' | 'seeds';
  name: string;
  url: string;
  html: string;
  title: string;
  authors: string[];
  /** Gold date: an ISO date-time, a date alone (compared by day), or null (the page gives none). */
  published: string | null;
  lead: string | null;
  /** Lead first, then the body, as plain text. */
  body: string;
  mustExclude: string[];
  /** The source the page credits apart from its reporters (SOURCES below), or null. */
  source: string | null;
}

/**
 * The source each page credits apart from its reporters, read off the page by hand (the corpus gold has no
 * such field): the byline's bracket or "Theo ..." line, the "Nguồn tin:" line. Pages not listed credit none.
 */
export const SOURCES: Record<string, string> = {
  // <div class="nguontin">Theo Sầm Hoa (Vietnamnet/Reuters)</div>
  '24h.com.vn__2012-dot-nhap-lo-luyen-thi-cong-chuc-han-quoc': 'Vietnamnet/Reuters',
  // last line of the body: "Theo Minh Nguyễn/Vcamp.vn"
  'genk.vn__2012-amazon-ke-lao-luyen': 'Vcamp.vn',
  // <p class="pAuthor">Nhóm PV</p> <p class="pSource">Theo Infonet</p>
  'zing.vn__2012-moi-nga-duong-ve-nha-tho': 'Infonet',
  // last paragraph of the republished copy: "Nguồn tin: vov.vn"
  'seed 004': 'vov.vn',
};

export function vnPages(): VnPage[] {
  const corpus = loadCorpus().map(({ name, html, gold }) => ({
    set: 'corpus' as const,
    name,
    url: gold.url,
    html,
    title: gold.title,
    authors: gold.authors,
    published: gold.published,
    lead: gold.lead,
    body: gold.body,
    mustExclude: gold.must_exclude,
    source: SOURCES[name] ?? null,
  }));
  const seeds = SEED_IDS.map((id) => {
    const { html, gold, facts } = loadSeedFixture(id);
    return {
      set: 'seeds' as const,
      name: `seed ${id}`,
      url: facts.url,
      html,
      title: gold.title ?? facts.title,
      authors: gold.authors,
      published: facts.publishedDate,
      lead: gold.lead,
      body: seedGoldBody(id),
      mustExclude: gold.boilerplate,
      source: SOURCES[`seed ${id}`] ?? null,
    };
  });
  return [...corpus, ...seeds];
}

/** A date equal to the gold: the same day for a date-only gold, the same instant to the minute otherwise. */
export function sameDate(got: string | null, gold: string | null): boolean {
  if (gold === null) return got === null;
  if (!got) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) return got.slice(0, 10) === gold;
  return Math.abs(Date.parse(got) - Date.parse(gold)) < 60_000;
}
