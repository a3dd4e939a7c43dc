// Searching the kept index without loading it: opening reads the manifest and each segment's small table (ids,
// saved dates, field starts: ~40 bytes a digest) in one transaction; a query reads the records of the words
// typed (every segment's in one range read; a word being typed of one or two letters, its completion term), the
// positions only of the segments holding candidates of a phrase, the filter terms it
// uses, and the rows and texts of the page it shows. What it read stays in bounded caches, so typing on reads
// nothing new; a write elsewhere is picked up by refresh() (the manifest's generation), reading only the new
// segments. Matching, ordering and hits are lib/search's, shared with the in-memory index: the same query
// gives the same answer.
import type { AcronymResolver } from '../../library';
import { tagKey } from '../../digest';
import { AgreementGroups, cachedMatchKey as matchKey } from '../../library';
import { foldForSearch } from '../../text';
import { localDayRange } from '../../time';
import type { Field } from '../fields';
import {
  fieldAt,
  finishMatch,
  MatchCache,
  positionLists,
  startMatch,
  type MatchResult,
  type MatchTable,
  type StartedMatch,
} from '../match';
import type { PostingList, PostingSource } from '../postings';
import { emptyQuery, type LibraryQuery } from '../query';
import { parseSearch, queryWords, withoutLiterals, type ParsedQuery, type QueryWord } from '../query-parse';
import {
  docOrder,
  makeHit,
  topDocs,
  withLazyIds,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  type SortTable,
} from '../results';
import { prefixRange, wordRange, type DbKey, type ReadOp, type SearchDb } from './db';
import { FILTER, readAgreementTerm } from './filter-terms';
import { KeptList } from './kept-list';
import {
  COMPLETION_MAX,
  completionTerm,
  FIELD_STARTS,
  KEPT_FORMAT,
  MANIFEST_KEY,
  type DocShare,
  type EntityShare,
  type Manifest,
  type PosRecord,
  type SegColumns,
  type SegTable,
  type TermRecord,
} from './records';

/** Word lookups (a word, or a prefix being typed) whose records are kept between queries. */
const POSTINGS_KEPT = 48;
/** Rows and texts of results kept between queries (a few pages). */
const DOCS_KEPT = 300;
/** New segments of at most this many documents are read into the kept lookups; more, and they are dropped. */
const FOLLOW_DOCS = 64;
/** Entity shares read per database call when the pages across digests are built. */
const ENTITY_CHUNK = 500;

export interface FilterOptions {
  sites: { site: string; siteName: string; count: number }[];
  tags: { tag: string; count: number }[];
  /** By mentions across the library, then name. */
  people: { key: string; name: string; count: number; mentions: number }[];
  agreements: { id: string; acronym: string | null; name: string; count: number; mentions: number }[];
  /** By mentions across the library, then name. */
  sides: { key: string; name: string; count: number; mentions: number }[];
}

/** The documents of the index at one generation: segment by segment, numbered from 0. */
interface Table {
  gen: number;
  manifest: Manifest;
  n: number;
  live: number;
  /** First document number of each segment. */
  bases: Map<number, number>;
  ids: string[];
  saved: Float64Array;
  starts: Int32Array;
  dead: Uint8Array;
  /** Loaded when a query sorts or filters by them. */
  cols: {
    publishedTime: (string | null)[];
    siteNameKey: string[];
    publishedDay: (string | null)[];
  } | null;
}

/** The manifest changed while a query was reading: it starts again on the new state. */
class Moved extends Error {}

/** A search given up because a newer one was asked for (what the user typed next). */
export class Superseded extends Error {
  constructor() {
    super('search superseded by a newer one');
  }
}

export interface KeptSearchOptions extends SearchOptions {
  /** True once the answer is no longer wanted: the search stops at its next step, rejecting with Superseded. */
  stale?: () => boolean;
}

/**
 * What a lookup reads: a word's records ('w'), the records of every word a prefix starts ('p'), or a short
 * prefix's completion term ('c': one record per segment, however many words it starts).
 */
type Lookup = { fold: string; kind: 'w' | 'p' | 'c' };

const keyOf = (fold: string, prefix: boolean) => (prefix ? 'p' : 'w') + fold;

/**
 * The lookup of a query word. A short prefix reads its completion term, unless the word is an acronym in
 * capitals (its records count only where written without diacritics, which a completion term cannot tell
 * apart) or its typed accents do not line up letter for letter with its folded form.
 */
