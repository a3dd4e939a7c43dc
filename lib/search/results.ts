// What a search returns, whichever index answered it: the order of the matching documents (relevance, dates or
// site, ties broken the same way everywhere) and the hits of the page shown, with the ranges to mark. The
// in-memory index and the kept one both call these, so they answer alike.
import type { Digest } from '../digest';
import { FIELD_BIT, FIELDS, fieldText, type Field } from './fields';
import { matchRanges, snippet, type Range, type Snippet } from './highlight';
import { effectiveSort, type LibraryQuery } from './query';
import type { ParsedQuery } from './query-parse';

/** What a result row shows of a digest (the list draws it without the record). */
export interface HitRow {
  title: string;
  siteName: string;
  published: string | null;
  savedAt: string;
  /** The whole lead (the ranges to mark are offsets in it). */
  lead: string;
  people: string[];
  /** Each agreement by its acronym when it has one (its name as the title), else its name. */
  agreements: { label: string; title?: string }[];
  /** Each side by its acronym or name; `value` is what its filter chip sets; `key` names it in any language. */
  sides: { label: string; value: string; title?: string; key?: string }[];
  hasNotes: boolean;
  highlightCount: number;
}

export function hitRowOf(d: Digest): HitRow {
  return {
    title: d.article.title,
    siteName: d.article.siteName || d.article.domain,
    published: d.article.published,
    savedAt: d.savedAt,
    lead: d.article.lead ?? '',
    people: d.entities.people.map((p) => p.name),
    agreements: d.entities.agreements.map((a) => (a.acronym ? { label: a.acronym, title: a.name } : { label: a.name })),
    sides: (d.entities.sides ?? []).map((s) =>
      s.acronym
        ? { label: s.acronym, value: s.name, title: s.name, key: s.key }
        : { label: s.name, value: s.name, key: s.key },
    ),
    hasNotes: d.notes.trim() !== '',
    highlightCount: d.highlights.length,
  };
}

export interface SearchHit {
  id: string;
  row: HitRow;
  score: number;
  /** Fields where a query word was found. */
  fields: Field[];
  /** 'scattered': the words occur in the digest, but not next to each other as typed. */
  match: 'phrase' | 'scattered';
  /** Ranges of the title to highlight. */
  titleRanges: Range[];
  /** Ranges of the lead to highlight. */
  leadRanges: Range[];
  /** Where the words occur outside the title and lead (body, notes, people...). */
  snippet: (Snippet & { field: Field }) | null;
}

export interface SearchResult {
  /** Number of digests matching text and filters. */
  total: number;
  /** Every matching id in display order (for "select all", export of the filtered set). */
  ids: string[];
  /** The ids of the requested page in display order (its hits, and its missing ids where they stand). */
  pageIds: string[];
  /** The requested page of results, with highlight ranges (digests not at hand are left out: see missing). */
  hits: SearchHit[];
  /** Ids in the requested page whose text the index could not hand over (after load(), before attach()). */
  missing: string[];
  /** No digest holds the words as a phrase; these hold them apart. */
  scattered: boolean;
  query: ParsedQuery;
}

export interface SearchOptions {
  offset?: number;
  limit?: number;
}

/** The fields of a digest a hit is drawn from: its row, and the text of each searchable field. */
export interface HitText {
  id: string;
  row: HitRow;
  text(f: Field): string;
}

export function hitTextOf(d: Digest, acronymOf?: (name: string) => string | null): HitText {
  return { id: d.id, row: hitRowOf(d), text: (f) => fieldText(d, f, acronymOf) };
}

/** The fields a snippet may come from, in order of preference (title and lead are marked in place). */
const SNIPPET_FIELDS = ['body', 'notes', 'people', 'agreements', 'tags'] as const;

