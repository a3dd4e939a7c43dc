// Search over every saved digest, body included, kept up to date one digest at a time: an inverted index of
// folded words with positions (phrases), field masks (title and people above body) and the accented
// spellings used (exact diacritics above folded matches); filters and sorts; snippets mapped back to the
// accented text. Adding, replacing or removing a digest touches only that digest's records; removed ones
// are dropped at compaction. serialize()/load() keep the whole index (postings and the per-digest table),
// so a library can search as soon as it opens and hand over digests as it reads them (attach()).
import type { Digest } from '../digest';
import { AgreementGroups, type AcronymResolver, cachedMatchKey as matchKey } from '../library';
import { foldForSearch } from '../text';
import { metaOf, searchVersion, type DocMeta } from './doc-meta';
import { FIELD_BIT, FIELDS, fieldText, fieldTexts, type Field } from './fields';
import { matchRanges, snippet, type Range, type Snippet } from './highlight';
import { MatchCache, matchQuery } from './match';
import { PLAIN_SPELLING, PostingStore, type Occurrences } from './postings';
import { effectiveSort, type LibraryQuery } from './query';
import { parseSearch, withoutLiterals, type ParsedQuery } from './query-parse';
import { decodeSnapshot, encodeSnapshot } from './snapshot';
import { accentForm, forEachToken } from './tokenize';

export interface SearchHit {
  id: string;
  digest: Digest;
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
  /** The requested page of results, with highlight ranges (digests not attached yet are left out: see missing). */
  hits: SearchHit[];
  /** Ids in the requested page whose digest the index does not hold (after load(), before attach()). */
  missing: string[];
  /** No digest holds the words as a phrase; these hold them apart. */
  scattered: boolean;
  query: ParsedQuery;
}

export interface SearchOptions {
  offset?: number;
  limit?: number;
}

export interface SearchIndexOptions {
  /** Acronym of an agreement name from a lexicon, so "EVFTA" finds articles naming the accord in full. */
  acronymOf?: AcronymResolver;
}

/** Ranges of `text` holding the search text `q` (the digest view marks the current search). */
export function highlightRanges(text: string, q: string): Range[] {
  return matchRanges(text, parseSearch(q));
}

/** Positions skipped between fields and between the parts of a field, so no phrase spans two of them. */
const GAP = 1;
/** Compact when the records added since the last compaction outgrow this and the base. */
const MIN_TAIL_BYTES = 4 << 20;

export class SearchIndex {
  private store = new PostingStore();
  /** Per document number: its table row, null once removed. */
  private metas: (DocMeta | null)[] = [];
  private dead = new Uint8Array(64);
  private deadCount = 0;
  private byId = new Map<string, number>();
  private digests = new Map<string, Digest>();
  private groups: AgreementGroups | null = null;
  private bulk = false;
  /** Kept between keystrokes; cleared by every change to the index. */
  private cache = new MatchCache();
  private readonly acronymOf?: AcronymResolver;

  constructor(digests: Iterable<Digest> = [], options: SearchIndexOptions = {}) {
    this.acronymOf = options.acronymOf;
    this.bulk = true;
    for (const d of digests) this.add(d);
    this.bulk = false;
    this.compact();
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The digest, when the index holds it (added, or attached after load). */
  get(id: string): Digest | undefined {
    return this.digests.get(id);
  }

  /** Every digest the index holds, in no particular order. */
  all(): Digest[] {
    return [...this.digests.values()];
  }

  /** Every indexed id (with or without its digest attached). */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The version of a digest's searchable text the index holds (see searchVersion). */
  versionOf(id: string): string | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.metas[n]!.version;
  }