function lookupOf(w: QueryWord): Lookup {
  if (!w.prefix) return { fold: w.fold, kind: 'w' };
  const completes =
    w.fold.length <= COMPLETION_MAX && !w.literal && (w.accent === null || w.accent.length === w.fold.length);
  return { fold: w.fold, kind: completes ? 'c' : 'p' };
}

const lookupKey = (l: Lookup) => l.kind + l.fold;

/** Does a term record belong to a lookup? */
function belongs(l: Lookup, w: string): boolean {
  return l.kind === 'c' ? w === completionTerm(l.fold) : l.kind === 'p' ? w.startsWith(l.fold) : w === l.fold;
}

export class KeptSearch {
  private table: Table | null = null;
  private segTables = new Map<number, SegTable>();
  private segCols = new Map<number, SegColumns>();
  /** Lookup key → the records of every segment, most recently used last. */
  private postings = new Map<string, KeptList[]>();
  private docs = new Map<string, DocShare>();
  private cache = new MatchCache();
  private options_: FilterOptions | null = null;
  private groups: AgreementGroups | null = null;
  /** One query or refresh at a time: they share the caches. */
  private queue: Promise<unknown> = Promise.resolve();
  /** A read of the running search has checked the manifest's generation. */
  private checked = false;
  /** The running search's question "is this answer still wanted?" (checked before each read). */
  private stale: (() => boolean) | null = null;

  constructor(
    readonly db: SearchDb,
    private readonly options: { acronymOf?: AcronymResolver } = {},
  ) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Live documents (after the last refresh). */
  get size(): number {
    return this.table?.live ?? 0;
  }

  /** The manifest of the last refresh (null before the first). */
  get manifest(): Manifest | null {
    return this.table?.manifest ?? null;
  }

  /** Picks up what changed in the database since the last call; true when anything did. */
  refresh(): Promise<boolean> {
    return this.serial(() => this.load());
  }

  private async load(): Promise<boolean> {
    if (!this.table) return this.open();
    for (;;) {
      const [meta] = await this.db.read([{ store: 'meta', get: [MANIFEST_KEY] }]);
      const m = meta![0] as Manifest | undefined;
      const manifest = m && m.format === KEPT_FORMAT ? m : null;
      if (this.table && manifest && this.table.gen === manifest.gen) return false;
      if (!manifest) {
        const had = this.table !== null && this.table.n > 0;
        this.reset(emptyTable());
        return had;
      }
      const gs = manifest.segs.map((s) => s.g);
      const fresh = gs.filter((g) => !this.segTables.has(g));
      const [current, tombs, tables] = await this.db.read([
        { store: 'meta', get: [MANIFEST_KEY] },
        { store: 'tomb', get: gs },
        { store: 'segs', get: fresh },
      ]);
      if ((current![0] as Manifest | undefined)?.gen !== manifest.gen) continue;
      fresh.forEach((g, i) => {
        const t = tables![i] as SegTable | undefined;
        if (t) this.segTables.set(g, t);
      });
      for (const g of [...this.segTables.keys()]) if (!gs.includes(g)) this.segTables.delete(g);
      for (const g of [...this.segCols.keys()]) if (!gs.includes(g)) this.segCols.delete(g);
      const table = flatten(manifest, this.segTables, tombs as (number[] | undefined)[]);
      await this.follow(table, fresh);
      return true;
    }
  }

  /**
   * The first load: the manifest, every tombstone and every segment table in one transaction (one round trip to
   * the database, where a refresh takes two: it reads only the segments it lacks).
   */
  private async open(): Promise<boolean> {
    const all: [DbKey, DbKey] = [0, []];
    const [meta, tombKeys, tombs, segKeys, segs] = await this.db.read([
      { store: 'meta', get: [MANIFEST_KEY] },
      { store: 'tomb', keys: true },
      { store: 'tomb', range: all },
      { store: 'segs', keys: true },
      { store: 'segs', range: all },
    ]);
    const m = meta![0] as Manifest | undefined;
    const manifest = m && m.format === KEPT_FORMAT ? m : null;
    if (!manifest) {
      this.reset(emptyTable());
      return false;
    }
    const tombOf = new Map((tombKeys as number[]).map((g, i) => [g, tombs![i] as number[]]));
    (segKeys as number[]).forEach((g, i) => this.segTables.set(g, segs![i] as SegTable));
    const table = flatten(
      manifest,
      this.segTables,
      manifest.segs.map((s) => tombOf.get(s.g)),
    );
    this.reset(table);
    return true;
  }

