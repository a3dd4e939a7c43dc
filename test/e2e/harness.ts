// Drives the production build in Debian's Chromium: a local HTTP server answers for the real news hosts
// (Chromium maps every host to 127.0.0.1 with --host-resolver-rules, so site profiles pick by hostname and no
// real network is touched), the toolbar button is clicked for real with CDP Extensions.triggerAction on the
// tab target (which also grants activeTab, exactly like a click), and the popup, which Playwright does not
// expose as a Page, is driven through Target.attachToTarget + Runtime.evaluate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Route {
  /** Path with query ignored, e.g. "/bai-viet-1.html". Any host reaches the same server. */
  path: string;
  /** A string is sent as UTF-8; bytes are sent as they are, so the page's own <meta charset> decides. */
  html: string | Buffer;
  /** HTTP status (default 200): a site's own "not found" page is served with 404. */
  status?: number;
  /** Extra response headers (a saved real page is served with `script-src 'none'`: offline, some of its scripts reload it forever). */
  headers?: Record<string, string>;
}

export interface PageServer {
  port: number;
  /** https://<host>:<port><path> for a route's real address. */
  url(realUrl: string): string;
  close(): Promise<void>;
}

/**
 * A throw-away self-signed certificate (openssl, one day): pages are served over HTTPS like the real sites,
 * which also matters because Chromium upgrades HSTS-preloaded news hosts (dantri.com.vn...) to https.
 * Chromium runs with --ignore-certificate-errors.
 */
export function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tin-gon-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'k.pem'),
        '-out',
        join(dir, 'c.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=tin-gon-e2e',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startPageServer(routes: Route[]): Promise<PageServer> {
  const byPath = new Map(routes.map((r) => [decodeURIComponent(r.path), r]));
  const server = createServer(selfSignedCert(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = byPath.get(path);
    const html = route?.html;
    if (html === undefined) {
      // Images and other sub-resources of the fixture pages: an empty 204, fast and offline.
      res.writeHead(path.endsWith('.html') || path === '/' ? 404 : 204).end();
      return;
    }
    res
      .writeHead(route?.status ?? 200, {
        'content-type': typeof html === 'string' ? 'text/html; charset=utf-8' : 'text/html',
        ...route?.headers,
      })
      .end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url(realUrl: string) {
      const u = new URL(realUrl);
      return `https://${u.hostname}:${port}${u.pathname}${u.search}`;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  sw: Worker;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tin-gon-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--ignore-certificate-errors',
      // Every host name resolves to the local fixture server: real site URLs, no real network.
      '--host-resolver-rules=MAP * 127.0.0.1',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no Browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    sw,
    cdp,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

async function targets(cdp: CDPSession, type: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type }] } as never)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/**
 * The TAB target showing `page` (Extensions.triggerAction rejects page targets). A tab showing the browser's error
 * page keeps the address it failed to load (`url`), while the page says chrome-error://.
 */
export async function tabTargetOf(cdp: CDPSession, page: Page, url = page.url()): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const hit = (await targets(cdp, 'tab')).find((t) => t.url === url);
    if (hit) return hit.targetId;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no tab target for ${url}`);
}

/** A popup (or any target) attached without flattening: commands go through Target.sendMessageToTarget. */
export class TargetSession {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(
    private readonly cdp: CDPSession,
    readonly sessionId: string,
    readonly targetId: string,
  ) {}

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    const s = new TargetSession(cdp, sessionId, targetId);
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      const p = msg.id !== undefined ? s.pending.get(msg.id) : undefined;
      if (!p) return;
      s.pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    });
    return s;
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const done = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return done;
  }

  /** Evaluates an expression in the popup (promises awaited) and returns its JSON value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const r = await this.send<{
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.evaluate<T>(expression).catch(() => undefined);
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/**
 * Clicks the toolbar button for `page` (CDP Extensions.triggerAction on its tab target) and attaches to the
 * popup that opens. Returns the session and the epoch ms just before the click.
 */
export async function clickAction(
  eb: ExtensionBrowser,
  page: Page,
  tabUrl?: string,
): Promise<{ popup: TargetSession; clickedAt: number }> {
  const [one] = await clickActions(eb, [page], tabUrl);
  return one!;
}

/**
 * Clicks the toolbar button of several tabs (each in its own window) at the same moment. The popups are
 * returned in no particular order (a popup does not say which tab it belongs to until it renders).
 */
export async function clickActions(
  eb: ExtensionBrowser,
  pages: Page[],
  tabUrl?: string,
): Promise<{ popup: TargetSession; clickedAt: number }[]> {
  if (pages.length === 1) await pages[0]!.bringToFront();
  const tabIds = await Promise.all(pages.map((p) => tabTargetOf(eb.cdp, p, tabUrl)));
  const popupUrl = `chrome-extension://${eb.extensionId}/popup.html`;
  const before = new Set((await targets(eb.cdp, 'page')).filter((t) => t.url === popupUrl).map((t) => t.targetId));
  const clickedAt = Date.now();
  await Promise.all(
    tabIds.map((targetId) =>
      eb.cdp.send('Extensions.triggerAction' as never, { id: eb.extensionId, targetId } as never),
    ),
  );
  for (let i = 0; i < 400; i++) {
    const fresh = (await targets(eb.cdp, 'page')).filter((t) => t.url === popupUrl && !before.has(t.targetId));
    if (fresh.length >= pages.length) {
      return Promise.all(
        fresh.map(async (t) => ({ popup: await TargetSession.attach(eb.cdp, t.targetId), clickedAt })),
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the popup did not open');
}

/** A new tab showing `realUrl` from the fixture server (every host name reaches it). */
export async function openTab(
  eb: ExtensionBrowser,
  server: PageServer,
  realUrl: string,
  timeoutMs = 30_000,
): Promise<Page> {
  const page = await eb.context.newPage();
  await page.goto(server.url(realUrl), { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  return page;
}

/** Closes an open popup (by its target). */
export async function closePopup(eb: ExtensionBrowser, popup: TargetSession): Promise<void> {
  await popup.detach();
  await eb.cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
}

/** Everything in the extension's storage.local, read in the service worker. */
export function readStorage(eb: ExtensionBrowser): Promise<Record<string, unknown>> {
  return eb.sw.evaluate(() => chrome.storage.local.get(null));
}

/** The popup's rendered digest: what the user sees, read from the DOM. */
export const POPUP_DIGEST_JS = `(() => {
  const q = (s) => document.querySelector(s);
  const all = (s) => [...document.querySelectorAll(s)].map((e) => e.textContent.trim());
  return {
    state: q('.popup')?.dataset.state ?? null,
    save: q('[data-testid=save-status]')?.dataset.state ?? null,
    title: q('[data-testid=title]')?.textContent ?? null,
    site: q('[data-testid=site-name]')?.textContent ?? null,
    people: all('[data-testid=people] .entity__name'),
    agreements: all('[data-testid=agreements] .entity__name'),
    acronyms: all('[data-testid=agreements] abbr'),
    library: q('[data-testid=library]')?.textContent ?? null,
    articleChars: q('[data-testid=article]')?.textContent.length ?? 0,
    images: document.querySelectorAll('[data-testid=article] img').length,
  };
})()`;

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}
