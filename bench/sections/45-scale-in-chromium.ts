// A heavy reader's library in a real Chromium (issue 17): stores of 0, 1,000, 10,000 and 50,000 realistic
// generated digests (test/support/generate-digests.ts: ~700-word bodies, people, agreements, notes, tags,
// highlights), laid out by the digest store itself, and the production build measured on them: click → digest
// shown, click → saved, library first rows, search ready, keystroke median/p95, a note saved after the
// debounce, the library page's heap and the storage size, each with its growth from 1,000 to 10,000 and from
// 10,000 to 50,000. `SCALE_BENCH_SIZES=0,1000` for a quick run.
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { createDigestStore, RECORD_PREFIX, createMemoryArea } from '../../lib/storage';
import type { KeyValueArea } from '../../lib/storage';
import { clickAction, closePopup, launchWithExtension, ROOT, type ExtensionBrowser } from '../../test/e2e/harness';
import { generateDigest, seededRandom } from '../../test/support/generate-digests';
import type { SectionResult } from '../section';
import { fixtures, serveOffline, type Fixture } from './30-extension';

const SIZES = (process.env.SCALE_BENCH_SIZES ?? '0,1000,10000,50000').split(',').map(Number);
/** Clicks per page and size (each new digest is undone after its save, so the store keeps its size). */
const ROUNDS = 2;
const POPUP_GAP_MS = 1_000;
/** NotesPanel's debounce (components/library/NotesPanel.tsx). */
const NOTES_DEBOUNCE_MS = 400;
const TYPED = 'hoang xuan chien';
/** Generated digests laid out per import call, and bytes per storage.local.set when copying them into Chromium. */
const FILL_CHUNK = 1_000;
const COPY_BYTES = 4_000_000;
const TARGETS = { clickOverEmptyMs: 30, savedMs: 600, noteMs: 50, firstRowsMs: 300, searchReadyMs: 300, keystrokeP95Ms: 30, heapMB: 80, growth50k: 2 };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

interface Figures {
  size: number;
  fillS: number;
  storageMB: number;
  clickShownMs: number;
  clickShownP95Ms: number;
  clickSavedMs: number;
  clickSavedP95Ms: number;
  clicks: number;
  firstRowsMs: number;
  exportEnabledMs: number;
  searchReadyMs: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  noteSavedMs: number;
  heapMB: number;
  problems: string[];
}

/**
 * Lays out `size` digests with the digest store (over an in-memory area) and copies every key it wrote into the
 * extension's storage.local, a chunk at a time; the store's own code decides every key and value.
 */
async function fill(eb: ExtensionBrowser, size: number): Promise<void> {
  const area = createMemoryArea();
  const dirty = new Set<string>();
  const tracked: KeyValueArea = {
    get: (k) => area.get(k),
    keys: () => area.keys(),
    getBytesInUse: (k) => area.getBytesInUse(k),
    async set(items) {
      await area.set(items);
      for (const k of Object.keys(items)) dirty.add(k);
    },
    async remove(keys) {
      await area.remove(keys);
      for (const k of keys) dirty.add(k);
    },
  };
  const copy = async () => {
    let batch: Record<string, unknown> = {};
    let bytes = 0;
    const removed: string[] = [];
    const send = async () => {
      if (bytes) await eb.sw.evaluate((items) => chrome.storage.local.set(items), batch);
      batch = {};
      bytes = 0;
    };
    for (const k of dirty) {
      const v = area.data.get(k);
      if (v === undefined) removed.push(k);
      else {
        batch[k] = JSON.parse(v);
        bytes += v.length;
        if (bytes > COPY_BYTES) await send();
      }
    }
    await send();
    if (removed.length) await eb.sw.evaluate((keys) => chrome.storage.local.remove(keys), removed);
    // Records of other articles are never read again while generated ones are added: keep Node's memory flat.
    for (const k of dirty) if (k.startsWith(RECORD_PREFIX)) area.data.delete(k);
    dirty.clear();
  };
  await eb.sw.evaluate(() => chrome.storage.local.clear());
  const store = createDigestStore(tracked);
  await store.ready();
  const rand = seededRandom(45);
  for (let i = 0; i < size; i += FILL_CHUNK) {
    const batch = Array.from({ length: Math.min(FILL_CHUNK, size - i) }, (_, j) => generateDigest(i + j, rand));
    await store.importDigests(batch);
    await copy();
  }
  await copy();
}

