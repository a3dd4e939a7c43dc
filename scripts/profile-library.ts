// A CPU profile of the library page in Chromium at a given library size (the bench's store, section 45): the page
// reloaded with the profiler running until search is ready, then "hoang xuan chien" typed three times. Prints
// where the main thread's time goes in each window (self time by function, and time on the stack of the
// functions of lib/search and components/library); writes the profile for DevTools.
// `npx tsx scripts/profile-library.ts [size] [out.cpuprofile]` after `npx wxt build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fill, libraryTab, typing } from '../bench/sections/45-scale-in-chromium';
import { launchWithExtension } from '../test/e2e/harness';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const size = Number(process.argv[2] ?? 10_000);
const sources = new Map<string, string>();
for (const dir of ['.output/chrome-mv3/chunks', '.output/chrome-mv3'])
  for (const f of readdirSync(dir)) if (f.endsWith('.js')) sources.set(f, readFileSync(`${dir}/${f}`, 'utf8'));
const out = process.argv[3] ?? `/tmp/library-${size}.cpuprofile`;

function summarise(p: Profile, from: number, to: number, label: string): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const f = n.callFrame as Node['callFrame'] & { columnNumber: number };
    const file = f.url.split('/').pop() ?? '';
    const src = sources.get(file);
    // Minified: the code around the function's start says which one it is.
    const near = src
      ? ' «' + (src.split('\n')[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 60) + '»'
      : '';
    return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}:${f.columnNumber}${near}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = p.startTime;
  let busy = 0;
  let all = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i + 1] ?? 0;
    t += p.timeDeltas[i]!;
    if (t < from || t > to) return;
    all += dt;
    const n = byId.get(id)!;
    const k = name(n);
    self.set(k, (self.get(k) ?? 0) + dt);
    if (n.callFrame.functionName !== '(idle)' && n.callFrame.functionName !== '(program)') busy += dt;
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const k2 = name(byId.get(x)!);
      if (seen.has(k2)) continue;
      seen.add(k2);
      total.set(k2, (total.get(k2) ?? 0) + dt);
    }
  });
  const ms = (us: number) => (us / 1000).toFixed(1);
  console.log(`\n== ${label}: ${ms(all)} ms sampled, ${ms(busy)} ms busy (not idle/program)`);
  console.log('-- self');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(v).padStart(8)}  ${k}`);
  console.log('-- on the stack');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms(v).padStart(8)}  ${k}`);
}

const ready = () =>
  document.querySelector('[data-search=ready]') &&
  (document.querySelector('.lib-list[data-answers]') || document.querySelector('.lib-empty'))
    ? performance.now()
    : null;

const eb = await launchWithExtension();
try {
  await fill(eb, size);
  const page = await libraryTab(eb);
  await page.goto(`chrome-extension://${eb.extensionId}/library.html`);
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 120_000 });
  const cdp = await eb.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.reload({ waitUntil: 'commit' });
  const readyMs = (await (
    await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 120_000 })
  ).jsonValue()) as number;
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
  );
  console.log('marks (ms after navigation): ' + marks.join(', '));
  const t0 = performance.now();
  const rounds = await typing(page, 'hoang xuan chien', 3);
  const typedMs = performance.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  writeFileSync(out, JSON.stringify(profile));
  writeFileSync(out + '.json', JSON.stringify({ readyMs, typedMs, rounds }));
  console.log(`size ${size}: search ready ${readyMs.toFixed(0)} ms after navigation; typing rounds (ms):`);
  for (const r of rounds) console.log('  ' + r.map((x) => x.toFixed(1)).join(' '));
  const readyAt = profile.startTime + readyMs * 1000;
  summarise(profile, profile.startTime, readyAt, 'reload → search ready');
  const typingFrom = profile.endTime - typedMs * 1000;
  const r0 = rounds[0]!.reduce((a, b) => a + b, 0) * 1000;
  summarise(profile, typingFrom, typingFrom + r0, 'first typing round');
  summarise(profile, typingFrom + r0, profile.endTime, 'typing rounds 2-3');
} finally {
  await eb.close();
}