  private reset(table: Table): void {
    this.table = table;
    this.postings.clear();
    this.docs.clear();
    this.cache = new MatchCache();
    this.options_ = null;
    this.groups = null;
  }

  /**
   * The caches brought to a new table: lookups keep their records of the segments still there; a few small new
   * segments are read into them, more and they are dropped. Rows of re-indexed digests are dropped.
   */
  private async follow(table: Table, fresh: number[]): Promise<void> {
    const freshDocs = fresh.reduce((n, g) => n + (this.segTables.get(g)?.ids.length ?? 0), 0);
    if (!this.table || freshDocs > FOLLOW_DOCS) {
      this.reset(table);
      return;
    }
    for (const g of fresh) for (const id of this.segTables.get(g)?.ids ?? []) this.docs.delete(id);
    const added = new Map<number, TermRecord[]>();
    if (fresh.length > 0 && this.postings.size > 0) {
      const got = await this.db.read(
        fresh.map((g) => ({ store: 'terms' as const, range: [g, g + 1] as [DbKey, DbKey], index: 'g' as const })),
      );
      fresh.forEach((g, i) => added.set(g, got[i] as TermRecord[]));
    }
    for (const [key, lists] of this.postings) {
      const kept = lists.filter((l) => table.bases.has(l.g));
      for (const l of kept) l.base = table.bases.get(l.g)!;
      const lookup: Lookup = { fold: key.slice(1), kind: key[0] as Lookup['kind'] };
      for (const [g, terms] of added) {
        for (const t of terms)
          if (belongs(lookup, t.w))
            kept.push(new KeptList(t.w, g, table.bases.get(g)!, this.segTables.get(g)!.ids.length, t.d, t.s));
      }
      this.postings.set(key, kept);
    }
    this.table = table;
    this.cache = new MatchCache();
    this.options_ = null;
    this.groups = null;
  }

  /** Reads with the manifest's generation checked in the same transaction (Moved when it changed). */
  private async read(ops: ReadOp[]): Promise<unknown[][]> {
    if (this.stale?.()) throw new Superseded();
    const [meta, ...rest] = await this.db.read([{ store: 'meta', get: [MANIFEST_KEY] }, ...ops]);
    const m = meta![0] as Manifest | undefined;
    // No index (or one of another format) is what an empty table stands for.
    if ((m && m.format === KEPT_FORMAT ? m.gen : emptyTable().gen) !== this.table!.gen) throw new Moved();
    this.checked = true;
    return rest;
  }

  /**
   * A lookup answered by a kept prefix lookup that covers it ("hoang" from "hoa", "nguy" from "ngu"): the same list
   * objects (positions read once serve both), no database read. Null when none is kept.
   */
  private derived(fold: string, prefix: boolean): KeptList[] | null {
    for (let n = fold.length - (prefix ? 1 : 0); n >= 1; n--) {
      const wider = this.postings.get(keyOf(fold.slice(0, n), true));
      if (wider) return wider.filter((l) => (prefix ? l.w.startsWith(fold) : l.w === fold));
    }
    return null;
  }

  /** The records of these lookups, from the cache (or a wider prefix kept) or read in one go. */
  private async lookups(keys: Lookup[]): Promise<void> {
    const table = this.table!;
    for (const k of keys) {
      const key = lookupKey(k);
      if (this.postings.has(key) || k.kind === 'c') continue;
      const lists = this.derived(k.fold, k.kind === 'p');
      if (lists) this.postings.set(key, lists);
    }
    const missing = [...new Map(keys.map((k) => [lookupKey(k), k])).entries()].filter(
      ([key]) => !this.postings.has(key),
    );
    if (missing.length > 0) {
      const got = await this.read(
        missing.map(([, k]) => ({
          store: 'terms' as const,
          range: k.kind === 'p' ? prefixRange(k.fold) : wordRange(k.kind === 'c' ? completionTerm(k.fold) : k.fold),
        })),
      );
      missing.forEach(([key], i) => {
        const lists = (got[i] as TermRecord[])
          .filter((t) => table.bases.has(t.g))
          .map((t) => new KeptList(t.w, t.g, table.bases.get(t.g)!, this.segTables.get(t.g)!.ids.length, t.d, t.s));
        this.postings.set(key, lists);
      });
    }
    for (const k of keys) {
      const key = lookupKey(k);
      const lists = this.postings.get(key)!;
      this.postings.delete(key);
      this.postings.set(key, lists);
    }
    while (this.postings.size > POSTINGS_KEPT) this.postings.delete(this.postings.keys().next().value!);
  }

