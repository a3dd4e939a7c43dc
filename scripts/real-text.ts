// Scores people and agreements on the real-text corpus (../shared/corpus/real-text) with the corpus's own
// score.py, on its two fixed halves. The split rule, written once and never changed:
//   tune  = articles whose number is odd  (world-001, world-003, ..., mixed-039): rules are developed on these;
//   check = articles whose number is even (world-002, ..., mixed-040): only measured, never read for tuning.
// Each half holds 20 articles of each slice (world, domestic, mixed).
//
// Usage: npx tsx scripts/real-text.ts [tune|check|all|tune-q1|tune-q3] [--errors] [--json]
//   --errors prints the scorer's error list (misses, false positives) of the chosen half: use it on `tune` only.
//   tune-q1 / tune-q3: the tune half's two fixed quarters (article number mod 4 = 1 or 3), to develop a change on
//   one and see that it holds on the other before keeping it.
// Each half also gets a sides line (real-text-sides.ts: the annotators' organisation names against the extents found).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { entitiesOfText } from '../cli/pipeline';
import { sidesExtent, sidesLine } from './real-text-sides';

export const realTextDir = resolve(import.meta.dirname, '../../shared/corpus/real-text');

export type Half = 'tune' | 'check';

/** The split rule: odd article numbers tune, even ones check. */
export function halfOf(id: string): Half {
  const n = Number(/-(\d+)$/.exec(id)?.[1]);
  return n % 2 === 1 ? 'tune' : 'check';
}

export function realTextIds(): string[] {
  return readdirSync(realTextDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
}

export interface ScoreResult {
  res: Record<string, unknown>;
  rows: unknown[];
  errors: Array<Record<string, unknown>>;
}

/** Runs the extractor on the given articles and scores them with score.py (python3). */
export function scoreRealText(ids: string[]): ScoreResult {
  const work = mkdtempSync(join(tmpdir(), 'real-text-'));
  const gold = join(work, 'gold');
  mkdirSync(gold);
  const preds = ids.map((id) => {
    for (const ext of ['.txt', '.gold.json']) symlinkSync(join(realTextDir, id + ext), join(gold, id + ext));
    const out = entitiesOfText(readFileSync(join(realTextDir, id + '.txt'), 'utf8'));
    return { id, people: out.people, agreements: out.agreements };
  });
  writeFileSync(join(work, 'pred.json'), JSON.stringify(preds));
  execFileSync('python3', [join(realTextDir, 'score.py'), gold, join(work, 'pred.json'), join(work, 'score.json')], {
    stdio: 'ignore',
  });
  return JSON.parse(readFileSync(join(work, 'score.json'), 'utf8')) as ScoreResult;
}

function main(): void {
  const args = process.argv.slice(2);
  const which = args.find((a) => !a.startsWith('--')) ?? 'all';
  const quarter = /^tune-q([13])$/.exec(which);
  const halves: Half[] = which === 'all' ? ['tune', 'check'] : quarter ? ['tune'] : [which as Half];
  for (const half of halves) {
    const ids = realTextIds().filter(
      (id) => halfOf(id) === half && (!quarter || Number(/-(\d+)$/.exec(id)?.[1]) % 4 === Number(quarter[1])),
    );
    const result = scoreRealText(ids);
    if (args.includes('--json')) {
      console.log(JSON.stringify({ half, ...result.res }));
    } else {
      const r = result.res as Record<string, Record<string, number>>;
      const p = r.people!,
        a = r.agreements!,
        t = r.titles!;
      console.log(
        `${half.padEnd(5)} (${ids.length}): people P ${p.P} R ${p.R} F1 ${p.F1} | titles R ${t.R_lenient} (P ${t.P_lenient}) | agreements P ${a.P} R ${a.R} F1 ${a.F1}`,
      );
      for (const slice of ['world', 'domestic', 'mixed']) {
        const s = scoreRealText(ids.filter((id) => id.startsWith(slice))).res as Record<string, Record<string, number>>;
        console.log(
          `   ${slice.padEnd(8)} people F1 ${s.people!.F1} (P ${s.people!.P} R ${s.people!.R}) titles R ${s.titles!.R_lenient} agreements F1 ${s.agreements!.F1}`,
        );
      }
    }
    const sideErrors: string[] = [];
    if (!args.includes('--json')) console.log(sidesLine(sidesExtent(realTextDir, ids, (e) => sideErrors.push(e))));
    if (args.includes('--errors')) for (const e of result.errors) console.log(JSON.stringify(e));
    if (args.includes('--errors')) for (const e of sideErrors) console.log(`side\t${e}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
