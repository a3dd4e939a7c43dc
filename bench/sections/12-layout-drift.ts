// Benchmark section: layout drift. Every real corpus page and every seed fixture, changed the way sites change
// (test/support/layout-drift.ts: class names hashed or renamed, the body wrapped in a new container, article
// paragraphs in a box with a new class or with a class the profile removes, a related box moved into the body,
// other lazy-image attributes, the sapo as an h2, all at once), each change with several seeds. Each copy is
// checked as the drift test checks it (test/support/drift-check.ts): body F1 against the gold, boilerplate
// leaks, title, authors, date and pictures. Readability.js runs on the same copies for comparison (body F1).
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../node/parse-html';
import { readerText } from '../../test/readability-suite/suite-pages';
import { checkDrift, DRIFT_MIN_F1, extractPage, type DriftOutcome } from '../../test/support/drift-check';
import { DRIFT_KINDS, mutatePage } from '../../test/support/layout-drift';
import { shingleScore } from '../../test/support/shingles';
import { vnPages, type VnPage } from '../../test/support/vn-pages';
import type { SectionResult } from '../section';

/** Seeds per change and page; the drift test in `npm test` runs the first only. */
const SEEDS = [1, 2, 3];

interface Row extends DriftOutcome {
  readabilityF1: number;
}

function readabilityF1(page: VnPage, html: string): number {
  const r = new Readability(parseHtml(html, page.url), { classesToPreserve: ['caption'] }).parse();
  const text = r?.content ? readerText(parseHtml(r.content).body ?? parseHtml('').documentElement) : '';
  return shingleScore(text, page.body).f1;
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function summaryRow(label: string, rows: Row[]): string {
  const n = rows.length;
  const count = (f: (r: Row) => boolean) => rows.filter(f).length;
  return `| ${label} | ${n} | ${f3(mean(rows.map((r) => r.f1)))} / ${f3(mean(rows.map((r) => r.readabilityF1)))} | ${f3(Math.min(...rows.map((r) => r.f1)))} | ${count((r) => r.f1 < DRIFT_MIN_F1)} | ${count((r) => r.leaks.length > 0)} | ${pct(
    count((r) => r.title),
    n,
  )} | ${pct(
    count((r) => r.authors),
    n,
  )} | ${pct(
    count((r) => r.date),
    n,
  )} | ${pct(
    count((r) => r.images),
    n,
  )} | ${count((r) => r.ok)}/${n} |`;
}

const HEAD = `| | copies | body F1 ours / Readability | lowest F1 | F1 < ${DRIFT_MIN_F1} | with leaks | title | authors | date | pictures | all kept |\n|---|---|---|---|---|---|---|---|---|---|---|`;

export async function run(): Promise<SectionResult> {
  const rows: Row[] = [];
  const pages = vnPages();
  for (const page of pages) {
    console.error(`bench: 12-layout-drift: ${page.name}`);
    const baseline = extractPage(page, page.html)?.images.map((i) => i.src) ?? [];
    for (const kind of DRIFT_KINDS)
      for (const seed of SEEDS) {
        const m = mutatePage(page, kind, seed);
        if (!m) continue;
        rows.push({ ...checkDrift(page, m, baseline), readabilityF1: readabilityF1(page, m.html) });
      }
  }
  const failures = rows.filter((r) => !r.ok);
  const md = [
    `${pages.length} pages (${pages.filter((p) => p.set === 'corpus').length} real corpus pages, ${pages.filter((p) => p.set === 'seeds').length} seed fixtures) × ${DRIFT_KINDS.length} kinds of change × ${SEEDS.length} seeds; a change that does not apply to a page (no sapo, no related box outside the body, no profile) is left out. Requirements per copy: body F1 ≥ ${DRIFT_MIN_F1} against the gold, no gold boilerplate line and no link the change moved into the body in title, authors or text, the gold title, authors and date, and the same pictures as the unchanged page. Readability.js runs on the same copies (body F1 only).`,
    '',
    '### By kind of change',
    '',
    HEAD,
    ...DRIFT_KINDS.map((k) =>
      summaryRow(
        k,
        rows.filter((r) => r.kind === k),
      ),
    ),
    summaryRow('**all**', rows),
    '',
    '### By page',
    '',
    HEAD,
    ...pages.map((p) =>
      summaryRow(
        p.name,
        rows.filter((r) => r.page === p.name),
      ),
    ),
    '',
    failures.length
      ? `### Copies that lost something (${failures.length})\n\n${failures
          .slice(0, 40)
          .map(
            (r) =>
              `- ${r.page} / ${r.kind} #${r.seed} (${r.path ?? 'refused'}): ${r.problems.join('; ')}. Change: ${r.note}`,
          )
          .join('\n')}`
      : 'Every copy kept its body, metadata and pictures, with no leak.',
  ].join('\n');
  return {
    title: 'Layout drift: real pages and seed fixtures changed the way sites change',
    markdown: md,
    json: {
      seeds: SEEDS,
      kinds: DRIFT_KINDS,
      copies: rows.length,
      allKept: rows.filter((r) => r.ok).length,
      meanF1: mean(rows.map((r) => r.f1)),
      meanReadabilityF1: mean(rows.map((r) => r.readabilityF1)),
      rows: rows.map(
        ({ page, kind, seed, path, f1, readabilityF1, leaks, title, authors, date, images, ok, problems }) => ({
          page,
          kind,
          seed,
          path,
          f1,
          readabilityF1,
          leaks,
          title,
          authors,
          date,
          images,
          ok,
          problems,
        }),
      ),
    },
  };
}
