// A heavy reader's library in a real Chromium (issue 17): stores of 0, 1,000, 10,000 and 50,000 realistic
// generated digests (test/support/generate-digests.ts: ~700-word bodies, people, agreements, notes, tags,
// highlights), laid out by the digest store itself with its kept search index (both written by the store's own
// code in Node, then copied into the extension's storage.local and IndexedDB), and the production build
// measured on them: click → digest shown, click → saved, library first rows, search ready, keystroke
// median/p95 (until the rows answering the text are drawn), a note saved after the debounce, the library
// page's heap, the storage and index sizes, the number of storage keys, each with its growth from 1,000 to 10,000 and from 10,000 to
// 50,000. Then, at MIGRATION_SIZE, a store as the version before the kept index left it (no index): the
// library opened on it, searched while the index is built in the background, and the time the build takes.
// `SCALE_BENCH_SIZES=0,1000` for a quick run; `SCALE_BENCH_MIGRATION=0` to skip the migration;
// `SCALE_BENCH_EXTENSION=dir` measures the build in `dir` (a copy of .output/chrome-mv3) instead of building one.
const BUILT = process.env.SCALE_BENCH_EXTENSION;
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { lexiconAcronymOf } from '../../lib/library';
import { createMemorySearchDb, KeptIndex, SEGMENT_INDEX, STORES, type DbKey, type SearchDb } from '../../lib/search';
import { createDigestStore, DIRECTORY_KEY, RECORD_PREFIX, createMemoryArea } from '../../lib/storage';
import type { KeyValueArea } from '../../lib/storage';
import { SEARCH_DB_NAME } from '../../platform/search-db';
import { clickAction, closePopup, launchWithExtension, ROOT, type ExtensionBrowser } from '../../test/e2e/harness';
import { generateDigest, seededRandom } from '../../test/support/generate-digests';
import type { SectionResult } from '../section';
import { fixtures, serveOffline, type Fixture } from './30-extension';

