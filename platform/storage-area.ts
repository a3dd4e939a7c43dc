// The digest store's KeyValueArea over WXT's storage API ("local:" area = browser.storage.local), and the
// lock shared by every extension context.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { KeyValueArea, StoreLock } from '../lib/storage';
import { createQueueLock } from '../lib/storage';

type LocalKey = `local:${string}`;
const local = (k: string): LocalKey => `local:${k}`;

export function createWxtLocalArea(): KeyValueArea {
  return {
    async get(keys) {
      const items = await storage.getItems(keys.map(local));
      const out: Record<string, unknown> = {};
      for (const { key, value } of items)
        if (value !== null && value !== undefined) out[key.slice('local:'.length)] = value;
      return out;
    },
    async set(items) {
      // One setItems call = one storage.local.set = one transaction: a record and its index land together.
      await storage.setItems(Object.entries(items).map(([key, value]) => ({ key: local(key), value })));
    },
    async remove(keys) {
      await storage.removeItems(keys.map(local));
    },
    async keys() {
      const area = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
      // getKeys (Chromium 130+, Firefox 143+) avoids reading every record just to list them.
      if (typeof area.getKeys === 'function') return area.getKeys();
      return Object.keys(await browser.storage.local.get(null));
    },
    async getBytesInUse(keys) {
      const area = browser.storage.local as typeof browser.storage.local & {
        getBytesInUse?: (k?: string[] | null) => Promise<number>;
      };
      if (typeof area.getBytesInUse !== 'function') return null; // Firefox's storage.local cannot tell
      try {
        return await area.getBytesInUse(keys ?? null);
      } catch {
        return null;
      }
    },
  };
}

/**
 * A Web Lock: the popup of one tab, the popup of another window, the library page and the service worker
 * share the extension's origin, so they share the lock and their writes to the index never interleave.
 */
export function createSharedLock(name = 'tin-gon-digests'): StoreLock {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return createQueueLock();
  return <T>(fn: () => Promise<T>) => locks.request(name, () => fn()) as Promise<T>;
}
