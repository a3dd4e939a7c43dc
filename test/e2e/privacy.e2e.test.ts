// Privacy and hostile pages in the production build (.output/chrome-mv3) in Debian's Chromium.
// - The built manifest asks for exactly the documented permissions, no host permissions, no content scripts,
//   and sets a strict CSP for the extension's pages.
// - A click, a save and a visit to the library make no network request of their own. Every context of the
//   extension (service worker, popup, library page) is asked for its Resource Timing entries, which list every
//   fetch, XHR, script, style and image that document or worker loaded; Playwright's request events add the
//   library page's requests. Decision (docs/security-and-privacy.md): the only
//   requests allowed outside the extension are the article's own images, loaded from the article's site when
//   the user opens the digest, because the reader shows them.
// - Hostile fixture pages clicked for real: the popup's article DOM holds nothing executable.
// - The sanitiser's output on every hostile fixture is a fixed point of DOMPurify running in this real browser
//   (DOMPurify removes nothing from it): an independent check of our allow-list rebuild.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article/types';
import { parseHtml } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract';
import { loadSeedFixture } from '../seeds/seed-fixtures';
import { HOSTILE_CASES, readHostile } from '../security/hostile-cases';
import { clickAction, closePopup, EXTENSION_DIR, launchWithExtension, ROOT, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

/** The permissions the README's "Security and privacy" section documents, each with its reason there. */
const DOCUMENTED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

const RESOURCES_JS = `performance.getEntriesByType('resource').map((e) => e.name)`;
/** Chromium records http(s) loads in Resource Timing (not chrome-extension:// ones). To prove the recorder
 * works in each context, the test itself loads a probe image after reading the entries, then looks for it. */
const probeJs = (url: string) => `(async () => { const img = new Image(); img.src = ${JSON.stringify(url)}; await img.decode().catch(() => undefined); return performance.getEntriesByType('resource').map((e) => e.name); })()`;

/** Walks the popup's article and reports anything executable (runs in the popup). */
const INERT_ARTICLE_JS = `(() => {
  const root = document.querySelector('[data-testid=article]');
  if (!root) return ['no article'];
  const problems = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^(script|iframe|frame|object|embed|applet|form|input|button|svg|math|style|link|meta|base|template|noscript)$/i.test(el.localName)) problems.push('<' + el.localName + '>');
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcset' || a.name === 'srcdoc') problems.push(el.localName + ' ' + a.name);
      if ((a.name === 'href' || a.name === 'src') && !/^https?:\\/\\//i.test(a.value)) problems.push(el.localName + ' ' + a.name + '=' + a.value.slice(0, 40));
    }
    if (el.localName === 'a' && el.hasAttribute('href') && (el.getAttribute('target') !== '_blank' || !/\\bnoopener\\b/.test(el.getAttribute('rel') || ''))) problems.push('link without _blank/noopener');
  }
  if (globalThis.__pwned !== undefined) problems.push('payload ran');
  return problems;
})()`;

let eb: ExtensionBrowser;
let server: PageServer;
const seed = loadSeedFixture('001');
const hostileUrl = (file: string) => HOSTILE_CASES.find((c) => c.file === file)!.url;

beforeAll(async () => {
  server = await startPageServer([
    { path: new URL(seed.facts.url).pathname, html: seed.html },
    ...HOSTILE_CASES.map((c) => ({ path: new URL(c.url).pathname, html: readHostile(c.file) })),
  ]);
  eb = await launchWithExtension();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly the documented permissions and no host access', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(DOCUMENTED_PERMISSIONS);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('sets a strict content security policy for the extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('the docs list the same permissions', () => {
    const doc = readFileSync(join(ROOT, 'docs/security-and-privacy.md'), 'utf8');
    for (const p of DOCUMENTED_PERMISSIONS) expect(doc).toContain(`\`${p}\``);
  });
});

describe('no network request of its own', () => {
  it('click, save, open the library and the digest: only extension files and the article’s own images', async () => {
    const extensionOrigin = `chrome-extension://${eb.extensionId}/`;
    // Playwright sees the library page's requests (the popup is not a Playwright page: Resource Timing covers it).
    const fromExtensionPages: string[] = [];
    const onRequest = (r: Request) => {
      const frameUrl = (() => {
        try {
          return r.frame().url();
        } catch {
          return '';
        }
      })();
      if (frameUrl.startsWith('chrome-extension://')) fromExtensionPages.push(r.url());
    };
    eb.context.on('request', onRequest);

    const page = await eb.context.newPage();
    await page.goto(server.url(seed.facts.url), { waitUntil: 'load' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`);
    await new Promise((r) => setTimeout(r, 500)); // images the popup may load
    const popupResources = await popup.evaluate<string[]>(RESOURCES_JS);
    const probe = server.url('https://probe.example/probe.gif');
    expect(await popup.evaluate<string[]>(probeJs(probe))).toContain(probe);
    const digestImages = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid=article] img')].map((i) => i.src)`);
    await closePopup(eb, popup);

    const library: Page = await eb.context.newPage();
    await library.goto(`${extensionOrigin}library.html`);
    await library.waitForSelector('[data-testid=row]');
    await library.click('[data-testid=row-title]');
    await library.waitForSelector('[data-testid=article]');
    await library.waitForTimeout(500);
    const libraryResources = (await library.evaluate(RESOURCES_JS)) as string[];
    const swResources = (await eb.sw.evaluate(RESOURCES_JS)) as string[];
    expect(await library.evaluate(probeJs(probe))).toContain(probe);
    // A worker has no Image: the probe is a fetch made by the test, after the worker's entries were read.
    expect(await eb.sw.evaluate(async (u) => (await fetch(u).catch(() => undefined), performance.getEntriesByType('resource').map((e) => e.name)), probe)).toContain(probe);
    eb.context.off('request', onRequest);

    // The article's own images: those in the stored digest (what the reader shows).
    const stored = Object.values(await eb.sw.evaluate(() => chrome.storage.local.get(null))) as { article?: Article }[];
    const article = stored.find((v) => v?.article?.url)?.article;
    expect(article).toBeTruthy();
    const allowedImages = new Set([...(article?.images.map((i) => i.src) ?? []), ...digestImages]);
    const isOwn = (u: string) => u.startsWith(extensionOrigin);
    const outside = [...popupResources, ...libraryResources, ...swResources, ...fromExtensionPages.filter((u) => u !== probe)].filter((u) => !isOwn(u));
    expect(outside.filter((u) => !allowedImages.has(u))).toEqual([]);
    expect(swResources.filter((u) => !isOwn(u))).toEqual([]);
    await library.close();
    await page.close();
  });
});

describe('remote images off', () => {
  it('the popup requests nothing outside the extension, and shows placeholders', async () => {
    await eb.sw.evaluate(() => chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: false } }));
    const page = await eb.context.newPage();
    await page.goto(server.url(seed.facts.url), { waitUntil: 'load' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor<number>('globalThis.__tinGonTiming?.settled');
    await popup.waitFor(`document.querySelector('[data-testid=article]')`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.evaluate<string[]>(RESOURCES_JS)).toEqual([]);
    expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid=article] img').length`)).toBe(0);
    expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid=article] .article__image-off').length`)).toBeGreaterThan(0);
    await eb.sw.evaluate(() => chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: true } }));
    await closePopup(eb, popup);
    await page.close();
  });
});

