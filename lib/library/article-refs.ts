// What the cross-digest pages (people, agreements, sides) build the same way for every kind: one reference per
// digest that names the entry, dated by publication (else by saving) and kept in date order with the entry's
// first and last date, and the value (a spelling, a kind, an acronym) seen most often.
import type { Digest } from '../digest';

export interface ArticleRef {
  digestId: string;
  title: string;
  siteName: string;
  /** Published date when known, else the saved date (ISO). */
  date: string;
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

export function articleDate(d: RefSource): string {
  return d.article.published ?? d.savedAt;
}

export function articleRef(d: RefSource, mentions: number, firstSentence: string): ArticleRef {
  return {
    digestId: d.id,
    title: d.article.title,
    siteName: d.article.siteName,
    date: articleDate(d),
    mentions,
    firstSentence,
  };
}

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/** Sorts an entry's references by date (undated first, then by digest id) and sets its first and last date. */
export function dateArticles(entry: { articles: ArticleRef[]; firstDate: string; lastDate: string }): void {
  entry.articles.sort((a, b) => time(a.date) - time(b.date) || a.digestId.localeCompare(b.digestId));
  entry.firstDate = entry.articles[0]!.date;
  entry.lastDate = entry.articles[entry.articles.length - 1]!.date;
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
