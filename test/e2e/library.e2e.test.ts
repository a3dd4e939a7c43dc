// The library page in Chromium with the production build: digests saved through the popup on seed pages,
// then search (with and without diacritics), a person filter, notes and a highlight that survive a reload,
// exports checked by content (the citation formats read back by independent parsers), and import of the JSON
// backup into a fresh profile.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citeproc, cslStrictClean, parseBiblatex, parseRis } from '../citation/independent';
import type { CslItem } from '../../lib/export';
import { cleanInline, matchKey } from '../../lib/text';
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

// TIN_GON_EXTENSION_DIR lets a developer run this against a build elsewhere (the shared .output is rebuilt by npm run test:e2e).
const DIR = process.env.TIN_GON_EXTENSION_DIR ?? EXTENSION_DIR;
const SEEDS = ['000', '001', '002'];
const SCREENS = join(process.cwd(), 'test-results', 'screens');

let eb: ExtensionBrowser;
let server: PageServer;
let seeds: SeedFixture[];
let library: Page;
let backupPath = '';

async function save(seed: SeedFixture): Promise<void> {
  const page = await eb.context.newPage();
  await page.goto(server.url(seed.facts.url), { waitUntil: 'domcontentloaded' });
  const { popup } = await clickAction(eb, page);
  await popup.waitFor(
    `['saved','stored'].includes(document.querySelector('[data-testid=save-status]')?.dataset.state)`,
    30_000,
  );
  await closePopup(eb, popup);
  await page.close();
}

const rowTitles = (p: Page) => p.$$eval('[data-testid=row-title]', (els) => els.map((e) => e.textContent ?? ''));

async function search(p: Page, text: string): Promise<string[]> {
  await p.fill('#lib-q', text);
  // The list answers the text, and the URL has taken it (once the typing paused).
  await p.waitForFunction(
    (q) =>
      document.querySelector('.lib-list')?.getAttribute('data-answers') === q &&
      (new URLSearchParams(location.search).get('q') ?? '') === q,
    text,
  );
  return rowTitles(p);
}

