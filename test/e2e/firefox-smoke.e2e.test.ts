// The Firefox build (.output/firefox-mv2) in firefox-esr, driven by puppeteer-core over WebDriver BiDi.
// Driven here: installing the add-on (Firefox validates the manifest and the package); the very extract.js the
// add-on injects, run in a Gecko page; and the background's real save path in Firefox (inject, people and
// agreements, storage, badge, no duplicate on a second save) through a test-only variant (platform/e2e-probe.ts)
// that starts it when a tab loads an address ending in #tin-gon-probe, because no driver can click Firefox's
// toolbar button: it has a host permission where the add-on has activeTab from the click.
// Not driven: the popup — the driver refuses to navigate to moz-extension:// pages; it is tested in Chromium.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { InjectedResult } from '../../lib/digest';
import {
  LIBRARY_PROBE_HASH,
  PROBE_ATTRIBUTE,
  PROBE_HASH,
  type LibraryProbeReport,
  type ProbeReport,
} from '../../platform/e2e-probe';
import { withEntities } from '../../lib/digest';
import { loadSeedFixture } from '../seeds/seed-fixtures';
import { manyNodesPage } from '../robustness/generate';
import { ROOT, startPageServer, type PageServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const PROBE_BUILD = join(ROOT, '.output-probe/firefox-mv2');
/** A site without a profile, over the element budget: the generic path on the article's region. */
const GENERIC_URL = 'https://baomau.vn/the-gioi/pho-thu-tuong-tiep-dai-su-nhat-ban-1001.html';
const haveFirefox = existsSync(FIREFOX);

describe.skipIf(!haveFirefox)('Firefox build in firefox-esr', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'ignore' });
    execSync('npx wxt build -b firefox', {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, WXT_TIN_GON_PROBE: '1' },
    });
    const seed = loadSeedFixture('001');
    server = await startPageServer([
      { path: new URL(seed.facts.url).pathname, html: seed.html },
      { path: new URL(GENERIC_URL).pathname, html: manyNodesPage(40_000) },
    ]);
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        // Every host name resolves to the local fixture server (Gecko's equivalent of --host-resolver-rules).
        'network.dns.localDomains': [seed.facts.url, GENERIC_URL].map((u) => new URL(u).hostname).join(','),
      },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the add-on (Firefox validates the manifest and accepts the package)', async () => {
    const id = await browser.installExtension(BUILD);
    expect(id).toBe('tin-gon@tin-gon.local');
  });

  it('the injected extract.js extracts the seed article in a Gecko page', async () => {
    const seed = loadSeedFixture('001');
    const page = await browser.newPage();
    await page.goto(server.url(seed.facts.url), { waitUntil: 'domcontentloaded' });
    // The same file the add-on injects; here in the page's world, where its last statement's value is read back.
    const source = readFileSync(join(BUILD, 'extract.js'), 'utf8');
    const answer = (await page.evaluate(`${source}`)) as InjectedResult;
    expect(answer.ok).toBe(true);
    if (!answer.ok || answer.result.kind !== 'article') throw new Error(JSON.stringify(answer).slice(0, 300));
    expect(answer.result.title).toBe(seed.facts.title);
    // People and agreements are found by the extension's own context from this answer, not in the page.
    expect(answer.entities).toBe(null);
    const full = withEntities(answer);
    expect(full.ok && full.entities?.people.map((p) => p.name)).toContain('Hoàng Xuân Chiến');
    expect(full.ok && full.entities?.agreements.map((a) => a.acronym)).toContain('PCA');
    await page.close();
  });
  it('the test-only probe is absent from the shipped builds', () => {
    for (const dir of [BUILD, join(ROOT, '.output/chrome-mv3')]) {
      if (existsSync(join(dir, 'background.js')))
        expect(readFileSync(join(dir, 'background.js'), 'utf8')).not.toContain(PROBE_HASH);
    }
    expect(readFileSync(join(PROBE_BUILD, 'background.js'), 'utf8')).toContain(PROBE_HASH);
  });

  it("the background's save path works in Firefox (extract, people and agreements, storage, badge, no duplicate); the library page finds the digest", async () => {
    const seed = loadSeedFixture('001');
    await browser.uninstallExtension('tin-gon@tin-gon.local').catch(() => undefined);
    expect(await browser.installExtension(PROBE_BUILD)).toBe('tin-gon@tin-gon.local');
    const page = await browser.newPage();
    const probe = async (url: string): Promise<ProbeReport> => {
      await page.goto('about:blank');
      await page.goto(server.url(url) + PROBE_HASH, { waitUntil: 'load' });
      const json = await page.waitForFunction(
        (name: string) => document.documentElement.getAttribute(name),
        { timeout: 30_000 },
        PROBE_ATTRIBUTE,
      );
      return JSON.parse((await json.jsonValue()) as string) as ProbeReport;
    };
    const first = await probe(seed.facts.url);
    expect(first.outcome).toMatchObject({ ok: true, created: true, source: 'page' });
    expect(first.title).toBe(seed.facts.title);
    expect(first.people).toContain('Hoàng Xuân Chiến');
    expect(first.acronyms).toContain('PCA');
    expect(first.bodyChars).toBeGreaterThan(1000);
    expect(first.stored).toBe(1);
    expect(first.badge).toBe('✓');
    // The same article again: the one record is updated, not duplicated.
    const second = await probe(seed.facts.url);
    expect(second.outcome).toMatchObject({ ok: true, created: false });
    expect(second.stored).toBe(1);
    // A site without a profile and over the element budget: Readability on the article's region, in Gecko.
    const generic = await probe(GENERIC_URL);
    expect(generic.outcome).toMatchObject({ ok: true, created: true });
    expect(generic.title).toBe('Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản');
    expect(generic.people).toContain('Bùi Thanh Sơn');
    expect(generic.acronyms).toEqual(expect.arrayContaining(['CPTPP', 'VJEPA']));
    expect(generic.stored).toBe(2);
    // The library page in Firefox, searched without diacritics: the one digest that names the person.
    await page.goto('about:blank');
    await page.goto(`${server.url(seed.facts.url)}${LIBRARY_PROBE_HASH}=${encodeURIComponent('hoang xuan chien')}`, {
      waitUntil: 'load',
    });
    const handle = await page.waitForFunction(
      (name: string) => document.documentElement.getAttribute(name),
      { timeout: 30_000 },
      PROBE_ATTRIBUTE,
    );
    const library = JSON.parse((await handle.jsonValue()) as string) as LibraryProbeReport;
    expect(library.rows).toEqual([seed.facts.title]);
    expect(library.usage).toMatch(/^2 (bản tin|digests)/);
    await page.close();
  });
});
