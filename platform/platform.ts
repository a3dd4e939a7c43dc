// The one seam between the extension's UI and the browser. Components and controllers take a Platform; the real
// one (browser-adapter.ts) wraps WXT's browser and storage APIs, tests pass a fake. The UI gets a store and a
// save(), never the storage area or the lock underneath.
import type { InjectedResult, ExtractRequest, Digest } from '../lib/digest';
import type { Article } from '../lib/article';
import type { Entities } from '../lib/entities';
import type { KeptIndex } from '../lib/search';
import type { DigestStore } from '../lib/storage';
import type { SaveAnswer } from './save-use-case';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export type LanguagePref = 'auto' | 'vi' | 'en';

export interface Prefs {
  language: LanguagePref;
  /** Typeface of the article text in the popup and library. */
  articleFont: 'serif' | 'sans';
  /** Load the article's images from their site when a digest is opened; off: placeholders and a button. */
  remoteImages: boolean;
  /**
   * Keep a digest's images inside the extension when it is saved (read in the article's tab), so opening it later
   * requests nothing. Off by default.
   */
  keepImages: boolean;
  /** Size of the article text in the popup and library, in per cent of the normal size. */
  fontSize: number;
  /** Longest line of the article text. */
  lineWidth: 'narrow' | 'medium' | 'wide';
}

export const DEFAULT_PREFS: Prefs = {
  language: 'auto',
  articleFont: 'serif',
  remoteImages: true,
  keepImages: false,
  fontSize: 100,
  lineWidth: 'medium',
};

export const FONT_SIZES = { min: 80, max: 160, step: 10 } as const;

/**
 * Stored preferences made whole and valid: a missing, older or hand-edited record never breaks a page. `defaults`:
 * what a missing or invalid field becomes (a browser may have defaults of its own).
 */
export function normalizePrefs(raw: unknown, defaults: Prefs = DEFAULT_PREFS): Prefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Prefs, unknown>>;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const size =
    typeof r.fontSize === 'number' && Number.isFinite(r.fontSize)
      ? Math.round(r.fontSize / FONT_SIZES.step) * FONT_SIZES.step
      : defaults.fontSize;
  return {
    language: pick(r.language, ['auto', 'vi', 'en'] as const, defaults.language),
    articleFont: pick(r.articleFont, ['serif', 'sans'] as const, defaults.articleFont),
    remoteImages: typeof r.remoteImages === 'boolean' ? r.remoteImages : defaults.remoteImages,
    keepImages: typeof r.keepImages === 'boolean' ? r.keepImages : defaults.keepImages,
    fontSize: Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, size)),
    lineWidth: pick(r.lineWidth, ['narrow', 'medium', 'wide'] as const, defaults.lineWidth),
  };
}

export interface Platform {
  /** The browser UI language (e.g. "vi", "en-US"). */
  uiLanguage(): string;
  /** The tab the popup was opened for (the active tab of the current window). */
  activeTab(): Promise<TabInfo | null>;
  /** Injects the extraction script into the tab (needs activeTab) and returns its answer. */
  extract(tabId: number, request: ExtractRequest): Promise<InjectedResult>;
  /**
   * Saves a digest through the one save use case (save-use-case.ts), in the background when there is one (it
   * finishes even if the popup closes), and says how it went. Never throws. `tabId`: the tab the article was read
   * from, where its images are read when "keep images in the library" is on.
   */
  save(article: Article, entities: Entities, source: Digest['source'], tabId?: number): Promise<SaveAnswer>;
  /** The digests: reads, edits, deletes, import (every write inside the lock all extension contexts share). */
  store: DigestStore;
  /** The kept search index the store's writes keep (the library searches it, and catches it up with the store). */
  keptIndex: KeptIndex;
  getPrefs(): Promise<Prefs>;
  setPrefs(p: Partial<Prefs>): Promise<void>;
  /**
   * Calls back with the whole preferences record whenever it changes, from any extension page (a language chosen in
   * the popup reaches an open library). Optional: without it a page reads the preferences once. Returns an unsubscribe.
   */
  onPrefsChanged?(cb: (prefs: Prefs) => void): () => void;
  /** Opens the library page in a tab (optionally at one digest) and closes nothing. */
  openLibrary(digestId?: string): Promise<void>;
  /**
   * Calls back when digests change (another tab saved one, this page's own edit), once the write and the kept
   * search index's update are done, with the ids of the digests whose records changed (none when only the
   * layout or the index did). Returns an unsubscribe.
   */
  onDigestsChanged(cb: (ids: string[]) => void): () => void;
}
