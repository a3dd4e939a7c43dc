// Precision@10 and recall of the library search on the quality set, with and without diacritics. Shared by
// the unit test that holds the floor and by the benchmark that reports the figures.
import type { SearchIndex } from '../../lib/search';
import { emptyQuery } from '../../lib/search';

export interface QualityQuery {
  kind:
    | 'name'
    | 'title'
    | 'place'
    | 'abbreviation'
    | 'agreement'
    | 'topic'
    | 'note'
    | 'quoted'
    | 'prefix'
    | 'typing'
    | 'scattered';
  q: string;
  /** Ids of the digests that answer the query, from reading them. */
  expect: readonly string[];
  /** Expected set of the query typed without diacritics, where it differs. */
  folded?: readonly string[];
}

export interface QueryScore {
  q: string;
  kind: QualityQuery['kind'];
  precision: number;
  recall: number;
  got: string[];
  expect: readonly string[];
}

export interface ModeScore {
  queries: number;
  /** Means over the queries. */
  precisionAt10: number;
  recall: number;
  /** Queries below 1 on either figure. */
  misses: QueryScore[];
}

/** Diacritics off, everything else (case, punctuation, prefixes, quotes) as typed: how a reader types without them. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFC');
}

/**
 * Precision of the first ten results (1 when nothing is returned: nothing wrong was shown) and recall of the
 * expected set (1 when nothing was expected and nothing returned, 0 when nothing was expected but some was).
 */
export function scoreOne(
  index: SearchIndex,
  q: string,
  kind: QualityQuery['kind'],
  expect: readonly string[],
): QueryScore {
  const got = index.search({ ...emptyQuery(), q }).ids;
  const top = got.slice(0, 10);
  const want = new Set(expect);
  const right = top.filter((id) => want.has(id)).length;
  const precision = top.length === 0 ? 1 : right / top.length;
  const found = got.filter((id) => want.has(id)).length;
  const recall = want.size === 0 ? (got.length === 0 ? 1 : 0) : found / want.size;
  return { q, kind, precision, recall, got, expect };
}

export function scoreQueries(
  index: SearchIndex,
  queries: readonly QualityQuery[],
): { accented: ModeScore; plain: ModeScore } {
  const mode = (scores: QueryScore[]): ModeScore => ({
    queries: scores.length,
    precisionAt10: scores.reduce((s, x) => s + x.precision, 0) / scores.length,
    recall: scores.reduce((s, x) => s + x.recall, 0) / scores.length,
    misses: scores.filter((x) => x.precision < 1 || x.recall < 1),
  });
  return {
    accented: mode(queries.map((x) => scoreOne(index, x.q, x.kind, x.expect))),
    plain: mode(queries.map((x) => scoreOne(index, withoutDiacritics(x.q), x.kind, x.folded ?? x.expect))),
  };
}
