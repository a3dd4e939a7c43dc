// Search over every saved digest, body included, kept up to date one digest at a time: an inverted index of
// folded words with positions (phrases), field masks (title and people above body) and the accented
// spellings used (exact diacritics above folded matches); filters and sorts; snippets mapped back to the
// accented text. Adding, replacing or removing a digest touches only that digest's records; removed ones
// are dropped at compaction. serialize()/load() keep the whole index (postings and the per-digest table),
// so a library can search as soon as it opens and hand over digests as it reads them (attach()).
import { tagKey } from '../digest';
import type { Digest } from '../digest';
import { AgreementGroups, type AcronymResolver, cachedMatchKey as matchKey } from '../library';
import { foldForSearch } from '../text';
import { localDayRange } from '../time';
import { metaOf, searchVersion, type DocMeta } from './doc-meta';
import { digestWords } from './digest-words';
import { matchRanges, type Range } from './highlight';
import { fieldAt, MatchCache, matchQuery, type MatchTable } from './match';
import { PLAIN_SPELLING, PostingStore } from './postings';
import type { LibraryQuery } from './query';
import { parseSearch, withoutLiterals, type ParsedQuery } from './query-parse';
import {
  hitTextOf,
  makeHit,
  orderDocs,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  type SortTable,
} from './results';
import { decodeSnapshot, encodeSnapshot } from './snapshot';
import { accentForm } from './tokenize';

export type { HitRow, SearchHit, SearchOptions, SearchResult } from './results';

export interface SearchIndexOptions {
  /** Acronym of an agreement name from a lexicon, so "EVFTA" finds articles naming the accord in full. */
  acronymOf?: AcronymResolver;
}

/** Ranges of `text` holding the search text `q` (the digest view marks the current search). */
export function highlightRanges(text: string, q: string): Range[] {
  return matchRanges(text, parseSearch(q));
}

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
    const { words, starts } = digestWords(d, this.acronymOf);
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
      // One count per digest and tag, even for a digest saved with two spellings of one tag before tags were folded.
      const counted = new Set<string>();
      m.tags.forEach((t, i) => {
        const k = m.tagKeys[i]!;
        if (counted.has(k)) return;
        counted.add(k);
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

  /** The documents as matching and ordering read them. */
  private tables(): MatchTable & SortTable {
    const metas = this.metas;
    const saved = this.savedTimes();
    return {
      size: metas.length,
      live: (d) => metas[d] != null,
      fieldAt: (d, pos) => fieldAt(metas[d]!.starts, pos),
      id: (d) => metas[d]!.id,
      savedTime: (d) => saved[d]!,
      publishedTime: (d) => metas[d]!.publishedTime,
      siteNameKey: (d) => metas[d]!.siteNameKey,
    };
  }

  search(query: LibraryQuery, options: SearchOptions = {}): SearchResult {
    const parsed = parseSearch(query.q);
    const pass = this.filter(query, parsed);
    const table = this.tables();
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
      let r = matchQuery(parsed, this.store, this.dead, table, pass, this.cache, {
        text,
        filters: JSON.stringify(filters),
      });
      // "DOC" in capitals means the acronym; when no digest writes it so, any spelling will do.
      const loose = r.docs.length === 0 ? withoutLiterals(parsed) : null;
      if (loose) r = matchQuery(loose, this.store, this.dead, table, pass, new MatchCache());
      ({ score, fieldMask, scattered } = r);
      matched = r.docs;
    }
    orderDocs(matched, score, table, query);
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 50);
    const hits: SearchHit[] = [];
    const missing: string[] = [];
    for (const num of matched.slice(offset, offset + limit)) {
      const id = table.id(num);
      const d = this.digests.get(id);
      if (!d) missing.push(id);
      else
        hits.push(makeHit(hitTextOf(d, this.acronymOf), parsed, score?.[num] ?? 0, fieldMask?.[num] ?? 0, scattered));
    }
    const ids = matched.map((n) => table.id(n));
    return {
      total: matched.length,
      ids,
      pageIds: ids.slice(offset, offset + limit),
      hits,
      missing,
      scattered,
      query: parsed,
    };
  }

  private filter(query: LibraryQuery, parsed: ParsedQuery): (num: number) => boolean {
    const checks: ((m: DocMeta) => boolean)[] = [];
    const sites = [...(query.site ? [query.site] : []), ...parsed.sites];
    for (const site of sites) {
      const domain = site.toLowerCase().replace(/^www\./, '');
      const name = foldForSearch(site);
      const dotted = name.replace(/ /g, '.');
      checks.push(
        (m) => m.site === domain || m.site === dotted || m.site.endsWith('.' + dotted) || m.siteNameKey === name,
      );
    }
    if (query.from || query.to) {
      const { from, to } = query;
      if (query.dateField === 'published')
        checks.push((m) => !!m.publishedDay && (!from || m.publishedDay >= from) && (!to || m.publishedDay <= to));
      else {
        // The saved day is the reader's, in the zone the reader is in now: never a day stored in another one.
        const [first, after] = localDayRange(from, to);
        checks.push((m) => m.savedTime >= first && m.savedTime < after);
      }
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
      const key = tagKey(query.tag);
      checks.push((m) => m.tagKeys.includes(key));
    }
    const metas = this.metas;
    if (checks.length === 0) return (num) => metas[num] != null;
    return (num) => {
      const m = metas[num];
      return m != null && checks.every((c) => c(m));
    };
  }
}
