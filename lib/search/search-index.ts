// In-memory search over every saved digest, body included, built for 10,000 digests: an inverted index of
// folded words (postings carry a field mask for weighting), prefix matching of the last word through a
// sorted vocabulary, AND of all words, filters and sorts, snippets mapped back to the accented text.
import type { Digest } from '../digest/types';
import { AgreementGroups, agreementNodes, type AcronymResolver } from '../library/agreement-groups';
import { digestSideKeys } from '../library/sides-index';
import { cachedMatchKey as matchKey } from '../library/cached-key';
import { foldForSearch } from '../text/normalize';
import { FIELD_BIT, FIELD_WEIGHT, FIELDS, MASK_WEIGHT, fieldTexts, type Field } from './fields';
import { matchRanges, snippet, type QueryWords, type Range, type Snippet } from './highlight';
import { effectiveSort, type LibraryQuery } from './query';
import { forEachToken, searchTokens } from './tokenize';

interface Entry {
  num: number;
  digest: Digest;
  /** Folded words of the short fields, padded with spaces, for the phrase bonus. */
  padded: Record<PhraseField, string>;
  site: string;
  siteNameKey: string;
  savedDay: string;
  /** savedAt in ms, so sorting 10,000 results compares numbers. */
  savedTime: number;
  publishedDay: string | null;
  /** Published instant in UTC ISO form, so articles in different offsets sort correctly. */
  publishedTime: string | null;
  personKeys: Set<string>;
  /** The graph nodes of each agreement record (for the alias-merging agreement filter). */
  agreementNodes: string[][];
  /** Every key of the digest's sides (for the side filter). */
  sideKeys: Set<string>;
  tagKeys: Set<string>;
}

export interface SearchHit {
  id: string;
  digest: Digest;
  score: number;
  /** Fields where a query word was found. */
  fields: Field[];
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
  /** The requested page of results, with highlight ranges. */
  hits: SearchHit[];
  query: QueryWords;
}

export interface SearchOptions {
  offset?: number;
  limit?: number;
}

export interface SearchIndexOptions {
  /** Acronym of an agreement name from a lexicon, so "EVFTA" finds articles naming the accord in full. */
  acronymOf?: AcronymResolver;
}

/** Parse search text into folded words; the last word is a prefix unless the text ends in a separator. */
export function parseQuery(text: string): QueryWords {
  const words = searchTokens(text);
  const prefixLast = words.length > 0 && foldForSearch(text.slice(-1)) !== '';
  return { words, prefixLast };
}

/** Ranges of `text` holding the words of the search text `q` (the digest view marks the current search). */
export function highlightRanges(text: string, q: string): Range[] {
  return matchRanges(text, parseQuery(q));
}

const PHRASE_FIELDS = ['title', 'people', 'agreements', 'lead', 'notes', 'tags'] as const;
type PhraseField = (typeof PHRASE_FIELDS)[number];

const PREFIX_FACTOR = 0.8;
const PHRASE_FACTOR = 2;

export class SearchIndex {
  private entries: (Entry | null)[] = [];
  private byId = new Map<string, number>();
  /** token → flat [docNum, fieldMask, docNum, fieldMask, ...] */
  private postings = new Map<string, number[]>();
  private vocab: string[] | null = null;
  private dead = 0;
  /** Kept up to date on add (cheap unions); dropped on remove and rebuilt from the stored nodes. */
  private groups: AgreementGroups | null = new AgreementGroups();
  private readonly acronymOf?: AcronymResolver;

  constructor(digests: Iterable<Digest> = [], options: SearchIndexOptions = {}) {
    this.acronymOf = options.acronymOf;
    for (const d of digests) this.add(d);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Digest | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.entries[n]?.digest;
  }

  /** Every digest, in no particular order. */
  all(): Digest[] {
    const out: Digest[] = [];
    for (const e of this.entries) if (e) out.push(e.digest);
    return out;
  }

