// Which tabs the extension can read at all, decided from the URL before injecting anything, and how an
// injection error is explained. The popup turns the code into a message in the user's language.

export type AccessProblem = 'browser-page' | 'store' | 'pdf' | 'file' | 'no-access';

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
  if (STORE_HOSTS.includes(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

/** An executeScript rejection, as a problem code ("Cannot access a chrome:// URL", "gallery cannot be scripted"...). */
export function accessProblemFromError(message: string): AccessProblem {
  if (/gallery|webstore|addons\.mozilla/i.test(message)) return 'store';
  if (/chrome:\/\/|about:|edge:\/\/|moz-extension|chrome-extension|extensions::/i.test(message)) return 'browser-page';
  if (/pdf/i.test(message)) return 'pdf';
  if (/file:\/\//i.test(message)) return 'file';
  return 'no-access';
}
