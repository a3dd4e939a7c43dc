// The two browser calls the popup needs before anything else, apart from the rest of the adapter: which tab,
// and the extraction script injected into it. The popup's first script imports only this, so it can start
// both the moment the popup opens, while the app's code is still loading.
import { browser } from 'wxt/browser';
import type { ExtractRequest, InjectedResult } from '../lib/digest/injected';
import type { TabInfo } from './platform';

/** The script file WXT builds from entrypoints/extract.ts. */
export const EXTRACT_SCRIPT = '/extract.js';

export async function activeTabInfo(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/**
 * Runs the extraction in the tab and returns the page's answer as is (people and agreements are found
 * afterwards, in the extension: see extractInTab). A non-default request is handed over in a first, tiny
 * injection (both run in the extension's isolated world of that tab); the script file's last expression is
 * its result (WXT 0.20 appends the unlisted script's global name as the final statement, which executeScript
 * returns).
 */
export async function injectExtraction(tabId: number, request: ExtractRequest): Promise<InjectedResult> {
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
  return result;
}