describe('hostile pages in Chromium', () => {
  it.each(['02-handlers.html', '03-urls.html', '06-svg-mathml.html', '08-mutation-xss.html', '11-dom-clobbering.html'])('%s: the popup shows an inert article', async (file) => {
    const page = await eb.context.newPage();
    page.on('dialog', (d) => void d.dismiss()); // the page's own scripts may alert: that is the page, not us
    await page.goto(server.url(hostileUrl(file)), { waitUntil: 'load' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor<number>('globalThis.__tinGonTiming?.settled');
    expect(await popup.evaluate<string>(`document.querySelector('.popup').dataset.state`)).toBe('digest');
    expect(await popup.evaluate<string[]>(INERT_ARTICLE_JS)).toEqual([]);
    expect(await popup.evaluate<number>(`document.querySelector('[data-testid=article]').textContent.length`)).toBeGreaterThan(300);
    await closePopup(eb, popup);
    await page.close();
  });

  it('DOMPurify in Chromium removes nothing from the sanitised bodies (independent cross-check)', async () => {
    const page = await eb.context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ path: join(ROOT, 'node_modules/dompurify/dist/purify.min.js') });
    const bodies = HOSTILE_CASES.flatMap((c) => {
      const r = extractArticle(parseHtml(readHostile(c.file), c.url), c.url);
      return r.kind === 'article' ? [{ file: c.file, html: r.bodyHtml }] : [];
    });
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    const diffs = await page.evaluate((items) => {
      const purify = (globalThis as unknown as { DOMPurify: { sanitize: (h: string, c?: object) => string; removed: unknown[] } }).DOMPurify;
      // The browser's own serialisation of the same HTML is the baseline (attribute quoting, entities).
      const reserialise = (h: string) => {
        const t = document.createElement('template');
        t.innerHTML = h;
        return t.innerHTML;
      };
      return items.flatMap(({ file, html }) => {
        const strict = purify.sanitize(html, { ALLOWED_URI_REGEXP: /^https?:/i });
        const removed = purify.removed.length;
        return strict === reserialise(html) && removed === 0 ? [] : [{ file, removed }];
      });
    }, bodies);
    expect(diffs).toEqual([]);
    await page.close();
  });
});
