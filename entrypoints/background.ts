// Background: the "Lưu bản tin / Save digest" context-menu entry and keyboard shortcut save the current
// tab's digest without opening the popup; the action badge confirms (✓) or warns (!). Writes the popup's saves
// (the 'save-digest' call, platform/messages.ts), and at startup finishes the repair of a write an earlier run
// left half done (the store's journal: only what that write touched) and catches the search index up with the
// store (a first build after an update, a write it missed). Browser APIs sit in platform/.
import { t, saveFailureText } from '../lib/i18n';
import { showBadge } from '../platform/badge';
import {
  activeTab,
  createMenus,
  extractInTab,
  onCommand,
  onLifecycle,
  onMenuClick,
  onPrefsChange,
  openLibraryTab,
  renameMenu,
  serveCalls,
  uiLang,
  type TabRef,
} from '../platform/background-host';
import { createExtensionStore, imagesForSave } from '../platform/browser-adapter';
import { backgroundSearchUpkeep } from '../platform/kept-search';
import { installProbe } from '../platform/e2e-probe';
import { saveDigest } from '../platform/save-use-case';
import { saveTabDigest } from '../platform/save-tab';

const MENU_ID = 'save-digest';
const LIBRARY_MENU_ID = 'open-library';
const COMMAND = 'save-digest';

export default defineBackground(() => {
  const store = createExtensionStore();
  const search = backgroundSearchUpkeep(store);

  async function menus() {
    const lang = await uiLang();
    return [
      { id: MENU_ID, title: t(lang, 'menu.save'), where: 'page' as const },
      { id: LIBRARY_MENU_ID, title: t(lang, 'menu.library'), where: 'toolbar-button' as const },
    ];
  }

  async function saveTab(tab: TabRef) {
    if (tab?.id === undefined) tab = await activeTab();
    if (tab?.id === undefined) return;
    const lang = await uiLang();
    const outcome = await saveTabDigest(
      { extract: extractInTab, store, imagesFor: imagesForSave },
      { id: tab.id, url: tab.url ?? '' },
    );
    search.afterSave();
    // The tooltip says what happened in words ("storage is full: ... your saved digests are intact").
    await showBadge(
      tab.id,
      outcome.ok,
      outcome.ok
        ? `${t(lang, 'badge.saved')}: ${outcome.title}${outcome.imagesNoRoom ? ` · ${t(lang, 'popup.imagesNoRoom')}` : ''}`
        : saveFailureText(lang, outcome.reason, outcome.detail),
    );
    return outcome;
  }

  serveCalls({
    'save-digest': (req) =>
      typeof req.article === 'object' &&
      req.article !== null &&
      typeof req.entities === 'object' &&
      req.entities !== null
        ? imagesForSave(typeof req.tabId === 'number' ? req.tabId : undefined)
            .then((imagesFor) => saveDigest(store, req, imagesFor))
            .finally(() => search.afterSave())
        : Promise.resolve({ ok: false, code: 'write-failed', detail: 'Not a digest to save' }),
  });

  onLifecycle((event) => {
    if (event === 'installed') void menus().then(createMenus);
    // Also the migration from an earlier layout, once, right after an update; then the search index.
    void store
      .reconcile()
      .then(() => search.catchUp())
      .catch(() => undefined);
  });
  onPrefsChange(() => {
    void menus()
      .then((entries) => Promise.all(entries.map((e) => renameMenu(e.id, e.title))))
      .catch(() => undefined);
  });

  const onMenuClicked = (info: { menuItemId: string | number }, tab?: TabRef) =>
    info.menuItemId === MENU_ID
      ? saveTab(tab)
      : info.menuItemId === LIBRARY_MENU_ID
        ? openLibraryTab()
        : Promise.resolve(undefined);
  onMenuClick((menuItemId, tab) => void onMenuClicked({ menuItemId }, tab));
  // The menu's own handler, reachable from the service worker's console: headless Chromium draws no context
  // menu, so the end-to-end test calls exactly this function (see test/e2e/README.md).
  (globalThis as unknown as { tinGon: object }).tinGon = { onMenuClicked };
  onCommand((command, tab) => {
    if (command === COMMAND) void saveTab(tab);
  });
  // Test-only Firefox variant (see platform/e2e-probe.ts): a constant false in every other build, so the
  // bundler drops this branch and the probe with it.
  if (import.meta.env.WXT_TIN_GON_PROBE === '1') installProbe(saveTab, store);
});
