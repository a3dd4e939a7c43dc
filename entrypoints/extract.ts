// Injected into the article's tab on click (scripting.executeScript, activeTab): never a content script on
// every page. Reads the request the caller set in the same isolated world, returns plain JSON. WXT 0.20
// ends the built file with this script's global name, whose value executeScript hands back.
import { digestDocument } from '../lib/digest';
import type { ExtractRequest, InjectedResult } from '../lib/digest';

export default defineUnlistedScript({
  globalName: 'tinGonExtractResult',
  // Asynchronous: executeScript waits for the promise, and the page gets a turn between extraction stages.
  main(): Promise<InjectedResult> | InjectedResult {
    const holder = globalThis as unknown as { __tinGonRequest?: ExtractRequest };
    const request = holder.__tinGonRequest ?? { mode: 'page', force: false };
    delete holder.__tinGonRequest;
    // Chromium's PDF viewer and plain-text or image tabs: nothing to extract; the popup explains why.
    if (document.contentType && !/html|xml/i.test(document.contentType)) {
      return { ok: false, error: /pdf/i.test(document.contentType) ? 'pdf' : `unsupported: ${document.contentType}` };
    }
    return digestDocument(document, location.href, request, globalThis.getSelection?.()?.toString() ?? null).then(
      (answer) => (answer.ok ? { ...answer, httpStatus: navigationStatus() } : answer),
    );
  },
});

/** The HTTP status of this page's navigation (Chromium 109+, Firefox 119+), or null. */
function navigationStatus(): number | null {
  const entry = performance.getEntriesByType?.('navigation')[0] as
    (PerformanceEntry & { responseStatus?: number }) | undefined;
  return typeof entry?.responseStatus === 'number' && entry.responseStatus > 0 ? entry.responseStatus : null;
}