  private source(): PostingSource {
    return {
      lists: (fold, prefix, word) => this.postings.get(word ? lookupKey(lookupOf(word)) : keyOf(fold, prefix)) ?? [],
    };
  }

  /** Positions of the lists the second pass needs, for the segments holding candidates. */
  private async positions(m: StartedMatch): Promise<void> {
    const table = this.table!;
    const want = (positionLists(m) as KeptList[]).filter((l) => !l.pos);
    if (want.length === 0) return;
    const withCandidates = new Set<number>();
    for (const s of table.manifest.segs) {
      const base = table.bases.get(s.g)!;
      for (let d = base; d < base + s.n; d++) {
        if (m.candidate[d]) {
          withCandidates.add(s.g);
          break;
        }
      }
    }
    const needed = want.filter((l) => withCandidates.has(l.g));
    if (needed.length === 0) return;
    const [got] = await this.read([{ store: 'pos', get: needed.map((l) => [l.w, l.g]) }]);
    needed.forEach((l, i) => {
      const p = got![i] as PosRecord | undefined;
      if (!p) throw new Moved();
      l.pos = p.p;
    });
  }

  private async columns(): Promise<NonNullable<Table['cols']>> {
    const table = this.table!;
    if (table.cols) return table.cols;
    const gs = table.manifest.segs.map((s) => s.g);
    const missing = gs.filter((g) => !this.segCols.has(g));
    if (missing.length) {
      const [got] = await this.read([{ store: 'cols', get: missing }]);
      missing.forEach((g, i) => this.segCols.set(g, got![i] as SegColumns));
    }
    const cols: NonNullable<Table['cols']> = { publishedTime: [], siteNameKey: [], publishedDay: [] };
    for (const g of gs) {
      const c = this.segCols.get(g)!;
      cols.publishedTime.push(...c.publishedTime);
      cols.siteNameKey.push(...c.siteNameKey);
      cols.publishedDay.push(...c.publishedDay);
    }
    table.cols = cols;
    return cols;
  }

  /** Documents listed under a filter term (exact name, or every name starting with `prefix`). */
  private async termDocs(fold: string, prefix = false): Promise<KeptList[]> {
    await this.lookups([{ fold, kind: prefix ? 'p' : 'w' }]);
    return this.postings.get(keyOf(fold, prefix))!;
  }

  private docSet(
    lists: readonly PostingList[],
    accept: (list: PostingList, spellings: number) => boolean = () => true,
  ): Uint8Array {
    const table = this.table!;
    const set = new Uint8Array(table.n);
    for (const l of lists) {
      l.scan(table.dead, (d, _m, spellings) => {
        if (accept(l, spellings)) set[d] = 1;
      });
    }
    return set;
  }

  private async agreementGroups(): Promise<{ groups: AgreementGroups; lists: KeptList[] }> {
    const lists = await this.termDocs(FILTER.agreement, true);
    if (!this.groups) {
      const g = new AgreementGroups();
      for (const l of lists) g.addNodes(readAgreementTerm(l.w).nodes);
      this.groups = g;
    }
    return { groups: this.groups, lists };
  }

