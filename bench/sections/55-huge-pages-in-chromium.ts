// Huge and deep pages in the real browser: the production build's extraction on the generated huge inputs,
// in Debian's Chromium, clicked from the toolbar as a user would. Per page: the verdict the popup shows, the time
// spent in the page, and the longest stretch the tab could not answer input during the extraction (a timer in
// the page ticks every 10 ms; the longest gap between ticks is the longest task on the tab's main thread).
import { execSync } from 'node:child_process';
import type { SectionResult } from '../section';
import { badInputs } from '../../test/robustness/generate';
import { clickAction, closePopup, launchWithExtension, ROOT, startPageServer } from '../../test/e2e/harness';

const ROUNDS = 3;
const TICK_MS = 10;
/** Runs in the page before anything else: records the gaps between timer ticks from `__tick.reset()` on. */
const HEARTBEAT = `<script>(()=>{let last=performance.now(),max=0;setInterval(()=>{const n=performance.now();max=Math.max(max,n-last);last=n;},${TICK_MS});window.__tick={reset(){max=0;last=performance.now();},max:()=>max};})();</script>`;

interface Row {
  name: string;
  mb: number;
  elements: number;
  loadMs: number;
  verdict: string;
  inPageMs: number[];
  blockedMs: number[];
  idleBlockedMs: number;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)] ?? NaN;
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');

export async function run(): Promise<SectionResult> {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const inputs = badInputs().filter((b) => b.huge);
  const routes = inputs.map((b, i) => {
    const html = b.make() as string;
    return {
      path: `/bai-${i}.html`,
      html: html.replace('<head>', `<head>${HEARTBEAT}`),
      mb: Buffer.byteLength(html) / 2 ** 20,
    };
  });
  const server = await startPageServer(routes);
  const eb = await launchWithExtension();
  const rows: Row[] = [];
  try {
    for (let i = 0; i < inputs.length; i++) {
      const page = await eb.context.newPage();
      const started = Date.now();
      await page.goto(server.url(`https://baomau.vn${routes[i]!.path}`), { waitUntil: 'load', timeout: 120_000 });
      const row: Row = {
        name: inputs[i]!.name,
        mb: routes[i]!.mb,
        elements: await page.evaluate<number>('document.getElementsByTagName("*").length'),
        loadMs: Date.now() - started,
        verdict: '',
        inPageMs: [],
        blockedMs: [],
        idleBlockedMs: 0,
      };
      // The tab's own noise: the longest gap over a second with nothing running.
      await page.evaluate('window.__tick.reset()');
      await new Promise((r) => setTimeout(r, 1000));
      row.idleBlockedMs = await page.evaluate<number>('window.__tick.max()');
      for (let r = 0; r < ROUNDS; r++) {
        await eb.sw.evaluate(() => chrome.storage.local.clear()); // extract every time, never the saved copy
        await page.evaluate('window.__tick.reset()');
        const { popup } = await clickAction(eb, page);
        await popup.waitFor('globalThis.__tinGonTiming?.settled', 120_000);
        const t = await popup.evaluate<Record<string, number>>('globalThis.__tinGonTiming');
        const state = await popup.evaluate<string>(
          `(() => { const p = document.querySelector('.popup'); const c = document.querySelector('[data-code]'); return p.dataset.state + (c ? ' (' + c.dataset.code + ')' : ''); })()`,
        );
        await new Promise((res) => setTimeout(res, 3 * TICK_MS)); // let the timer tick once more after the work
        row.blockedMs.push(await page.evaluate<number>('window.__tick.max()'));
        if (t.inPageMs !== undefined) row.inPageMs.push(t.inPageMs);
        else if (t.extractEnd) row.inPageMs.push(t.extractEnd - t.extractStart!);
        row.verdict = state;
        await closePopup(eb, popup);
      }
      rows.push(row);
      await page.close();
    }
  } finally {
    await eb.close();
    await server.close();
  }
  const worstInPage = Math.max(...rows.flatMap((r) => r.inPageMs));
  const worstBlocked = Math.max(...rows.flatMap((r) => r.blockedMs));
  const md = [
    `Production build in ${execSync('/usr/bin/chromium --version').toString().trim()}, headless; each generated page served locally, loaded, then the toolbar clicked ${ROUNDS} times (storage cleared before each click, so every click extracts). "In the page" is the injected script's own time from start to answer (its pauses included); "tab blocked" is the longest gap between the page's ${TICK_MS} ms timer ticks from the click until the popup settled: the longest the tab could not answer a key or a click.`,
    '',
    `Worst case: **${ms(worstInPage)} ms** in the page, tab blocked at most **${ms(worstBlocked)} ms**. The extraction pauses between its stages and, on a page over 25,000 elements, reads only the article's region (lib/extract/budget.ts); it gives up with a message after 10 s.`,
    '',
    '| Page | HTML | Elements | Browser load ms | Popup shows | In the page ms (median / max) | Tab blocked ms (median / max) | Idle tab, longest gap ms |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.mb.toFixed(1)} MB | ${r.elements.toLocaleString('en')} | ${ms(r.loadMs)} | ${r.verdict} | ${ms(median(r.inPageMs))} / ${ms(Math.max(...r.inPageMs))} | ${ms(median(r.blockedMs))} / ${ms(Math.max(...r.blockedMs))} | ${ms(r.idleBlockedMs)} |`,
    ),
  ].join('\n');
  return {
    title: 'Huge pages in Chromium: extraction time and tab responsiveness',
    markdown: md,
    json: { rounds: ROUNDS, worstInPageMs: worstInPage, worstTabBlockedMs: worstBlocked, pages: rows },
  };
}
