// The real Platform: WXT's `browser` (webextension-polyfill) and storage APIs. With background-host.ts, the only
// code that touches extension APIs.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Article } from '../lib/article';
import type { ExtractRequest, InjectedResult } from '../lib/digest';
import { withEntities } from '../lib/digest';
import { checkCapture, type ImageCapture, planImages } from '../lib/images';
import type { ImageReadRequest } from '../lib/images';
import { createDigestStore, type DigestStore } from '../lib/storage';
import type { KeptIndex } from '../lib/search';
import { onDigestsAnnounced } from './digest-events';
import { announcing, keptIndexOfContext } from './kept-search';
import { callMessage, type CallMap, type CallType } from './messages';
import { DEFAULT_PREFS, normalizePrefs, type Platform, type Prefs, type TabInfo } from './platform';
import { saveDigest, type ImagesForSave, type SaveAnswer } from './save-use-case';
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

/**
 * The digest store of this extension context: storage.local, under the Web Lock every context shares, keeping
 * the kept search index (IndexedDB) after each of its writes and telling the other contexts.
 */
export function createExtensionStore(index: KeptIndex = keptIndexOfContext()): DigestStore {
  return createDigestStore(createWxtLocalArea(), {
    lock: createSharedLock(),
    derived: announcing(index.writer),
    onDerivedError: (err) =>
      console.warn('Tin Gọn: the search index missed a write; it catches up when the library opens.', err),
  });
}

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

/** The script file WXT builds from entrypoints/read-images.ts. */
export const READ_IMAGES_SCRIPT = '/read-images.js';

/**
 * Reads the digest's images in its tab (entrypoints/read-images.ts, injected like the extraction script, under the
 * same activeTab grant). A tab that has moved on to another address since the article was read is not read.
 */
export async function readImagesInTab(tabId: number, request: ImageReadRequest): Promise<ImageCapture> {
  if (!request.items.length) return { images: [], skipped: [] };
  await browser.scripting.executeScript({
    target: { tabId },
    func: (req: ImageReadRequest) => {
      (globalThis as unknown as { __tinGonImageRequest: ImageReadRequest }).__tinGonImageRequest = req;
    },
    args: [request],
  });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [READ_IMAGES_SCRIPT] });
  // The answer comes from the page's world: checked like stored data.
  return checkCapture(first?.result);
}

async function currentPrefs(): Promise<Prefs> {
  return normalizePrefs(await prefsItem.getValue(), BROWSER_DEFAULT_PREFS);
}

/** How a save from this tab reads its images: undefined when "keep images in the library" is off. */
export async function imagesForSave(tabId: number | undefined): Promise<ImagesForSave | undefined> {
  if (tabId === undefined || !(await currentPrefs()).keepImages) return undefined;
  return async (article: Article) => {
    const plan = planImages(article);
    const read = await readImagesInTab(tabId, { url: article.url, items: plan.items });
    return { images: read.images, skipped: [...read.skipped, ...plan.skipped] };
  };
}

/** No listener at all (the background failed to start): the page then runs the same use case itself. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/** A call of the typed map to the background; rejects when nothing answers. */
export async function callBackground<K extends CallType>(
  call: K,
  request: CallMap[K]['request'],
): Promise<CallMap[K]['answer'] | undefined> {
  return (await browser.runtime.sendMessage(callMessage(call, request))) as CallMap[K]['answer'] | undefined;
}

/** `library`: the page that searches (it keeps an index in memory where IndexedDB cannot be opened). */
export function createBrowserPlatform(options: { library?: boolean } = {}): Platform {
  const keptIndex = keptIndexOfContext(options.library ?? false);
  const store = createExtensionStore(keptIndex);
  return {
    keptIndex,
    uiLanguage: () => browser.i18n.getUILanguage(),
    activeTab: activeTabInfo,
    extract: extractInTab,
    store,
    save: async (article, entities, source, tabId): Promise<SaveAnswer> => {
      try {
        const answer = await callBackground('save-digest', {
          article,
          entities,
          source,
          ...(tabId === undefined ? {} : { tabId }),
        });
        if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
        return { ok: false, code: 'unanswered', detail: 'The background gave no answer' };
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        if (NO_RECEIVER.test(detail))
          return saveDigest(store, { article, entities, source }, await imagesForSave(tabId));
        return { ok: false, code: 'unanswered', detail }; // e.g. the worker stopped before answering
      }
    },
    getPrefs: currentPrefs,
    setPrefs: async (p) => {
      await prefsItem.setValue(normalizePrefs({ ...(await prefsItem.getValue()), ...p }, BROWSER_DEFAULT_PREFS));
    },
    // storage.onChanged reaches every extension page, the one that wrote too.
    onPrefsChanged: (cb) => prefsItem.watch((value) => cb(normalizePrefs(value, BROWSER_DEFAULT_PREFS))),
    openLibrary: async (digestId) => {
      await browser.tabs.create({ url: libraryUrl(digestId) });
    },
    onDigestsChanged: onDigestsAnnounced,
  };
}

/** The library page (entrypoints/library, built as /library.html), optionally at one digest or with a query. */
export function libraryUrl(digestId?: string, search = ''): string {
  // Typed paths only know built pages.
  const base = (browser.runtime.getURL as (path: string) => string)('/library.html');
  return base + search + (digestId ? `#/digest/${encodeURIComponent(digestId)}` : '');
}
