// What a mutated page must keep, checked the same way by the drift test and the benchmark: the body (4-word
// shingle F1 against the gold), no boilerplate (the gold's must-exclude lines and the links a mutation moved
// into the body), the same title, authors and date as the gold, and the same pictures as the unchanged page.
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { matchKey } from '../../lib/text';
import type { Mutated } from './layout-drift';
import { containsSnippet, shingleScore } from './shingles';
import { sameDate, type VnPage } from './vn-pages';

export const DRIFT_MIN_F1 = 0.95;

export interface DriftOutcome {
  page: string;
  kind: string;
  seed: number;
  note: string;
  path: string | null;
  f1: number;
  leaks: string[];
  title: boolean;
  authors: boolean;
  date: boolean;
  images: boolean;
  /** Every requirement met. */
  ok: boolean;
  /** What went wrong, for a failure message. */
  problems: string[];
}

export function extractPage(page: VnPage, html: string): Article | null {
  const r = extractArticle(parseHtml(html, page.url), page.url);
  return r.kind === 'article' ? r : null;
}

export function checkDrift(page: VnPage, m: Mutated, baselineImages: string[]): DriftOutcome {
  const a = extractPage(page, m.html);
  const text = a ? [a.lead, a.bodyText].filter(Boolean).join('\n\n') : '';
  const f1 = shingleScore(text, page.body).f1;
  const everywhere = a ? [a.title, a.authors.join('\n'), text].join('\n') : '';
  const leaks = [...page.mustExclude, ...m.extraExclude].filter((s) => containsSnippet(everywhere, s));
  const title = a?.title === page.title;
  const authors = !!a && JSON.stringify(a.authors.map(matchKey)) === JSON.stringify(page.authors.map(matchKey));
  const date = !!a && sameDate(a.published, page.published);
  const images = !!a && JSON.stringify(a.images.map((i) => i.src)) === JSON.stringify(baselineImages);
  const problems = [
    !a && 'not extracted as an article',
    f1 < DRIFT_MIN_F1 && `body F1 ${f1.toFixed(3)}`,
    leaks.length && `leaks ${JSON.stringify(leaks.map((l) => l.slice(0, 50)))}`,
    a && !title && `title ${JSON.stringify(a.title)}`,
    a && !authors && `authors ${JSON.stringify(a.authors)}`,
    a && !date && `date ${a.published}`,
    a && !images && `images ${a.images.length} vs ${baselineImages.length}`,
  ].filter((p): p is string => !!p);
  return {
    page: page.name,
    kind: m.kind,
    seed: m.seed,
    note: m.note,
    path: a
      ? `${a.extractor.path}${a.extractor.profile ? `:${a.extractor.profile}` : ''}${a.extractor.fallbackReason ? ' (fallback)' : ''}`
      : null,
    f1,
    leaks,
    title,
    authors,
    date,
    images,
    ok: problems.length === 0,
    problems,
  };
}