export function makeHit(src: HitText, q: ParsedQuery, score: number, mask: number, scattered: boolean): SearchHit {
  const fields = FIELDS.filter((f) => mask & FIELD_BIT[f]);
  let snip: SearchHit['snippet'] = null;
  if (q.phrases.length > 0) {
    for (const f of SNIPPET_FIELDS) {
      if (!(mask & FIELD_BIT[f])) continue;
      const s = snippet(src.text(f), q, 220, scattered);
      if (s) {
        snip = { ...s, field: f };
        break;
      }
    }
  }
  return {
    id: src.id,
    row: src.row,
    score,
    fields,
    match: scattered ? 'scattered' : 'phrase',
    titleRanges: matchRanges(src.row.title, q, scattered),
    leadRanges: matchRanges(src.row.lead, q, scattered),
    snippet: snip,
  };
}

/** What ordering reads of each document. */
export interface SortTable {
  id(d: number): string;
  /** savedAt in ms. */
  savedTime(d: number): number;
  /** Published instant in UTC ISO form, null when undated. */
  publishedTime(d: number): string | null;
  /** Folded site name. */
  siteNameKey(d: number): string;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The display order of matching documents: by relevance (score, then the newest save), by saved or published
 * date (undated articles last whatever the direction) or by site. Equal keys fall back to the id, so two indexes
 * numbering their documents differently give the same order; it is a total order, so the first k of a full sort
 * are exactly what topDocs() picks.
 */
export function docOrder(
  score: Float64Array | null,
  table: SortTable,
  query: LibraryQuery,
): (a: number, b: number) => number {
  const { key, dir } = effectiveSort(query);
  const sign = dir === 'asc' ? 1 : -1;
  const byId = (a: number, b: number) => cmp(table.id(a), table.id(b));
  const bySaved = (a: number, b: number) => table.savedTime(b) - table.savedTime(a) || byId(a, b);
  if (key === 'relevance' && score) {
    const s = score;
    return (a, b) => sign * (s[a]! - s[b]!) || bySaved(a, b);
  }
  if (key === 'saved' || key === 'relevance')
    return (a, b) => sign * (table.savedTime(a) - table.savedTime(b)) || byId(a, b);
  if (key === 'published') {
    return (a, b) => {
      const pa = table.publishedTime(a);
      const pb = table.publishedTime(b);
      if (!pa || !pb) return pa ? -1 : pb ? 1 : bySaved(a, b);
      return sign * cmp(pa, pb) || bySaved(a, b);
    };
  }
  return (a, b) => sign * cmp(table.siteNameKey(a), table.siteNameKey(b)) || bySaved(a, b);
}

/** The matching documents in display order (sorted in place). */
export function orderDocs(
  matched: number[],
  score: Float64Array | null,
  table: SortTable,
  query: LibraryQuery,
): number[] {
  return matched.sort(docOrder(score, table, query));
}

/**
 * The first `k` of `docs` in the order `order`, without sorting them all: a page of a large result set costs
 * one comparison per document with the page's last (a keystroke matching 10,000 digests shows 20). Documents
 * are numbered in the order their segments were written, oldest first, and the list is newest first unless
 * asked otherwise: read from the last, the page fills with its rows early and the rest are turned away by that
 * one comparison (read from the first, nearly every document would enter the page and push one out). The
 * order is total, so the answer is the same either way.
 */
export function topDocs(docs: readonly number[], k: number, order: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k * 8 >= docs.length) return docs.slice().sort(order).slice(0, k);
  const top: number[] = [];
  for (let i = docs.length - 1; i >= 0; i--) {
    const d = docs[i]!;
    if (top.length === k && order(d, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid]!, d) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, d);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * `ids` of a result, ordered when first read: a keystroke needs only its page ordered, "select all" and an
 * export of the results read every id.
 */
export function withLazyIds<T extends Omit<SearchResult, 'ids'>>(result: T, ids: () => string[]): T & SearchResult {
  let kept: string[] | null = null;
  return Object.defineProperty(result, 'ids', {
    enumerable: true,
    get: () => (kept ??= ids()),
  }) as T & SearchResult;
}
