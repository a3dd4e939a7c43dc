// The library page as a reviewer saw it in Chromium (production build, digests saved through the popup): opening a
// digest raises no Content Security Policy violation (DOMPurify's self-test parsed an inline event handler in a
// document bound to the page's CSP, two reports per view); the filter bar has its final layout from the first
// frame (menus present before their options load); a date box's message does not move the other filters.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURIFIER_PROBE, PURIFIER_PROBE_CLEAN, PURIFY_CONFIG } from '../../lib/sanitize';
import { loadSeedFixture, type SeedFixture } from '../seeds/seed-fixtures';
import {
  clickAction,
  closePopup,
  EXTENSION_DIR,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';

const DIR = process.env.TIN_GON_EXTENSION_DIR ?? EXTENSION_DIR;
const SEEDS = ['000', '001'];
const SCREENS = join(process.cwd(), 'test-results', 'screens');
const PURIFY_JS = createRequire(import.meta.url).resolve('dompurify/dist/purify.js');

let eb: ExtensionBrowser;
let server: PageServer;
let seeds: SeedFixture[];

/** Collects the page's CSP violation events and the console's CSP messages from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`), true);
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console];
}

/** Each filter of the bar, by its label, where it is on the screen. */
interface Placed {
  label: string;
  x: number;
  y: number;
  width: number;
}

/** Records, from before the page's first script, where the filters are the first time the bar is in the page. */
async function recordFirstBar(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstBar: unknown };
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('.lib-filters');
      if (!bar) return;
      observer.disconnect();
      w.__firstBar = [...bar.querySelectorAll(':scope > label')].map((l) => {
        const r = l.getBoundingClientRect();
        return { label: (l.firstChild?.textContent ?? '').trim(), x: r.x, y: r.y, width: r.width };
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const bar = (page: Page): Promise<Placed[]> =>
  page.$$eval('.lib-filters > label', (labels) =>
    labels.map((l) => {
      const r = l.getBoundingClientRect();
      return { label: (l.firstChild?.textContent ?? '').trim(), x: r.x, y: r.y, width: r.width };
    }),
  );

/** The library with every row listed, the search index covering it and the menus' options read. */
async function openLibrary(page: Page): Promise<void> {
  await page.goto(`chrome-extension://${eb.extensionId}/library.html`);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=row]').length === n &&
      !document.querySelector('.lib-search .lib-hint') &&
      (document.querySelector('[data-testid=filter-person]') as HTMLSelectElement | null)?.disabled === false,
    SEEDS.length,
  );
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  seeds = SEEDS.map(loadSeedFixture);
  server = await startPageServer([
    ...seeds.map((s) => ({ path: new URL(s.facts.url).pathname, html: s.html })),
    {
      path: '/strict-csp.html',
      html: '<!doctype html><html><head><meta charset="utf-8"><title>CSP</title></head><body><p>page</p></body></html>',
      headers: { 'content-security-policy': "script-src 'none'" },
    },
  ]);
  eb = await launchWithExtension(DIR);
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
}, 180_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('Content Security Policy', () => {
  it('DOMPurify passes its self-test in Chromium under a strict CSP without a violation (an inline handler would raise one)', async () => {
    const page = await eb.context.newPage();
    const violations = await watchCsp(page);
    await page.goto(server.url('https://news.example.com/strict-csp.html'));
    // Evaluated through the DevTools protocol, which the page's CSP does not govern; DOMPurify's parsing is.
    await page.evaluate(readFileSync(PURIFY_JS, 'utf8'));
    const clean = await page.evaluate(
      ([probe, config]) =>
        (window as unknown as { DOMPurify: { sanitize(h: string, c: unknown): string } }).DOMPurify.sanitize(
          probe,
          config,
        ),
      [PURIFIER_PROBE, PURIFY_CONFIG] as const,
    );
    expect(clean).toBe(PURIFIER_PROBE_CLEAN);
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    // The listener sees what the old probe did: an inline handler parsed by DOMPurify is reported.
    await page.evaluate(() =>
      (window as unknown as { DOMPurify: { sanitize(h: string): string } }).DOMPurify.sanitize(
        '<img src="https://x.invalid/a.png" onerror="alert(1)">',
      ),
    );
    await expect.poll(async () => (await violations()).length, { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('opening a digest in the library raises no CSP violation', async () => {
    const page = await eb.context.newPage();
    const violations = await watchCsp(page);
    await openLibrary(page);
    await page.click('[data-testid=row-title] >> nth=0');
    await page.waitForSelector('[data-testid=delete-digest]');
    await page.waitForSelector('article p');
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe('the filter bar', () => {
  it('has its final layout from the first frame: every menu there, at its width, before the options load', async () => {
    const page = await eb.context.newPage();
    await recordFirstBar(page);
    await openLibrary(page);
    const first = (await page.evaluate(() => (window as unknown as { __firstBar: Placed[] }).__firstBar)) ?? [];
    const loaded = await bar(page);
    await page.screenshot({
      path: join(SCREENS, 'library-filter-bar.png'),
      clip: { x: 0, y: 0, width: 1100, height: 260 },
    });
    expect(loaded.map((p) => p.label)).toContain('Side');
    expect(first).toEqual(loaded);
    await page.close();
  });

  it("a date box's message goes under the filters: no filter moves", async () => {
    const page = await eb.context.newPage();
    await openLibrary(page);
    const before = await bar(page);
    await page.click('input[inputmode=numeric] >> nth=0');
    await page.keyboard.type('1/1/20', { delay: 40 });
    await page.waitForSelector('[role=alert]');
    await page.screenshot({
      path: join(SCREENS, 'library-date-message.png'),
      clip: { x: 0, y: 0, width: 1100, height: 260 },
    });
    expect(await bar(page)).toEqual(before);
    const [field, message] = await Promise.all([
      page.$eval('input[inputmode=numeric]', (e) => e.getBoundingClientRect().bottom),
      page.$eval('[role=alert]', (e) => e.getBoundingClientRect().top),
    ]);
    expect(message).toBeGreaterThanOrEqual(field);
    await page.close();
  });
});
