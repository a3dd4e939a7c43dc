// The library's behaviour without any markup: the first rows from the newest summaries (a few shards, whatever
// the library's size), then every summary and the store's check, then the records into the search index;
// search, filters and sort; selection; edits of notes, tags and highlights; delete with undo; export and import
// (usable before the search index is built). Components subscribe and call these methods.
import type { Digest, Highlight } from '../../lib/digest';
import type { ImageCapture } from '../../lib/images';
import { buildExport, type ExportOutput, type ExportRequest } from '../../lib/export';
import { parseBackup } from '../../lib/import';
import { buildCrossIndex, buildSides, lexiconAcronymOf, type CrossIndex, type SideEntry } from '../../lib/library';
import { SearchIndex, emptyQuery, type LibraryQuery, type SearchResult } from '../../lib/search';
import { byNewest, type DigestStore, type NewHighlight, type ReadProblem, type StorageReport, sameValue, summarise, type DigestSummary } from '../../lib/storage';
import type { Platform } from '../../platform/platform';

export type Scope = 'all' | 'filtered' | 'selected';

export interface LibraryState {
  /** 'summaries': the list is shown from the stored summaries while the records load into the search index. */
  phase: 'loading' | 'summaries' | 'ready' | 'error';
  error: string | null;
  summaries: DigestSummary[];
  /** How many digests the library holds (known before every summary is read). */
  total: number;
  query: LibraryQuery;
  result: SearchResult | null;
  /** How many results the list shows (paging for big libraries). */
  shown: number;
  selected: ReadonlySet<string>;
  /** `imageBytes`: how much of `bytes` is kept pictures ("keep images in the library"). */
  usage: { count: number; bytes: number | null; imageBytes: number | null } | null;
  /** The last delete, until undone or dismissed, with the kept pictures of those that had some (undo puts them back). */
  undo: { digests: Digest[]; images?: Record<string, ImageCapture> } | null;
  /** What the store could not read or had to repair when the library opened (null: nothing, or dismissed). */
  report: StorageReport | null;
  /** A message for the status line (import result, export done, errors). */
  notice: { kind: 'info' | 'error'; text: string } | null;
}

export const PAGE = 50;
/** Digests indexed between two yields to the page, so it stays responsive while a big library loads. */
const INDEX_CHUNK = 500;

/** Sides computed for a given cross index: a new cross index (the data changed) means new sides. */
const sidesByCross = new WeakMap<CrossIndex, SideEntry[]>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Full records of the digests opened in this page, kept for the reader (the search index keeps lighter copies). */
const OPENED_KEPT = 20;

/**
 * What the search index keeps of a digest: everything but the article's HTML and images, which only the digest
 * view and the exports need (they read the full record). Halves the library's heap at 10,000 digests.
 */
export function searchCopy(d: Digest): Digest {
  return { ...d, article: { ...d.article, bodyHtml: '', images: [] } };
}

export class LibraryController {
  readonly store: DigestStore;
  state: LibraryState;
  index: SearchIndex | null = null;
  private listeners = new Set<(s: LibraryState) => void>();
  private cross: CrossIndex | null = null;
  private opened = new Map<string, Digest>();
  private facetCache: ReturnType<SearchIndex['facets']> | null = null;

  constructor(
    private platform: Platform,
    initialQuery: LibraryQuery = emptyQuery(),
  ) {
    this.store = platform.store;
    this.state = { phase: 'loading', error: null, summaries: [], total: 0, query: initialQuery, result: null, shown: PAGE, selected: new Set(), usage: null, undo: null, notice: null, report: null };
  }

