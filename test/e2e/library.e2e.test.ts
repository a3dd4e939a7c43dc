// The library page in Chromium with the production build: digests saved through the popup on seed pages,
// then search (with and without diacritics), a person filter, notes and a highlight that survive a reload,
// exports checked by content, and import of the JSON backup into a fresh profile.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFixture, type SeedFixture } from '../seeds/seed-fixtures';
import { clickAction, closePopup, EXTENSION_DIR, launchWithExtension, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

// TIN_GON_EXTENSION_DIR lets a developer run this against a build elsewhere (the shared .output is rebuilt by npm run test:e2e).
const DIR = process.env.TIN_GON_EXTENSION_DIR ?? EXTENSION_DIR;
const SEEDS = ['000', '001', '002'];

let eb: ExtensionBrowser;
let server: PageServer;
let seeds: SeedFixture[];
let library: Page;
let backupPath = '';

async function save(seed: SeedFixture): Promise<void> {
  const page = await eb.context.newPage();
  await page.goto(server.url(seed.facts.url), { waitUntil: 'domcontentloaded' });
  const { popup } = await clickAction(eb, page);
  await popup.waitFor(`['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`, 30_000);
  await closePopup(eb, popup);
  await page.close();
}

const rowTitles = (p: Page) => p.$$eval('[data-testid=row-title]', (els) => els.map((e) => e.textContent ?? ''));

async function search(p: Page, text: string): Promise<string[]> {
  await p.fill('#lib-q', text);
  await p.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, text);
  return rowTitles(p);
}

beforeAll(async () => {
  seeds = SEEDS.map(loadSeedFixture);
  server = await startPageServer(seeds.map((s) => ({ path: new URL(s.facts.url).pathname, html: s.html })));
  eb = await launchWithExtension(DIR);
  for (const s of seeds) await save(s);
  library = await eb.context.newPage();
  await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
  await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n && !document.querySelector('.lib-search .lib-hint'), SEEDS.length);
}, 180_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('library page', () => {
  it('lists every saved digest with its usage line', async () => {
    expect((await rowTitles(library)).sort()).toEqual(seeds.map((s) => s.facts.title).sort());
    await library.waitForFunction(() => /^3 bản tin · /.test(document.querySelector('[data-testid=usage]')?.textContent ?? ''));
  });

  it('searches with and without diacritics and marks the words', async () => {
    const chien = seeds.find((s) => s.id === '001')!.facts.title;
    expect(await search(library, 'hoang xuan chien')).toEqual([chien]);
    expect(await library.$$eval('[data-testid=row] mark', (m) => m.map((e) => e.textContent))).toContain('Hoàng Xuân Chiến');
    expect(await search(library, 'Hoàng Xuân Chiến')).toEqual([chien]);
    expect(await search(library, 'HOANG XUAN CHIEN'.normalize('NFD'))).toEqual([chien]);
    expect(await search(library, 'zzzkhongco')).toEqual([]);
    await search(library, '');
  });

  it('filters by a person and keeps the filter in the URL', async () => {
    await library.click('[data-testid=row] .lib-chip--person >> text=Hoàng Xuân Chiến');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length === 1);
    expect(new URL(library.url()).searchParams.get('person')).toBe('Hoàng Xuân Chiến');
    await library.click('text=Bỏ lọc');
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
  });

  it('keeps a note and a highlight across a reload', async () => {
    const title = seeds.find((s) => s.id === '001')!.facts.title;
    await library.click(`[data-testid=row-title] >> text=${title}`);
    await library.waitForSelector('[data-testid=notes]');
    await library.fill('[data-testid=notes]', 'Theo dõi đối thoại quốc phòng với EU');
    await library.waitForFunction(() => document.querySelector('[data-testid=notes-status]')?.textContent === 'Đã lưu');
    const quote = await library.evaluate(() => {
      const p = [...document.querySelectorAll('.lib-digest__article p')].find((e) => (e.textContent ?? '').length > 80)!;
      const text = p.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    await library.click('[data-testid=keep-selection]');
    await library.waitForSelector('[data-testid=highlight]');
    await library.reload();
    await library.waitForSelector('[data-testid=notes]');
    await library.waitForFunction(() => (document.querySelector('[data-testid=notes]') as HTMLTextAreaElement).value !== '');
    expect(await library.inputValue('[data-testid=notes]')).toBe('Theo dõi đối thoại quốc phòng với EU');
    expect(await library.$$eval('[data-testid=highlight] blockquote', (b) => b.map((e) => e.textContent))).toEqual([quote.replace(/\s+/g, ' ').trim()]);
    await library.goto(`chrome-extension://${eb.extensionId}/library.html#/`);
    await library.waitForFunction(() => !document.querySelector('.lib-search .lib-hint') && document.querySelectorAll('[data-testid=row]').length > 0);
  });

  it('exports a JSON backup and Markdown files with the note in them', async () => {
    await library.click('button >> text=Xuất');
    await library.check('text=JSON: bản sao lưu đầy đủ');
    const [json] = await Promise.all([library.waitForEvent('download'), library.click('[data-testid=export-run]')]);
    backupPath = (await json.path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'tin-gon-backup', version: 1 });
    expect(backup.digests).toHaveLength(SEEDS.length);
    expect(backup.digests.map((d: { notes: string }) => d.notes)).toContain('Theo dõi đối thoại quốc phòng với EU');

    await library.click('button >> text=Xuất');
    await library.check('text=Markdown: mỗi bản tin một tệp');
    const [md] = await Promise.all([library.waitForEvent('download'), library.click('[data-testid=export-run]')]);
    expect(md.suggestedFilename()).toMatch(/^tin-gon-\d{4}-\d{2}-\d{2}-markdown\.zip$/);
    const files = unzipSync(readFileSync((await md.path())!));
    expect(Object.keys(files)).toHaveLength(SEEDS.length);
    const chien = Object.values(files).map((f) => strFromU8(f)).find((t) => t.includes('Hoàng Xuân Chiến'))!;
    expect(chien).toMatch(/^---\ntitle: "/);
    expect(chien).toContain('## Ghi chú\n\nTheo dõi đối thoại quốc phòng với EU');
  });

  it('imports the backup into a fresh profile, identical, and refuses a foreign file', async () => {
    const fresh = await launchWithExtension(DIR);
    try {
      const page = await fresh.context.newPage();
      await page.goto(`chrome-extension://${fresh.extensionId}/library.html`);
      await page.waitForSelector('.lib-empty');
      await page.click('button >> text=Nhập');
      await page.setInputFiles('[data-testid=import-file]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a backup"}') });
      expect(await (await page.waitForSelector('[data-testid=import-error]')).textContent()).toContain('not a Tin Gọn backup');
      await page.setInputFiles('[data-testid=import-file]', backupPath);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
      expect(await page.textContent('[data-testid=notice]')).toContain(`${SEEDS.length} mới`);
      const stored = await fresh.sw.evaluate(() => chrome.storage.local.get(null));
      const original = JSON.parse(readFileSync(backupPath, 'utf8')).digests as { id: string }[];
      for (const d of original) expect(stored[`digest:${d.id}`]).toEqual(d);
    } finally {
      await fresh.close();
    }
  });
});
