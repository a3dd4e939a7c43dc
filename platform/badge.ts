// The toolbar badge after a save from the menu or the shortcut: ✓ on green, or ! on red, with a tooltip
// that says what happened; cleared after a few seconds.
import { browser } from 'wxt/browser';

const CLEAR_AFTER_MS = 4000;

/** The toolbar button's API: `action` in MV3 (Chromium), `browserAction` in Firefox's MV2 build (same methods). */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showBadge(tabId: number, ok: boolean, title: string): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ tabId, color: ok ? '#17753a' : '#b3261e' });
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await action.setTitle({ tabId, title });
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), CLEAR_AFTER_MS);
}
