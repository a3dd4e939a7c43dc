// Library at scale: generated libraries of 1,000 and 10,000 realistic digests (Vietnamese news length,
// people, agreements, notes). Index build, search latency per keystroke, filters, the cross-digest index,
// every export format, import (validate + merge), memory; and how each figure grows from 1k to 10k.
import { parseHtml } from '../../node/parse-html';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadavg } from 'node:os';
import type { Digest } from '../../lib/digest';
import { buildExport } from '../../lib/export';
import { parseBackup } from '../../lib/import';
import { buildCrossIndex, lexiconAcronymOf } from '../../lib/library';
import { SearchIndex, emptyQuery, type LibraryQuery, createMemorySearchDb, KeptIndex } from '../../lib/search';
import { generateDigests } from '../../test/support/generate-digests';
import type { SectionResult } from '../section';
import { h, render } from 'preact';
import { Window } from 'happy-dom';
import { LibraryApp } from '../../components/library/LibraryApp';
import { createDigestStore, createQueueLock, createMemoryArea } from '../../lib/storage';
import { DEFAULT_PREFS, type Platform } from '../../platform/platform';

/** The DOM an import sanitises with outside the browser. */
const DOC = parseHtml('<p></p>');

// LIB_BENCH_SIZES=200,1000 for a quick run while developing.
const SIZES = (process.env.LIB_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const TYPED = 'hoang xuan chien';
const TARGETS = { searchMs: 50, exportS: 10 };
const ROUNDS = 6;

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

async function timeAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

interface Figures {
  size: number;
  jsonMB: number;
  buildMs: number;
  indexHeapMB: number;
  keystroke: {
    medianMs: number;
    p95Ms: number;
    maxMs: number;
    perPrefix: { q: string; ms: number; results: number }[];
  };
  queries: { name: string; ms: number; results: number }[];
  openDigestMs: number;
  crossIndexMs: number;
  exportJsonS: number;
  exportCsvS: number;
  exportMarkdownS: number;
  exportMarkdownMB: number;
  importS: number;
  importSelfS: number;
  peakHeapMB: number;
  peakRssMB: number;
}

/** A full garbage collection (V8's gc(), exposed at run time: the bench runs under tsx without flags). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function measure(size: number): Promise<Figures> {
  const digests: Digest[] = generateDigests(size, { seed: 2025 });
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  sample();
  // Collected before and after, so the difference is what the index keeps (without it, a collection during
  // the build made this figure negative).
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const [index, buildMs] = time(() => new SearchIndex(digests, { acronymOf: lexiconAcronymOf }));
  sample();
  collectGarbage();
  const indexHeap = process.memoryUsage().heapUsed - heapBefore;
  const q = (over: Partial<LibraryQuery>): LibraryQuery => ({ ...emptyQuery(), ...over });

  // Typing "hoang xuan chien" one character at a time, ROUNDS rounds (the first one includes JIT warm-up).
  const perKey: number[] = [];
  let perPrefix: Figures['keystroke']['perPrefix'] = [];
  for (let round = 0; round < ROUNDS; round++) {
    perPrefix = [];
    for (let i = 1; i <= TYPED.length; i++) {
      const text = TYPED.slice(0, i);
      const [r, ms] = time(() => index.search(q({ q: text }), { limit: 50 }));
      perKey.push(ms);
      perPrefix.push({ q: text, ms: Math.round(ms * 10) / 10, results: r.total });
    }
  }
  sample();
  const queries: Figures['queries'] = [];
  const run = (name: string, query: LibraryQuery) => {
    const [r, ms] = time(() => index.search(query, { limit: 50 }));
    queries.push({ name, ms: Math.round(ms * 10) / 10, results: r.total });
  };
  run('"thoa thuan"', q({ q: 'thoa thuan' }));
  run('"Thoả thuận" (NFD)', q({ q: 'Thoả thuận'.normalize('NFD') }));
  run('"EVFTA"', q({ q: 'EVFTA' }));
  run('no text, newest first', q({}));
  run('person filter', q({ person: 'Hoàng Xuân Chiến' }));
  run('agreement filter (alias EVFTA)', q({ agreement: 'EVFTA' }));
  run(
    'site + date range, by published',
    q({ site: 'qdnd.vn', dateField: 'published', from: '2023-03-01', to: '2024-12-31', sort: 'published' }),
  );
  run('"quoc phong" + tag + sort by site', q({ q: 'quoc phong', tag: 'EU', sort: 'site' }));

  // Opening a digest: the body as Markdown-ready DOM is the UI's job; here the lookup plus highlight ranges.
  const [, openDigestMs] = time(() => {
    const d = index.get(digests[Math.floor(size / 2)]!.id)!;
    return index.search(q({ q: TYPED }), { limit: 1 }).hits[0] ?? d;
  });
  const [, crossIndexMs] = time(() => buildCrossIndex(digests, { acronymOf: lexiconAcronymOf }));
  sample();

  const now = new Date('2025-06-01T00:00:00Z');
  const [json, exportJsonMs] = time(() => buildExport(digests, { format: 'json', now }));
  sample();
  const [, exportCsvMs] = time(() => buildExport(digests, { format: 'csv', acronymOf: lexiconAcronymOf, now }));
  sample();
  const [md, exportMarkdownMs] = time(() => buildExport(digests, { format: 'markdown', parseHtml, now }));
  sample();
  const text = json.data as string;
  // The product's import path: parse, validate, then DigestStore.importDigests (matching, merge, writes) into a
  // store in memory; first into an empty library, then the same backup again (nothing may change).
  const importStore = createDigestStore(createMemoryArea());
  const importBackup = async () => {
    const parsed = parseBackup(text, DOC);
    if (!parsed.ok) throw new Error(parsed.error);
    return importStore.importDigests(parsed.digests);
  };
  const [, importMs] = await timeAsync(importBackup);
  sample();
  const [selfImport, importSelfMs] = await timeAsync(importBackup);
  if (selfImport.unchanged !== size) throw new Error(`self-import changed ${size - selfImport.unchanged} digests`);
  sample();

  return {
    size,
    jsonMB: mb(text.length),
    buildMs: Math.round(buildMs),
    indexHeapMB: mb(indexHeap),
    keystroke: {
      medianMs: Math.round(quantile(perKey.slice(TYPED.length), 0.5) * 10) / 10,
      p95Ms: Math.round(quantile(perKey.slice(TYPED.length), 0.95) * 10) / 10,
      maxMs: Math.round(Math.max(...perKey.slice(TYPED.length)) * 10) / 10,
      perPrefix,
    },
    queries,
    openDigestMs: Math.round(openDigestMs * 10) / 10,
    crossIndexMs: Math.round(crossIndexMs),
    exportJsonS: Math.round(exportJsonMs) / 1000,
    exportCsvS: Math.round(exportCsvMs) / 1000,
    exportMarkdownS: Math.round(exportMarkdownMs) / 1000,
    exportMarkdownMB: mb((md.data as Uint8Array).length),
    importS: Math.round(importMs) / 1000,
    importSelfS: Math.round(importSelfMs) / 1000,
    peakHeapMB: mb(peakHeap),
    peakRssMB: mb(peakRss),
  };
}

interface UiFigures {
  size: number;
  firstRenderMs: number;
  searchReadyMs: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  openDigestMs: number;
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting for the library page');
    await tick();
  }
}

/**
 * The library page itself (Preact in happy-dom, the real store over an in-memory area holding the
 * library): first render of the list (from the stored summaries), search ready (every record in the index),
 * a keystroke from input event to updated rows, opening a digest.
 */
async function measureUi(digests: Digest[]): Promise<UiFigures> {
  const win = new Window({ url: 'chrome-extension://tin-gon/library.html' });
  const g = globalThis as Record<string, unknown>;
  const names = [
    'window',
    'document',
    'location',
    'history',
    'navigator',
    'Node',
    'Element',
    'HTMLElement',
    'Event',
    'getSelection',
    'addEventListener',
    'removeEventListener',
    'DOMParser',
  ];
  const saved = new Map(names.map((n) => [n, Object.getOwnPropertyDescriptor(g, n)]));
  for (const n of names) {
    const value = (win as unknown as Record<string, unknown>)[n];
    Object.defineProperty(g, n, {
      value:
        typeof value === 'function' && /^[a-z]/.test(n) ? (value as (...a: unknown[]) => unknown).bind(win) : value,
      configurable: true,
      writable: true,
    });
  }
  try {
    const area = createMemoryArea();
    const lock = createQueueLock();
    // The library as the extension keeps it: the store's writes keep the kept search index (in memory here).
    const keptIndex = new KeptIndex(createMemorySearchDb(), { acronymOf: lexiconAcronymOf });
    const store = createDigestStore(area, { lock, derived: keptIndex.writer });
    await store.importDigests(digests);
    await store.settled();
    await keptIndex.maintain(store.derivedSource());
    const platform: Platform = {
      keptIndex,
      uiLanguage: () => 'vi',
      activeTab: async () => null,
      extract: async () => {
        throw new Error('not used by the library');
      },
      store,
      save: async () => {
        throw new Error('not used by the library');
      },
      getPrefs: async () => DEFAULT_PREFS,
      setPrefs: async () => undefined,
      openLibrary: async () => undefined,
      onDigestsChanged: () => () => undefined,
    };
    const doc = win.document as unknown as Document;
    const root = doc.createElement('div');
    doc.body.appendChild(root);
    const rows = () => doc.querySelectorAll('[data-testid="row"]').length;
    const t0 = performance.now();
    render(h(LibraryApp, { platform }), root);
    await until(() => rows() > 0);
    const firstRenderMs = performance.now() - t0;
    await until(
      () => doc.querySelector('[data-search=ready]') !== null && doc.querySelector('.lib-list[data-answers]') !== null,
    );
    const searchReadyMs = performance.now() - t0;
    const box = doc.getElementById('lib-q') as HTMLInputElement;
    const times: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i <= TYPED.length; i++) {
        const t = performance.now();
        const text = TYPED.slice(0, i);
        box.value = text;
        box.dispatchEvent(new win.Event('input', { bubbles: true }) as unknown as Event);
        // Until the list has drawn the rows answering the text (the search reads the kept index: async).
        await until(() => doc.querySelector('.lib-list')?.getAttribute('data-answers') === text);
        times.push(performance.now() - t);
      }
      box.value = '';
      box.dispatchEvent(new win.Event('input', { bubbles: true }) as unknown as Event);
      await until(() => doc.querySelector('.lib-list')?.getAttribute('data-answers') === '');
    }
    // The store gives imported digests its own ids: open the one the list links to.
    const href = doc.querySelector('[data-testid="row-title"]')!.getAttribute('href')!;
    const t1 = performance.now();
    win.location.hash = href;
    await until(() => doc.querySelector('[data-testid="notes"]') !== null);
    const openDigestMs = performance.now() - t1;
    render(null, root);
    // Effect cleanups run after the next frame (Preact schedules them on a timer): let them finish while
    // the page's globals still exist.
    await new Promise((r) => setTimeout(r, 100));
    const warm = times.slice(TYPED.length);
    return {
      size: digests.length,
      firstRenderMs: Math.round(firstRenderMs),
      searchReadyMs: Math.round(searchReadyMs),
      keystrokeMedianMs: Math.round(quantile(warm, 0.5) * 10) / 10,
      keystrokeP95Ms: Math.round(quantile(warm, 0.95) * 10) / 10,
      openDigestMs: Math.round(openDigestMs * 10) / 10,
    };
  } finally {
    await win.happyDOM.abort();
    win.close();
    for (const [n, d] of saved) {
      if (d) Object.defineProperty(g, n, d);
      else delete g[n];
    }
  }
}

