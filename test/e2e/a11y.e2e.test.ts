// Accessibility and reading first, in Chromium with the production build:
// - the popup on every real page of the corpus and every seed page: the article starts in the first screen of the
//   600 px popup (its top offset is measured, and written to test-results/reading-first.json), with no axe
//   violation on the real content;
// - every screen of the popup (digest, lists opened, text settings, not an article, extract anyway that found
//   nothing, a 404 page, a browser page) and of the library (list, digest, people, agreements, sides, export and
//   import dialogs, the delete toast) in light and dark, Vietnamese and English: zero axe-core violations, and a
//   screenshot of each under test-results/screens/ (git-ignored).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_PAGES, loadCorpus } from '../golden/corpus';
import { loadSeedFixture, SEED_IDS } from '../seeds/seed-fixtures';
import { axePage, axePopup, describeViolations } from './axe';
import {
  ARTIFACTS,
  clickAction,
  closePopup,
  EXTENSION_DIR,
  launchWithExtension,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
  type TargetSession,
} from './harness';

const HOME_URL = 'https://baoquocte.vn/';
const HOME_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo Quốc tế - Tin tức quốc tế</title>
<meta property="og:type" content="website"></head><body><header><a href="/">Báo Quốc tế</a></header>
<main>${Array.from({ length: 24 }, (_, i) => `<div class="article"><a href="/tin-${i}.html"><h3>Tin ngoại giao số ${i}: hai nước thúc đẩy hợp tác</h3></a><p>Tóm tắt ngắn của tin số ${i}.</p></div>`).join('\n')}</main></body></html>`;
// A site's own "not found" page, served with 404 (over 512 bytes: Chromium shows a shorter error body as its own page).
const MISSING_URL = 'https://baoquocte.vn/bai-da-go-123.html';
const MISSING_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang - Báo Quốc tế</title></head><body>
<header><a href="/">Báo Quốc tế</a><nav>${['Thời sự', 'Ngoại giao', 'Kinh tế', 'Văn hóa'].map((s) => `<a href="/${s}">${s}</a>`).join(' ')}</nav></header>
<main><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xoá.</p><a href="/">Về trang chủ</a>
<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/tin-${i}.html">Tin mới số ${i}</a></li>`).join('')}</ul></main></body></html>`;
// An address the server answers with an empty 404: Chromium shows its own error page.
const GONE_URL = 'https://baoquocte.vn/khong-co-trang-nay.html';

const SCREENS = join(ARTIFACTS, 'screens');
const COMBOS = [
  { lang: 'vi', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'vi', theme: 'dark' },
] as const;
type Combo = (typeof COMBOS)[number];

interface RealPage {
  name: string;
  url: string;
  html: string | Buffer;
}

function realPages(): RealPage[] {
  const corpus = loadCorpus().map((p) => ({
    name: p.name,
    url: p.gold.url,
    html: readFileSync(join(CORPUS_PAGES, `${p.name}.html`)),
  }));
  const seeds = SEED_IDS.map((id) => {
    const s = loadSeedFixture(id);
    return { name: `seed-${id}`, url: s.facts.url, html: s.html };
  });
  return [...corpus, ...seeds];
}

let eb: ExtensionBrowser;
let server: PageServer;
const PAGES = realPages();
const problems: string[] = [];

async function setPrefs(prefs: Record<string, unknown>): Promise<void> {
  await eb.sw.evaluate(async (patch) => {
    const { prefs: now } = await chrome.storage.local.get('prefs');
    await chrome.storage.local.set({ prefs: { ...(now as object), ...patch } });
  }, prefs);
}

async function popupOn(
  url: string,
  settled = `((s) => !!s && s !== 'loading')(document.querySelector('.popup')?.dataset.state)`,
): Promise<{ popup: TargetSession; page: Page }> {
  const page = await eb.context.newPage();
  const address = url.startsWith('chrome') ? url : server.url(url);
  // The browser's own error page makes goto throw (net::ERR_HTTP_RESPONSE_CODE_FAILURE); the tab shows it, under
  // the address it failed to load.
  const failed = await page.goto(address, { waitUntil: 'domcontentloaded' }).then(
    () => false,
    () => true,
  );
  if (failed) await page.waitForURL(/^chrome-error:/);
  const { popup } = await clickAction(eb, page, failed ? address : undefined);
  await popup.waitFor(settled, 30_000);
  return { popup, page };
}

async function checkPopup(popup: TargetSession, name: string, combo: Combo): Promise<void> {
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: combo.theme }] });
  const where = `popup ${name} (${combo.lang}, ${combo.theme})`;
  problems.push(...describeViolations(where, await axePopup(popup)));
  writeFileSync(join(SCREENS, `popup-${name}-${combo.lang}-${combo.theme}.png`), await popup.screenshot());
}

async function checkLibrary(page: Page, name: string, combo: Combo): Promise<void> {
  const where = `library ${name} (${combo.lang}, ${combo.theme})`;
  problems.push(...describeViolations(where, await axePage(page)));
  await page.screenshot({ path: join(SCREENS, `library-${name}-${combo.lang}-${combo.theme}.png`), fullPage: false });
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  server = await startPageServer([
    // Offline, some real pages' own scripts reload them forever: served with their scripts disabled.
    ...PAGES.map((p) => ({
      path: new URL(p.url).pathname,
      html: p.html,
      headers: { 'content-security-policy': "script-src 'none'" },
    })),
    { path: '/', html: HOME_HTML },
    { path: new URL(MISSING_URL).pathname, html: MISSING_HTML, status: 404 },
  ]);
  // TIN_GON_EXTENSION_DIR measures another build (the figures of main, say) with the same pages.
  eb = await launchWithExtension(process.env.TIN_GON_EXTENSION_DIR ?? EXTENSION_DIR);
}, 120_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('reading first: the article in the first screen of the popup, on every real page', () => {
  it('measures where the article starts on each page, and finds no axe violation there', async () => {
    await setPrefs({ language: 'vi' });
    const offsets: { page: string; top: number; height: number; people: number }[] = [];
    for (const p of PAGES) {
      const { popup, page } = await popupOn(p.url);
      expect(await popup.evaluate<string>(`document.querySelector('.popup').dataset.state`), p.name).toBe('digest');
      const m = await popup.evaluate<{ top: number; height: number; people: number }>(`(() => ({
        top: Math.round(document.querySelector('[data-testid=article]').getBoundingClientRect().top),
        height: innerHeight,
        people: document.querySelectorAll('[data-testid=people] > li').length,
      }))()`);
      offsets.push({ page: p.name, ...m });
      problems.push(...describeViolations(`popup on ${p.name}`, await axePopup(popup)));
      writeFileSync(join(SCREENS, `reading-first-${p.name}.png`), await popup.screenshot());
      await closePopup(eb, popup);
      await page.close();
    }
    const tops = offsets.map((o) => o.top).sort((a, b) => a - b);
    const median = tops[Math.floor(tops.length / 2)]!;
    writeFileSync(
      join(ARTIFACTS, 'reading-first.json'),
      JSON.stringify({ median, max: tops.at(-1), offsets }, null, 2),
    );
    // At least 200 px of article text (seven lines) in the first 600 px, on every page.
    for (const o of offsets)
      expect(o.top, `${o.page}: the article starts at ${o.top}px (${o.people} people)`).toBeLessThanOrEqual(400);
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('every popup screen, light and dark, Vietnamese and English', () => {
  it.each(COMBOS)(
    '%o',
    async (combo) => {
      problems.length = 0;
      await setPrefs({ language: combo.lang });
      const seed = PAGES.find((p) => p.name === 'seed-000')!;

      const digest = await popupOn(
        seed.url,
        `['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`,
      );
      await checkPopup(digest.popup, 'digest', combo);
      // Every list opened, and the text settings.
      await digest.popup.evaluate(
        `document.querySelectorAll('[data-testid=entity-toggle]').forEach((b) => b.click()); document.querySelector('[data-testid=reader-toggle]').click()`,
      );
      await digest.popup.waitFor(
        `document.querySelectorAll('.entity-panel:not([hidden])').length > 0 && !document.querySelector('.reader-controls__panel').hidden`,
      );
      await checkPopup(digest.popup, 'digest-open', combo);
      await closePopup(eb, digest.popup);
      await digest.page.close();

      const home = await popupOn(HOME_URL);
      await checkPopup(home.popup, 'not-article', combo);
      await home.popup.evaluate(`document.querySelector('[data-testid=extract-anyway]')?.click()`);
      await home.popup.waitFor(
        `document.querySelector('[data-testid=not-article]')?.dataset.forced === 'true' || document.querySelector('.popup').dataset.state === 'digest'`,
        30_000,
      );
      await checkPopup(home.popup, 'extract-anyway', combo);
      await closePopup(eb, home.popup);
      await home.page.close();

      const missing = await popupOn(MISSING_URL);
      const shown = await missing.popup.evaluate<string>(
        `document.querySelector('.popup').dataset.state + ': ' + document.querySelector('main').innerText`,
      );
      expect(
        await missing.popup.evaluate<string>(`document.querySelector('[data-testid=problem]')?.dataset.status ?? ''`),
        shown,
      ).toBe('404');
      await checkPopup(missing.popup, 'http-404', combo);
      await closePopup(eb, missing.popup);
      await missing.page.close();

      const gone = await popupOn(GONE_URL);
      expect(
        await gone.popup.evaluate<string>(`document.querySelector('[data-testid=problem]')?.dataset.code ?? ''`),
      ).toBe('error-page');
      await checkPopup(gone.popup, 'error-page', combo);
      await closePopup(eb, gone.popup);
      await gone.page.close();

      const browserPage = await popupOn('chrome://version/');
      await checkPopup(browserPage.popup, 'browser-page', combo);
      await closePopup(eb, browserPage.popup);
      await browserPage.page.close();

      expect(problems).toEqual([]);
    },
    300_000,
  );
});