beforeAll(async () => {
  seeds = SEEDS.map(loadSeedFixture);
  server = await startPageServer(seeds.map((s) => ({ path: new URL(s.facts.url).pathname, html: s.html })));
  eb = await launchWithExtension(DIR);
  for (const s of seeds) await save(s);
  library = await eb.context.newPage();
  await library.goto(`chrome-extension://${eb.extensionId}/library.html`);
  await library.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=row]').length === n && !document.querySelector('.lib-search .lib-hint'),
    SEEDS.length,
  );
}, 180_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('library page', () => {
  it('lists every saved digest with its usage line', async () => {
    expect((await rowTitles(library)).sort()).toEqual(seeds.map((s) => s.facts.title).sort());
    // The page speaks the browser's language (English in headless Chromium) unless the user chose one.
    await library.waitForFunction(() =>
      /^3 (bản tin|digests) · \d/.test(document.querySelector('[data-testid=usage]')?.textContent ?? ''),
    );
  });

  it('searches with and without diacritics and marks the words', async () => {
    // Nguyễn Quốc Dũng is named only in seed 000; every word is AND-matched, so an article with "Nguyễn",
    // "quốc" and "nội dung" apart also matches, ranked below the one naming him.
    const dung = seeds.find((s) => s.id === '000')!.facts.title;
    for (const q of ['nguyen quoc dung', 'Nguyễn Quốc Dũng', 'NGUYÊN QUÔC DUNG'.normalize('NFD')])
      expect((await search(library, q))[0]).toBe(dung);
    expect(await library.$$eval('[data-testid=row]:first-child mark', (m) => m.map((e) => e.textContent))).toContain(
      'Nguyễn Quốc Dũng',
    );
    expect(await search(library, 'gunnar wiegan')).toEqual([dung]);
    // Hoàng Xuân Chiến is in the articles of seeds 001 and 002 (seed 000 names him only in its related-news box).
    const chien = seeds.filter((s) => s.id !== '000').map((s) => s.facts.title);
    expect(await search(library, 'hoang xuan chien')).toEqual(expect.arrayContaining(chien));
    expect(await search(library, 'Hoàng Xuân Chiến'.normalize('NFD'))).toEqual(expect.arrayContaining(chien));
    expect(await search(library, 'zzzkhongco')).toEqual([]);
    await search(library, '');
  });

  it('filters by a person and keeps the filter in the URL', async () => {
    await search(library, '');
    await library.click('[data-testid=row] .lib-chip--person >> text=Nguyễn Quốc Dũng');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length === 1);
    // The address follows the filter (history.replaceState after the rows render): wait for it, do not race it.
    await library.waitForFunction(() => new URL(location.href).searchParams.has('person'));
    expect(new URL(library.url()).searchParams.get('person')).toBe('Nguyễn Quốc Dũng');
    await library.click('[data-testid=clear-filters]');
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
  });

  it('filters by a date typed day first: as typed, on the day the list shows, and never by a date no longer shown', async () => {
    await search(library, '');
    // The day the first row shows for its save (the list sorts by save date), as the reader's browser reads it.
    const day = await library.$eval('[data-testid=row-date]', (e) => {
      const d = new Date(e.getAttribute('datetime')!);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
    });
    const count = () => library.textContent('[data-testid=result-count]');
    const [from, to] = [
      library.locator('input[inputmode=numeric]').nth(0),
      library.locator('input[inputmode=numeric]').nth(1),
    ];
    // Typed, with no Enter and without leaving the box: it applies once the typing pauses.
    await from.click();
    await library.keyboard.type(day, { delay: 40 });
    await library.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
    await to.click();
    await library.keyboard.type('01/01/2015', { delay: 40 });
    await library.waitForSelector('[data-testid=no-results]');
    expect(await library.textContent('[data-testid=no-results]')).toContain('01/01/2015');
    // A text that is no date removes that bound, says so, and the list is not filtered by the old one.
    await to.press('Control+a');
    await library.keyboard.type('1/1/20', { delay: 40 });
    await library.keyboard.press('Tab');
    await library.waitForSelector('[role=alert]');
    await library.waitForFunction(() => !new URL(location.href).searchParams.has('to'));
    await library.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
    expect(await count()).toMatch(/^3 /);
    expect(await to.inputValue()).toBe('1/1/20');
    await library.click('[data-testid=clear-filters]');
    await library.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  });

  it('digest view at 1280×900: notes first in the side column, which scrolls with the page, every entity listed', async () => {
    await library.setViewportSize({ width: 1280, height: 900 });
    const title = seeds.find((s) => s.id === '000')!.facts.title;
    await library.click(`[data-testid=row-title] >> text=${title}`);
    await library.waitForSelector('[data-testid=notes]');
    const layout = await library.evaluate(() => {
      const side = document.querySelector('.digest__side') as HTMLElement;
      const notes = document.querySelector('[data-testid=notes]') as HTMLElement;
      const counts = [...document.querySelectorAll('details.entities')].map((d) => ({
        said: Number(/\((\d+)\)/.exec(d.querySelector('summary')?.textContent ?? '')?.[1] ?? -1),
        listed: d.querySelectorAll('.entities__list > li').length,
      }));
      return {
        overflowY: getComputedStyle(side).overflowY,
        ownScroll: side.scrollHeight - side.clientHeight,
        notesTop: notes.getBoundingClientRect().top,
        viewport: innerHeight,
        counts,
      };
    });
    mkdirSync(SCREENS, { recursive: true });
    await library.screenshot({ path: join(SCREENS, 'library-digest-1280x900.png') });
    expect(layout.overflowY).toBe('visible');
    expect(layout.ownScroll).toBeLessThanOrEqual(1);
    expect(layout.notesTop).toBeLessThan(layout.viewport / 2);
    expect(layout.counts.length).toBeGreaterThan(0);
    for (const c of layout.counts) expect(c.listed).toBe(c.said);
    await library.goto(`chrome-extension://${eb.extensionId}/library.html#/`);
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length > 0);
  });

  it('keeps a note and a highlight across a reload', async () => {
    const title = seeds.find((s) => s.id === '001')!.facts.title;
    await library.click(`[data-testid=row-title] >> text=${title}`);
    await library.waitForSelector('[data-testid=notes]');
    await library.fill('[data-testid=notes]', 'Theo dõi đối thoại quốc phòng với EU');
    await library.waitForFunction(
      () => (document.querySelector('[data-testid=notes-status]') as HTMLElement | null)?.dataset.state === 'saved',
    );
    const quote = await library.evaluate(() => {
      const p = [...document.querySelectorAll('[data-testid=article] p')].find(
        (e) => (e.textContent ?? '').length > 80,
      )!;
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
    // A visible confirmation: it is set once the store has the highlight, just after the mark is drawn.
    await library.waitForSelector('[data-testid=keep-status]', { state: 'visible' });
    expect(await library.textContent('[data-testid=keep-status]')).toContain(
      quote.replace(/\s+/g, ' ').trim().slice(0, 20),
    );
    await library.reload();
    await library.waitForSelector('[data-testid=notes]');
    await library.waitForFunction(
      () => (document.querySelector('[data-testid=notes]') as HTMLTextAreaElement).value !== '',
    );
    expect(await library.inputValue('[data-testid=notes]')).toBe('Theo dõi đối thoại quốc phòng với EU');
    expect(await library.$$eval('[data-testid=highlight] blockquote', (b) => b.map((e) => e.textContent))).toEqual([
      quote.replace(/\s+/g, ' ').trim(),
    ]);
    await library.goto(`chrome-extension://${eb.extensionId}/library.html#/`);
    await library.waitForFunction(
      () =>
        !document.querySelector('.lib-search .lib-hint') && document.querySelectorAll('[data-testid=row]').length > 0,
    );
  });

  it('exports a JSON backup and Markdown files with the note in them', async () => {
    await library.click('[data-testid=export-open]');
    await library.check('input[name=format][value=json]');
    const [json] = await Promise.all([library.waitForEvent('download'), library.click('[data-testid=export-run]')]);
    backupPath = (await json.path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'tin-gon-backup', version: 1 });
    expect(backup.digests).toHaveLength(SEEDS.length);
    expect(backup.digests.map((d: { notes: string }) => d.notes)).toContain('Theo dõi đối thoại quốc phòng với EU');

    await library.click('[data-testid=export-open]');
    await library.check('input[name=format][value=markdown]');
    const [md] = await Promise.all([library.waitForEvent('download'), library.click('[data-testid=export-run]')]);
    expect(md.suggestedFilename()).toMatch(/^tin-gon-\d{4}-\d{2}-\d{2}-markdown\.zip$/);
    const files = unzipSync(readFileSync((await md.path())!));
    expect(Object.keys(files)).toHaveLength(SEEDS.length);
    const chien = Object.values(files)
      .map((f) => strFromU8(f))
      .find((t) => t.includes('Theo dõi đối thoại quốc phòng'))!;
    expect(chien.startsWith(`---\ntitle: ${JSON.stringify(seeds.find((x) => x.id === '001')!.facts.title)}\n`)).toBe(
      true,
    );
    expect(chien).toContain('\npeople:\n  - "Hoàng Xuân Chiến"');
    expect(chien).toContain('\n\nTheo dõi đối thoại quốc phòng với EU\n');
  });

  it('exports CSL-JSON, RIS and BibLaTeX that independent parsers read back whole', async () => {
    const stored = Object.values(await eb.sw.evaluate(() => chrome.storage.local.get(null))).filter(
      (v) => v && typeof v === 'object' && 'article' in v,
    ) as {
      savedAt: string;
      article: { title: string; authors: string[]; siteName: string; canonicalUrl: string; published: string | null };
    }[];
    expect(stored).toHaveLength(SEEDS.length);
    const byTitle = new Map(stored.map((d) => [cleanInline(d.article.title), d]));
    // Whole names, as the page spells them (a byline in capitals comes back in ordinary case).
    const same = (names: string[], d: { article: { authors: string[] } }) =>
      expect(names.map(matchKey)).toEqual(d.article.authors.map(matchKey));
    const exportAs = async (format: string) => {
      await library.click('[data-testid=export-open]');
      await library.check(`input[name=format][value=${format}]`);
      const [file] = await Promise.all([library.waitForEvent('download'), library.click('[data-testid=export-run]')]);
      expect(file.suggestedFilename()).toMatch(/^tin-gon-\d{4}-\d{2}-\d{2}-citations\.(json|ris|bib)$/);
      return readFileSync((await file.path())!, 'utf8');
    };

    const csl = JSON.parse(await exportAs('csl-json')) as CslItem[];
    expect(csl).toHaveLength(SEEDS.length);
    expect(cslStrictClean(csl)).toEqual(csl);
    for (const item of csl) {
      const d = byTitle.get(item.title)!;
      expect(d, item.title).toBeTruthy();
      same(
        (item.author ?? []).map((n) => ('literal' in n ? n.literal : '')),
        d,
      );
      expect(item).toMatchObject({
        type: 'article-newspaper',
        'container-title': d.article.siteName,
        URL: d.article.canonicalUrl,
      });
      if (d.article.published)
        expect(item.issued!['date-parts'][0]!.join('-')).toBe(d.article.published.slice(0, 10).replace(/-0/g, '-'));
      expect(citeproc(item, 'apa', 'en-US').bibliography).toContain(item.title);
    }
    expect(seeds.map((s) => cleanInline(s.facts.title)).sort()).toEqual(csl.map((i) => i.title).sort());

    const ris = parseRis(await exportAs('ris'));
    expect(ris.map((r) => r.title).sort()).toEqual(csl.map((i) => i.title).sort());
    for (const r of ris) {
      const d = byTitle.get(r.title as string)!;
      same(
        ((r.author as { family: string }[] | undefined) ?? []).map((n) => n.family),
        d,
      );
      expect(r).toMatchObject({
        type: 'article-newspaper',
        'container-title': d.article.siteName,
        URL: d.article.canonicalUrl,
      });
    }

    const bib = parseBiblatex(await exportAs('biblatex'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(SEEDS.length);
    for (const e of bib.entries) {
      const d = byTitle.get(e.fields.title as string)!;
      expect(e.key).toMatch(/^[a-z0-9-]+$/);
      same(
        ((e.fields.author as { name: string }[] | undefined) ?? []).map((n) => n.name),
        d,
      );
      expect(e.fields).toMatchObject({
        journaltitle: d.article.siteName,
        url: d.article.canonicalUrl,
        entrysubtype: 'newspaper',
      });
    }
  });

  it('imports the backup into a fresh profile, identical, and refuses a foreign file', async () => {
    const fresh = await launchWithExtension(DIR);
    try {
      const page = await fresh.context.newPage();
      await page.goto(`chrome-extension://${fresh.extensionId}/library.html`);
      await page.waitForSelector('.lib-empty');
      await page.click('[data-testid=import-open]');
      await page.setInputFiles('[data-testid=import-file]', {
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"not":"a backup"}'),
      });
      expect(await (await page.waitForSelector('[data-testid=import-error]')).textContent()).toContain(
        'not a Tin Gọn backup',
      );
      await page.setInputFiles('[data-testid=import-file]', backupPath);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=row]').length === n, SEEDS.length);
      expect(await page.textContent('[data-testid=notice]')).toMatch(new RegExp(`${SEEDS.length} (mới|new)`));
      const stored = await fresh.sw.evaluate(() => chrome.storage.local.get(null));
      const original = JSON.parse(readFileSync(backupPath, 'utf8')).digests as { id: string }[];
      for (const d of original) expect(stored[`digest:${d.id}`]).toEqual(d);
    } finally {
      await fresh.close();
    }
  });
});
