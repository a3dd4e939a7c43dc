// The library's behaviour without any markup. Opening reads the newest summaries (a few shards, whatever the
// library's size) for the first rows, then opens the kept search index (its manifest and segment tables, not
// its postings) and checks it is up to date with the store; a library the index does not cover yet (a first
// build, an update from a version without it) is indexed in the background, a few shards at a time, while the
// list says how far it got and searches what is indexed. A query reads only what it needs from the index; a
// write anywhere is announced and only its part is read again. Nothing here holds every record or summary:
// the store is read per page, per digest opened, or for an export. Components subscribe and call these methods.
import { splitTags, type Digest, type Highlight } from '../../lib/digest';
import type { ImageCapture } from '../../lib/images';
import { buildExport, type ExportOutput, type ExportRequest } from '../../lib/export';
import { parseBackup } from '../../lib/import';
import {
  buildCrossIndex,
  buildSides,
  lexiconAcronymOf,
  type CrossIndex,
  type CrossSource,
  type SideEntry,
  type SidesSource,
} from '../../lib/library';
import {
  emptyQuery,
  hasFilters,
  NO_FILTERS as CLEARED,
  Superseded,
  type LibraryQuery,
  type SearchResult,
} from '../../lib/search';
import type { FilterOptions, KeptIndex, SyncProgress } from '../../lib/search';
import type { DigestStore, NewHighlight, StorageReport, DigestSummary } from '../../lib/storage';
import { IMAGE_HOLD_MS, PartialImportError, type StorageErrorCode } from '../../lib/storage';
import type { Platform } from '../../platform/platform';

export type Scope = 'all' | 'filtered' | 'selected';

/** An import's result: refused whole (nothing written), or written (`notWritten` > 0: stopped part way, `failure` says why). */
export type ImportOutcome =
  | { ok: true; added: number; merged: number; unchanged: number; notWritten: number; failure: StorageErrorCode | null }
  | { ok: false; error: string };

export interface LibraryState {
  /**
   * 'summaries': the first rows, from the store's newest summaries, while the search index opens. 'ready': the
   * index answers (see `indexing` for whether it covers the whole library yet).
   */
  phase: 'loading' | 'summaries' | 'ready' | 'error';
  error: string | null;
  /** The newest summaries (the first rows before the index answers, and while it is still being built). */
  summaries: DigestSummary[];
  /** How many digests the library holds. */
  total: number;
  query: LibraryQuery;
  result: SearchResult | null;
  /** The search text `result` answers (the box may already hold more). */
  answered: string | null;
  /** How many results the list shows (paging for big libraries). */
  shown: number;
  selected: ReadonlySet<string>;
  /** `imageBytes`: how much of `bytes` is kept pictures ("keep images in the library"). */
  usage: { count: number; bytes: number | null; imageBytes: number | null } | null;
  /** The last delete, until undone or dismissed (the kept pictures of its digests stay stored until then). */
  undo: { digests: Digest[] } | null;
  /** What the store could not read or had to repair when the library opened (null: nothing, or dismissed). */
  report: StorageReport | null;
  /** A message for the status line (import result, export done, errors). */
  notice: { kind: 'info' | 'error'; text: string } | null;
  /** While the search index catches up with the store: digests it covers, of all (null: it covers them all). */
  indexing: { done: number; total: number } | null;
  /** Sites, tags, people and agreements with their counts, for the filter menus (null until read). */
  filters: FilterOptions | null;
  /** How many times "clear filters" was used: a date box holding text that is no date (no filter) empties on it. */
  clears: number;
}

/** A delete's result: how many were deleted, and the digest it stopped at (null: all were deleted). */
export interface DeleteOutcome {
  deleted: number;
  failed: { id: string; title: string | null; error: string; notDeleted: number } | null;
}

/** Rows drawn per page: a screen or two (the list draws the next page as the reader scrolls near its end). */
export const PAGE = 20;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** An undo offer ends this long before its pictures' hold (lib/storage/image-keys.ts) expires. */
const UNDO_HOLD_MARGIN_MS = 60_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Full records of the digests opened in this page, kept for the reader. */
const OPENED_KEPT = 20;
/** Merging the index's segments waits for the page to be quiet this long. */
const MAINTAIN_AFTER_MS = 3_000;

