// The background's browser APIs (menus, shortcut, lifecycle, messages, tabs, UI language), so the background
// entrypoint is wiring only and no code outside platform/ imports `wxt/browser`.
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '../lib/i18n';
import { extractInTab, libraryUrl, prefsItem } from './browser-adapter';
import { answerCall, type CallHandlers } from './messages';

export { extractInTab };

export interface MenuEntry {
  id: string;
  title: string;
  /** Where the entry shows: the page (and a selection on it), or the toolbar button's own menu. */
  where: 'page' | 'toolbar-button';
}

// The toolbar button's own context menu: 'action' in MV3, 'browser_action' in Firefox's MV2 build.
const TOOLBAR_CONTEXT = import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action';

export async function createMenus(entries: MenuEntry[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const e of entries) {
    browser.contextMenus.create({
      id: e.id,
      title: e.title,
      contexts: e.where === 'page' ? ['page', 'selection'] : [TOOLBAR_CONTEXT],
    });
  }
}

export async function renameMenu(id: string, title: string): Promise<void> {
  await browser.contextMenus.update(id, { title });
}

export type TabRef = { id?: number; url?: string } | undefined;

export function onMenuClick(fn: (menuId: string, tab: TabRef) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => fn(String(info.menuItemId), tab));
}

export function onCommand(fn: (command: string, tab: TabRef) => void): void {
  browser.commands.onCommand.addListener((command, tab) => fn(command, tab));
}

/** First install and updates (`installed`), and each browser start (`startup`). */
export function onLifecycle(fn: (event: 'installed' | 'startup') => void): void {
  browser.runtime.onInstalled.addListener(() => fn('installed'));
  browser.runtime.onStartup.addListener(() => fn('startup'));
}

/**
 * Answers the calls of the typed map (messages.ts). Returning the promise keeps the worker alive until the
 * answer is sent (webextension-polyfill semantics); other messages are left to other listeners.
 */
export function serveCalls(handlers: CallHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => answerCall(handlers, message));
}

export async function activeTab(): Promise<TabRef> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function openLibraryTab(): Promise<void> {
  await browser.tabs.create({ url: libraryUrl() });
}

/** The UI language from the stored preference and the browser's. */
export async function uiLang(): Promise<Lang> {
  return resolveLang((await prefsItem.getValue())?.language, browser.i18n.getUILanguage());
}

export function onPrefsChange(fn: () => void): void {
  prefsItem.watch(fn);
}