  /** Add a digest, or replace the one with the same id. */
  add(d: Digest): void {
    if (this.byId.has(d.id)) this.remove(d.id);
    const num = this.entries.length;
    const texts = fieldTexts(d, this.acronymOf);
    const masks = new Map<string, number>();
    const padded = {} as Record<PhraseField, string>;
    for (const f of FIELDS) {
      const bit = FIELD_BIT[f];
      if (f === 'body') {
        forEachToken(texts.body, (w) => {
          masks.set(w, (masks.get(w) ?? 0) | bit);
        });
        continue;
      }
      const words = searchTokens(texts[f]);
      padded[f] = ` ${words.join(' ')} `;
      for (const w of words) masks.set(w, (masks.get(w) ?? 0) | bit);
    }
    for (const [token, mask] of masks) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
        this.vocab = null;
      }
      list.push(num, mask);
    }
    const nodes = d.entities.agreements.map((a) => agreementNodes(a, this.acronymOf));
    const entry: Entry = {
      num,
      digest: d,
      padded,
      site: d.article.domain.toLowerCase(),
      siteNameKey: siteKey(d.article.siteName || d.article.domain),
      savedDay: d.savedAt.slice(0, 10),
      savedTime: Date.parse(d.savedAt) || 0,
      publishedDay: d.article.published ? d.article.published.slice(0, 10) : null,
      publishedTime: d.article.published ? isoTime(d.article.published) : null,
      personKeys: new Set(d.entities.people.flatMap((p) => [p.key, matchKey(p.name)])),
      agreementNodes: nodes,
      sideKeys: digestSideKeys(d),
      tagKeys: new Set(d.tags.map((t) => matchKey(t))),
    };
    this.entries.push(entry);
    this.byId.set(d.id, num);
    if (this.groups) for (const n of nodes) this.groups.addNodes(n);
  }

  /** Remove a digest; true when it was there. Postings are cleaned lazily (compaction). */
  remove(id: string): boolean {
    const num = this.byId.get(id);
    if (num === undefined) return false;
    this.byId.delete(id);
    this.entries[num] = null;
    this.dead++;
    this.groups = null;
    if (this.dead > 256 && this.dead > this.byId.size) this.compact();
    return true;
  }

  /** Same as add: replaces the stored digest with the same id. */
  update(d: Digest): void {
    this.add(d);
  }

  /** Agreement groups of the whole library (aliases merged), for the agreement filter. */
  agreementGroups(): AgreementGroups {
    if (!this.groups) {
      const g = new AgreementGroups();
      for (const e of this.entries) if (e) for (const n of e.agreementNodes) g.addNodes(n);
      this.groups = g;
    }
    return this.groups;
  }

  /** Sites and tags present, with counts, for the filter menus. */
  facets(): { sites: { site: string; siteName: string; count: number }[]; tags: { tag: string; count: number }[] } {
    const sites = new Map<string, { site: string; siteName: string; count: number }>();
    const tags = new Map<string, { tag: string; count: number }>();
    for (const e of this.entries) {
      if (!e) continue;
      const s = sites.get(e.site) ?? { site: e.site, siteName: e.digest.article.siteName || e.site, count: 0 };
      s.count++;
      sites.set(e.site, s);
      for (const t of e.digest.tags) {
        const k = matchKey(t);
        const cur = tags.get(k) ?? { tag: t, count: 0 };
        cur.count++;
        tags.set(k, cur);
      }
    }
    return {
      sites: [...sites.values()].sort((a, b) => b.count - a.count || a.siteName.localeCompare(b.siteName, 'vi')),
      tags: [...tags.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'vi')),
    };
  }

  search(query: LibraryQuery, options: SearchOptions = {}): SearchResult {
    const parsed = parseQuery(query.q);
    const pass = this.filter(query);
    let matched: Entry[];
    const score = new Float64Array(this.entries.length);
    const fieldMasks = new Uint8Array(this.entries.length);
    if (parsed.words.length === 0) {
      matched = this.entries.filter((e): e is Entry => e !== null && pass(e));
    } else {
      matched = this.match(parsed, pass, score, fieldMasks);
    }
    const { key, dir } = effectiveSort(query);
    const sign = dir === 'asc' ? 1 : -1;
    const bySaved = (a: Entry, b: Entry) => b.savedTime - a.savedTime;
    if (key === 'relevance') {
      matched.sort((a, b) => sign * (score[a.num]! - score[b.num]!) || bySaved(a, b));
    } else if (key === 'saved') {
      matched.sort((a, b) => sign * (a.savedTime - b.savedTime));
    } else if (key === 'published') {
      // Undated articles go last whatever the direction.
      matched.sort((a, b) => {
        const pa = a.publishedTime;
        const pb = b.publishedTime;
        if (!pa || !pb) return pa ? -1 : pb ? 1 : bySaved(a, b);
        return sign * cmp(pa, pb) || bySaved(a, b);
      });
    } else {
      matched.sort((a, b) => sign * cmp(a.siteNameKey, b.siteNameKey) || bySaved(a, b));
    }
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 50);
    const hits = matched
      .slice(offset, offset + limit)
      .map((e) => this.hit(e, parsed, score[e.num]!, fieldMasks[e.num]!));
    return { total: matched.length, ids: matched.map((e) => e.digest.id), hits, query: parsed };
  }

  private match(q: QueryWords, pass: (e: Entry) => boolean, score: Float64Array, maskAcc: Uint8Array): Entry[] {
    const n = this.entries.length;
    const reached = new Uint8Array(n);
    const best = new Float64Array(n);
    const last = q.words.length - 1;
    let candidates: number[] = [];
    for (let wi = 0; wi <= last; wi++) {
      const w = q.words[wi]!;
      const tokens = wi === last && q.prefixLast ? this.expand(w) : this.postings.has(w) ? [w] : [];
      const touched: number[] = [];
      for (const t of tokens) {
        const list = this.postings.get(t)!;
        const factor = t === w ? 1 : PREFIX_FACTOR;
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i]!;
          // AND: only documents that matched every earlier word go on.
          if (reached[doc] !== wi) continue;
          const mask = list[i + 1]!;
          maskAcc[doc]! |= mask;
          const weight = MASK_WEIGHT[mask]! * factor;
          if (best[doc] === 0) touched.push(doc);
          if (weight > best[doc]!) best[doc] = weight;
        }
      }
      for (const doc of touched) {
        reached[doc] = wi + 1;
        score[doc]! += best[doc]!;
        best[doc] = 0;
      }
      candidates = touched;
      if (candidates.length === 0) return [];
    }
    // Words next to each other as typed ("hoang xuan chien") rank above the same words apart. The body is
    // left out: scanning 10,000 bodies per keystroke costs more than the ranking gains.
    const phrase = q.words.length > 1 ? ` ${q.words.join(' ')}${q.prefixLast ? '' : ' '}` : null;
    const out: Entry[] = [];
    for (const doc of candidates) {
      const e = this.entries[doc];
      if (!e || !pass(e)) continue;
      if (phrase) for (const f of PHRASE_FIELDS) if (e.padded[f].includes(phrase)) score[doc]! += FIELD_WEIGHT[f] * PHRASE_FACTOR;
      out.push(e);
    }
    return out;
  }

  /** Vocabulary words starting with `prefix` (binary search in the sorted vocabulary). */
  private expand(prefix: string): string[] {
    if (!this.vocab) this.vocab = [...this.postings.keys()].sort();
    const v = this.vocab;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < v.length && v[i]!.startsWith(prefix); i++) out.push(v[i]!);
    return out;
  }

  private filter(query: LibraryQuery): (e: Entry) => boolean {
    const checks: ((e: Entry) => boolean)[] = [];
    if (query.site) {
      const site = query.site.toLowerCase().replace(/^www\./, '');
      const name = foldForSearch(query.site);
      checks.push((e) => e.site === site || e.siteNameKey === name);
    }
    if (query.from || query.to) {
      const { from, to } = query;
      const published = query.dateField === 'published';
      checks.push((e) => {
        const day = published ? e.publishedDay : e.savedDay;
        if (!day) return false;
        return (!from || day >= from) && (!to || day <= to);
      });
    }
    if (query.person) {
      const key = matchKey(query.person);
      checks.push((e) => e.personKeys.has(key));
    }
    if (query.agreement) {
      const groups = this.agreementGroups();
      const group = groups.resolve(query.agreement);
      if (group === null) return () => false;
      checks.push((e) => e.agreementNodes.some((nodes) => groups.find(nodes[0]!) === group));
    }
    if (query.side) {
      const key = matchKey(query.side);
      checks.push((e) => e.sideKeys.has(key));
    }
    if (query.tag) {
      const key = matchKey(query.tag);
      checks.push((e) => e.tagKeys.has(key));
    }
    return (e) => checks.every((c) => c(e));
  }

  private hit(e: Entry, q: QueryWords, score: number, mask: number): SearchHit {
    const d = e.digest;
    const fields = FIELDS.filter((f) => mask & FIELD_BIT[f]);
    let snip: SearchHit['snippet'] = null;
    if (q.words.length > 0) {
      const texts = fieldTexts(d, this.acronymOf);
      for (const f of ['body', 'notes', 'people', 'agreements', 'tags'] as const) {
        if (!(mask & FIELD_BIT[f])) continue;
        const s = snippet(texts[f], q);
        if (s) {
          snip = { ...s, field: f };
          break;
        }
      }
    }
    return {
      id: d.id,
      digest: d,
      score,
      fields,
      titleRanges: matchRanges(d.article.title, q),
      leadRanges: matchRanges(d.article.lead ?? '', q),
      snippet: snip,
    };
  }

  /** Drop removed digests from the postings by rebuilding them from the live entries. */
  private compact(): void {
    const live = this.entries.filter((e): e is Entry => e !== null);
    this.entries = [];
    this.byId.clear();
    this.postings.clear();
    this.vocab = null;
    this.dead = 0;
    for (const e of live) this.add(e.digest);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sortable form of an ISO date with offset (compare instants, not strings in different offsets). */
function isoTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

const siteKeys = new Map<string, string>();
/** Folded site name, memoised: a library has a few dozen sites and thousands of digests. */
function siteKey(name: string): string {
  let k = siteKeys.get(name);
  if (k === undefined) {
    k = foldForSearch(name);
    siteKeys.set(name, k);
  }
  return k;
}