  /** Add a digest, or replace the one with the same id. */
  add(d: Digest): void {
    if (this.byId.has(d.id)) this.drop(d.id);
    const num = this.metas.length;
    const texts = fieldTexts(d, this.acronymOf);
    // Per word of this digest: its occurrences, and the distinct accented spellings written (turned into
    // spelling bits once per word, not once per occurrence).
    const words = new Map<string, Occurrences & { written: string[] | null }>();
    const starts: number[] = [];
    let pos = 0;
    for (const f of FIELDS) {
      starts.push(pos);
      const bit = FIELD_BIT[f];
      const text = texts[f];
      let prevEnd = -1;
      forEachToken(text, (word, start, end, plain) => {
        // A new line or a part separator (" · ") between two words: not adjacent.
        if (prevEnd >= 0 && breaksPhrase(text, prevEnd, start)) pos += GAP;
        prevEnd = end;
        let occ = words.get(word);
        if (!occ) {
          occ = { mask: 0, spellings: 0, positions: [], written: null };
          words.set(word, occ);
        }
        occ.mask |= bit;
        if (plain) occ.spellings |= PLAIN_SPELLING;
        else {
          const raw = text.slice(start, end);
          if (!occ.written) occ.written = [raw];
          else if (!occ.written.includes(raw)) occ.written.push(raw);
        }
        occ.positions.push(pos++);
      });
      pos += GAP;
    }
    starts.push(pos);
    for (const [word, occ] of words) {
      const entry = this.store.entry(word);
      if (occ.written) {
        for (const raw of occ.written) {
          const accent = accentForm(raw);
          occ.spellings |= accent === word ? PLAIN_SPELLING : this.store.spellingBit(entry, accent);
        }
      }
      this.store.append(entry, num, occ);
    }
    this.metas.push(metaOf(d, starts, this.acronymOf));
    if (num >= this.dead.length) {
      const grown = new Uint8Array(Math.max(64, this.dead.length * 2));
      grown.set(this.dead);
      this.dead = grown;
    }
    this.byId.set(d.id, num);
    this.digests.set(d.id, d);
    this.groups = null;
    this.savedCache = null;
    this.cache.clear();
    if (!this.bulk && this.store.tailBytes > Math.max(MIN_TAIL_BYTES, this.store.base.length)) this.compact();
  }

  /** Same as add: replaces the stored digest with the same id. */
  update(d: Digest): void {
    this.add(d);
  }

  /** Remove a digest; true when it was there. Its records are dropped at the next compaction. */
  remove(id: string): boolean {
    if (!this.drop(id)) return false;
    if (this.deadCount > 256 && this.deadCount > this.byId.size) this.compact();
    return true;
  }

  private drop(id: string): boolean {
    const num = this.byId.get(id);
    if (num === undefined) return false;
    this.byId.delete(id);
    this.digests.delete(id);
    this.metas[num] = null;
    this.dead[num] = 1;
    this.deadCount++;
    this.groups = null;
    this.cache.clear();
    return true;
  }

  /**
   * Hand over a digest the index already holds (after load()): kept for display without indexing it again
   * when its searchable text is the version indexed; indexed again otherwise. True when it was re-indexed.
   */
  attach(d: Digest): boolean {
    const num = this.byId.get(d.id);
    if (num !== undefined && this.metas[num]!.version === searchVersion(d)) {
      this.digests.set(d.id, d);
      return false;
    }
    this.add(d);
    return true;
  }

  /**
   * Compare the index with what the store holds (id and searchVersion of every digest): the ids to add or
   * re-index, and the ids to remove. After load(), this is all the work a library has to redo.
   */
  staleness(current: Iterable<{ id: string; version: string }>): { stale: string[]; removed: string[] } {
    const seen = new Set<string>();
    const stale: string[] = [];
    for (const { id, version } of current) {
      seen.add(id);
      if (this.versionOf(id) !== version) stale.push(id);
    }
    return { stale, removed: this.ids().filter((id) => !seen.has(id)) };
  }

  /** Drop the records of removed and replaced digests and renumber the rest (also done on its own as they pile up). */
  compact(): void {
    const renumber = new Int32Array(this.metas.length);
    const live: DocMeta[] = [];
    this.metas.forEach((m, i) => {
      renumber[i] = live.length;
      if (m) live.push(m);
    });
    this.store.compact(this.dead, renumber, this.deadCount > 0);
    this.metas = live;
    this.dead = new Uint8Array(Math.max(64, live.length * 2));
    this.deadCount = 0;
    this.byId = new Map(live.map((m, i) => [m.id, i]));
    this.savedCache = null;
    this.cache.clear();
  }

