// Storage full (issue 6, faults) against Chromium's REAL chrome.storage.local quota. The production build asks
// for `unlimitedStorage`, so this file builds its own variant without it (TIN_GON_TEST_QUOTA=1, into
// .output-quota/, see wxt.config.ts), where storage.local holds 10,485,760 bytes. One digest is saved, filler
// keys take the rest of the space, then a second article is saved from the popup and from the context-menu
// handler: the user must be told (popup message, red badge with a tooltip), the first digest and its layout must
// be exactly as they were, and nothing of the second digest may be written. Once space is freed, saving again
// from the popup ("save again" in the popup that showed the error) must succeed.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, type Lang } from '../../lib/i18n';
import { loadSeedFixture } from '../seeds/seed-fixtures';
import { layoutOfDump, summariesOfDump } from '../support/stored-layout';
import {
  ARTIFACTS,
  clickAction,
  closePopup,
  launchWithExtension,
  openTab,
  readStorage,
  ROOT,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';

const QUOTA_BUILD = join(ROOT, '.output-quota/chrome-mv3');
const FILLER = 'filler:';

type Stored = Record<string, unknown>;
interface Fill {
  keys: string[];
  /** bytesInUse when the first filler write was refused, the size of that write, and Chromium's error text. */
  usedAtFirstFailure: number;
  refusedBytes: number;
  error: string;
  /** bytesInUse once the space is taken to the last kilobyte. */
  usedAfter: number;
  quota: number;
  permissions: string[];
}

let eb: ExtensionBrowser;
let server: PageServer;
const first = loadSeedFixture('000');
const second = loadSeedFixture('001');

beforeAll(async () => {
  // `npm run test:e2e` builds only the production extension: this variant is built here, every run.
  execSync('npx wxt build', { cwd: ROOT, env: { ...process.env, TIN_GON_TEST_QUOTA: '1' }, stdio: 'pipe' });
  server = await startPageServer([first, second].map((s) => ({ path: new URL(s.facts.url).pathname, html: s.html })));
  eb = await launchWithExtension(QUOTA_BUILD);
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

const open = (url: string): Promise<Page> => openTab(eb, server, url);

/** Everything in storage.local except the filler: what the extension itself wrote. */
async function ownData(): Promise<Stored> {
  return Object.fromEntries(Object.entries(await readStorage(eb)).filter(([k]) => !k.startsWith(FILLER))) as Stored;
}

const recordKeys = (s: Stored) =>
  Object.keys(s)
    .filter((k) => k.startsWith('digest:'))
    .sort();
const saveState = (state: string) =>
  `document.querySelector('[data-testid=save-status]')?.dataset.state === '${state}'`;

/**
 * Fills storage.local from the service worker: 1 MB filler values until Chromium refuses one, then smaller
 * values down to 1 KB, so less than about a kilobyte is left (a digest record is several kilobytes).
 */
function fillStorage(): Promise<Fill> {
  return eb.sw.evaluate(async (prefix) => {
    const area = chrome.storage.local as unknown as {
      set(items: object): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
      QUOTA_BYTES: number;
    };
    const keys: string[] = [];
    let firstFailure: { used: number; refused: number; error: string } | null = null;
    for (const size of [1 << 20, 1 << 16, 1 << 10]) {
      for (;;) {
        const key = `${prefix}${keys.length}`;
        try {
          await area.set({ [key]: 'x'.repeat(size) });
          keys.push(key);
        } catch (err) {
          firstFailure ??= {
            used: await area.getBytesInUse(null),
            refused: size,
            error: err instanceof Error ? err.message : String(err),
          };
          break;
        }
      }
    }
    return {
      keys,
      usedAtFirstFailure: firstFailure!.used,
      refusedBytes: firstFailure!.refused,
      error: firstFailure!.error,
      usedAfter: await area.getBytesInUse(null),
      quota: area.QUOTA_BYTES,
      permissions: chrome.runtime.getManifest().permissions ?? [],
    };
  }, FILLER);
}

describe('storage.local full in the real browser (no unlimitedStorage)', () => {
  it('the user is told, nothing saved is lost or half-written, and saving again works once space is freed', async () => {
    await eb.sw.evaluate(() => chrome.storage.local.clear());

    // 1. A first digest saves normally.
    const pageA = await open(first.facts.url);
    const a = await clickAction(eb, pageA);
    await a.popup.waitFor(saveState('saved'));
    await closePopup(eb, a.popup);
    const before = await ownData();
    expect(recordKeys(before)).toHaveLength(1);
    expect(summariesOfDump(before).map((e) => e.title)).toEqual([first.facts.title]);

    // 2. The rest of the quota is taken.
    const fill = await fillStorage();
    console.log(
      `[storage-quota] quota ${fill.quota} B; a ${fill.refusedBytes} B write refused at ${fill.usedAtFirstFailure} B in use: "${fill.error}"; filled to ${fill.usedAfter} B`,
    );
    expect(fill.permissions).not.toContain('unlimitedStorage');
    expect(fill.quota).toBe(10_485_760);
    expect(fill.error).toMatch(/quota/i);
    expect(fill.usedAfter).toBeLessThanOrEqual(fill.quota);
    const free = fill.quota - fill.usedAfter;
    expect(free).toBeLessThan(2048);

    // 3. Saving a second article from the popup: the digest is still shown, with the storage-full message.
    const pageB = await open(second.facts.url);
    const b = await clickAction(eb, pageB);
    await b.popup.waitFor(saveState('error'));
    const shown = await b.popup.evaluate<{
      lang: Lang;
      state: string;
      title: string;
      message: string;
      retry: boolean;
      role: string;
    }>(`(() => ({
      lang: document.documentElement.lang,
      state: document.querySelector('.popup').dataset.state,
      title: document.querySelector('[data-testid=title]')?.textContent ?? '',
      message: document.querySelector('[data-testid=save-status] .status__error').innerText.trim(),
      retry: !!document.querySelector('[data-testid=retry-save]'),
      role: document.querySelector('[data-testid=save-status] .status__error')?.getAttribute('role') ?? '',
    }))()`);
    expect(['en', 'vi']).toContain(shown.lang);
    expect(shown.message).toBe(t(shown.lang, 'storage.quota'));
    expect(shown.role).toBe('alert');
    expect(shown.retry).toBe(true); // "save again", for once room has been made
    expect(shown.state).toBe('digest'); // the reader still gets the digest it asked for
    expect(shown.title).toBe(second.facts.title);
    writeFileSync(join(ARTIFACTS, 'popup-storage-full.png'), await b.popup.screenshot());
    // Exactly what was there before: the first record, its summary, url key, directory and meta untouched, no record
    // of the second (and no journal left behind).
    expect(await ownData()).toEqual(before);

    // 4. The same save from the context menu (or the shortcut: same function): a red "!" badge whose tooltip
    // says storage is full. The popup's click above gave the tab activeTab, as the menu click would.
    const menu = await eb.sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab) throw new Error('no active tab');
      const g = globalThis as unknown as { tinGon: { onMenuClicked: (i: object, t: object) => Promise<unknown> } };
      const result = await g.tinGon.onMenuClicked({ menuItemId: 'save-digest' }, tab);
      // Read at once: the badge clears itself after a few seconds.
      return {
        url: tab.url,
        result,
        badge: await chrome.action.getBadgeText({ tabId: tab.id }),
        tooltip: await chrome.action.getTitle({ tabId: tab.id }),
      };
    });
    expect(menu.url).toBe(pageB.url());
    expect(menu.result).toMatchObject({ ok: false, reason: 'quota' });
    expect(menu.badge).toBe('!');
    expect(menu.tooltip).toContain(t(shown.lang, 'storage.quota'));
    expect(await ownData()).toEqual(before);

    // 5. Space is freed (the filler goes); "save again" in the popup still open on the second article saves it.
    await eb.sw.evaluate((keys) => chrome.storage.local.remove(keys), fill.keys);
    await b.popup.evaluate(`document.querySelector('[data-testid=retry-save]').click()`);
    await b.popup.waitFor(saveState('saved'));
    await closePopup(eb, b.popup);

    // 6. The first digest is still readable by the product: its popup shows it as saved.
    const again = await clickAction(eb, pageA);
    await again.popup.waitFor(saveState('stored'));
    expect(await again.popup.evaluate<string>(`document.querySelector('[data-testid=title]').textContent`)).toBe(
      first.facts.title,
    );
    await closePopup(eb, again.popup);

    const after = await ownData();
    expect(recordKeys(after)).toHaveLength(2);
    expect(after[recordKeys(before)[0]!]).toEqual(before[recordKeys(before)[0]!]);
    expect(
      summariesOfDump(after)
        .map((e) => e.title)
        .sort(),
    ).toEqual([first.facts.title, second.facts.title].sort());
    expect(
      summariesOfDump(after)
        .map((e) => 'digest:' + e.id)
        .sort(),
    ).toEqual(recordKeys(after));
    expect(layoutOfDump(after)!.problems).toEqual([]);
    // The refusal was genuine: the second record alone is larger than the space that was left.
    const newKey = recordKeys(after).find((k) => !(k in before))!;
    const recordBytes = await eb.sw.evaluate(
      (k) => (chrome.storage.local as unknown as { getBytesInUse(k: string[]): Promise<number> }).getBytesInUse([k]),
      newKey,
    );
    console.log(`[storage-quota] ${free} B were free; the second record takes ${recordBytes} B`);
    expect(recordBytes).toBeGreaterThan(free);

    await pageA.close();
    await pageB.close();
  });
});
