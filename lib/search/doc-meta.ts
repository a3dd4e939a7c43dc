// What the index keeps of each digest besides its words: what the filters, sorts and facets read, and the
// version of the searchable text. Plain data, so the whole table serialises as JSON with the postings.
import { tagKey, searchVersion } from '../digest';
import type { Digest } from '../digest';
import { agreementNodes, type AcronymResolver, cachedMatchKey as matchKey, digestSideKeys } from '../library';
import { foldForSearch } from '../text';
import { statedDay } from '../time';

export { searchVersion };

export interface DocMeta {
  id: string;
  /** searchVersion() of the digest indexed. */
  version: string;
  site: string;
  siteName: string;
  siteNameKey: string;
  /** savedAt in ms, so sorting 10,000 results compares numbers; the filter reads its day in the reader's zone. */
  savedTime: number;
  /** The day the page states (lib/time statedDay). */
  publishedDay: string | null;
  /** Published instant in UTC ISO form, so articles in different offsets sort correctly. */
  publishedTime: string | null;
  personKeys: string[];
  tags: string[];
  tagKeys: string[];
  /** The graph nodes of each agreement record (for the alias-merging agreement filter). */
  agreementNodes: string[][];
  /** Every key of the digest's sides, for the side filter (absent in snapshots kept before sides existed). */
  sideKeys?: string[];
  /** Word position where each field (FIELDS order) starts, and one past the last. */
  starts: number[];
}

const siteKeys = new Map<string, string>();
/** Folded site name, memoised: a library has a few dozen sites and thousands of digests. */
export function siteKey(name: string): string {
  let k = siteKeys.get(name);
  if (k === undefined) {
    k = foldForSearch(name);
    siteKeys.set(name, k);
  }
  return k;
}

/** Sortable form of an ISO date with offset (compare instants, not strings in different offsets). */
export function isoTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

export function metaOf(d: Digest, starts: number[], acronymOf?: AcronymResolver): DocMeta {
  const published = d.article.published;
  return {
    id: d.id,
    version: searchVersion(d),
    site: d.article.domain.toLowerCase(),
    siteName: d.article.siteName || d.article.domain,
    siteNameKey: siteKey(d.article.siteName || d.article.domain),
    savedTime: Date.parse(d.savedAt) || 0,
    publishedDay: statedDay(published),
    publishedTime: published ? isoTime(published) : null,
    personKeys: [...new Set(d.entities.people.flatMap((p) => [p.key, matchKey(p.name)]))],
    tags: [...d.tags],
    tagKeys: d.tags.map(tagKey),
    agreementNodes: d.entities.agreements.map((a) => agreementNodes(a, acronymOf)),
    sideKeys: [...digestSideKeys(d)],
    starts,
  };
}