const NO_FILTERS: FilterOptions = { sites: [], tags: [], people: [], agreements: [], sides: [] };

export class LibraryController {
  readonly store: DigestStore;
  readonly kept: KeptIndex;
  state: LibraryState;
  private listeners = new Set<(s: LibraryState) => void>();
  private opened = new Map<string, Digest>();
  /** Sequence number of the latest search: answers of older ones are dropped. */
  private searchSeq = 0;
  /** This page's writes not yet in the index: answers are held back until they are (no flicker of the old state). */
  private pendingWrites = 0;
  private cross: CrossIndex | null = null;
  private sides: SideEntry[] | null = null;
  private crossBuilding: Promise<void> | null = null;
  private catchingUp: Promise<void> | null = null;
  private maintainTimer: ReturnType<typeof setTimeout> | null = null;
  /** Ends an undo offer before the store's hold on its pictures expires (the offer never outlives them). */
  private undoTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** The state the listeners were last given. */
  private drawn: LibraryState | null = null;

  constructor(
    private platform: Platform,
    initialQuery: LibraryQuery = emptyQuery(),
  ) {
    this.store = platform.store;
    this.kept = platform.keptIndex;
    this.state = {
      phase: 'loading',
      error: null,
      summaries: [],
      total: 0,
      query: initialQuery,
      result: null,
      answered: null,
      shown: PAGE,
      selected: new Set(),
      usage: null,
      undo: null,
      notice: null,
      report: null,
      indexing: null,
      filters: null,
      clears: 0,
    };
  }

