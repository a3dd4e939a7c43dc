// The popup's behaviour as a small state machine over a Platform, without any DOM: which tab, can it be read,
// is it already saved, extract, save, undo, refresh, selection instead of page, extract anyway. The Preact
// components only render `state` and call these methods, so the logic is unit-tested with a fake platform.
import type { NotArticle } from '../../lib/article';
import type { InjectedResult, SelectionInfo, Digest } from '../../lib/digest';
import {
  accessProblemFromError,
  httpErrorStatus,
  pageAccessProblem,
  type AccessProblem,
  makeDigest,
} from '../../lib/digest';
import type { ImageCapture } from '../../lib/images';
import type { DigestStore } from '../../lib/storage';
import { StorageError, type StorageErrorCode } from '../../lib/storage';
import type { Platform, TabInfo } from '../../platform/platform';
import type { ImagesNote } from '../../platform/save-use-case';

export type SaveStatus =
  | { state: 'saving' }
  /** `replacedImages`: the kept pictures a refresh replaced, put back by its undo. */
  | {
      state: 'saved';
      created: boolean;
      previous: Digest | null;
      images?: ImagesNote;
      replacedImages?: ImageCapture;
    }
  | { state: 'stored' } // shown from storage: already saved earlier, refresh offered
  /** `newerKept`: not undone, the digest had been written again since (a note, another save): the newer one is shown. */
  | { state: 'undone'; created: boolean; newerKept?: boolean }
  /** `retry`: the digest shown was not saved and saving it again may work (storage full, failed write). */
  | { state: 'error'; code: StorageErrorCode; retry?: boolean };

export type PopupState =
  | { kind: 'loading'; step: 'tab' | 'extracting' }
  | { kind: 'problem'; problem: AccessProblem | 'no-tab' }
  | { kind: 'failed'; detail: string }
  | { kind: 'no-selection' }
  /** `forced`: the verdict of "extract anyway", so offering it again would lead nowhere. */
  | { kind: 'not-article'; result: NotArticle; selection: SelectionInfo | null; forced: boolean }
  /** The page was served with an HTTP error status and holds no article (a "not found" page, a server error). */
  /** `content`: the page still held some text (a short "not found" notice, say), which "extract anyway" shows. */
  | { kind: 'error-page'; status: number; title: string | null; content: boolean }
  | { kind: 'digest'; digest: Digest; save: SaveStatus; selection: SelectionInfo | null };

export type Listener = (state: PopupState) => void;

/** An article this short on a page served with an error status is the error notice, not an article. */
export const ERROR_PAGE_WORDS = 150;

export class PopupController {
  state: PopupState = { kind: 'loading', step: 'tab' };
  count: number | null = null;
  readonly store: DigestStore;
  private tab: TabInfo | null = null;
  private listeners = new Set<Listener>();