const SIZES = (process.env.SCALE_BENCH_SIZES ?? '0,1000,10000,50000').split(',').map(Number);
/** The library opened on a store without the kept index (as the previous version left it), at this size. */
const MIGRATION_SIZE = Number(process.env.SCALE_BENCH_MIGRATION ?? 10_000);
/** Clicks per page and size (each new digest is undone after its save, so the store keeps its size). */
const ROUNDS = 2;
const POPUP_GAP_MS = 1_000;
/** NotesPanel's debounce (components/library/NotesPanel.tsx). */
const NOTES_DEBOUNCE_MS = 400;
const TYPED = 'hoang xuan chien';
/** Note saves measured (the median is reported), and the pause between them. */
const NOTE_SAVES = 5;
const NOTE_GAP_MS = 1_000;
/** Generated digests laid out per import call, and bytes per storage.local.set (or IndexedDB batch) when copying them into Chromium. */
const FILL_CHUNK = 1_000;
const COPY_BYTES = 4_000_000;
const TARGETS = {
  clickOverEmptyMs: 30,
  savedMs: 600,
  noteMs: 50,
  firstRowsMs: 300,
  searchReadyMs: 300,
  keystrokeP95Ms: 30,
  heapMB: 80,
  growth50k: 2,
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

interface Figures {
  size: number;
  fillS: number;
  storageMB: number;
  /** Keys in storage.local after the fill: what Chromium's storage.local.set cost grows with. */
  storageKeys: number;
  indexMB: number;
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
  firstTypingP95Ms: number;
  noteSavedMs: number;
  heapMB: number;
  problems: string[];
}

/** Typed arrays as JSON (the service worker decodes them back). */
function encodeValue(v: unknown): unknown {
  if (v instanceof Uint8Array || v instanceof Float64Array || v instanceof Int32Array) {
    const kind = v instanceof Uint8Array ? 'u8' : v instanceof Float64Array ? 'f64' : 'i32';
    return { __ta: kind, b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  }
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v;
}

/**
 * Copies the kept index as the store's writes and merges left it (every row of every store of the in-memory
 * database) into the extension's IndexedDB, from its service worker: rows passed as one JSON text per call (a
 * few MB), typed arrays in base64. Copying the final state, not every write, skips the segments merges replaced.
 */
async function copyIndex(eb: ExtensionBrowser, db: SearchDb): Promise<void> {
  const write = (json: string) =>
    eb.sw.evaluate(
      async ({
        json,
        name,
        stores,
        indexes,
      }: {
        json: string;
        name: string;
        stores: string[];
        indexes: Record<string, string>;
      }) => {
        const decode = (v: unknown): unknown => {
          if (Array.isArray(v)) return v.map(decode);
          if (v && typeof v === 'object') {
            const o = v as { __ta?: string; b?: string };
            if (o.__ta) {
              const bin = atob(o.b!);
              const raw = new Uint8Array(bin.length);
              for (let i = 0; i < bin.length; i++) raw[i] = bin.charCodeAt(i);
              return o.__ta === 'u8'
                ? raw
                : o.__ta === 'f64'
                  ? new Float64Array(raw.buffer)
                  : new Int32Array(raw.buffer);
            }
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
          }
          return v;
        };
        const rows = JSON.parse(json) as [string, unknown, unknown][];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(name, 1);
          r.onupgradeneeded = () => {
            for (const s of stores) {
              if (r.result.objectStoreNames.contains(s)) continue;
              const st = r.result.createObjectStore(s);
              const index = indexes[s];
              if (index) st.createIndex(index, index);
            }
          };
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
        for (const [store, k, v] of rows) tx.objectStore(store).put(decode(v), k as IDBValidKey);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { json, name: SEARCH_DB_NAME, stores: [...STORES], indexes: SEGMENT_INDEX as Record<string, string> } as never,
    );
  let batch: string[] = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length) await write(`[${batch.join(',')}]`);
    batch = [];
    bytes = 0;
  };
  for (const store of STORES) {
    const [keys] = await db.read([{ store, keys: true }]);
    for (let i = 0; i < keys!.length; i += 500) {
      const some = keys!.slice(i, i + 500) as DbKey[];
      const [values] = await db.read([{ store, get: some }]);
      some.forEach((k, j) => {
        const row = JSON.stringify([store, k, encodeValue(values![j])]);
        batch.push(row);
        bytes += row.length;
      });
      if (bytes > COPY_BYTES) await send();
    }
  }
  await send();
}

/**
 * Lays out `size` digests with the digest store (over an in-memory area) keeping its kept search index (over an
 * in-memory database), merges the index's segments as the background does once saving pauses, and copies every
 * key and row they wrote into the extension's storage.local and IndexedDB: storage.local a chunk at a time (one
 * JSON text per call), the index once at the end, as the store's writes and merges left it; the store's and the
 * index's own code decide every key and value. `withIndex: false`: the store as the previous version left it
 * (no index, a directory without sequence numbers, epoch or id hashes).
 */
export async function fill(eb: ExtensionBrowser, size: number, withIndex = true): Promise<void> {
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
  const mem = createMemorySearchDb();
  const index = new KeptIndex(mem, { acronymOf: lexiconAcronymOf });
  const copy = async () => {
    let batch: string[] = [];
    let bytes = 0;
    const removed: string[] = [];
    const send = async () => {
      if (bytes) await eb.sw.evaluate((json) => chrome.storage.local.set(JSON.parse(json)), `{${batch.join(',')}}`);
      batch = [];
      bytes = 0;
    };
    for (const k of dirty) {
      let v = area.data.get(k);
      if (v === undefined) removed.push(k);
      else {
        if (!withIndex && k === DIRECTORY_KEY) {
          // The previous version's directory.
          const value = JSON.parse(v) as Record<string, unknown>;
          delete value.seq;
          delete value.epoch;
          for (const shard of value.shards as Record<string, unknown>[]) {
            delete shard.seq;
            delete shard.h;
          }
          v = JSON.stringify(value);
        }
        batch.push(`${JSON.stringify(k)}:${v}`);
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
  await eb.sw.evaluate('globalThis.__name = (f) => f'); // tsx names functions with a helper the worker lacks
  const store = createDigestStore(tracked, withIndex ? { derived: index.writer } : {});
  await store.ready();
  const rand = seededRandom(45);
  for (let i = 0; i < size; i += FILL_CHUNK) {
    const batch = Array.from({ length: Math.min(FILL_CHUNK, size - i) }, (_, j) => generateDigest(i + j, rand));
    await store.importDigests(batch);
    await store.settled();
    await copy();
  }
  if (withIndex) await index.maintain(store.derivedSource());
  await copy();
  if (withIndex) await copyIndex(eb, mem);
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
          const t = await popup.waitFor<Record<string, number>>(
            'globalThis.__tinGonTiming?.digest && globalThis.__tinGonTiming?.saved && globalThis.__tinGonTiming',
            30_000,
          );
          const save = await popup.evaluate<string>(
            `document.querySelector('[data-testid=save-status]')?.dataset.state ?? ''`,
          );
          if (!first && save === 'saved') {
            shown.push(t.digest! - clickedAt);
            saved.push(t.saved! - clickedAt);
          }
          first = false;
          if (save === 'saved') {
            await popup.evaluate(`document.querySelector('[data-testid=undo]').click()`);
            await popup.waitFor(
              `document.querySelector('[data-testid=save-status]')?.dataset.state === 'undone'`,
              30_000,
            );
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
async function whenTrue(
  page: Page,
  predicate: (arg: number) => number | null,
  arg: number,
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(predicate, arg, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as number;
}

/** Types `typed` one character at a time, `rounds` times; each keystroke timed until the rows answering it are drawn. */
export async function typing(page: Page, typed: string, rounds: number): Promise<number[][]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ typed, rounds }) => {
      const box = document.getElementById('lib-q') as HTMLInputElement;
      const out: number[][] = [];
      const answered = (globalThis as unknown as AnsweredInPage).__tinGonAnswered;
      for (let round = 0; round < rounds; round++) {
        const times: number[] = [];
        for (let i = 1; i <= typed.length; i++) {
          const t = performance.now();
          box.value = typed.slice(0, i);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await answered(box.value);
          times.push(performance.now() - t);
        }
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await answered('');
        out.push(times);
      }
      return out;
    },
    { typed, rounds },
  );
}

/**
 * Resolves in the library page once the list has drawn the rows answering `text` (its `data-answers`; for '' also
 * an empty library's message), the frame after. The one definition of "answered", for typing and whole searches.
 */
function answeredInPage(text: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const now = () =>
      document.querySelector('.lib-list')?.getAttribute('data-answers') === text ||
      (text === '' && !document.querySelector('.lib-list'));
    const done = () => requestAnimationFrame(() => setTimeout(resolve));
    if (now()) return done();
    const seen = new MutationObserver(() => {
      if (!now()) return;
      seen.disconnect();
      done();
    });
    seen.observe(document.body, {
      attributes: true,
      attributeFilter: ['data-answers'],
      subtree: true,
      childList: true,
    });
  });
}

interface AnsweredInPage {
  __tinGonAnswered(text: string): Promise<void>;
}

/**
 * A new tab for the library, with answeredInPage() installed as `__tinGonAnswered`; tsx names the functions of
 * this file with a helper the page lacks: given it first.
 */
export async function libraryTab(eb: ExtensionBrowser): Promise<Page> {
  const page = await eb.context.newPage();
  await page.addInitScript({
    content: `globalThis.__name = (f) => f; globalThis.__tinGonAnswered = ${answeredInPage.toString()};`,
  });
  return page;
}

/** The library page: first rows, search ready, keystrokes, a note saved, heap. */
async function library(eb: ExtensionBrowser, size: number, problems: string[]) {
  const page = await libraryTab(eb);
  const cdp = await eb.context.newCDPSession(page);
  const timeout = 60_000 + size * 10;
  await page.goto(`chrome-extension://${eb.extensionId}/library.html`, { waitUntil: 'commit' });
  const firstRowsMs = await whenTrue(
    page,
    (n) => (document.querySelector(n ? '[data-testid=row]' : '.lib-empty') ? performance.now() : null),
    size,
    timeout,
  );
  const exportEnabledMs = await whenTrue(
    page,
    () => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid=export-open]');
      return b && !b.disabled ? performance.now() : null;
    },
    0,
    timeout,
  );
  // Search ready: the index answers for the whole library (nothing left to index) and the list shows its answer.
  const searchReadyMs = await whenTrue(
    page,
    () =>
      document.querySelector('[data-search=ready]') &&
      (document.querySelector('.lib-list[data-answers]') || document.querySelector('.lib-empty'))
        ? performance.now()
        : null,
    0,
    timeout,
  );
  let first: number[] = [];
  let keystrokes: number[] = [];
  if (size) {
    // Round 0 reads what the words need from the index; rounds 1 and 2 find it kept.
    const rounds = await typing(page, TYPED, 3);
    first = rounds[0]!;
    keystrokes = rounds.slice(1).flat();
  }
  let noteSavedMs = NaN;
  if (size) {
    const href = await page.evaluate(
      () => document.querySelector('[data-testid=row-title]')?.getAttribute('href') ?? '',
    );
    await page.evaluate((h) => (location.hash = h), href);
    await whenTrue(page, () => (document.querySelector('[data-testid=notes]') ? performance.now() : null), 0, timeout);
    // Typing goes on: each save follows the previous one's (and what the page and the index do after it) by
    // NOTE_GAP_MS; one save alone says little on a shared machine.
    const notes = await page.evaluate(
      async ({ debounce, saves, gap }) => {
        const id = decodeURIComponent(location.hash.replace('#/digest/', ''));
        const area = document.querySelector('[data-testid=notes]') as HTMLTextAreaElement;
        const out: number[] = [];
        for (let i = 0; i < saves; i++) {
          const written = new Promise<number>((resolve) => {
            const seen = (changes: Record<string, unknown>) => {
              if (!(`digest:${id}` in changes)) return;
              chrome.storage.onChanged.removeListener(seen);
              resolve(performance.now());
            };
            chrome.storage.onChanged.addListener(seen);
          });
          const typedAt = performance.now();
          area.value = `${area.value}\nGhi chú đo thời gian lưu ${i + 1}.`;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          out.push((await written) - typedAt - debounce);
          await new Promise((r) => setTimeout(r, gap));
        }
        return out;
      },
      { debounce: NOTES_DEBOUNCE_MS, saves: NOTE_SAVES, gap: NOTE_GAP_MS },
    );
    noteSavedMs = quantile(notes, 0.5);
    // Back to the list once the index has the note (the search for it answers).
    await page.evaluate(() => (location.hash = '#/'));
  }
  const indexBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  if (!Number.isFinite(noteSavedMs) && size) problems.push('note: no write seen');
  await page.close();
  return {
    firstRowsMs,
    exportEnabledMs,
    searchReadyMs,
    first,
    keystrokes,
    noteSavedMs,
    heapMB: heap.usedSize / 2 ** 20,
    indexMB: indexBytes / 2 ** 20,
  };
}

