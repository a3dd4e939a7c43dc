// Which tabs the extension can read at all, decided from the URL before injecting anything, and how an
// injection error is explained. The popup turns the code into a message in the user's language.

export type AccessProblem = 'browser-page' | 'store' | 'pdf' | 'file' | 'error-page' | 'no-access';

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function pageAccessProblem(url: string | undefined | null): AccessProblem | null {
  if (!url) return 'no-access';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'no-access';
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore')))
    return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

/** An executeScript rejection, as a problem code ("Cannot access a chrome:// URL", "gallery cannot be scripted"...). */
export function accessProblemFromError(message: string): AccessProblem {
  // Chromium: "Frame with ID 0 is showing error page" (the tab shows the browser's own page for a failed load).
  if (/showing error page|chrome-error:/i.test(message)) return 'error-page';
  if (/gallery|webstore|addons\.mozilla/i.test(message)) return 'store';
  if (/chrome:\/\/|about:|edge:\/\/|moz-extension|chrome-extension|extensions::/i.test(message)) return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  if (/file:\/\//i.test(message)) return 'file';
  return 'no-access';
}

/**
 * The HTTP status of a page that answered with an error (4xx, 5xx), read in the page from its navigation entry;
 * null for a success or when the browser does not say. Only a page that also holds no article is reported as an
 * error page: a site that serves its article with a wrong status still gets its digest.
 */
export function httpErrorStatus(status: number | null | undefined): number | null {
  return typeof status === 'number' && status >= 400 && status < 600 ? status : null;
}
