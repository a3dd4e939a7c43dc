// What the cross-digest pages (people, agreements, sides) build the same way for every kind: one reference per
// digest that names the entry, dated by publication only (an article that gives no date is counted apart and
// listed after the dated ones: its save date is not a publication date), the entry's first and last date, and the
// value (a spelling, a kind, an acronym) seen most often.
import type { Digest } from '../digest';

export interface ArticleRef {
  digestId: string;
  title: string;
  siteName: string;
  /** The publication date (ISO); null when the article gives none (its save date is not one). */
  date: string | null;
  /** When it was saved (ISO): orders the undated articles among themselves. */
  savedAt: string;
  /** Mentions in that article. */
  mentions: number;
  firstSentence: string;
}

/** What a reference is read from. */
export interface RefSource {
  id: string;
  savedAt: string;
  article: Pick<Digest['article'], 'title' | 'siteName' | 'published'>;
}

/** The publication date of an article whose date can be read, else null (undated). */
function articleDate(d: Pick<RefSource, 'article'>): string | null {
  const published = d.article.published;
  return published && !Number.isNaN(Date.parse(published)) ? published : null;
}

export function articleRef(d: RefSource, mentions: number, firstSentence: string): ArticleRef {
  return {
    digestId: d.id,
    title: d.article.title,
    siteName: d.article.siteName,
    date: articleDate(d),
    savedAt: d.savedAt,
    mentions,
    firstSentence,
  };
}

/** Dated articles oldest first, then the undated ones by when they were saved. */
function byDate(a: ArticleRef, b: ArticleRef): number {
  if (a.date !== null && b.date !== null)
    return Date.parse(a.date) - Date.parse(b.date) || a.digestId.localeCompare(b.digestId);
  if (a.date !== null || b.date !== null) return a.date === null ? 1 : -1;
  return Date.parse(a.savedAt) - Date.parse(b.savedAt) || a.digestId.localeCompare(b.digestId);
}

/** Sorts an entry's articles (byDate) and sets its date range and undated count from them. */
export function dateArticles(entry: {
  articles: ArticleRef[];
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
}): void {
  entry.articles.sort(byDate);
  const dated = entry.articles.filter((a) => a.date !== null);
  entry.firstDate = dated[0]?.date ?? null;
  entry.lastDate = dated[dated.length - 1]?.date ?? null;
  entry.undated = new Set(entry.articles.filter((a) => a.date === null).map((a) => a.digestId)).size;
}

/** Counts one more sighting of `value`. */
export function tally<T>(counts: Map<T, number>, value: T): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The value counted most (the first seen on a tie); `counts` is never empty where this is asked. */
export function mostCommon<T>(counts: Map<T, number>): T {
  let best: T | undefined;
  let n = -1;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best!;
}