export async function run(): Promise<SectionResult> {
  const loadBefore = loadavg()[0]!;
  const results: Figures[] = [];
  for (const size of SIZES) results.push(await measure(size));
  const ui: UiFigures[] = [];
  for (const size of SIZES) ui.push(await measureUi(generateDigests(size, { seed: 2025 })));
  const loadAfter = loadavg()[0]!;
  const [small, big] = [results[0]!, results[results.length - 1]!];
  const growth = (a: number, b: number) => (a > 0 ? `×${(b / a).toFixed(1)}` : '—');
  const row = (label: string, pick: (f: Figures) => number, unit: string) =>
    `| ${label} | ${results.map((f) => `${pick(f)} ${unit}`).join(' | ')} | ${growth(pick(small), pick(big))} |`;
  const md = [
    `Generated libraries (seeded, ~700-word Vietnamese bodies, 1–4 people, 0–2 agreements, notes on 40 %). Search text typed one character at a time: "${TYPED}", ${ROUNDS} rounds, the first (JIT warm-up) left out of median/p95. Targets: search under ${TARGETS.searchMs} ms at 10,000; full export under ${TARGETS.exportS} s.`,
    '',
    `| | ${results.map((f) => `${f.size.toLocaleString('en')} digests`).join(' | ')} | growth |`,
    `|---|${results.map(() => '---:').join('|')}|---:|`,
    row('Backup size (JSON)', (f) => f.jsonMB, 'MB'),
    row('Search index build', (f) => f.buildMs, 'ms'),
    row('Search index heap', (f) => f.indexHeapMB, 'MB'),
    row('Keystroke search, median', (f) => f.keystroke.medianMs, 'ms'),
    row('Keystroke search, p95', (f) => f.keystroke.p95Ms, 'ms'),
    row('Keystroke search, max', (f) => f.keystroke.maxMs, 'ms'),
    ...results[0]!.queries.map((_, i) => row(`Query: ${results[0]!.queries[i]!.name}`, (f) => f.queries[i]!.ms, 'ms')),
    row('Open a digest (lookup + highlight)', (f) => f.openDigestMs, 'ms'),
    row('People & agreements index', (f) => f.crossIndexMs, 'ms'),
    row('Export JSON backup', (f) => f.exportJsonS, 's'),
    row('Export CSV (3 files, zip)', (f) => f.exportCsvS, 's'),
    row('Export Markdown (one file per digest, zip)', (f) => f.exportMarkdownS, 's'),
    row('Markdown zip size', (f) => f.exportMarkdownMB, 'MB'),
    row('Import into empty library (parse + validate + DigestStore.importDigests, in memory)', (f) => f.importS, 's'),
    row('Import into itself (all unchanged)', (f) => f.importSelfS, 's'),
    row('Peak heap', (f) => f.peakHeapMB, 'MB'),
    row('Peak RSS', (f) => f.peakRssMB, 'MB'),
    '',
    'The library page (Preact in happy-dom, the real digest store over an in-memory storage area; browser storage adds its own read time):',
    '',
    `| | ${ui.map((f) => `${f.size.toLocaleString('en')} digests`).join(' | ')} | growth |`,
    `|---|${ui.map(() => '---:').join('|')}|---:|`,
    ...(
      [
        ['First render of the list (summaries)', (f: UiFigures) => f.firstRenderMs],
        ['Search ready (all records indexed)', (f: UiFigures) => f.searchReadyMs],
        ['Keystroke → rows updated, median', (f: UiFigures) => f.keystrokeMedianMs],
        ['Keystroke → rows updated, p95', (f: UiFigures) => f.keystrokeP95Ms],
        ['Open a digest (route → view with notes)', (f: UiFigures) => f.openDigestMs],
      ] as const
    ).map(
      ([label, pick]) =>
        `| ${label} | ${ui.map((f) => `${pick(f)} ms`).join(' | ')} | ${growth(pick(ui[0]!), pick(ui[ui.length - 1]!))} |`,
    ),
    '',
    `Per keystroke at ${big.size.toLocaleString('en')} (last round): ${big.keystroke.perPrefix.map((p) => `"${p.q}" ${p.ms} ms (${p.results})`).join(', ')}.`,
    '',
    `Machine load (1-min average) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after: figures taken on a busy machine are inflated accordingly.`,
    '',
    `Search at 10,000: p95 ${big.keystroke.p95Ms} ms — ${big.keystroke.p95Ms < TARGETS.searchMs ? 'meets' : 'MISSES'} the ${TARGETS.searchMs} ms target. Full export (slowest format, Markdown) ${big.exportMarkdownS} s — ${big.exportMarkdownS < TARGETS.exportS ? 'meets' : 'MISSES'} the ${TARGETS.exportS} s target. First render at 10,000: ${ui[ui.length - 1]!.firstRenderMs} ms — ${ui[ui.length - 1]!.firstRenderMs < 500 ? 'meets' : 'MISSES'} the 500 ms target.`,
  ].join('\n');
  return {
    title: 'Library: search, export and import at 1,000 and 10,000 digests',
    markdown: md,
    json: { targets: TARGETS, load: { before: loadBefore, after: loadAfter }, results, ui },
  };
}
