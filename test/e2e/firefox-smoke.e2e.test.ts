// Smoke test of the Firefox build (.output/firefox-mv2) in firefox-esr, driven by puppeteer-core over
// WebDriver BiDi. What can be driven here: installing the add-on (Firefox validates the manifest and the
// package), and running the very extract.js the add-on injects, in a Gecko page, on a seed page.
// What cannot: the toolbar button, the popup and extension storage — Firefox has no Extensions.triggerAction,
// and the driver refuses to navigate to moz-extension:// pages, so the popup itself is tested in Chromium only.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { InjectedResult } from '../../lib/digest/injected';
import { withEntities } from '../../lib/digest/with-entities';
import { loadSeedFixture } from '../seeds/seed-fixtures';
import { ROOT, startPageServer, type PageServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const haveFirefox = existsSync(FIREFOX);

describe.skipIf(!haveFirefox)('Firefox build in firefox-esr', () => {
  let browser: Browser;
  let server: PageServer;

  beforeAll(async () => {
    execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'ignore' });
    const seed = loadSeedFixture('001');
    server = await startPageServer([{ path: new URL(seed.facts.url).pathname, html: seed.html }]);
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        // Every host name resolves to the local fixture server (Gecko's equivalent of --host-resolver-rules).
        'network.dns.localDomains': new URL(seed.facts.url).hostname,
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
});