  constructor(private readonly platform: Platform) {
    this.store = platform.store;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(state: PopupState) {
    this.state = state;
    for (const fn of this.listeners) fn(state);
  }

  async refreshCount(): Promise<void> {
    try {
      this.count = await this.store.count();
    } catch {
      this.count = null;
    }
    this.set(this.state);
  }

  /**
   * Opening the popup: show the saved digest of this article if there is one, else extract and save. Nothing on
   * the way to the first paint grows with the library: the "already saved?" lookup reads the page's url key and
   * one record; the count is read after the digest is shown.
   */
  async start(): Promise<void> {
    this.set({ kind: 'loading', step: 'tab' });
    this.tab = await this.platform.activeTab().catch(() => null);
    if (!this.tab) return this.set({ kind: 'problem', problem: 'no-tab' });
    // Without a grant (browser pages, the store) the tab's URL is hidden: try, and explain the refusal.
    const problem = this.tab.url ? pageAccessProblem(this.tab.url) : null;
    if (problem) return this.set({ kind: 'problem', problem });
    // The extraction starts at once, alongside the storage lookup (it is discarded if the article is already
    // saved): the digest appears one storage round trip sooner, which is most of what the popup can win.
    const extraction = this.extractSafely({ mode: 'page', force: false });
    const saved = this.tab.url ? await this.store.getByUrl(this.tab.url).catch(() => null) : null;
    if (saved) {
      this.set({ kind: 'digest', digest: saved, save: { state: 'stored' }, selection: null });
      // The count after the digest is shown; meanwhile text selected on a saved article is offered for a digest
      // once the page has said so.
      const counted = this.refreshCount();
      const answer = await extraction;
      const s = this.state;
      if (
        !('thrown' in answer) &&
        answer.ok &&
        answer.selection &&
        s.kind === 'digest' &&
        s.digest === saved &&
        s.save.state === 'stored'
      ) {
        this.set({ ...s, selection: answer.selection });
      }
      return counted;
    }
    this.set({ kind: 'loading', step: 'extracting' });
    await this.show('page', await extraction, false);
  }

  /** Re-extracts the page and updates the saved digest (notes, tags and highlights are kept by the store). */
  refresh(): Promise<void> {
    return this.run('page', false);
  }

  extractAnyway(): Promise<void> {
    return this.run('page', true);
  }

  useSelection(): Promise<void> {
    return this.run('selection', true);
  }

  private async run(mode: 'page' | 'selection', force: boolean): Promise<void> {
    if (!this.tab) return;
    this.set({ kind: 'loading', step: 'extracting' });
    await this.show(mode, await this.extractSafely({ mode, force }), force);
  }

  private extractSafely(request: {
    mode: 'page' | 'selection';
    force: boolean;
  }): Promise<InjectedResult | { thrown: string }> {
    return this.platform
      .extract(this.tab!.id, request)
      .catch((err: unknown) => ({ thrown: err instanceof Error ? err.message : String(err) }));
  }

  private async show(
    mode: 'page' | 'selection',
    answer: InjectedResult | { thrown: string },
    forced: boolean,
  ): Promise<void> {
    if ('thrown' in answer) return this.set({ kind: 'problem', problem: accessProblemFromError(answer.thrown) });
    if (!answer.ok) {
      if (answer.error === 'pdf') return this.set({ kind: 'problem', problem: 'pdf' });
      return this.set(
        answer.error === 'no-selection' ? { kind: 'no-selection' } : { kind: 'failed', detail: answer.error },
      );
    }
    const { result, entities, selection } = answer;
    // Served with an error status and no real article (nothing, or a short notice): an error page, said so.
    const status = mode === 'page' && !forced ? httpErrorStatus(answer.httpStatus) : null;
    if (status && (result.kind === 'not-article' || result.wordCount < ERROR_PAGE_WORDS)) {
      return this.set({ kind: 'error-page', status, title: result.title ?? null, content: result.kind === 'article' });
    }
    if (result.kind === 'not-article')
      return this.set({ kind: 'not-article', result, selection, forced: forced && mode === 'page' });
    const pending = { kind: 'digest' as const, selection: mode === 'page' ? selection : null };
    // Shown at once, saved right after: the reader never waits for storage.
    const preview = makeDigest(result, entities ?? { people: [], agreements: [] }, mode);
    await this.save(pending, preview, mode);
  }

  /** Saves again the digest on screen whose save failed (after the reader made room, say). */
  async retrySave(): Promise<void> {
    const s = this.state;
    if (s.kind !== 'digest' || s.save.state !== 'error' || !s.save.retry) return;
    await this.save({ kind: 'digest', selection: s.selection }, s.digest, s.digest.source);
  }

  private async save(
    pending: { kind: 'digest'; selection: SelectionInfo | null },
    preview: Digest,
    mode: Digest['source'],
  ): Promise<void> {
    const result = preview.article;
    this.set({ ...pending, digest: preview, save: { state: 'saving' } });
    // The background writes (it finishes even if this popup closes now) and answers.
    const started = new Date().toISOString();
    const saved = await this.platform
      .save(result, preview.entities, mode, this.tab?.id)
      .catch((err: unknown) => ({ ok: false, code: 'unanswered', detail: String(err) }) as const);
    if (saved.ok) {
      this.set({
        ...pending,
        digest: saved.digest,
        save: {
          state: 'saved',
          created: saved.created,
          previous: saved.previous,
          ...(saved.images ? { images: saved.images } : {}),
          ...(saved.replacedImages ? { replacedImages: saved.replacedImages } : {}),
        },
      });
    } else if (saved.code === 'unanswered') {
      // No answer (the worker stopped mid-save): the write landed whole or not at all; read back which.
      const landed = await this.store.getByUrl(result.canonicalUrl || result.url).catch(() => null);
      if (landed && landed.updatedAt >= started && landed.article.bodyText === result.bodyText) {
        this.set({
          ...pending,
          digest: landed,
          save: { state: 'saved', created: landed.savedAt >= started, previous: null },
        });
      } else {
        this.set({ ...pending, digest: preview, save: { state: 'error', code: 'write-failed', retry: true } });
      }
    } else {
      // A digest from a newer version of the extension cannot be replaced by this one: trying again would not help.
      this.set({
        ...pending,
        digest: preview,
        save: { state: 'error', code: saved.code, retry: saved.code !== 'newer-schema' },
      });
    }
    await this.refreshCount();
  }

  /** Undo of the automatic save: removes a new digest, or puts back the version a refresh replaced (and its pictures). */
  async undo(): Promise<void> {
    const s = this.state;
    if (s.kind !== 'digest' || s.save.state !== 'saved') return;
    try {
      const newerKept = s.save.created
        ? !(await this.store.deleteDigest(s.digest.id, s.digest)) && (await this.store.getDigest(s.digest.id)) !== null
        : !!s.save.previous &&
          (await this.store.restoreDigest(s.save.previous, { replaced: s.digest, images: s.save.replacedImages }))
            .outcome === 'newer-kept';
      if (newerKept) {
        const newer = await this.store.getDigest(s.digest.id);
        this.set({
          ...s,
          digest: newer ?? s.digest,
          save: { state: 'undone', created: s.save.created, newerKept: true },
        });
        await this.refreshCount();
        return;
      }
      this.set({ ...s, digest: s.save.previous ?? s.digest, save: { state: 'undone', created: s.save.created } });
    } catch (err) {
      this.set({ ...s, save: { state: 'error', code: err instanceof StorageError ? err.code : 'write-failed' } });
    }
    await this.refreshCount();
  }
}
