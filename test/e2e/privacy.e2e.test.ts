// Privacy and hostile pages in the production build (.output/chrome-mv3) in Debian's Chromium.
// - The built manifest asks for exactly the documented permissions, no host permissions, no content scripts,
//   and sets a strict CSP for the extension's pages.
// - A click, a save, opening the digest in the library and importing a backup make no request that can identify
//   the reader. A recording HTTPS server answers for every host and logs each request with its Cookie and Referer
//   headers; the reader has cookies for a tracker, the article's site and its CDN. The extension's requests (the
//   page has finished loading before the click, and has no script) may only go to the article's own site family,
//   without cookie or referrer; Resource Timing in the popup, library and service worker catches any request that
//   would not reach the server. The digest keeps the photo the page showed, no tracking pixel, no lazy tracker,
//   no LAN host; an image of another site is stored but requested only when the reader asks.
// - Hostile fixture pages clicked for real: the popup's article DOM holds nothing executable.
// - The sanitiser's output on every hostile fixture is a fixed point of DOMPurify running in this real browser
//   (DOMPurify removes nothing from it): an independent check of our allow-list rebuild.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { HOSTILE_CASES, readHostile } from '../security/hostile-cases';
import { backupJson } from '../../lib/export';
import { makeDigest } from '../library/make-digest';
import { articlePage } from '../security/pathological';
import {
  clickAction,
  closePopup,
  EXTENSION_DIR,
  launchWithExtension,
  readStorage,
  ROOT,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';
import { startRecordingServer, type Recorded, type RecordingServer } from './recording-server';

/** The permissions the README's "Security and privacy" section documents, each with its reason there. */
const DOCUMENTED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

const RESOURCES_JS = `performance.getEntriesByType('resource').map((e) => e.name)`;

/** Walks the popup's article and reports anything executable (runs in the popup). */
const INERT_ARTICLE_JS = `(() => {
  const root = document.querySelector('[data-testid=article]');
  if (!root) return ['no article'];
  const problems = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.dataset.testid === 'load-images') continue; // the reader's own button for images from other sites
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
const hostileUrl = (file: string) => HOSTILE_CASES.find((c) => c.file === file)!.url;

beforeAll(async () => {
  server = await startPageServer([
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
    for (const key of [
      'host_permissions',
      'optional_permissions',
      'optional_host_permissions',
      'content_scripts',
      'web_accessible_resources',
      'externally_connectable',
    ]) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('its pages request images without credentials (cross_origin_embedder_policy: credentialless)', () => {
    expect(manifest.cross_origin_embedder_policy).toEqual({ value: 'credentialless' });
  });

  it('sets a strict content security policy for the extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('the docs list the same permissions', () => {
    const doc = readFileSync(join(ROOT, 'docs/security-and-privacy.md'), 'utf8');
    for (const p of DOCUMENTED_PERMISSIONS) expect(doc).toContain(`\`${p}\``);
  });
});

/** The article's images, by what they are: the page loads them all; a digest may keep and load only some. */
const IMG = {
  photo: 'https://i1-vnexpress.vnecdn.net/2025/10/22/photo-1.jpg',
  own: 'https://vnexpress.net/images/own-photo.jpg',
  shown: 'https://i1-vnexpress.vnecdn.net/2025/10/22/photo-2.jpg',
  lazyTracker: 'https://beacon.tracker-ads.com/lazy.gif',
  pixel: 'https://beacon.tracker-ads.com/pixel.gif',
  zero: 'https://beacon.tracker-ads.com/zero.gif',
  cssPixel: 'https://beacon.tracker-ads.com/css.gif',
  thirdParty: 'https://cdn.othersite.com/photo-3.jpg',
  lan: 'https://printer.lan/cam.jpg',
};
const TRACKED_URL = 'https://vnexpress.net/thu-tuong-tiep-dai-su-nhat-ban-4800001.html';
const FAMILY = new Set(['vnexpress.net', 'vnecdn.net']);
const inFamily = (host: string) => [...FAMILY].some((d) => host === d || host.endsWith(`.${d}`));