/** Clicks on every fixture page; each new digest is undone afterwards. */
async function clicks(eb: ExtensionBrowser, pages: Fixture[], problems: string[]) {
  const shown: number[] = [];
  const saved: number[] = [];
  let first = true;
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of pages) {
      const page = await eb.context.newPage();
      const loaded = await page.goto(p.url, { waitUntil: 'domcontentloaded', timeout: 8000 }).then(
        () => true,
        () => false,
      );
      if (!loaded) {
        await page.close();
        continue;
      }
      const { popup, clickedAt } = await clickAction(eb, page);
      try {
        await popup.waitFor('globalThis.__tinGonTiming?.settled', 30_000);
        const state = await popup.evaluate<string>(`document.querySelector('.popup').dataset.state`);
        if (state === 'digest') {
          const t = await popup.waitFor<Record<string, number>>('globalThis.__tinGonTiming?.digest && globalThis.__tinGonTiming?.saved && globalThis.__tinGonTiming', 30_000);
          const save = await popup.evaluate<string>(`document.querySelector('[data-testid=save-status]')?.dataset.state ?? ''`);
          if (!first && save === 'saved') {
            shown.push(t.digest! - clickedAt);
            saved.push(t.saved! - clickedAt);
          }
          first = false;
          if (save === 'saved') {
            await popup.evaluate(`document.querySelector('[data-testid=undo]').click()`);
            await popup.waitFor(`document.querySelector('[data-testid=save-status]')?.dataset.state === 'undone'`, 30_000);
          } else if (save !== 'stored') problems.push(`${p.name}: save ${save}`);
        }
      } catch (err) {
        problems.push(`${p.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await closePopup(eb, popup);
      await page.close();
      await pause(POPUP_GAP_MS);
    }
  }
  return { shown, saved };
}

/** performance.now() in the page when `predicate` first holds, checked every animation frame (a function, not a string: extension pages refuse eval). */
async function whenTrue(page: Page, predicate: (arg: number) => number | null, arg: number, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(predicate, arg, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as number;
}

/** The library page: first rows, search ready, keystrokes, a note saved, heap. */
async function library(eb: ExtensionBrowser, size: number, problems: string[]) {
  const page = await eb.context.newPage();
  const cdp = await eb.context.newCDPSession(page);
  const timeout = 60_000 + size * 10;
  await page.goto(`chrome-extension://${eb.extensionId}/library.html`, { waitUntil: 'commit' });
  const firstRowsMs = await whenTrue(page, (n) => (document.querySelector(n ? '[data-testid=row]' : '.lib-empty') ? performance.now() : null), size, timeout);
  const exportEnabledMs = await whenTrue(
    page,
    () => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid=export-open]');
      return b && !b.disabled ? performance.now() : null;
    },
    0,
    timeout,
  );
  // Search ready: the "indexing" hint gone and the usage line (written once the library has loaded) shown.
  const searchReadyMs = await whenTrue(
    page,
    () => (document.querySelector('#lib-q, .lib-empty') && !document.querySelector('.lib-search .lib-hint') && document.querySelector('[data-testid=usage]')?.textContent ? performance.now() : null),
    0,
    timeout,
  );
  let keystrokes: number[] = [];
  if (size) {
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    keystrokes = await page.evaluate(async (typed) => {
      const box = document.getElementById('lib-q') as HTMLInputElement;
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (let i = 1; i <= typed.length; i++) {
          const t = performance.now();
          box.value = typed.slice(0, i);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
          if (round > 0) times.push(performance.now() - t);
        }
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
      }
      return times;
    }, TYPED);
  }
  let noteSavedMs = NaN;
  if (size) {
    const href = await page.evaluate(() => document.querySelector('[data-testid=row-title]')?.getAttribute('href') ?? '');
    await page.evaluate((h) => (location.hash = h), href);
    await whenTrue(page, () => (document.querySelector('[data-testid=notes]') ? performance.now() : null), 0, timeout);
    noteSavedMs = await page.evaluate(async (debounce) => {
      const id = decodeURIComponent(location.hash.replace('#/digest/', ''));
      const area = document.querySelector('[data-testid=notes]') as HTMLTextAreaElement;
      const written = new Promise<number>((resolve) => {
        chrome.storage.onChanged.addListener((changes) => {
          if (`digest:${id}` in changes) resolve(performance.now());
        });
      });
      const typedAt = performance.now();
      area.value = `${area.value}\nGhi chú đo thời gian lưu.`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return (await written) - typedAt - debounce;
    }, NOTES_DEBOUNCE_MS);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  if (!Number.isFinite(noteSavedMs) && size) problems.push('note: no write seen');
  await page.close();
  return { firstRowsMs, exportEnabledMs, searchReadyMs, keystrokes, noteSavedMs, heapMB: heap.usedSize / 2 ** 20 };
}