  /** The whole index as bytes (compacted first): postings, words and the per-digest table. */
  serialize(): Uint8Array {
    if (this.deadCount > 0 || this.store.tailBytes > 0) this.compact();
    return encodeSnapshot(this.store, this.metas as DocMeta[]);
  }

  /**
   * An index from serialize()'s bytes: it searches at once; hits carry digests once they are attached.
   * Throws a clear error on bytes that are not a snapshot of this version (the caller rebuilds).
   */
  static load(bytes: Uint8Array, options: SearchIndexOptions = {}): SearchIndex {
    const { store, metas } = decodeSnapshot(bytes);
    const index = new SearchIndex([], options);
    index.store = store;
    index.metas = metas;
    index.dead = new Uint8Array(Math.max(64, metas.length * 2));
    index.byId = new Map(metas.map((m, i) => [m.id, i]));
    return index;
  }

  /** savedAt of every document number as numbers, for sorting (rebuilt after adds and compaction). */
  private savedCache: Float64Array | null = null;
  private savedTimes(): Float64Array {
    if (!this.savedCache || this.savedCache.length !== this.metas.length) {
      this.savedCache = Float64Array.from(this.metas, (m) => m?.savedTime ?? 0);
    }
    return this.savedCache;
  }

  /** Agreement groups of the whole library (aliases merged), for the agreement filter. */
  agreementGroups(): AgreementGroups {
    if (!this.groups) {
      const g = new AgreementGroups();
      for (const m of this.metas) if (m) for (const n of m.agreementNodes) g.addNodes(n);
      this.groups = g;
    }
    return this.groups;
  }