/** Types the whole text at once; the time until the rows answering it are drawn, the count shown, and the indexing note. */
async function searchOnce(page: Page, text: string): Promise<{ ms: number; count: string; note: string }> {
  return page.evaluate(async (text) => {
    const box = document.getElementById('lib-q') as HTMLInputElement;
    const t = performance.now();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await (globalThis as unknown as AnsweredInPage).__tinGonAnswered(text);
    return {
      ms: performance.now() - t,
      count: document.querySelector('[data-testid=result-count]')?.textContent ?? '',
      note: document.querySelector('[data-testid=indexing]')?.textContent ?? '',
    };
  }, text);
}

/**
 * The library opened on a store the previous version left (no kept index): the first rows, the "still indexing"
 * note with its count, a search answered while indexing (and what it says), and the time until the index covers
 * the library (the page and the background build it, a few shards per step, under the store's lock).
 */
async function migration(eb: ExtensionBrowser, size: number) {
  const page = await libraryTab(eb);
  const timeout = 120_000 + size * 60;
  await page.goto(`chrome-extension://${eb.extensionId}/library.html`, { waitUntil: 'commit' });
  const firstRowsMs = await whenTrue(
    page,
    () => (document.querySelector('[data-testid=row]') ? performance.now() : null),
    0,
    timeout,
  );
  const noteMs = await whenTrue(
    page,
    () => (document.querySelector('[data-testid=indexing]')?.textContent?.match(/\d/) ? performance.now() : null),
    0,
    timeout,
  );
  const during = await searchOnce(page, TYPED);
  const indexedMs = await whenTrue(
    page,
    () => (document.querySelector('[data-search=ready]') ? performance.now() : null),
    0,
    timeout,
  );
  const after = await searchOnce(page, TYPED + ' ');
  await page.close();
  return {
    size,
    firstRowsMs: Math.round(firstRowsMs),
    noteMs: Math.round(noteMs),
    searchWhileIndexingMs: Math.round(during.ms),
    whileIndexing: `${during.count}; "${during.note}"`,
    indexedS: Math.round(indexedMs / 100) / 10,
    searchAfterMs: Math.round(after.ms),
    after: after.count,
  };
}