  /** The filters of the query as one test per document number (what they read is read here). */
  private async filter(query: LibraryQuery, parsed: ParsedQuery): Promise<(num: number) => boolean> {
    const sets: Uint8Array[] = [];
    const sites = [...(query.site ? [query.site] : []), ...parsed.sites];
    for (const site of sites) {
      const domain = site.toLowerCase().replace(/^www\./, '');
      const name = foldForSearch(site);
      const dotted = name.replace(/ /g, '.');
      const lists = await this.termDocs(FILTER.site, true);
      sets.push(
        this.docSet(lists, (l, spellings) => {
          const s = (l as KeptList).w.slice(FILTER.site.length);
          if (s === domain || s === dotted || s.endsWith('.' + dotted)) return true;
          // The site's name as this digest wrote it.
          return l.spellings.some((written, k) => spellings & (1 << (k + 1)) && foldForSearch(written) === name);
        }),
      );
    }
    let days: ((d: number) => boolean) | null = null;
    if (query.from || query.to) {
      const { from, to } = query;
      if (query.dateField === 'published') {
        const list = (await this.columns()).publishedDay;
        days = (d) => {
          const day = list[d];
          return !!day && (!from || day >= from) && (!to || day <= to);
        };
      } else {
        // The saved day is the reader's, in the zone the reader is in now (a kept day would be another zone's).
        const saved = this.table!.saved;
        const [first, after] = localDayRange(from, to);
        days = (d) => saved[d]! >= first && saved[d]! < after;
      }
    }
    if (query.person) sets.push(this.docSet(await this.termDocs(FILTER.person + matchKey(query.person))));
    if (query.agreement) {
      const { groups, lists } = await this.agreementGroups();
      const group = groups.resolve(query.agreement);
      if (group === null) return () => false;
      sets.push(this.docSet(lists.filter((l) => groups.find(readAgreementTerm(l.w).nodes[0]!) === group)));
    }
    if (query.tag) sets.push(this.docSet(await this.termDocs(FILTER.tag + tagKey(query.tag))));
    if (query.side) sets.push(this.docSet(await this.termDocs(FILTER.side + matchKey(query.side))));
    const dead = this.table!.dead;
    return (num) => {
      if (dead[num]) return false;
      for (const s of sets) if (!s[num]) return false;
      return days ? days(num) : true;
    };
  }

  private matchTable(): MatchTable & SortTable {
    const t = this.table!;
    return {
      size: t.n,
      live: (d) => !t.dead[d],
      fieldAt: (d, pos) => fieldAt(t.starts, pos, d * FIELD_STARTS),
      id: (d) => t.ids[d]!,
      savedTime: (d) => t.saved[d]!,
      publishedTime: (d) => t.cols!.publishedTime[d] ?? null,
      siteNameKey: (d) => t.cols!.siteNameKey[d]!,
    };
  }

  /**
   * Answers from the database as it is during the search: every read checks the manifest's generation in its own
   * transaction, and a search that read nothing checks it at the end; a write since the last search (another
   * window's) is read first, and the search runs again on it.
   */
  search(query: LibraryQuery, options: KeptSearchOptions = {}): Promise<SearchResult> {
    return this.serial(async () => {
      for (let attempt = 0; ; attempt++) {
        this.stale = options.stale ?? null;
        // Typing on, the manifest is checked with the first read the keystroke makes (one transaction less).
        if (attempt > 0 || !this.table) await this.load();
        this.checked = false;
        try {
          const result = await this.run(query, options);
          if (!this.checked) await this.read([]);
          return result;
        } catch (err) {
          if (!(err instanceof Moved) || attempt >= 3) throw err;
        } finally {
          this.stale = null;
        }
      }
    });
  }

