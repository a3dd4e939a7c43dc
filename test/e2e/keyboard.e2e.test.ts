// The library and the popup with the keyboard only, in Chromium with the production build: the skip links come
// first and lead to the content and the list, "/" focuses the search, the Export and Import dialogs keep Tab
// inside and close with Escape (focus back on the button that opened them), a delete puts focus on Undo and
// Undo puts it on the restored digest, the chips of a row are one Tab stop; in the popup the entity lists and
// the text settings open from the keyboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFixture, SEED_IDS, type SeedFixture } from '../seeds/seed-fixtures';
import {
  clickAction,
  closePopup,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';

let eb: ExtensionBrowser;
let server: PageServer;
let seeds: SeedFixture[];
let library: Page;

/** What has the focus: its tag, its test id or id, and its text. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      testId: el?.dataset.testid ?? '',
      cls: el?.className ?? '',
      text: (el?.textContent ?? '').trim(),
      inDialog: !!el?.closest('dialog[open]'),
    };
  });

beforeAll(async () => {
  seeds = SEED_IDS.slice(0, 3).map(loadSeedFixture);
  server = await startPageServer(seeds.map((s) => ({ path: new URL(s.facts.url).pathname, html: s.html })));
  eb = await launchWithExtension();
  for (const s of seeds) {
    const page = await eb.context.newPage();
    await page.goto(server.url(s.facts.url), { waitUntil: 'domcontentloaded' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(
      `['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`,
      30_000,
    );
    await closePopup(eb, popup);
    await page.close();
  }
  library = await eb.context.newPage();
  await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
  await library.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=row]').length === n && !document.querySelector('.lib-search .lib-hint'),
    seeds.length,
  );
}, 180_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('the library with the keyboard only', () => {
  it('the first Tab reaches the skip link; the second skip link leads to the list, and a Tab later to the first row', async () => {
    // A fresh load: nothing has the focus yet.
    await library.reload();
    await library.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid=row]').length === n && !document.querySelector('.lib-search .lib-hint'),
      seeds.length,
    );
    await library.keyboard.press('Tab');
    expect((await focused(library)).cls).toBe('skip-link');
    await library.keyboard.press('Tab');
    const second = await focused(library);
    expect(second.cls).toBe('skip-link');
    await library.keyboard.press('Enter');
    expect((await focused(library)).id).toBe('lib-results');
    await library.keyboard.press('Tab');
    await library.keyboard.press('Tab');
    const row = await library.evaluate(() =>
      document.activeElement?.closest('[data-testid=row]')?.getAttribute('data-row-id'),
    );
    expect(row).toBeTruthy();
    // A row is three stops: checkbox, title, its chips; the next Tab is in the next row.
    await library.keyboard.press('Tab');
    await library.keyboard.press('Tab');
    expect((await focused(library)).cls).toContain('lib-chip');
    await library.keyboard.press('Tab');
    const next = await library.evaluate(() =>
      document.activeElement?.closest('[data-testid=row]')?.getAttribute('data-row-id'),
    );
    expect(next).toBeTruthy();
    expect(next).not.toBe(row);
  });

  it('"/" focuses the search from anywhere on the page, but types a slash in a field', async () => {
    await library.focus('[data-testid=row-title]');
    await library.keyboard.press('/');
    expect((await focused(library)).id).toBe('lib-q');
    await library.keyboard.type('a/b');
    expect(await library.inputValue('#lib-q')).toBe('a/b');
    await library.fill('#lib-q', '');
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, seeds.length);
  });

  it.each([
    ['export-open', 'Export'],
    ['import-open', 'Import'],
  ])('the %s dialog is modal: Tab and Shift+Tab stay inside, Escape closes it, focus returns', async (button) => {
    await library.focus(`[data-testid=${button}]`);
    await library.keyboard.press('Enter');
    await library.waitForSelector('dialog[open]');
    expect((await focused(library)).inDialog).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await library.keyboard.press('Tab');
      const f = await focused(library);
      expect(f.inDialog, `Tab ${i + 1} left the dialog for ${f.tag} ${f.text}`).toBe(true);
      seen.add(`${f.tag}:${f.text}`);
    }
    // It cycled: fewer distinct stops than presses.
    expect(seen.size).toBeLessThan(25);
    for (let i = 0; i < 10; i++) {
      await library.keyboard.press('Shift+Tab');
      expect((await focused(library)).inDialog).toBe(true);
    }
    // The page behind is inert: a click there does nothing while the dialog is open.
    expect(
      await library.evaluate(
        () => getComputedStyle(document.querySelector('dialog[open]')!, '::backdrop').backgroundColor,
      ),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await library.keyboard.press('Escape');
    await library.waitForSelector('dialog[open]', { state: 'detached' });
    expect((await focused(library)).testId).toBe(button);
  });

  it('a delete puts focus on Undo; Enter undoes it and focus goes to the restored digest', async () => {
    const target = await library.getAttribute('[data-testid=row]:nth-child(2)', 'data-row-id');
    const title = await library.textContent('[data-testid=row]:nth-child(2) [data-testid=row-title]');
    await library.focus('[data-testid=row]:nth-child(2) input[type=checkbox]');
    await library.keyboard.press('Space');
    // The Delete button sits in the bar above the rows: back up to it.
    for (
      let i = 0;
      i < 10 && (await focused(library)).text !== 'Xoá' && (await focused(library)).text !== 'Delete';
      i++
    )
      await library.keyboard.press('Shift+Tab');
    expect(['Xoá', 'Delete']).toContain((await focused(library)).text);
    await library.keyboard.press('Enter');
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, seeds.length - 1);
    await library.waitForFunction(() => document.activeElement?.classList.contains('lib-toast__undo'));
    await library.keyboard.press('Enter');
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, seeds.length);
    await library.waitForFunction(
      (id) => document.activeElement?.closest('[data-row-id]')?.getAttribute('data-row-id') === id,
      target,
    );
    expect((await focused(library)).text).toBe(title);
  });

  it('the digest view: the text settings open and apply from the keyboard, Escape folds them', async () => {
    await library.focus('[data-testid=row-title]');
    await library.keyboard.press('Enter');
    await library.waitForSelector('[data-testid=reader-toggle]');
    await library.focus('[data-testid=reader-toggle]');
    await library.keyboard.press('Enter');
    await library.keyboard.press('Tab');
    await library.keyboard.press('Tab');
    expect((await focused(library)).testId).toBe('reader-larger');
    await library.keyboard.press('Enter');
    await library.waitForFunction(
      () =>
        (document.querySelector('[data-testid=article]') as HTMLElement).style.getPropertyValue('--reader-size') ===
        '1.1',
    );
    await library.keyboard.press('Escape');
    expect(await library.isHidden('.reader-controls__panel')).toBe(true);
    await library.evaluate(() => (location.hash = '#/'));
  });
});

describe('the popup with the keyboard only', () => {
  it('Tab reaches the entity lines; Enter opens a full list and marks a person', async () => {
    const page = await eb.context.newPage();
    await page.goto(server.url(seeds[1]!.facts.url), { waitUntil: 'domcontentloaded' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'stored'`, 30_000);
    // Keys as Playwright sends them: Tab has no text (rawKeyDown), Enter types a carriage return.
    await popup.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    const press = async (key: 'Tab' | 'Enter') => {
      const code = key === 'Tab' ? 9 : 13;
      await popup.send(
        'Input.dispatchKeyEvent',
        key === 'Tab'
          ? { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: code }
          : { type: 'keyDown', key, code: key, windowsVirtualKeyCode: code, text: '\r' },
      );
      await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code });
    };
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await press('Tab');
      reached = await popup.evaluate<boolean>(`document.activeElement?.dataset.testid === 'entity-toggle'`);
    }
    expect(reached).toBe(true);
    await press('Enter');
    await popup.waitFor(`document.activeElement.getAttribute('aria-expanded') === 'true'`);
    expect(
      await popup.evaluate<boolean>(
        `!document.getElementById(document.activeElement.getAttribute('aria-controls')).hidden`,
      ),
    ).toBe(true);
    await closePopup(eb, popup);
    await page.close();
  });
});