  /** Sites and tags present, with counts, for the filter menus. */
  facets(): { sites: { site: string; siteName: string; count: number }[]; tags: { tag: string; count: number }[] } {
    const sites = new Map<string, { site: string; siteName: string; count: number }>();
    const tags = new Map<string, { tag: string; count: number }>();
    for (const m of this.metas) {
      if (!m) continue;
      const s = sites.get(m.site) ?? { site: m.site, siteName: m.siteName, count: 0 };
      s.count++;
      sites.set(m.site, s);
      m.tags.forEach((t, i) => {
        const k = m.tagKeys[i]!;
        const cur = tags.get(k) ?? { tag: t, count: 0 };
        cur.count++;
        tags.set(k, cur);
      });
    }
    return {
      sites: [...sites.values()].sort((a, b) => b.count - a.count || a.siteName.localeCompare(b.siteName, 'vi')),
      tags: [...tags.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'vi')),
    };
  }

  search(query: LibraryQuery, options: SearchOptions = {}): SearchResult {
    const parsed = parseSearch(query.q);
    const pass = this.filter(query, parsed);
    let matched: number[];
    let score: Float64Array | null = null;
    let fieldMask: Uint8Array | null = null;
    let scattered = false;
    if (parsed.phrases.length === 0) {
      matched = [];
      this.metas.forEach((m, i) => {
        if (m && pass(i)) matched.push(i);
      });
    } else {
      const { q: text, sort: _sort, dir: _dir, ...filters } = query;
      let r = matchQuery(parsed, this.store, this.dead, this.metas, pass, this.cache, { text, filters: JSON.stringify(filters) });
      // "DOC" in capitals means the acronym; when no digest writes it so, any spelling will do.
      const loose = r.docs.length === 0 ? withoutLiterals(parsed) : null;
      if (loose) r = matchQuery(loose, this.store, this.dead, this.metas, pass, new MatchCache());
      ({ score, fieldMask, scattered } = r);
      matched = r.docs;
    }
    const metas = this.metas as DocMeta[];
    const { key, dir } = effectiveSort(query);
    const sign = dir === 'asc' ? 1 : -1;
    const saved = this.savedTimes();
    const bySaved = (a: number, b: number) => saved[b]! - saved[a]!;
    if (key === 'relevance' && score) {
      const s = score;
      matched.sort((a, b) => sign * (s[a]! - s[b]!) || saved[b]! - saved[a]!);
    } else if (key === 'saved' || key === 'relevance') {
      matched.sort((a, b) => sign * (saved[a]! - saved[b]!));
    } else if (key === 'published') {
      // Undated articles go last whatever the direction.
      matched.sort((a, b) => {
        const pa = metas[a]!.publishedTime;
        const pb = metas[b]!.publishedTime;
        if (!pa || !pb) return pa ? -1 : pb ? 1 : bySaved(a, b);
        return sign * cmp(pa, pb) || bySaved(a, b);
      });
    } else {
      matched.sort((a, b) => sign * cmp(metas[a]!.siteNameKey, metas[b]!.siteNameKey) || bySaved(a, b));
    }
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 50);
    const hits: SearchHit[] = [];
    const missing: string[] = [];
    for (const num of matched.slice(offset, offset + limit)) {
      const id = metas[num]!.id;
      const d = this.digests.get(id);
      if (!d) missing.push(id);
      else hits.push(this.hit(d, parsed, score?.[num] ?? 0, fieldMask?.[num] ?? 0, scattered));
    }
    return { total: matched.length, ids: matched.map((n) => metas[n]!.id), hits, missing, scattered, query: parsed };
  }

  private filter(query: LibraryQuery, parsed: ParsedQuery): (num: number) => boolean {
    const checks: ((m: DocMeta) => boolean)[] = [];
    const sites = [...(query.site ? [query.site] : []), ...parsed.sites];
    for (const site of sites) {
      const domain = site.toLowerCase().replace(/^www\./, '');
      const name = foldForSearch(site);
      const dotted = name.replace(/ /g, '.');
      checks.push((m) => m.site === domain || m.site === dotted || m.site.endsWith('.' + dotted) || m.siteNameKey === name);
    }
    if (query.from || query.to) {
      const { from, to } = query;
      const published = query.dateField === 'published';
      checks.push((m) => {
        const day = published ? m.publishedDay : m.savedDay;
        if (!day) return false;
        return (!from || day >= from) && (!to || day <= to);
      });
    }
    if (query.person) {
      const key = matchKey(query.person);
      checks.push((m) => m.personKeys.includes(key));
    }
    if (query.agreement) {
      const groups = this.agreementGroups();
      const group = groups.resolve(query.agreement);
      if (group === null) return () => false;
      checks.push((m) => m.agreementNodes.some((nodes) => groups.find(nodes[0]!) === group));
    }
    if (query.side) {
      const key = matchKey(query.side);
      checks.push((m) => m.sideKeys?.includes(key) ?? false);
    }
    if (query.tag) {
      const key = matchKey(query.tag);
      checks.push((m) => m.tagKeys.includes(key));
    }
    const metas = this.metas;
    if (checks.length === 0) return (num) => metas[num] != null;
    return (num) => {
      const m = metas[num];
      return m != null && checks.every((c) => c(m));
    };
  }

  private hit(d: Digest, q: ParsedQuery, score: number, mask: number, scattered: boolean): SearchHit {
    const fields = FIELDS.filter((f) => mask & FIELD_BIT[f]);
    let snip: SearchHit['snippet'] = null;
    if (q.phrases.length > 0) {
      for (const f of ['body', 'notes', 'people', 'agreements', 'tags'] as const) {
        if (!(mask & FIELD_BIT[f])) continue;
        const s = snippet(fieldText(d, f, this.acronymOf), q, 220, scattered);
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
      match: scattered ? 'scattered' : 'phrase',
      titleRanges: matchRanges(d.article.title, q, scattered),
      leadRanges: matchRanges(d.article.lead ?? '', q, scattered),
      snippet: snip,
    };
  }
}

/** True when the characters between two words hold a new line or a part separator ("·"). */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0xb7) return true;
  }
  return false;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
