// Code passed to the service worker with sw.evaluate() runs there, where `chrome` is the extension API.
// Typed with the polyfill's (promise-returning) declarations, which match Chromium's MV3 promise API.
import type { Browser } from 'webextension-polyfill';

declare global {
  const chrome: Browser;
}
