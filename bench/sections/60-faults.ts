// Robustness of the digest store: seeded random sequences of library operations (save, refresh, notes, tags,
// highlights, delete, undo, import) with a fault aimed at a random write (quota exceeded, a failed write,
// the service worker stopping with only some keys written), checked by test/support/fault-run.ts; damaged
// storage opened (unreadable records, lost index, corrupt meta); and the time to rebuild the index.
import fc from 'fast-check';
import { loadavg } from 'node:os';
import { createDigestStore, DIRECTORY_KEY, META_KEY, RECORD_PREFIX, createMemoryArea } from '../../lib/storage';
import { opArb, stepArb } from '../../test/support/fault-arbitraries';
import { runFaultSequence, type FaultStats } from '../../test/support/fault-run';
import { generateDigests } from '../../test/support/generate-digests';
import type { SectionResult } from '../section';

const SEQUENCES = Number(process.env.FAULT_BENCH_SEQUENCES ?? 400);
const SIZES = (process.env.FAULT_BENCH_SIZES ?? '1000,10000').split(',').map(Number);

type Totals = Omit<FaultStats, 'problems'> & { sequences: number; problems: number };

async function scenario(name: string, quotaBytes?: number, faultFree = false): Promise<Totals & { name: string }> {
  const t: Totals = {
    sequences: 0,
    steps: 0,
    acknowledged: 0,
    failed: 0,
    notFound: 0,
    faultsInjected: 0,
    crashes: 0,
    lost: 0,
    halfWritten: 0,
    untypedErrors: 0,
    wrongCodes: 0,
    quotaRefusals: 0,
    indexRepairs: 0,
    repairsDeferred: 0,
    indexWrongAfterRecovery: 0,
    problems: 0,
  };
  const arb = faultFree
    ? fc.array(
        opArb.map((op) => ({ op })),
        { minLength: 10, maxLength: 40 },
      )
    : fc.array(stepArb, { minLength: 10, maxLength: 40 });
  const sequences = fc.sample(arb, { numRuns: SEQUENCES, seed: 6060 });
  for (const [i, steps] of sequences.entries()) {
    const s = await runFaultSequence(steps, { seed: i + 1, quotaBytes });
    t.sequences++;
    for (const k of Object.keys(t) as (keyof Totals)[])
      if (k !== 'sequences' && k !== 'problems') t[k] += s[k as keyof FaultStats] as number;
    t.problems += s.problems.length;
  }
  return { name, ...t };
}

async function damagedOpen(): Promise<{ name: string; listed: number; reported: number; kept: number; ok: boolean }[]> {
  const out = [];
  const cases: [string, (d: Map<string, string>, keys: string[]) => void, number][] = [
    ['layout directory missing', (d) => d.delete(DIRECTORY_KEY), 0],
    ['layout directory corrupt', (d) => d.set(DIRECTORY_KEY, JSON.stringify('{"version":2,"shar')), 0],
    ['meta corrupt', (d) => d.set(META_KEY, '"x"'), 0],
    [
      '5 records truncated + directory missing',
      (d, k) => {
        for (const key of k.slice(0, 5)) d.set(key, JSON.stringify(d.get(key)!.slice(0, 200)));
        d.delete(DIRECTORY_KEY);
      },
      5,
    ],
    [
      '3 records from a newer version',
      (d, k) => {
        for (const key of k.slice(0, 3)) d.set(key, JSON.stringify({ ...JSON.parse(d.get(key)!), schemaVersion: 7 }));
      },
      3,
    ],
  ];
  for (const [name, damage, bad] of cases) {
    const area = createMemoryArea();
    await createDigestStore(area).importDigests(generateDigests(50, { seed: 6, bodyWords: 200 }));
    const keys = [...area.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX));
    damage(area.data, keys);
    const before = new Map(area.data);
    const { summaries, report } = await createDigestStore(area).inspect({ full: true });
    const kept = keys.filter((k) => area.data.get(k) === before.get(k)).length;
    out.push({
      name,
      listed: summaries.length,
      reported: report.unreadable.length,
      kept,
      ok: summaries.length === 50 - bad && report.unreadable.length === bad && kept === 50,
    });
  }
  return out;
}