async function measure(size: number, pages: Fixture[]): Promise<Figures> {
  const problems: string[] = [];
  const eb = await launchWithExtension();
  try {
    await serveOffline(eb, pages);
    const t0 = performance.now();
    await fill(eb, size);
    const fillS = (performance.now() - t0) / 1000;
    const bytes = await eb.sw.evaluate(() => (chrome.storage.local as unknown as { getBytesInUse(k: null): Promise<number> }).getBytesInUse(null));
    const c = await clicks(eb, pages, problems);
    const lib = await library(eb, size, problems).catch((err: unknown) => {
      problems.push(`library: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      return { firstRowsMs: NaN, exportEnabledMs: NaN, searchReadyMs: NaN, keystrokes: [] as number[], noteSavedMs: NaN, heapMB: NaN };
    });
    const r1 = (n: number) => Math.round(n * 10) / 10;
    return {
      size,
      fillS: r1(fillS),
      storageMB: r1(bytes / 2 ** 20),
      clickShownMs: Math.round(quantile(c.shown, 0.5)),
      clickShownP95Ms: Math.round(quantile(c.shown, 0.95)),
      clickSavedMs: Math.round(quantile(c.saved, 0.5)),
      clickSavedP95Ms: Math.round(quantile(c.saved, 0.95)),
      clicks: c.shown.length,
      firstRowsMs: Math.round(lib.firstRowsMs),
      exportEnabledMs: Math.round(lib.exportEnabledMs),
      searchReadyMs: Math.round(lib.searchReadyMs),
      keystrokeMedianMs: r1(quantile(lib.keystrokes, 0.5)),
      keystrokeP95Ms: r1(quantile(lib.keystrokes, 0.95)),
      noteSavedMs: r1(lib.noteSavedMs),
      heapMB: r1(lib.heapMB),
      problems,
    };
  } finally {
    await eb.close();
  }
}

export async function run(): Promise<SectionResult> {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const pages = fixtures();
  const loadBefore = loadavg()[0]!;
  const results: Figures[] = [];
  for (const size of SIZES) {
    try {
      results.push(await measure(size, pages));
    } catch (err) {
      results.push({ size, problems: [`failed: ${err instanceof Error ? err.message : String(err)}`] } as Figures);
    }
  }
  const loadAfter = loadavg()[0]!;
  const at = (n: number) => results.find((r) => r.size === n);
  const ratio = (a: number | undefined, b: number | undefined) => (a && b && Number.isFinite(a) && Number.isFinite(b) ? `×${(b / a).toFixed(1)}` : '–');
  const empty = at(0);
  const rows: [string, keyof Figures, string, string][] = [
    ['click → digest shown, median', 'clickShownMs', 'ms', `≤ click at 0 + ${TARGETS.clickOverEmptyMs} ms`],
    ['click → digest shown, p95', 'clickShownP95Ms', 'ms', ''],
    ['click → saved, median', 'clickSavedMs', 'ms', `≤ ${TARGETS.savedMs} ms`],
    ['click → saved, p95', 'clickSavedP95Ms', 'ms', ''],
    ['library first rows', 'firstRowsMs', 'ms', `≤ ${TARGETS.firstRowsMs} ms`],
    ['library Export/Import enabled', 'exportEnabledMs', 'ms', ''],
    ['search ready (every record indexed)', 'searchReadyMs', 'ms', `≤ ${TARGETS.searchReadyMs} ms`],
    ['keystroke → rows, median', 'keystrokeMedianMs', 'ms', ''],
    ['keystroke → rows, p95', 'keystrokeP95Ms', 'ms', `≤ ${TARGETS.keystrokeP95Ms} ms`],
    ['note saved after the debounce', 'noteSavedMs', 'ms', `≤ ${TARGETS.noteMs} ms`],
    ['library heap (after GC)', 'heapMB', 'MB', `≤ ${TARGETS.heapMB} MB`],
    ['storage size', 'storageMB', 'MB', ''],
    ['filling the store (lay out + copy in)', 'fillS', 's', ''],
  ];
  const cell = (r: Figures, k: keyof Figures, unit: string) => (typeof r[k] === 'number' && Number.isFinite(r[k]) ? `${r[k] as number} ${unit}` : '–');
  const md = [
    `Production build in ${execSync('/usr/bin/chromium --version').toString().trim()}, headless; one fresh profile per size. The store is filled with generated digests laid out by the digest store itself (in Node, then every key it wrote copied into \`storage.local\`). Clicks: ${ROUNDS} per fixture page (${pages.length} pages: seeds and real corpus pages, offline at their real addresses), ${POPUP_GAP_MS} ms after the previous popup closed, each new digest undone after its save so the store keeps its size; the first click of each browser is left out. Library: a new tab; times from its navigation start, checked every animation frame. Keystrokes: "${TYPED}" typed three times, the first round left out. Note: typed text → the record's storage change, minus the ${NOTES_DEBOUNCE_MS} ms debounce. Machine load (1-min average) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.`,
    '',
    `| | ${results.map((r) => `${r.size.toLocaleString('en')} digests`).join(' | ')} | 1k → 10k | 10k → 50k | target at 10,000 |`,
    `|---|${results.map(() => '---:').join('|')}|---:|---:|---|`,
    ...rows.map(([label, k, unit, target]) => `| ${label} | ${results.map((r) => cell(r, k, unit)).join(' | ')} | ${ratio(at(1000)?.[k] as number, at(10000)?.[k] as number)} | ${ratio(at(10000)?.[k] as number, at(50000)?.[k] as number)} | ${target} |`),
    '',
    empty && at(10000) ? `Click → digest shown at 10,000 is ${at(10000)!.clickShownMs - empty.clickShownMs} ms over the same click at 0 (target ≤ ${TARGETS.clickOverEmptyMs} ms).` : '',
    ...results.filter((r) => r.problems.length).map((r) => `Problems at ${r.size.toLocaleString('en')}: ${r.problems.join('; ')}`),
  ].join('\n');
  return { title: 'Scale in Chromium: 0 to 50,000 digests', markdown: md, json: { targets: TARGETS, load: { before: loadBefore, after: loadAfter }, results } };
}