  subscribe(cb: (s: LibraryState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private set(patch: Partial<LibraryState>): void {
    this.state = { ...this.state, ...patch };
    for (const cb of this.listeners) cb(this.state);
  }

  /**
   * The first rows from the newest shards, then every summary with the store's check (what it could not read is
   * reported), then the records into the search index in chunks, yielding to the page between them.
   */
  async load(): Promise<void> {
    try {
      const first = await this.store.firstSummaries(this.state.shown);
      this.set({ phase: 'summaries', summaries: first.summaries, total: first.total });
      // Let the first rows paint before anything else is read.
      await nextTask();
      // inspect(): never throws on damaged data; lists what it can read and reports the rest.
      const { summaries, report } = await this.store.inspect();
      this.set({ summaries, total: summaries.length, report });
      await nextTask();
      const index = new SearchIndex([], { acronymOf: lexiconAcronymOf });
      const problems: ReadProblem[] = [];
      const unread = new Set(summaries.map((s) => s.id));
      for (let i = 0; i < summaries.length; i += INDEX_CHUNK) {
        for (const d of await this.store.getDigests(summaries.slice(i, i + INDEX_CHUNK).map((s) => s.id), problems)) {
          index.add(searchCopy(d));
          unread.delete(d.id);
        }
        await nextTask();
      }
      if (unread.size) {
        // Records damaged in place (or removed) although a shard lists them: reported, left out of the list,
        // kept in storage.
        const kept = this.state.summaries.filter((s) => !unread.has(s.id));
        this.set({ report: { ...report, unreadable: [...report.unreadable, ...problems] }, summaries: kept, total: kept.length });
      }
      this.index = index;
      this.cross = null;
      this.facetCache = null;
      this.set({ phase: 'ready', result: this.index.search(this.state.query, { limit: this.state.shown }) });
      void this.refreshUsage();
    } catch (err) {
      this.set({ phase: 'error', error: err instanceof Error ? err.message : String(err) });
    }
  }

  /**
   * Storage changed (another tab saved or deleted digests, an import, or this page's own edit). With the ids of
   * the changed records, only those are read again; without, the summaries are compared with the search
   * index's digests by value (not by JSON text: stored objects come back with their keys in another order), and
   * only the stale ones are read. Digests gone from storage leave the index.
   */
  async reload(ids?: readonly string[]): Promise<void> {
    const index = this.index;
    if (ids && index) {
      const digests = await this.store.getDigests(ids);
      const found = new Map(digests.map((d) => [d.id, d]));
      for (const id of ids) {
        const d = found.get(id);
        if (d) index.update(searchCopy(d));
        else index.remove(id);
        this.keepOpened(id, d ?? null);
      }
      const changed = new Set(ids);
      const summaries = this.state.summaries.filter((s) => !changed.has(s.id)).concat(digests.map(summarise)).sort(byNewest);
      this.afterReload(summaries, ids.length > 0);
      return;
    }
    const summaries = await this.store.listSummaries();
    if (!index) {
      this.set({ summaries, total: summaries.length });
      return;
    }
    const live = new Set(summaries.map((s) => s.id));
    const stale = summaries.filter((s) => {
      const d = index.get(s.id);
      return !d || !sameValue(summarise(d), s);
    });
    const gone = index.all().filter((d) => !live.has(d.id));
    if (stale.length > 0) {
      for (const d of await this.store.getDigests(stale.map((s) => s.id))) {
        index.update(searchCopy(d));
        this.keepOpened(d.id, d);
      }
    }
    for (const d of gone) {
      index.remove(d.id);
      this.opened.delete(d.id);
    }
    this.afterReload(summaries, stale.length > 0 || gone.length > 0);
  }

  private afterReload(summaries: DigestSummary[], changed: boolean): void {
    if (changed) {
      this.cross = null;
      this.facetCache = null;
    }
    const live = new Set(summaries.map((s) => s.id));
    this.set({ summaries, total: summaries.length, selected: new Set([...this.state.selected].filter((id) => live.has(id))) });
    this.rerun();
    void this.refreshUsage();
  }

  async refreshUsage(): Promise<void> {
    this.set({ usage: await this.store.usage() });
  }

  setQuery(patch: Partial<LibraryQuery>): void {
    this.state = { ...this.state, query: { ...this.state.query, ...patch }, shown: PAGE };
    this.rerun();
  }

  showMore(): void {
    this.state = { ...this.state, shown: this.state.shown + PAGE };
    this.rerun();
  }

  private rerun(): void {
    const result = this.index ? this.index.search(this.state.query, { limit: this.state.shown }) : null;
    this.set({ result });
  }

  /** The digest as the search index keeps it (without its HTML and images: see `opened` for the full record). */
  get(id: string): Digest | undefined {
    return this.opened.get(id) ?? this.index?.get(id);
  }

  /** The full record of a digest opened with open(), or undefined while it is being read. */
  full(id: string): Digest | undefined {
    return this.opened.get(id);
  }

  /** Reads one digest's full record for the reader (also before the search index is built); null when absent. */
  async open(id: string): Promise<Digest | null> {
    const d = await this.store.getDigest(id);
    this.keepOpened(id, d, true);
    this.set({});
    return d;
  }

  /** The pictures of a digest kept in the library (null: none, or they cannot be read: it shows its addresses). */
  keptImages(id: string): Promise<ImageCapture | null> {
    return this.store.getImages(id).catch(() => null);
  }

  /** Updates a kept full record (or drops it when gone); `add` also starts keeping it. */
  private keepOpened(id: string, d: Digest | null, add = false): void {
    if (!d) {
      this.opened.delete(id);
      return;
    }
    if (!add && !this.opened.has(id)) return;
    this.opened.delete(id);
    this.opened.set(id, d);
    while (this.opened.size > OPENED_KEPT) this.opened.delete(this.opened.keys().next().value!);
  }

  /** Sites and tags for the filter menus, cached until the data changes. */
  facets(): ReturnType<SearchIndex['facets']> {
    if (!this.index) return { sites: [], tags: [] };
    this.facetCache ??= this.index.facets();
    return this.facetCache;
  }

  crossIndex(): CrossIndex {
    this.cross ??= buildCrossIndex(this.index?.all() ?? [], { acronymOf: lexiconAcronymOf });
    return this.cross;
  }

  /** The sides across all digests, rebuilt whenever the people and agreements are (same data, same moment). */
  sidesIndex(): SideEntry[] {
    const cross = this.crossIndex();
    let sides = sidesByCross.get(cross);
    if (!sides) sidesByCross.set(cross, (sides = buildSides(this.index?.all() ?? [])));
    return sides;
  }

  // Selection -----------------------------------------------------------------------------------------------
  toggle(id: string): void {
    const next = new Set(this.state.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set({ selected: next });
  }

  /** Select every digest of the current search and filters (or clear when they are all selected already). */
  toggleAll(): void {
    const ids = this.state.result?.ids ?? [];
    const all = ids.length > 0 && ids.every((id) => this.state.selected.has(id));
    this.set({ selected: all ? new Set() : new Set(ids) });
  }

  // Edits ---------------------------------------------------------------------------------------------------
  private replace(d: Digest): void {
    this.index?.update(searchCopy(d));
    this.keepOpened(d.id, d);
    this.cross = null;
    this.facetCache = null;
    this.rerun();
  }

  async updateNotes(id: string, notes: string): Promise<void> {
    this.replace(await this.store.updateNotes(id, notes));
  }

  /**
   * Notes with the text this window started from: another window's edit meanwhile is merged, not overwritten
   * (lib/storage/notes-merge.ts). Returns the stored text and whether a merge with another window happened.
   */
  async saveNotes(id: string, notes: string, base: string): Promise<{ notes: string; merged: boolean }> {
    const { digest, outcome } = await this.store.saveNotes(id, notes, base);
    this.replace(digest);
    return { notes: digest.notes, merged: outcome === 'clean' || outcome === 'both' || outcome === 'kept-theirs' };
  }

  dismissReport(): void {
    this.set({ report: null });
  }

  /** Tag edits are operations on the stored list (inside the store's lock), so another window's tags are kept. */
  async addTag(id: string, tag: string): Promise<void> {
    this.replace(await this.store.changeTags(id, { add: [tag] }));
  }

  async removeTag(id: string, tag: string): Promise<void> {
    this.replace(await this.store.changeTags(id, { remove: [tag] }));
  }

  async addHighlight(id: string, h: NewHighlight): Promise<Highlight> {
    const saved = await this.store.addHighlight(id, h);
    const d = await this.store.getDigest(id);
    if (d) this.replace(d);
    return saved;
  }

  async removeHighlight(id: string, highlightId: string): Promise<void> {
    this.replace(await this.store.removeHighlight(id, highlightId));
  }

  // Delete with undo ----------------------------------------------------------------------------------------
  async remove(ids: readonly string[]): Promise<void> {
    const removed: Digest[] = [];
    const images: Record<string, ImageCapture> = {};
    for (const id of ids) {
      const kept = await this.keptImages(id);
      const d = await this.store.deleteDigest(id);
      if (d) removed.push(d);
      if (d && kept) images[id] = kept;
      this.index?.remove(id);
      this.opened.delete(id);
    }
    this.cross = null;
    this.facetCache = null;
    const selected = new Set([...this.state.selected].filter((id) => !ids.includes(id)));
    const summaries = this.state.summaries.filter((s) => !ids.includes(s.id));
    this.set({ undo: { digests: removed, images }, selected, summaries, total: summaries.length });
    this.rerun();
    void this.refreshUsage();
  }

  async undoRemove(): Promise<void> {
    const undo = this.state.undo;
    if (!undo) return;
    for (const d of undo.digests) {
      await this.store.restoreDigest(d, undo.images?.[d.id]);
      this.index?.add(searchCopy(d));
    }
    this.cross = null;
    this.facetCache = null;
    const summaries = this.state.summaries.filter((s) => !undo.digests.some((d) => d.id === s.id)).concat(undo.digests.map(summarise)).sort(byNewest);
    this.set({ undo: null, summaries, total: summaries.length });
    this.rerun();
    void this.refreshUsage();
  }

  dismissUndo(): void {
    this.set({ undo: null });
  }

  notify(notice: LibraryState['notice']): void {
    this.set({ notice });
  }

  // Export and import ---------------------------------------------------------------------------------------
  scopeIds(scope: Scope): string[] {
    if (scope === 'selected') {
      // In the list's order, then any selected digest the current filters hide.
      const inView = (this.state.result?.ids ?? []).filter((id) => this.state.selected.has(id));
      const seen = new Set(inView);
      return inView.concat([...this.state.selected].filter((id) => !seen.has(id)));
    }
    if (scope === 'filtered') return this.state.result?.ids ?? [];
    return this.state.summaries.map((s) => s.id);
  }

  /** The digests of a scope, read in full from the store (also before the search index is built). */
  async digestsInScope(scope: Scope): Promise<Digest[]> {
    // "All" while the library is still opening (only its first rows listed yet) is every stored digest.
    const ids = scope === 'all' && this.state.summaries.length < this.state.total ? (await this.store.listSummaries()).map((s) => s.id) : this.scopeIds(scope);
    const read = new Map((await this.store.getDigests(ids)).map((d) => [d.id, d]));
    return ids.map((id) => read.get(id)).filter((d): d is Digest => d !== undefined);
  }

  /** An export of a scope, its digests read in full from the store. */
  async exportDigests(scope: Scope, request: Omit<ExportRequest, 'acronymOf'>): Promise<ExportOutput> {
    return buildExport(await this.digestsInScope(scope), { ...request, acronymOf: lexiconAcronymOf });
  }

  /**
   * Validate, then merge into the store: the store plans and writes in one step with the matcher every save uses
   * (a digest already saved is merged, keeping both sides' notes and highlights; nothing is overwritten). A refused
   * file changes nothing and says why.
   */
  async importBackup(text: string): Promise<{ ok: true; added: number; merged: number; unchanged: number } | { ok: false; error: string }> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const r = await this.store.importDigests(parsed.digests);
    await this.reload();
    return { ok: true, ...r };
  }
}