describe('every library screen, light and dark, Vietnamese and English', () => {
  let library: Page;

  beforeAll(async () => {
    library = await eb.context.newPage();
    await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
    await library.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid=row]').length > 3 && !document.querySelector('.lib-search .lib-hint'),
    );
  });

  it.each(COMBOS)(
    '%o',
    async (combo) => {
      problems.length = 0;
      await library.emulateMedia({ colorScheme: combo.theme });
      // The language changes live in the open page (a storage change event).
      await setPrefs({ language: combo.lang });
      await library.waitForFunction((lang) => document.documentElement.lang === lang, combo.lang);
      const go = async (hash: string, ready: string) => {
        await library.evaluate((h) => (location.hash = h), hash);
        await library.waitForSelector(ready);
      };
      await go('#/', '[data-testid=row]');
      await checkLibrary(library, 'list', combo);
      const first = await library.getAttribute('[data-testid=row]', 'data-row-id');
      await go(`#/digest/${first}`, '[data-testid=notes]');
      await checkLibrary(library, 'digest', combo);
      await go('#/people', '[data-testid=person]');
      await checkLibrary(library, 'people', combo);
      await go('#/agreements', '[data-testid=agreement], [data-testid=entities-empty]');
      await checkLibrary(library, 'agreements', combo);
      await go('#/sides', '[data-testid=side], [data-testid=entities-empty]');
      await checkLibrary(library, 'sides', combo);
      await go('#/', '[data-testid=row]');
      await library.click('[data-testid=export-open]');
      await library.waitForSelector('dialog[open]');
      await checkLibrary(library, 'export', combo);
      await library.keyboard.press('Escape');
      await library.click('[data-testid=import-open]');
      await library.waitForSelector('dialog[open]');
      await checkLibrary(library, 'import', combo);
      await library.keyboard.press('Escape');
      await library.waitForSelector('dialog[open]', { state: 'detached' });
      // The delete toast, then undo.
      await library.check('[data-testid=row]:last-child input[type=checkbox]');
      await library.click('.lib-list__bar .button');
      await library.waitForSelector('[data-testid=undo]:not([hidden])');
      await checkLibrary(library, 'toast', combo);
      await library.click('.lib-toast__undo');
      await library.waitForSelector('[data-testid=undo][hidden]', { state: 'attached' });
      expect(problems).toEqual([]);
    },
    300_000,
  );
  it('prints a digest as the article, its metadata, entities and notes, without the page controls', async () => {
    await library.emulateMedia({ colorScheme: 'light', media: 'screen' });
    const first = await library.getAttribute('[data-testid=row]', 'data-row-id');
    await library.evaluate((h) => (location.hash = h), `#/digest/${first}`);
    await library.fill('[data-testid=notes]', 'Ghi chú để in');
    await library.waitForFunction(
      () => (document.querySelector('[data-testid=notes-status]') as HTMLElement).dataset.state === 'saved',
    );
    await library.emulateMedia({ media: 'print' });
    const shown = await library.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll(sel)].some(
          (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0,
        );
      return {
        header: visible('.lib-header'),
        bar: visible('.lib-digest__bar'),
        textarea: visible('[data-testid=notes]'),
        article: visible('[data-testid=article]'),
        title: visible('[data-testid=title]'),
        entities: visible('.digest__entities'),
        notes: [...document.querySelectorAll('.lib-notes__print')]
          .map((e) => (getComputedStyle(e).display !== 'none' ? e.textContent : ''))
          .join(''),
      };
    });
    expect(shown).toEqual({
      header: false,
      bar: false,
      textarea: false,
      article: true,
      title: true,
      entities: true,
      notes: 'Ghi chú để in',
    });
    await library.pdf?.({ path: join(SCREENS, 'library-print.pdf') }).catch(() => undefined);
    await library.screenshot({ path: join(SCREENS, 'library-print.png'), fullPage: true });
    await library.emulateMedia({ media: 'screen' });
  }, 120_000);
});
