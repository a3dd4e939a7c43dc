// The real Platform: WXT's `browser` (webextension-polyfill) and storage APIs. The only file of the UI that
// touches extension APIs; the background has its own few calls in platform/background-actions.ts.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ExtractRequest, InjectedResult } from '../lib/digest/injected';
import { withEntities } from '../lib/digest/with-entities';
import { createDigestStore } from '../lib/storage/digest-store';
import { DEFAULT_PREFS, normalizePrefs, type Platform, type Prefs, type TabInfo } from './platform';
import { answerSave, SAVE_MESSAGE, type SaveAnswer, type SaveRequest } from './save-message';
import { createSharedLock, createWxtLocalArea } from './storage-area';

/**
 * This browser's defaults. Firefox sends the image host's own cookies with the images of an extension page and
 * offers no way to stop it without host permissions (Chromium's pages drop them: manifest
 * cross_origin_embedder_policy), so there a digest's images load only when the reader asks.
 */
const BROWSER_DEFAULT_PREFS: Prefs = { ...DEFAULT_PREFS, remoteImages: !import.meta.env.FIREFOX };

/** Preferences as a versioned WXT storage item (migrations go in `migrations` when Prefs changes shape). */
export const prefsItem = storage.defineItem<Prefs>('local:prefs', { fallback: BROWSER_DEFAULT_PREFS, version: 1 });

/** The script file WXT builds from entrypoints/extract.ts. */
export const EXTRACT_SCRIPT = '/extract.js';

export async function activeTabInfo(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/**
 * Runs the extraction in the tab. A non-default request is handed over in a first, tiny injection (both run in the
 * extension's isolated world of that tab); the script file's last expression is its result (WXT 0.20 appends
 * the unlisted script's global name as the final statement, which executeScript returns).
 */
export async function extractInTab(tabId: number, request: ExtractRequest): Promise<InjectedResult> {
  // The usual request (the page, not forced) is the script's default: one injection instead of two.
  if (request.mode !== 'page' || request.force) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (req: ExtractRequest) => {
        (globalThis as unknown as { __tinGonRequest: ExtractRequest }).__tinGonRequest = req;
      },
      args: [request],
    });
  }
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  const result = first?.result as InjectedResult | undefined;
  if (!result || typeof result !== 'object') return { ok: false, error: 'The extraction script returned nothing' };
  return withEntities(result);
}

/** No listener at all (the background failed to start): the popup then writes itself. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export function createBrowserPlatform(): Platform {
  const digestArea = createWxtLocalArea();
  const lock = createSharedLock();
  return {
    uiLanguage: () => browser.i18n.getUILanguage(),
    activeTab: activeTabInfo,
    extract: extractInTab,
    saveDigest: async (article, entities, source): Promise<SaveAnswer> => {
      const request: SaveRequest = { type: SAVE_MESSAGE, article, entities, source };
      try {
        const answer = (await browser.runtime.sendMessage(request)) as SaveAnswer | undefined;
        if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
        return { ok: false, code: 'unanswered', detail: 'The background gave no answer' };
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        if (NO_RECEIVER.test(detail)) return answerSave(createDigestStore(digestArea, { lock }), request);
        return { ok: false, code: 'unanswered', detail }; // e.g. the worker stopped before answering
      }
    },
    digestArea,
    lock,
    getPrefs: async () => normalizePrefs(await prefsItem.getValue(), BROWSER_DEFAULT_PREFS),
    setPrefs: async (p) => {
      await prefsItem.setValue(normalizePrefs({ ...(await prefsItem.getValue()), ...p }, BROWSER_DEFAULT_PREFS));
    },
    // storage.onChanged reaches every extension page, the one that wrote too.
    onPrefsChanged: (cb) => prefsItem.watch((value) => cb(normalizePrefs(value, BROWSER_DEFAULT_PREFS))),
    openLibrary: async (digestId) => {
      // The library page is entrypoints/library (built as /library.html); typed paths only know built pages.
      const url = (browser.runtime.getURL as (path: string) => string)('/library.html') + (digestId ? `#/digest/${encodeURIComponent(digestId)}` : '');
      await browser.tabs.create({ url });
    },
    onDigestsChanged: (cb) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && 'index' in changes) cb();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