async function rebuildTimes() {
  const rows = [];
  for (const size of SIZES) {
    const area = createMemoryArea();
    const store = createDigestStore(area);
    await store.importDigests(generateDigests(size, { seed: 60, bodyWords: 700 }));
    const times: Record<string, number> = {};
    for (const [label, run] of [
      ['rebuildIndex', () => store.rebuildIndex()],
      ['reconcile (startup: journal only, no change)', () => store.reconcile()],
      ['inspect (keys vs shards)', () => store.inspect()],
      ['inspect full (every record compared)', () => store.inspect({ full: true })],
    ] as const) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await run();
        runs.push(performance.now() - t0);
      }
      times[label] = Math.round(runs.sort((a, b) => a - b)[1]!); // median of 3
    }
    const lost = [];
    for (let i = 0; i < 3; i++) {
      area.data.delete(DIRECTORY_KEY);
      const t0 = performance.now();
      await createDigestStore(area).inspect();
      lost.push(performance.now() - t0);
    }
    times['inspect, layout lost (rebuild + write)'] = Math.round(lost.sort((a, b) => a - b)[1]!);
    rows.push({ size, ...times });
  }
  return rows;
}

export async function run(): Promise<SectionResult> {
  const load = loadavg()[0]!.toFixed(1);
  const scenarios = [
    await scenario('random faults (quota, failed write, crash) on random writes'),
    await scenario('random faults + real quota of 9 KB', 9_000),
    await scenario('no faults (control)', undefined, true),
  ];
  const damaged = await damagedOpen();
  const rebuild = await rebuildTimes();
  const lost = scenarios.reduce((n, s) => n + s.lost, 0);
  const half = scenarios.reduce((n, s) => n + s.halfWritten, 0);
  const md = [
    `Operation sequences from fast-check (seed 6060, ${SEQUENCES} per scenario, 10–40 operations each) run against the`,
    `store over test/support/faulty-area.ts. A crash lands any subset of the keys of a write, then the worker "restarts"`,
    `(new store object, reconcile()). Checked after every step: acknowledged data present exactly, failed operations left`,
    `their record as before or fully done, typed error codes, index equal to the rebuilt index. Load average ${load}.`,
    '',
    '| scenario | sequences | operations | acknowledged | failed | not-found (edit of an unsaved article) | faults injected | crashes | real quota refusals | index repairs needed | repairs deferred (storage full) | **data lost** | **half-written** | untyped errors | index wrong after recovery |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scenarios.map(
      (s) =>
        `| ${s.name} | ${s.sequences} | ${s.steps} | ${s.acknowledged} | ${s.failed} | ${s.notFound} | ${s.faultsInjected} | ${s.crashes} | ${s.quotaRefusals} | ${s.indexRepairs} | ${s.repairsDeferred} | **${s.lost}** | **${s.halfWritten}** | ${s.untypedErrors} | ${s.indexWrongAfterRecovery} |`,
    ),
    '',
    `Data lost in the fault tests: **${lost}**; records half-written: **${half}**.`,
    '',
    'Damaged storage opened by the library path (`inspect`), 50 digests:',
    '',
    '| damage | listed | reported unreadable | records left untouched | as expected |',
    '|---|---:|---:|---:|---|',
    ...damaged.map((d) => `| ${d.name} | ${d.listed} | ${d.reported} | ${d.kept}/50 | ${d.ok ? 'yes' : '**no**'} |`),
    '',
    'Index rebuild from the records (in-memory area: storage I/O of the browser not included), ms:',
    '',
    `| digests | ${Object.keys(rebuild[0] ?? {})
      .filter((k) => k !== 'size')
      .join(' | ')} |`,
    `|---:|${Object.keys(rebuild[0] ?? {})
      .filter((k) => k !== 'size')
      .map(() => '---:')
      .join('|')}|`,
    ...rebuild.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${Object.entries(r)
          .filter(([k]) => k !== 'size')
          .map(([, v]) => v)
          .join(' | ')} |`,
    ),
  ].join('\n');
  return {
    title: 'Robustness: storage faults, damaged storage, index rebuild',
    markdown: md,
    json: { sequencesPerScenario: SEQUENCES, scenarios, damaged, rebuild, lost, halfWritten: half },
  };
}
