// The library's behaviour without any markup: loads the summaries (fast first render), then every record
// into the search index; search, filters and sort; selection; edits of notes, tags and highlights; delete
// with undo; export and import. Components subscribe and call these methods.
import type { Digest, Highlight } from '../../lib/digest/types';
import { buildExport, type ExportFormat, type ExportOutput, type HtmlParser, type NotebookGrouping } from '../../lib/export';
import { mergeImport, parseBackup } from '../../lib/import';
import { buildCrossIndex, buildSides, lexiconAcronymOf, type CrossIndex, type SideEntry } from '../../lib/library';
import { SearchIndex, emptyQuery, type LibraryQuery, type SearchResult } from '../../lib/search';
import { createDigestStore, type DigestStore, type NewHighlight, type ReadProblem, type StorageReport } from '../../lib/storage/digest-store';
import { summarise, type DigestSummary } from '../../lib/storage/summary';
import type { Platform } from '../../platform/platform';
import { loadAllDigests } from './load-all';

export type Scope = 'all' | 'filtered' | 'selected';

export interface LibraryState {
  /** 'summaries': the list is shown from the compact index while the records load into the search index. */
  phase: 'loading' | 'summaries' | 'ready' | 'error';
  error: string | null;
  summaries: DigestSummary[];
  query: LibraryQuery;
  result: SearchResult | null;
  /** How many results the list shows (paging for big libraries). */
  shown: number;
  selected: ReadonlySet<string>;
  usage: { count: number; bytes: number | null } | null;
  /** The last delete, until undone or dismissed. */
  undo: { digests: Digest[] } | null;
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

export class LibraryController {
  readonly store: DigestStore;
  state: LibraryState;
  index: SearchIndex | null = null;
  private listeners = new Set<(s: LibraryState) => void>();
  private cross: CrossIndex | null = null;
  private facetCache: ReturnType<SearchIndex['facets']> | null = null;

  constructor(
    private platform: Platform,
    initialQuery: LibraryQuery = emptyQuery(),
  ) {
    this.store = createDigestStore(platform.digestArea, { lock: platform.lock });
    this.state = { phase: 'loading', error: null, summaries: [], query: initialQuery, result: null, shown: PAGE, selected: new Set(), usage: null, undo: null, notice: null, report: null };
  }

  subscribe(cb: (s: LibraryState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private set(patch: Partial<LibraryState>): void {
    this.state = { ...this.state, ...patch };
    for (const cb of this.listeners) cb(this.state);
  }

  /** Summaries first (one storage read), then all records into the search index. */
  async load(): Promise<void> {
    try {
      // inspect(): never throws on damaged data; lists what it can read and reports the rest.
      const { summaries, report } = await this.store.inspect();
      this.set({ phase: 'summaries', summaries, report });
      // Let the list paint before the records load.
      await nextTask();
      const problems: ReadProblem[] = [];
      const digests = await loadAllDigests(this.platform.digestArea, summaries.map((s) => s.id), problems);
      if (problems.length) {
        // Records damaged in place although the index lists them: reported, left out of the list, kept in storage.
        const bad = new Set(problems.map((p) => p.key));
        this.set({ report: { ...report, unreadable: [...report.unreadable, ...problems] }, summaries: summaries.filter((s) => !bad.has('digest:' + s.id)) });
      }
      const index = new SearchIndex([], { acronymOf: lexiconAcronymOf });
      for (let i = 0; i < digests.length; i += INDEX_CHUNK) {
        for (const d of digests.slice(i, i + INDEX_CHUNK)) index.add(d);
        await nextTask();
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
   * Storage changed (another tab saved or deleted digests, an import, or this page's own edit): read only
   * the records whose summary differs from what the index holds, drop the deleted ones. An autosave of a
   * note therefore costs one summary comparison per digest, not a reload of the library.
   */
  async reload(): Promise<void> {
    const summaries = await this.store.listSummaries();
    if (!this.index) {
      this.set({ summaries });
      return;
    }
    const index = this.index;
    const live = new Set(summaries.map((s) => s.id));
    const stale = summaries.filter((s) => {
      const d = index.get(s.id);
      return !d || JSON.stringify(summarise(d)) !== JSON.stringify(s);
    });
    const gone = index.all().filter((d) => !live.has(d.id));
    if (stale.length > 0) for (const d of await loadAllDigests(this.platform.digestArea, stale.map((s) => s.id))) index.update(d);
    for (const d of gone) index.remove(d.id);
    if (stale.length > 0 || gone.length > 0) {
      this.cross = null;
      this.facetCache = null;
    }
    this.set({ summaries, selected: new Set([...this.state.selected].filter((id) => live.has(id))) });
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

  get(id: string): Digest | undefined {
    return this.index?.get(id);
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
    this.index?.update(d);
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

  async setTags(id: string, tags: string[]): Promise<void> {
    this.replace(await this.store.setTags(id, tags));
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
    for (const id of ids) {
      const d = await this.store.deleteDigest(id);
      if (d) removed.push(d);
      this.index?.remove(id);
    }
    this.cross = null;
    this.facetCache = null;
    const selected = new Set([...this.state.selected].filter((id) => !ids.includes(id)));
    this.set({ undo: { digests: removed }, selected, summaries: this.state.summaries.filter((s) => !ids.includes(s.id)) });
    this.rerun();
    void this.refreshUsage();
  }

  async undoRemove(): Promise<void> {
    const undo = this.state.undo;
    if (!undo) return;
    for (const d of undo.digests) {
      await this.store.restoreDigest(d);
      this.index?.add(d);
    }
    this.cross = null;
    this.facetCache = null;
    this.set({ undo: null, summaries: await this.store.listSummaries() });
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
    return this.index?.all().map((d) => d.id) ?? [];
  }

  exportDigests(scope: Scope, format: ExportFormat, grouping: NotebookGrouping, parseHtml: HtmlParser): ExportOutput {
    const digests = this.scopeIds(scope)
      .map((id) => this.index?.get(id))
      .filter((d): d is Digest => d !== undefined);
    return buildExport(digests, { format, grouping, parseHtml, acronymOf: lexiconAcronymOf });
  }

  /** Validate, merge, write. A refused file changes nothing and says why. */
  async importBackup(text: string): Promise<{ ok: true; added: number; merged: number; unchanged: number } | { ok: false; error: string }> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const plan = mergeImport(this.index?.all() ?? [], parsed.digests);
    if (plan.toWrite.length > 0) await this.store.importDigests(plan.toWrite, { overwrite: true });
    await this.reload();
    return { ok: true, added: plan.added, merged: plan.merged, unchanged: plan.unchanged };
  }
}
