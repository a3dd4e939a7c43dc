// Closing the popup while its digest is being saved (issue 6, faults): the popup hands the extracted article
// to the background, which writes it whatever happens to the popup. To make the window wide and the test
// deterministic, the service worker holds the digest store's Web Lock while the popup saves: the write waits,
// the popup is closed, the lock is released, and the digest must still land (record, summary and url key).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFixture } from '../seeds/seed-fixtures';
import { layoutOfDump, summariesOfDump } from '../support/stored-layout';
import {
  clickAction,
  closePopup,
  launchWithExtension,
  readStorage,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';

let eb: ExtensionBrowser;
let server: PageServer;
const seed = loadSeedFixture('001');

beforeAll(async () => {
  server = await startPageServer([{ path: new URL(seed.facts.url).pathname, html: seed.html }]);
  eb = await launchWithExtension();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

type Stored = Record<string, unknown>;

describe('popup closed during the save', () => {
  it('the background finishes the save after the popup is gone', async () => {
    await eb.sw.evaluate(() => chrome.storage.local.clear());
    await eb.sw.evaluate(() => {
      const g = globalThis as unknown as { __release?: () => void };
      void navigator.locks.request('tin-gon-digests', () => new Promise<void>((r) => (g.__release = r)));
    });
    const page: Page = await eb.context.newPage();
    await page.goto(server.url(seed.facts.url), { waitUntil: 'domcontentloaded' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'saving'`);
    await closePopup(eb, popup);
    await new Promise((r) => setTimeout(r, 300));
    expect(Object.keys(await readStorage(eb)).filter((k) => k.startsWith('digest:'))).toEqual([]); // still waiting
    await eb.sw.evaluate(() => (globalThis as unknown as { __release: () => void }).__release());
    let stored: Stored = {};
    for (let i = 0; i < 50 && !summariesOfDump(stored).length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = (await readStorage(eb)) as Stored;
    }
    const records = Object.keys(stored).filter((k) => k.startsWith('digest:'));
    expect(records).toHaveLength(1);
    expect(summariesOfDump(stored).map((e) => 'digest:' + e.id)).toEqual(records);
    expect(layoutOfDump(stored)!.problems).toEqual([]);
    await page.close();
  });
});