  subscribe(cb: (s: LibraryState) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private set(patch: Partial<LibraryState>): void {
    this.state = { ...this.state, ...patch };
    this.drawn = this.state;
    for (const cb of this.listeners) cb(this.state);
  }

  /** The search the list shows: searched by the index, unless it is still being built and the list is unfiltered. */
  private get listFromSummaries(): boolean {
    return this.state.indexing !== null && this.state.query.q.trim() === '' && !hasFilters(this.state.query);
  }

  /**
   * The first rows from the newest shards; then the kept index opened and checked against the store (caught up
   * in the background when it is behind); the library's storage check after that, without reading the shards.
   */
  async load(): Promise<void> {
    try {
      // The index's manifest and segment tables (IndexedDB) and the store's quick check (meta, directory,
      // journal) are read while the first rows are.
      const opening = this.kept.search.refresh();
      const checking = this.store.check({ quick: true });
      opening.catch(() => undefined);
      checking.catch(() => undefined);
      opening.then(
        () => mark('index-open'),
        () => undefined,
      );
      checking.then(
        () => mark('store-checked'),
        () => undefined,
      );
      const first = await this.store.firstSummaries(this.state.shown);
      mark('first-summaries');
      this.set({ phase: 'summaries', summaries: first.summaries, total: first.total });
      // Let the first rows paint before anything else is read.
      await nextTask();
      // The list's search starts as soon as the index is open, while the index is compared with the store.
      const query = this.state.query;
      const shown = this.state.shown;
      const searching = opening.then(() => this.kept.search.search(query, { limit: shown }));
      searching.then(
        () => mark('searched'),
        () => undefined,
      );
      // Damaged storage is found and repaired before the index is compared with it.
      const damage = await checking;
      if (damage) this.report(damage);
      // Whether the index covers the library, from the shards' numbers; what it lacks is indexed in the background.
      // (The manifest is read again for it: the store's shard numbers in it move without a new generation.)
      const [coverage] = await Promise.all([this.kept.coverage(this.store.derivedSource()), opening]);
      mark('coverage');
      this.state = {
        ...this.state,
        phase: 'ready',
        indexing: coverage.done < coverage.total ? { done: coverage.done, total: coverage.total } : null,
      };
      if (!coverage.current) void this.catchUp();
      // That search is the list's answer unless the query or the page changed meanwhile (then it runs again); the
      // page is drawn ready with its answer at once.
      await this.rerun(query === this.state.query && shown === this.state.shown ? searching : null);
      if (this.drawn !== this.state) this.set({});
      mark('answered');
      void this.afterOpen();
    } catch (err) {
      this.set({ phase: 'error', error: err instanceof Error ? err.message : String(err) });
    }
  }

  /** What opening does once the list answers: usage, the storage check (record keys against the shards), the filter menus. */
  private async afterOpen(): Promise<void> {
    await this.refreshUsage();
    if (!this.state.report) {
      const report = await this.store.check().catch(() => null);
      if (report) this.report(report);
      if (report?.indexRepaired) await this.reload();
    }
    await this.refreshFilters();
    this.maintainLater();
  }

  /** Shows what the store's check found (nothing when all is well). */
  private report(report: StorageReport): void {
    if (report.unreadable.length === 0 && report.index === 'ok' && report.meta === 'ok') return;
    this.set({ report: { ...report, unreadable: [...(this.state.report?.unreadable ?? []), ...report.unreadable] } });
  }

  /**
   * Brings the kept index up to date with the store (nothing to do, usually: the store's writes keep it), a few
   * shards per step, the list told after each. One run at a time.
   */
  catchUp(): Promise<void> {
    this.catchingUp ??= (async () => {
      const onProgress = (p: SyncProgress) => {
        const indexing = p.done < p.total ? { done: p.done, total: p.total } : null;
        if (p.problems.length > 0) {
          const report = this.state.report ?? {
            unreadable: [],
            index: 'ok' as const,
            indexRepaired: false,
            meta: 'ok' as const,
          };
          const known = new Set(report.unreadable.map((x) => x.key));
          this.set({
            report: { ...report, unreadable: [...report.unreadable, ...p.problems.filter((x) => !known.has(x.key))] },
          });
        }
        if (p.changed || indexing !== this.state.indexing) {
          this.set({ indexing });
          void this.refreshAfterWrite();
        }
      };
      try {
        await this.kept.catchUp(this.store.derivedSource(), onProgress);
      } catch (err) {
        this.set({ notice: { kind: 'error', text: err instanceof Error ? err.message : String(err) } });
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  /** What follows from the index or the store having changed: the count, the menus, the pages across digests. */
  private async indexChanged(): Promise<void> {
    if (this.closed) return;
    const changed = await this.kept.search.refresh();
    if (changed) {
      this.cross = null;
      this.sides = null;
      void this.refreshFilters();
    }
    this.set({ total: await this.store.count() });
  }

  /** The index and the list read again after a write (another window's, a step of catching up). */
  private async refreshAfterWrite(): Promise<void> {
    await this.indexChanged();
    await this.rerun();
  }

  /**
   * Digests changed (another window saved or deleted some, an import, this page's own edit): the index catches up
   * if the writer could not keep it, then reads only its new part; the opened records of those ids are read again.
   */
  async reload(ids?: readonly string[]): Promise<void> {
    if (this.state.phase === 'loading' || this.state.phase === 'error') return;
    await this.catchUp();
    for (const id of ids ?? []) if (this.opened.has(id)) this.keepOpened(id, await this.store.getDigest(id));
    const live = new Set(ids ?? []);
    if (live.size > 0) {
      // A deleted digest leaves the selection.
      const gone = [...live].filter((id) => this.state.selected.has(id));
      if (gone.length > 0) {
        const still = new Set((await this.store.getDigests(gone)).map((d) => d.id));
        this.set({ selected: new Set([...this.state.selected].filter((id) => !live.has(id) || still.has(id))) });
      }
    }
    await this.refreshAfterWrite();
    void this.refreshUsage(ids ?? null);
    this.maintainLater();
  }

  /**
   * `changed`: the digests a write touched (a note saved, here or in another window): the usage follows from the
   * previous one without listing every key, unless pictures may have changed. Null: everything counted again.
   */
  async refreshUsage(changed: readonly string[] | null = null): Promise<void> {
    const usage = changed ? this.store.usageAfter(changed, this.state.usage) : this.store.usage();
    this.set({ usage: await usage });
  }

  private async refreshFilters(): Promise<void> {
    if (this.state.phase !== 'ready') return;
    const filters = await this.kept.search.filterOptions().catch(() => null);
    if (filters) this.set({ filters });
  }

  setQuery(patch: Partial<LibraryQuery>): void {
    this.state = { ...this.state, query: { ...this.state.query, ...patch }, shown: PAGE };
    this.set({});
    void this.rerun();
  }

  /** "Clear filters": every filter goes, and so does any text a filter box holds that set none. */
  clearFilters(): void {
    this.state = { ...this.state, clears: this.state.clears + 1 };
    this.setQuery(CLEARED);
  }

  showMore(): void {
    this.state = { ...this.state, shown: this.state.shown + PAGE };
    void this.rerun();
  }

  /**
   * Runs the current search (or takes `started`, a search of the current query and page already under way); the
   * answer is shown unless a newer search started meanwhile.
   */
  private async rerun(started: Promise<SearchResult> | null = null): Promise<void> {
    if (this.state.phase !== 'ready') return;
    const seq = ++this.searchSeq;
    const query = this.state.query;
    const shown = this.state.shown;
    if (this.listFromSummaries) {
      // Still indexing and nothing asked: the newest summaries are the whole answer.
      const first = await this.store.firstSummaries(shown);
      if (this.current(seq))
        this.set({ summaries: first.summaries, total: first.total, result: null, answered: query.q });
      return;
    }
    try {
      // A search the user has typed past is given up at its next read (the queue then runs the newest).
      const stale = () => !this.current(seq);
      const result = await (started ?? this.kept.search.search(query, { limit: shown, stale }));
      if (this.current(seq)) this.set({ result, answered: query.q });
    } catch (err) {
      if (this.current(seq) && !(err instanceof Superseded))
        this.set({ notice: { kind: 'error', text: err instanceof Error ? err.message : String(err) } });
    }
  }

  private current(seq: number): boolean {
    return seq === this.searchSeq && this.pendingWrites === 0;
  }

  /**
   * This page changes the library: no answer is shown until the change is in the index (`fn` ends with the
   * index refreshed and the list searched again).
   */
  private async writing<T>(fn: () => Promise<T>): Promise<T> {
    this.searchSeq++;
    this.pendingWrites++;
    let done = false;
    try {
      const r = await fn();
      done = true;
      return r;
    } finally {
      this.pendingWrites--;
      // The answer to the search after the write (or, when it failed, to the one before).
      if (done || this.pendingWrites === 0) await this.rerun();
    }
  }

  /** The full record of a digest opened with open(), or undefined while it is being read. */
  full(id: string): Digest | undefined {
    return this.opened.get(id);
  }

  /** Reads one digest's full record for the reader (also before the search index answers); null when absent. */
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

  /** Sites and tags for the filter menus (read from the index once it answers). */
  facets(): Pick<FilterOptions, 'sites' | 'tags'> {
    const f = this.state.filters ?? NO_FILTERS;
    return { sites: f.sites, tags: f.tags };
  }

  /** People and agreements for the filter menus, with their counts. */
  filterOptions(): FilterOptions {
    return this.state.filters ?? NO_FILTERS;
  }

  /**
   * People and agreements across every digest (the People and Agreements pages; the sides beside them), built on first use from the
   * index's entity records, read in chunks; null while it is being built (the page is told when it is ready).
   */
  crossIndex(): CrossIndex | null {
    if (this.cross) return this.cross;
    this.crossBuilding ??= (async () => {
      const sources: (CrossSource & SidesSource)[] = [];
      for await (const chunk of this.kept.search.entityShares()) sources.push(...chunk);
      this.sides = buildSides(sources);
      this.cross = buildCrossIndex(sources, { acronymOf: lexiconAcronymOf });
      this.crossBuilding = null;
      this.set({});
    })().catch((err: unknown) => {
      this.crossBuilding = null;
      this.set({ notice: { kind: 'error', text: err instanceof Error ? err.message : String(err) } });
    });
    return null;
  }

  /** The sides across all digests (the Sides page, the side menu), built with the people and agreements; null meanwhile. */
  sidesIndex(): SideEntry[] | null {
    if (!this.cross) this.crossIndex();
    return this.sides;
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
  /** After this page's own write: the record kept for the reader, then the index (once the store updated it) and the list. */
  private edit<T>(
    write: () => Promise<T>,
    record: (r: T) => Digest | null | Promise<Digest | null>,
    id: string,
  ): Promise<T> {
    return this.writing(async () => {
      const r = await write();
      this.keepOpened(id, await record(r));
      this.set({});
      await this.store.settled();
      await this.indexChanged();
      this.maintainLater();
      return r;
    });
  }

  /**
   * Notes with the text this window started from: another window's edit meanwhile is merged, not overwritten
   * (lib/storage/notes-merge.ts). Returns the stored text and whether a merge with another window happened.
   */
  async saveNotes(id: string, notes: string, base: string): Promise<{ notes: string; merged: boolean }> {
    const stored = this.store.saveNotes(id, notes, base);
    // The reader's answer comes when the note is stored; the list follows when the index has it.
    void this.edit(
      () => stored,
      (r) => r.digest,
      id,
    ).catch(() => undefined);
    const { digest, outcome } = await stored;
    return { notes: digest.notes, merged: outcome === 'clean' || outcome === 'both' || outcome === 'kept-theirs' };
  }

  dismissReport(): void {
    this.set({ report: null });
  }

  /** Tag edits are operations on the stored list (inside the store's lock), so another window's tags are kept. */
  /** `text`: what the tag box holds, one tag or several ("EU, ASEAN; Biển Đông": splitTags). */
  async addTag(id: string, text: string): Promise<void> {
    const add = splitTags(text);
    if (!add.length) return;
    await this.edit(
      () => this.store.changeTags(id, { add }),
      (d) => d,
      id,
    );
  }

  async removeTag(id: string, tag: string): Promise<void> {
    await this.edit(
      () => this.store.changeTags(id, { remove: [tag] }),
      (d) => d,
      id,
    );
  }

  addHighlight(id: string, h: NewHighlight): Promise<Highlight> {
    return this.edit(
      () => this.store.addHighlight(id, h),
      () => this.store.getDigest(id),
      id,
    );
  }

  async removeHighlight(id: string, highlightId: string): Promise<void> {
    await this.edit(
      () => this.store.removeHighlight(id, highlightId),
      (d) => d,
      id,
    );
  }

  // Delete with undo ----------------------------------------------------------------------------------------
  /**
   * Deletes the digests one at a time; their kept pictures stay in storage under their keys while the undo is
   * offered (never read into the page: a library of pictures would not fit in it) and go when the offer ends. A
   * delete that fails stops there: the undo covers every digest deleted before it, the ones left stay stored
   * and selected, and the outcome names the one that failed. Never rejects.
   */
  async remove(ids: readonly string[]): Promise<DeleteOutcome> {
    const removed: Digest[] = [];
    let failed: DeleteOutcome['failed'] = null;
    try {
      await this.writing(async () => {
        for (const [i, id] of ids.entries()) {
          try {
            const d = await this.store.deleteDigest(id, undefined, { keepImages: true });
            if (d) removed.push(d);
            this.opened.delete(id);
          } catch (err) {
            const title = await this.store
              .getDigest(id)
              .then((d) => d?.article.title ?? null)
              .catch(() => null);
            failed = { id, title, error: errorText(err), notDeleted: ids.length - i };
            break;
          }
        }
        const gone = new Set(removed.map((d) => d.id));
        // A delete that deleted something ends the previous offer (and with it its pictures).
        const previous = removed.length > 0 ? this.state.undo : null;
        this.set({
          undo: removed.length > 0 ? { digests: removed } : this.state.undo,
          selected: new Set([...this.state.selected].filter((id) => !gone.has(id))),
          summaries: this.state.summaries.filter((s) => !gone.has(s.id)),
        });
        if (removed.length > 0) this.endOfferBeforeHoldExpires();
        if (previous) await this.releaseImages(previous.digests);
        await this.store.settled();
        await this.indexChanged();
        void this.refreshUsage();
      });
    } catch (err) {
      // The deletes are done; what failed is reading the library again after them.
      this.set({ notice: { kind: 'error', text: errorText(err) } });
    }
    return { deleted: removed.length, failed };
  }

  /**
   * Puts the deleted digests back, with their kept pictures (still stored under their keys). One saved again
   * since the delete (another window) is kept as it is now, with the deleted version's notes, tags and highlights
   * merged in (lib/storage/restore.ts): counted in `newerKept`.
   */
  undoRemove(): Promise<{ restored: number; newerKept: number }> {
    const undo = this.state.undo;
    const counts = { restored: 0, newerKept: 0 };
    if (!undo) return Promise.resolve(counts);
    return this.writing(async () => {
      for (const d of undo.digests) {
        const { outcome } = await this.store.restoreDigest(d);
        counts[outcome === 'restored' ? 'restored' : 'newerKept']++;
      }
      this.set({ undo: null });
      // A digest merged into a newer one under another id leaves its pictures without a record.
      await this.releaseImages(undo.digests);
      await this.store.settled();
      await this.indexChanged();
      void this.refreshUsage();
      return counts;
    });
  }

  /** Ends the undo offer: the pictures of the digests it would have put back are removed. */
  async dismissUndo(): Promise<void> {
    const undo = this.state.undo;
    if (!undo) return;
    this.set({ undo: null });
    await this.releaseImages(undo.digests);
    void this.refreshUsage();
  }

  private endOfferBeforeHoldExpires(): void {
    if (this.undoTimer) clearTimeout(this.undoTimer);
    const offer = this.state.undo;
    this.undoTimer = setTimeout(() => {
      this.undoTimer = null;
      if (this.state.undo === offer) void this.dismissUndo();
    }, IMAGE_HOLD_MS - UNDO_HOLD_MARGIN_MS);
  }

  private async releaseImages(digests: readonly Digest[]): Promise<void> {
    // Left behind (storage refused the removal): the start-up check removes picture keys without a record.
    await this.store.releaseImages(digests.map((d) => d.id)).catch(() => undefined);
  }

  notify(notice: LibraryState['notice']): void {
    this.set({ notice });
  }

  /** Merges the index's segments once the page has been quiet for a while (a no-op when nothing piled up). */
  private maintainLater(): void {
    if (this.maintainTimer) clearTimeout(this.maintainTimer);
    this.maintainTimer = setTimeout(() => {
      this.maintainTimer = null;
      if (this.closed) return;
      void this.kept
        .maintain(this.store.derivedSource())
        .then((changed) => (changed ? this.kept.search.refresh() : false))
        .catch(() => undefined);
    }, MAINTAIN_AFTER_MS);
  }

  /** The page goes away: no more background work is started. */
  close(): void {
    this.closed = true;
    void this.dismissUndo();
    if (this.maintainTimer) clearTimeout(this.maintainTimer);
    if (this.undoTimer) clearTimeout(this.undoTimer);
  }

  // Export and import ---------------------------------------------------------------------------------------
  /** The ids of a scope; "all" is every stored digest (read from the store's summaries). */
  async scopeIds(scope: Scope): Promise<string[]> {
    if (scope === 'selected') {
      // In the list's order, then any selected digest the current filters hide.
      const inView = (this.state.result?.ids ?? []).filter((id) => this.state.selected.has(id));
      const seen = new Set(inView);
      return inView.concat([...this.state.selected].filter((id) => !seen.has(id)));
    }
    if (scope === 'filtered' && this.state.result) return this.state.result.ids;
    return (await this.store.listSummaries()).map((s) => s.id);
  }

  /** The digests of a scope, read in full from the store. */
  async digestsInScope(scope: Scope): Promise<Digest[]> {
    const ids = await this.scopeIds(scope);
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
  async importBackup(text: string): Promise<ImportOutcome> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    // An earlier delete's Undo would now act on a library the import changed: the offer ends here.
    this.dismissUndo();
    const r = await this.writing(async () => {
      try {
        return { ...(await this.store.importDigests(parsed.digests)), notWritten: 0, failure: null };
      } catch (err) {
        if (!(err instanceof PartialImportError)) throw err;
        // Part of the file landed (the first chunks) before storage refused: say what was written and what not.
        return { ...err.written, notWritten: err.notWritten, failure: err.code };
      } finally {
        await this.store.settled();
        await this.indexChanged();
      }
    });
    void this.reload();
    return { ok: true, ...r };
  }
}

/** A user-timing mark of the library's opening (read by the bench's profile: scripts/profile-library.ts). */
function mark(name: string): void {
  performance.mark(`library:${name}`);
}