describe('no request that can identify the reader', () => {
  let rec: RecordingServer;
  const pages: Record<string, string> = {};
  const at = (u: string) => rec.url(u);

  beforeAll(async () => {
    rec = await startRecordingServer(pages);
    const fig = (img: string, caption: string) =>
      `<figure>${img}<figcaption>${caption}. Ảnh: TTXVN</figcaption></figure>`;
    pages[new URL(TRACKED_URL).pathname] = articlePage(
      fig(`<img src="${at(IMG.photo)}" alt="Ảnh một">`, 'Thủ tướng tiếp Đại sứ') +
        `<p>Hai bên trao đổi về hợp tác.<img src="${at(IMG.pixel)}" alt=""></p>` +
        fig(`<img src="${at(IMG.own)}" alt="Ảnh hai">`, 'Quang cảnh buổi tiếp') +
        fig(`<img src="${at(IMG.shown)}" data-src="${at(IMG.lazyTracker)}" alt="Ảnh ba">`, 'Đại sứ phát biểu') +
        `<img src="${at(IMG.zero)}" width="0" height="0"><img src="${at(IMG.cssPixel)}" style="width:1px;height:1px">` +
        fig(`<img src="${at(IMG.thirdParty)}" alt="Ảnh bốn">`, 'Ảnh từ trang khác') +
        fig(`<img src="${at(IMG.lan)}" alt="Ảnh năm">`, 'Máy in trong mạng nhà'),
    );
    // Cookies the reader has: the tracker's (as if set on some site before), the article's site's, its CDN's.
    const setter = await eb.context.newPage();
    for (const [host, name, domain] of [
      ['beacon.tracker-ads.com', 'track', ''],
      ['vnexpress.net', 'vne', 'vnexpress.net'],
      ['i1-vnexpress.vnecdn.net', 'cdn', 'vnecdn.net'],
      ['cdn.othersite.com', 'other', ''],
    ])
      await setter.goto(at(`https://${host}/set-cookie?name=${name}${domain ? `&domain=${domain}` : ''}`));
    await setter.close();
  });
  afterAll(async () => {
    await rec?.close();
  });

  /** The requests the server saw since the last call (and forgets them). */
  const take = () => rec.log.splice(0, rec.log.length);
  /** What may never be: a host outside the article's family, a cookie, a referrer. */
  const problems = (reqs: Recorded[]) =>
    reqs.flatMap((r) => [
      ...(inFamily(r.host) ? [] : [`${r.host}${r.path}: outside the article's site family`]),
      ...(r.cookie ? [`${r.host}${r.path}: sent cookie ${r.cookie}`] : []),
      ...(r.referer ? [`${r.host}${r.path}: sent referrer ${r.referer}`] : []),
    ]);
  const httpOutside = (urls: string[]) => urls.filter((u) => /^https?:/.test(u) && !inFamily(new URL(u).hostname));

  it('saving: the popup loads only the article’s own images, without cookies or referrer, and the digest keeps no tracker', async () => {
    const page = await eb.context.newPage();
    await page.goto(at(TRACKED_URL), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    // The cookies are there to be sent: the browser holds all four, and the page itself sends its site's own.
    const pageOwn = take();
    expect(pageOwn.find((r) => r.path === '/images/own-photo.jpg')?.cookie).toContain('vne=reader-42');
    const jar = (await eb.context.cookies()).map((c) => `${c.domain} ${c.name}`);
    expect(jar).toEqual(
      expect.arrayContaining([
        'beacon.tracker-ads.com track',
        '.vnexpress.net vne',
        '.vnecdn.net cdn',
        'cdn.othersite.com other',
      ]),
    );

    const { popup } = await clickAction(eb, page);
    await popup.waitFor(
      `['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`,
    );
    await popup.waitFor(
      `[...document.querySelectorAll('[data-testid=article] img')].filter((i) => i.complete && i.naturalWidth > 100).length >= 3`,
    );
    const popupTiming = await popup.evaluate<string[]>(RESOURCES_JS);
    await closePopup(eb, popup);
    const saving = take();
    expect(problems(saving)).toEqual([]);
    expect(httpOutside(popupTiming)).toEqual([]);
    // The recorder saw the popup's image requests (it works), and nothing from the tracker or the other site.
    expect(saving.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/2025/10/22/photo-1.jpg', '/images/own-photo.jpg', '/2025/10/22/photo-2.jpg']),
    );

    const stored = Object.values(await readStorage(eb)) as { article?: Article }[];
    const article = stored.find((v) => v?.article?.url === at(TRACKED_URL))?.article;
    const kept = (article?.images ?? []).map((i) => new URL(i.src)).map((u) => `https://${u.hostname}${u.pathname}`);
    // The photo the page showed, not its lazy tracker; the other site's photo kept (not loaded); no pixel, no LAN host.
    expect(kept).toEqual([IMG.photo, IMG.own, IMG.shown, IMG.thirdParty]);
    expect(article?.bodyHtml).not.toMatch(/tracker-ads|printer\.lan/);
    await page.close();
  });

  it('opening the saved digest in the library: the same, and the other site’s image waits for the reader', async () => {
    take();
    const library: Page = await eb.context.newPage();
    const seen: string[] = [];
    library.on('request', (r) => seen.push(r.url()));
    await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
    await library.waitForSelector('[data-testid=row]');
    await library.click('[data-testid=row-title]');
    await library.waitForSelector('[data-testid=article]');
    await library.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=article] img')].filter(
          (i) => (i as HTMLImageElement).naturalWidth > 100,
        ).length >= 3,
    );
    await library.waitForTimeout(300);
    const opening = take();
    expect(problems(opening)).toEqual([]);
    expect(opening.map((r) => r.path)).toContain('/2025/10/22/photo-1.jpg');
    expect(httpOutside(seen)).toEqual([]);
    expect(httpOutside((await library.evaluate(RESOURCES_JS)) as string[])).toEqual([]);
    expect(httpOutside((await eb.sw.evaluate(RESOURCES_JS)) as string[])).toEqual([]);
    // The reader asks for the remaining image: only then is the other site requested (still without cookie or referrer).
    await library.click('[data-testid=load-images]');
    await library.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=article] img')].some(
        (i) => (i as HTMLImageElement).src.includes('othersite') && (i as HTMLImageElement).naturalWidth > 100,
      ),
    );
    const asked = take();
    expect(asked.map((r) => r.host)).toContain('cdn.othersite.com');
    expect(asked.filter((r) => r.cookie || r.referer)).toEqual([]);
    await library.close();
  });

  it('an imported backup cannot carry a read-beacon: nothing is requested when its digest is opened', async () => {
    const beacon = makeDigest({ id: 'beacon-digest', title: 'Bài có đèn hiệu' });
    beacon.article.bodyHtml = `<p>Nội dung.</p><figure><img src="${at('https://beacon.tracker-ads.com/read.gif')}" alt=""></figure><figure><img src="${at(IMG.lan)}" alt=""></figure><figure><img src="https://127.0.0.1:${rec.port}/loop.jpg" alt=""></figure>`;
    beacon.article.images = [
      { src: at('https://beacon.tracker-ads.com/read.gif'), alt: '', caption: null, credit: null },
      { src: at(IMG.lan), alt: '', caption: null, credit: null },
    ];
    const library: Page = await eb.context.newPage();
    await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
    await library.waitForSelector('[data-testid=row]');
    await library.click('[data-testid=import-open]');
    await library.setInputFiles('[data-testid=import-file]', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupJson([beacon])),
    });
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length === 2);
    take();
    await library.click('[data-testid=row-title]:has-text("Bài có đèn hiệu")');
    await library.waitForSelector('[data-testid=article]');
    await library.waitForTimeout(500);
    expect(take()).toEqual([]);
    const stored = Object.values(await readStorage(eb)).find(
      (v) => (v as { article?: Article }).article?.title === 'Bài có đèn hiệu',
    ) as { article: Article };
    expect(stored.article.bodyHtml).not.toMatch(/printer\.lan|127\.0\.0\.1/);
    expect(stored.article.images.map((i) => new URL(i.src).hostname)).toEqual(['beacon.tracker-ads.com']);
    await library.close();
  });

  it('remote images off: the popup requests nothing at all and shows placeholders', async () => {
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: false } }),
    );
    const page = await eb.context.newPage();
    await page.goto(at(TRACKED_URL), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    take();
    const { popup } = await clickAction(eb, page);
    await popup.waitFor<number>('globalThis.__tinGonTiming?.settled');
    await popup.waitFor(`document.querySelector('[data-testid=article]')`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.evaluate<string[]>(RESOURCES_JS)).toEqual([]);
    expect(take()).toEqual([]);
    expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid=article] img').length`)).toBe(0);
    expect(
      await popup.evaluate<number>(`document.querySelectorAll('[data-testid=article] .article__image-off').length`),
    ).toBeGreaterThan(0);
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: true } }),
    );
    await closePopup(eb, popup);
    await page.close();
  });

  it('keep images in the library: saving reads only what the page loaded, and opening the digest requests nothing', async () => {
    const OFFLINE_URL = 'https://vnexpress.net/thu-tuong-tiep-dai-su-han-quoc-4800002.html';
    const OFF = {
      cdn: 'https://i1-vnexpress.vnecdn.net/cors/offline-1.jpg',
      own: 'https://vnexpress.net/images/offline-own.jpg',
      other: 'https://cdn.othersite.com/offline-3.jpg',
    };
    const fig = (src: string, caption: string) =>
      `<figure><img src="${at(src)}" alt="${caption}"><figcaption>${caption}. Ảnh: TTXVN</figcaption></figure>`;
    pages[new URL(OFFLINE_URL).pathname] = articlePage(
      fig(OFF.cdn, 'Ảnh trên CDN cho phép CORS') +
        `<p>Hai bên trao đổi.<img src="${at(IMG.pixel)}" alt=""></p>` +
        fig(OFF.own, 'Ảnh trên trang') +
        fig(OFF.other, 'Ảnh trang khác'),
      { h1: 'Thủ tướng tiếp Đại sứ Hàn Quốc' },
    );
    // Images from the site on (the default in Chromium): a digest without kept pictures would request them when opened.
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({
        prefs: { language: 'auto', articleFont: 'serif', remoteImages: true, keepImages: true },
      }),
    );
    const page = await eb.context.newPage();
    await page.goto(at(OFFLINE_URL), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const loadedByPage = new Set(take().map((r) => r.host));
    expect(loadedByPage).toContain('cdn.othersite.com');

    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved'`);
    expect(
      await popup.evaluate<string>(`document.querySelector('[data-testid=images-note]')?.textContent ?? ''`),
    ).toMatch(/2\D+3/);
    await closePopup(eb, popup);
    const saving = take();
    // Whatever the tab read again, it is what the page had loaded, and nothing identifies the reader.
    expect(saving.filter((r) => r.cookie || r.referer)).toEqual([]);
    expect(saving.filter((r) => !inFamily(r.host) && !loadedByPage.has(r.host))).toEqual([]);
    expect(saving.filter((r) => r.host.includes('tracker-ads'))).toEqual([]);

    const storage = await readStorage(eb);
    const record = Object.values(storage).find(
      (v) => (v as { article?: Article }).article?.url === at(OFFLINE_URL),
    ) as { id: string };
    const index = storage[`img:${record.id}`] as {
      items: { src: string }[];
      skipped: { src: string; reason: string }[];
    };
    const path = (s: string) => new URL(s).pathname;
    expect(index.items.map((e) => path(e.src))).toEqual([path(OFF.cdn), path(OFF.own)]);
    expect(index.skipped.map((s) => [path(s.src), s.reason])).toEqual([[path(OFF.other), 'unreadable']]);
    await page.close();

    take();
    const library: Page = await eb.context.newPage();
    const seen: string[] = [];
    library.on('request', (r) => seen.push(r.url()));
    await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
    await library.waitForSelector('[data-testid=row]');
    await library.click('[data-testid=row-title]:has-text("Đại sứ Hàn Quốc")');
    await library.waitForSelector('[data-testid=article]');
    await library.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=article] img')].filter(
          (i) => (i as HTMLImageElement).naturalWidth > 100,
        ).length === 2,
    );
    await library.waitForTimeout(500);
    expect(take()).toEqual([]);
    expect(
      await library.evaluate(() =>
        [...document.querySelectorAll('[data-testid=article] img')].map((i) => (i as HTMLImageElement).src.slice(0, 5)),
      ),
    ).toEqual(['blob:', 'blob:']);
    expect(seen.filter((u) => /^https?:/.test(u))).toEqual([]);
    expect(((await library.evaluate(RESOURCES_JS)) as string[]).filter((u) => /^https?:/.test(u))).toEqual([]);
    expect(await library.textContent('[data-testid=images-not-kept]')).toContain('1');
    expect(await library.textContent('[data-testid=usage]')).toMatch(/(ảnh|images) \d/);
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: true } }),
    );
    await library.close();
  });

  it('keep images in the library: Undo of a refresh in the popup puts back the pictures the refresh replaced', async () => {
    const ARTICLE_URL = 'https://vnexpress.net/dai-su-trinh-quoc-thu-4800003.html';
    const fig = (src: string, caption: string) =>
      `<figure><img src="${at(src)}" alt="${caption}"><figcaption>${caption}. Ảnh: TTXVN</figcaption></figure>`;
    const version = (figs: string) =>
      articlePage(figs + '<p>Đại sứ trình quốc thư lên Chủ tịch nước.</p>', { h1: 'Đại sứ trình quốc thư' });
    const first = ['https://i1-vnexpress.vnecdn.net/cors/undo-1.jpg', 'https://vnexpress.net/images/undo-2.jpg'];
    const later = 'https://vnexpress.net/images/undo-3.jpg';
    pages[new URL(ARTICLE_URL).pathname] = version(fig(first[0]!, 'Ảnh một') + fig(first[1]!, 'Ảnh hai'));
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({
        prefs: { language: 'auto', articleFont: 'serif', remoteImages: true, keepImages: true },
      }),
    );
    const kept = async () => {
      const storage = await readStorage(eb);
      const record = Object.values(storage).find(
        (v) => (v as { article?: Article }).article?.url === at(ARTICLE_URL),
      ) as {
        id: string;
        article: Article;
      };
      const index = storage[`img:${record.id}`] as { items: { n: number; src: string }[] };
      const pictures = index.items.map((e) => storage[`img:${record.id}:${e.n}`] as { src: string; data: string });
      return {
        shown: record.article.images.map((i) => new URL(i.src).pathname),
        kept: pictures.map((x) => [new URL(x.src).pathname, x.data.length > 100]),
        keys: Object.keys(storage).filter((k) => k.startsWith(`img:${record.id}`)).length,
      };
    };
    const page = await eb.context.newPage();
    await page.goto(at(ARTICLE_URL), { waitUntil: 'load' });
    const saved = await clickAction(eb, page);
    await saved.popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved'`);
    await closePopup(eb, saved.popup);
    const before = await kept();
    expect(before.kept).toEqual(first.map((u) => [new URL(u).pathname, true]));

    // The article changes its pictures; the reader refreshes the digest, then takes it back.
    pages[new URL(ARTICLE_URL).pathname] = version(fig(later, 'Ảnh ba'));
    await page.reload({ waitUntil: 'load' });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'stored'`);
    await popup.evaluate('document.querySelector("[data-testid=refresh]").click()');
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'saved'`);
    expect((await kept()).kept).toEqual([[new URL(later).pathname, true]]);
    await popup.evaluate('document.querySelector("[data-testid=undo]").click()');
    await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'undone'`);
    await closePopup(eb, popup);
    expect(await kept()).toEqual(before);
    await page.close();
    await eb.sw.evaluate(() =>
      chrome.storage.local.set({ prefs: { language: 'auto', articleFont: 'serif', remoteImages: true } }),
    );
  });
});

describe('hostile pages in Chromium', () => {
  it.each(['02-handlers.html', '03-urls.html', '06-svg-mathml.html', '08-mutation-xss.html', '11-dom-clobbering.html'])(
    '%s: the popup shows an inert article',
    async (file) => {
      const page = await eb.context.newPage();
      page.on('dialog', (d) => void d.dismiss()); // the page's own scripts may alert: that is the page, not us
      await page.goto(server.url(hostileUrl(file)), { waitUntil: 'load' });
      const { popup } = await clickAction(eb, page);
      await popup.waitFor<number>('globalThis.__tinGonTiming?.settled');
      expect(await popup.evaluate<string>(`document.querySelector('.popup').dataset.state`)).toBe('digest');
      expect(await popup.evaluate<string[]>(INERT_ARTICLE_JS)).toEqual([]);
      expect(
        await popup.evaluate<number>(`document.querySelector('[data-testid=article]').textContent.length`),
      ).toBeGreaterThan(300);
      await closePopup(eb, popup);
      await page.close();
    },
  );

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
      const purify = (
        globalThis as unknown as { DOMPurify: { sanitize: (h: string, c?: object) => string; removed: unknown[] } }
      ).DOMPurify;
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