async function measure(size: number, pages: Fixture[]): Promise<Figures> {
  const problems: string[] = [];
  const eb = await launchWithExtension(BUILT);
  try {
    await serveOffline(eb, pages);
    const t0 = performance.now();
    await fill(eb, size);
    const fillS = (performance.now() - t0) / 1000;
    const bytes = await eb.sw.evaluate(() =>
      (chrome.storage.local as unknown as { getBytesInUse(k: null): Promise<number> }).getBytesInUse(null),
    );
    const storageKeys = await eb.sw.evaluate(
      async () => (await (chrome.storage.local as unknown as { getKeys(): Promise<string[]> }).getKeys()).length,
    );
    const c = await clicks(eb, pages, problems);
    const lib = await library(eb, size, problems).catch((err: unknown) => {
      problems.push(`library: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      return {
        firstRowsMs: NaN,
        exportEnabledMs: NaN,
        searchReadyMs: NaN,
        first: [] as number[],
        keystrokes: [] as number[],
        noteSavedMs: NaN,
        heapMB: NaN,
        indexMB: NaN,
      };
    });
    const r1 = (n: number) => Math.round(n * 10) / 10;
    return {
      size,
      fillS: r1(fillS),
      storageMB: r1(bytes / 2 ** 20),
      storageKeys,
      indexMB: r1(lib.indexMB),
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
      firstTypingP95Ms: r1(quantile(lib.first, 0.95)),
      noteSavedMs: r1(lib.noteSavedMs),
      heapMB: r1(lib.heapMB),
      problems,
    };
  } finally {
    await eb.close();
  }
}

/** The library on a store without the kept index, at `size` (storage filled as the previous version left it). */
async function measureMigration(size: number, pages: Fixture[]) {
  const eb = await launchWithExtension(BUILT);
  try {
    await serveOffline(eb, pages);
    await fill(eb, size, false);
    return await migration(eb, size);
  } finally {
    await eb.close();
  }
}

export async function run(): Promise<SectionResult> {
  if (!BUILT) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const pages = fixtures();
  const loads: number[] = [loadavg()[0]!];
  const results: Figures[] = [];
  for (const size of SIZES) {
    try {
      results.push(await measure(size, pages));
    } catch (err) {
      results.push({ size, problems: [`failed: ${err instanceof Error ? err.message : String(err)}`] } as Figures);
    }
    loads.push(loadavg()[0]!);
  }
  let migrated: Awaited<ReturnType<typeof measureMigration>> | { size: number; error: string } | null = null;
  if (MIGRATION_SIZE > 0) {
    migrated = await measureMigration(MIGRATION_SIZE, pages).catch((err: unknown) => ({
      size: MIGRATION_SIZE,
      error: err instanceof Error ? err.message.split('\n')[0]! : String(err),
    }));
    loads.push(loadavg()[0]!);
  }
  const at = (n: number) => results.find((r) => r.size === n);
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b && Number.isFinite(a) && Number.isFinite(b) ? `×${(b / a).toFixed(1)}` : '–';
  const empty = at(0);
  const rows: [string, keyof Figures, string, string][] = [
    ['click → digest shown, median', 'clickShownMs', 'ms', `≤ click at 0 + ${TARGETS.clickOverEmptyMs} ms`],
    ['click → digest shown, p95', 'clickShownP95Ms', 'ms', ''],
    ['click → saved, median', 'clickSavedMs', 'ms', `≤ ${TARGETS.savedMs} ms`],
    ['click → saved, p95', 'clickSavedP95Ms', 'ms', ''],
    ['library first rows', 'firstRowsMs', 'ms', `≤ ${TARGETS.firstRowsMs} ms`],
    ['library Export/Import enabled', 'exportEnabledMs', 'ms', ''],
    ['search ready (the index answers for every digest)', 'searchReadyMs', 'ms', `≤ ${TARGETS.searchReadyMs} ms`],
    ['keystroke → rows drawn, median', 'keystrokeMedianMs', 'ms', ''],
    ['keystroke → rows drawn, p95', 'keystrokeP95Ms', 'ms', `≤ ${TARGETS.keystrokeP95Ms} ms`],
    ['first typing (nothing read yet), p95', 'firstTypingP95Ms', 'ms', ''],
    ['note saved after the debounce', 'noteSavedMs', 'ms', `≤ ${TARGETS.noteMs} ms`],
    ['library heap (after GC)', 'heapMB', 'MB', `≤ ${TARGETS.heapMB} MB`],
    ['storage.local size', 'storageMB', 'MB', ''],
    ['storage.local keys', 'storageKeys', '', ''],
    ["search index size (IndexedDB, the origin's usage)", 'indexMB', 'MB', ''],
    ['filling the store (lay out + copy in)', 'fillS', 's', ''],
  ];
  const cell = (r: Figures, k: keyof Figures, unit: string) =>
    typeof r[k] === 'number' && Number.isFinite(r[k]) ? `${(r[k] as number).toLocaleString('en')} ${unit}`.trim() : '–';
  const md = [
    `Production build in ${execSync('/usr/bin/chromium --version').toString().trim()}, headless; one fresh profile per size. The store is filled with generated digests laid out by the digest store itself, its kept search index written by the store's own writes and merged as the background merges it (in Node, then every key and row copied into \`storage.local\` and IndexedDB). Clicks: ${ROUNDS} per fixture page (${pages.length} pages: seeds and real corpus pages, offline at their real addresses), ${POPUP_GAP_MS} ms after the previous popup closed, each new digest undone after its save so the store keeps its size; the first click of each browser is left out. Library: a new tab; times from its navigation start, checked every animation frame. Keystrokes: "${TYPED}" typed three times, each keystroke timed until the list has drawn the rows answering it (the frame after); the first round reads the words' records from the index (its p95 is the "first typing" row), rounds 2 and 3 are the keystroke rows. Note: text typed into the first row's note → the record's storage change, minus the ${NOTES_DEBOUNCE_MS} ms debounce; the median of ${NOTE_SAVES} saves ${NOTE_GAP_MS} ms apart. Machine load (1-min average) at the start and after each size: ${loads.map((l) => l.toFixed(1)).join(', ')} (2 cores).`,
    '',
    `| | ${results.map((r) => `${r.size.toLocaleString('en')} digests`).join(' | ')} | 1k → 10k | 10k → 50k | target at 10,000 |`,
    `|---|${results.map(() => '---:').join('|')}|---:|---:|---|`,
    ...rows.map(
      ([label, k, unit, target]) =>
        `| ${label} | ${results.map((r) => cell(r, k, unit)).join(' | ')} | ${ratio(at(1000)?.[k] as number, at(10000)?.[k] as number)} | ${ratio(at(10000)?.[k] as number, at(50000)?.[k] as number)} | ${target} |`,
    ),
    '',
    empty && at(10000)
      ? `Click → digest shown at 10,000 is ${at(10000)!.clickShownMs - empty.clickShownMs} ms over the same click at 0 (target ≤ ${TARGETS.clickOverEmptyMs} ms).`
      : '',
    ...results
      .filter((r) => r.problems.length)
      .map((r) => `Problems at ${r.size.toLocaleString('en')}: ${r.problems.join('; ')}`),
    '',
    migrated && 'error' in migrated
      ? `Migration at ${migrated.size.toLocaleString('en')} failed: ${migrated.error}`
      : migrated
        ? `**A library of ${migrated.size.toLocaleString('en')} digests written by the previous version (no search index)**, opened: first rows ${migrated.firstRowsMs} ms; the indexing note with its count at ${migrated.noteMs} ms; "${TYPED}" answered while indexing in ${migrated.searchWhileIndexingMs} ms (${migrated.whileIndexing}); the index covers the library after ${migrated.indexedS} s (built by the page and the background, a few shards per step); the same search then in ${migrated.searchAfterMs} ms (${migrated.after}).`
        : '',
  ].join('\n');
  return {
    title: 'Scale in Chromium: 0 to 50,000 digests',
    markdown: md,
    json: { targets: TARGETS, loads, results, migration: migrated },
  };
}
