// Background: the "Lưu bản tin / Save digest" context-menu entry and keyboard shortcut save the current
// tab's digest without opening the popup; the action badge confirms (✓) or warns (!). Also repairs the
// digest index at startup if an earlier run was interrupted, and writes the popup's saves (save-message.ts).
import { browser } from 'wxt/browser';
import { resolveLang, t } from '../lib/i18n/index';
import { saveFailureText } from '../lib/i18n/outcome-messages';
import { createDigestStore } from '../lib/storage/digest-store';
import { extractInTab, prefsItem } from '../platform/browser-adapter';
import { showBadge } from '../platform/badge';
import { answerSave, isSaveRequest } from '../platform/save-message';
import { saveTabDigest } from '../platform/save-tab';
import { installProbe } from '../platform/e2e-probe';
import { createSharedLock, createWxtLocalArea } from '../platform/storage-area';

const MENU_ID = 'save-digest';
const LIBRARY_MENU_ID = 'open-library';
// The toolbar button's own context menu: 'action' in MV3, 'browser_action' in Firefox's MV2 build.
const ACTION_CONTEXT = import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action';
const COMMAND = 'save-digest';

export default defineBackground(() => {
  const store = createDigestStore(createWxtLocalArea(), { lock: createSharedLock() });

  async function menuTitle(key: 'menu.save' | 'menu.library' = 'menu.save'): Promise<string> {
    const prefs = await prefsItem.getValue();
    return t(resolveLang(prefs?.language, browser.i18n.getUILanguage()), key);
  }

  async function createMenu() {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: LIBRARY_MENU_ID, title: await menuTitle('menu.library'), contexts: [ACTION_CONTEXT] });
  }

  async function openLibrary() {
    // The library page is entrypoints/library, built as /library.html.
    await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/library.html') });
  }

  async function saveTab(tab: { id?: number; url?: string } | undefined) {
    if (tab?.id === undefined) {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      tab = active;
    }
    if (tab?.id === undefined) return;
    const lang = resolveLang((await prefsItem.getValue())?.language, browser.i18n.getUILanguage());
    const outcome = await saveTabDigest({ extract: extractInTab, store }, { id: tab.id, url: tab.url ?? '' });
    // The tooltip says what happened in words ("storage is full: ... your saved digests are intact").
    await showBadge(tab.id, outcome.ok, outcome.ok ? `${t(lang, 'badge.saved')}: ${outcome.title}` : saveFailureText(lang, outcome.reason, outcome.detail));
    return outcome;
  }

  // The popup's saves: written here so that closing the popup cannot cut a save short. Returning the promise
  // keeps the worker alive until the write is done and sends the answer (webextension-polyfill semantics).
  browser.runtime.onMessage.addListener((message: unknown) => (isSaveRequest(message) ? answerSave(store, message) : undefined));

  browser.runtime.onInstalled.addListener(() => {
    void createMenu();
    void store.reconcile().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void store.reconcile().catch(() => undefined));
  prefsItem.watch(() => {
    void menuTitle().then((title) => browser.contextMenus.update(MENU_ID, { title })).catch(() => undefined);
    void menuTitle('menu.library').then((title) => browser.contextMenus.update(LIBRARY_MENU_ID, { title })).catch(() => undefined);
  });

  const onMenuClicked = (info: { menuItemId: string | number }, tab?: { id?: number; url?: string }) =>
    info.menuItemId === MENU_ID ? saveTab(tab) : info.menuItemId === LIBRARY_MENU_ID ? openLibrary() : Promise.resolve(undefined);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  // The menu's own handler, reachable from the service worker's console: headless Chromium draws no context
  // menu, so the end-to-end test calls exactly this function (see test/e2e/README.md).
  (globalThis as unknown as { tinGon: object }).tinGon = { onMenuClicked };
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND) void saveTab(tab);
  });
  // Test-only Firefox variant (see platform/e2e-probe.ts): a constant false in every other build, so the
  // bundler drops this branch and the probe with it.
  if (import.meta.env.WXT_TIN_GON_PROBE === '1') installProbe(saveTab, store);
});