  private async run(query: LibraryQuery, options: SearchOptions): Promise<SearchResult> {
    if (this.stale?.()) throw new Superseded();
    const parsed = parseSearch(query.q);
    const pass = await this.filter(query, parsed);
    const table = this.matchTable();
    let matched: number[];
    let r: MatchResult | null = null;
    if (parsed.phrases.length === 0) {
      matched = [];
      for (let d = 0; d < table.size; d++) if (pass(d)) matched.push(d);
    } else {
      await this.lookups(queryWords(parsed).map(lookupOf));
      const { q: text, sort: _sort, dir: _dir, ...filters } = query;
      const started = startMatch(parsed, this.source(), this.table!.dead, table, pass, this.cache, {
        text,
        filters: JSON.stringify(filters),
      });
      await this.positions(started);
      r = finishMatch(started);
      // "DOC" in capitals means the acronym; when no digest writes it so, any spelling will do.
      const loose = r.docs.length === 0 ? withoutLiterals(parsed) : null;
      if (loose) {
        await this.lookups(queryWords(loose).map(lookupOf));
        const again = startMatch(loose, this.source(), this.table!.dead, table, pass, new MatchCache());
        await this.positions(again);
        r = finishMatch(again);
      }
      matched = r.docs;
    }
    const sort = query.sort;
    if (sort === 'published' || sort === 'site') await this.columns();
    const order = docOrder(r?.score ?? null, table, query);
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 50);
    const page = topDocs(matched, offset + limit, order).slice(offset);
    const shares = await this.shares(page.map((d) => table.id(d)));
    const hits: SearchHit[] = [];
    const missing: string[] = [];
    const scattered = r?.scattered ?? false;
    for (const d of page) {
      const id = table.id(d);
      const share = shares.get(id);
      if (!share) {
        missing.push(id);
        continue;
      }
      const text = (f: Field) => (f === 'title' ? share.row.title : f === 'lead' ? share.row.lead : share.texts[f]);
      hits.push(makeHit({ id, row: share.row, text }, parsed, r?.score[d] ?? 0, r?.fieldMask[d] ?? 0, scattered));
    }
    const pageIds = page.map((d) => table.id(d));
    const result = { total: matched.length, pageIds, hits, missing, scattered, query: parsed };
    return withLazyIds(result, () => matched.sort(order).map((d) => table.id(d)));
  }

  /** Rows and texts of these digests, from the cache or read in one go. */
  private async shares(ids: string[]): Promise<Map<string, DocShare>> {
    const missing = ids.filter((id) => !this.docs.has(id));
    if (missing.length > 0) {
      const [got] = await this.read([{ store: 'docs', get: missing }]);
      missing.forEach((id, i) => {
        const s = got![i] as DocShare | undefined;
        if (s) this.docs.set(id, s);
      });
    }
    const out = new Map<string, DocShare>();
    for (const id of ids) {
      const s = this.docs.get(id);
      if (!s) continue;
      this.docs.delete(id);
      this.docs.set(id, s);
      out.set(id, s);
    }
    while (this.docs.size > DOCS_KEPT) this.docs.delete(this.docs.keys().next().value!);
    return out;
  }

  /** Every live digest's id, newest saved first (for "export all" and the selection). */
  allIds(): Promise<string[]> {
    return this.search(emptyQuery(), { limit: 0 }).then((r) => r.ids);
  }

  /** Sites, tags, people and agreements of the library with their counts, for the filter menus. */
  filterOptions(): Promise<FilterOptions> {
    return this.serial(async () => {
      this.stale = null;
      for (let attempt = 0; ; attempt++) {
        await this.load();
        if (this.options_) return this.options_;
        try {
          this.options_ = await this.readOptions();
          return this.options_;
        } catch (err) {
          if (!(err instanceof Moved) || attempt >= 3) throw err;
        }
      }
    });
  }

  private async readOptions(): Promise<FilterOptions> {
    const dead = this.table!.dead;
    /** Live documents of a list, its mentions, and how many documents wrote each spelling. */
    const tally = (l: KeptList) => {
      let count = 0;
      let mentions = 0;
      const spelled = new Map<string, number>();
      l.scan(dead, (_d, mask, spellings) => {
        count++;
        mentions += mask;
        l.spellings.forEach((s, k) => {
          if (spellings & (1 << (k + 1))) spelled.set(s, (spelled.get(s) ?? 0) + 1);
        });
      });
      return { count, mentions, spelled };
    };
    const mostCommon = (m: Map<string, number>) =>
      [...m].reduce<[string, number]>((best, x) => (x[1] > best[1] ? x : best), ['', -1])[0];
    const merge = (into: Map<string, number>, from: Map<string, number>) => {
      for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
    };
    interface Acc {
      count: number;
      mentions: number;
      spelled: Map<string, number>;
      lists: KeptList[];
    }
    const grouped = <T>(
      lists: KeptList[],
      keyOfList: (l: KeptList) => string,
      make: (key: string, acc: Acc) => T | null,
    ): T[] => {
      const acc = new Map<string, Acc>();
      for (const l of lists) {
        const t = tally(l);
        if (t.count === 0) continue;
        const key = keyOfList(l);
        const a: Acc = acc.get(key) ?? { count: 0, mentions: 0, spelled: new Map(), lists: [] };
        a.count += t.count;
        a.mentions += t.mentions;
        merge(a.spelled, t.spelled);
        a.lists.push(l);
        acc.set(key, a);
      }
      return [...acc].map(([k, a]) => make(k, a)).filter((x): x is T => x !== null);
    };
    const sites = grouped(
      await this.termDocs(FILTER.site, true),
      (l) => l.w.slice(FILTER.site.length),
      (site, a) => ({ site, siteName: mostCommon(a.spelled), count: a.count }),
    );
    const tags = grouped(
      await this.termDocs(FILTER.tag, true),
      (l) => l.w,
      (_k, a) => ({ tag: mostCommon(a.spelled), count: a.count }),
    );
    const people = grouped(
      await this.termDocs(FILTER.personEntry, true),
      (l) => l.w.slice(FILTER.personEntry.length),
      (key, a) => ({ key, name: mostCommon(a.spelled), count: a.count, mentions: a.mentions }),
    );
    const sides = grouped(
      await this.termDocs(FILTER.sideEntry, true),
      (l) => l.w.slice(FILTER.sideEntry.length),
      (key, a) => ({ key, name: mostCommon(a.spelled), count: a.count, mentions: a.mentions }),
    );
    const { groups, lists } = await this.agreementGroups();
    const agreements = grouped(
      lists,
      (l) => groups.find(readAgreementTerm(l.w).nodes[0]!),
      (id, a) => {
        const acronyms = new Map<string, number>();
        for (const l of a.lists) {
          const acronym = readAgreementTerm(l.w).acronym;
          if (acronym) acronyms.set(acronym, (acronyms.get(acronym) ?? 0) + tally(l).count);
        }
        const names = [...a.spelled.keys()];
        const full = names.filter((n) => !/^[\p{Lu}\d/&.-]{2,12}$/u.test(n.trim()));
        const name = (full.length > 0 ? full : names).reduce((x, y) => (y.length > x.length ? y : x), '');
        return {
          id,
          acronym: acronyms.size > 0 ? mostCommon(acronyms) : null,
          name,
          count: a.count,
          mentions: a.mentions,
        };
      },
    );
    return {
      sites: sites.sort((a, b) => b.count - a.count || a.siteName.localeCompare(b.siteName, 'vi')),
      tags: tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'vi')),
      people: people.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi')),
      agreements: agreements.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi')),
      sides: sides.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi')),
    };
  }

  /** People, agreements and sides of every live digest, a chunk at a time (the pages across digests). */
  async *entityShares(): AsyncGenerator<EntityShare[]> {
    let after: DbKey = '';
    for (;;) {
      const [got] = await this.db.read([{ store: 'ents', range: [after, []], limit: ENTITY_CHUNK }]);
      const shares = got as EntityShare[];
      const fresh = after === '' ? shares : shares.filter((s) => s.id !== after);
      if (fresh.length > 0) yield fresh;
      if (shares.length < ENTITY_CHUNK) return;
      after = shares[shares.length - 1]!.id;
    }
  }
}

