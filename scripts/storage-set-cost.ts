// How Chromium's storage.local.set cost grows with the number of keys stored (issue 17): a bare extension (a
// manifest and an empty service worker, made in a temporary folder: no build needed) is filled with N keys, and
// a one-key set of a digest-sized value is timed there (median of SAMPLES), then a one-key get and remove for
// comparison. The store's layout chooses its number of keys from these figures (lib/storage/README.md).
//   npx tsx scripts/storage-set-cost.ts [N,N,...] [valueBytes]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../test/e2e/harness';

const SIZES = (process.argv[2] ?? '0,1000,10000,20000,50000,100000,150000').split(',').map(Number);
/** Bytes of each filler key (records are ~10 KB; url buckets ~1.6 KB at 10,000 digests, layout 2's url: keys ~150 B): the cost is said to follow the count only. */
const FILL_BYTES = Number(process.argv[3] ?? 200);
const SAMPLES = 15;
const WRITE_CHUNK = 2_000;

const dir = mkdtempSync(join(tmpdir(), 'set-cost-ext-'));
writeFileSync(
  join(dir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'set cost',
    version: '1.0',
    permissions: ['storage', 'unlimitedStorage'],
    background: { service_worker: 'sw.js' },
  }),
);
writeFileSync(join(dir, 'sw.js'), '');

const eb = await launchWithExtension(dir);
try {
  await eb.sw.evaluate('globalThis.__name = (f) => f'); // tsx names functions with a helper the worker lacks
  const rows: string[] = [];
  let stored = 0;
  for (const n of SIZES) {
    while (stored < n) {
      const count = Math.min(WRITE_CHUNK, n - stored);
      await eb.sw.evaluate(
        ({ from, count, bytes }) => {
          const items: Record<string, string> = {};
          for (let i = 0; i < count; i++) items[`fill:${from + i}`] = 'x'.repeat(bytes);
          return chrome.storage.local.set(items);
        },
        { from: stored, count, bytes: FILL_BYTES },
      );
      stored += count;
    }
    const t = await eb.sw.evaluate(async (samples) => {
      const value = 'y'.repeat(10_000);
      const time = async (f: () => Promise<unknown>) => {
        const out: number[] = [];
        for (let i = 0; i < samples; i++) {
          const t0 = performance.now();
          await f();
          out.push(performance.now() - t0);
        }
        out.sort((a, b) => a - b);
        return out[Math.floor(out.length / 2)]!;
      };
      return {
        set: await time(() => chrome.storage.local.set({ probe: value })),
        set3: await time(() => chrome.storage.local.set({ probe: value, probe2: 'a', probe3: 'b' })),
        get: await time(() => chrome.storage.local.get(['probe'])),
        remove: await time(() => chrome.storage.local.remove(['probe3'])),
      };
    }, SAMPLES);
    rows.push(
      `| ${n.toLocaleString('en')} | ${t.set.toFixed(1)} | ${t.set3.toFixed(1)} | ${t.get.toFixed(1)} | ${t.remove.toFixed(1)} |`,
    );
    console.log(rows.at(-1));
  }
  console.log(
    `\nkeys of ${FILL_BYTES} B stored | one-key set (10 KB), ms | three-key set, ms | one-key get, ms | remove, ms\n|---:|---:|---:|---:|---:|\n${rows.join('\n')}`,
  );
} finally {
  await eb.close();
  rmSync(dir, { recursive: true, force: true });
}