function emptyTable(): Table {
  return {
    gen: -1,
    manifest: { format: KEPT_FORMAT, gen: -1, next: 1, segs: [], epoch: '', stamps: {} },
    n: 0,
    live: 0,
    bases: new Map(),
    ids: [],
    saved: new Float64Array(0),
    starts: new Int32Array(0),
    dead: new Uint8Array(0),
    cols: null,
  };
}

/** The segments' tables one after the other, with the dead documents of their tombstones. */
function flatten(manifest: Manifest, tables: Map<number, SegTable>, tombs: (number[] | undefined)[]): Table {
  const segs = manifest.segs.filter((s) => tables.has(s.g));
  const n = segs.reduce((x, s) => x + tables.get(s.g)!.ids.length, 0);
  const t: Table = {
    gen: manifest.gen,
    manifest,
    n,
    live: 0,
    bases: new Map(),
    ids: new Array(n),
    saved: new Float64Array(n),
    starts: new Int32Array(n * FIELD_STARTS),
    dead: new Uint8Array(n),
    cols: null,
  };
  let base = 0;
  for (const s of segs) {
    const seg = tables.get(s.g)!;
    t.bases.set(s.g, base);
    for (let l = 0; l < seg.ids.length; l++) t.ids[base + l] = seg.ids[l]!;
    t.saved.set(seg.saved, base);
    t.starts.set(seg.starts, base * FIELD_STARTS);
    const dead = tombs[manifest.segs.indexOf(s)] ?? [];
    for (const l of dead) t.dead[base + l] = 1;
    base += seg.ids.length;
  }
  for (let d = 0; d < n; d++) if (!t.dead[d]) t.live++;
  return t;
}
