// Benchmark section: people and sides on real text, and what they cost. Scores on the real-text corpus
// (../shared/corpus/real-text, both fixed halves and each slice, the corpus's own score.py), then the time of
// people + sides (extractPeopleAndSides: one cleaning, one tokenisation) per real article, on 1 MB of real
// text, and on adversarial texts: one word repeated 100,000 times, 1 MB of capitalised words, 75,000 commas,
// a title repeated, an honorific repeated; then the whole extractEntities (with agreements) on 1 MB. Agreements
// alone are timed in section 20, and here on texts aimed at the grammar of their names (round 6).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAgreements, extractEntities, extractPeopleAndSides } from '../../lib/entities';
import { halfOf, realTextDir, realTextIds, scoreRealText, type Half } from '../../scripts/real-text';
import type { SectionResult } from '../section';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 15;
const ONE_MB = 1_000_000;

const ms = (x: number) => `${x.toFixed(1)} ms`;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function timeOnce(text: string): { ms: number; people: number; sides: number } {
  const t0 = performance.now();
  const out = extractPeopleAndSides(text);
  return { ms: performance.now() - t0, people: out.people.length, sides: out.sides.length };
}

/** Wall time and this process's CPU time of one call: on a shared machine the wall time includes other work. */
function timeCpu(run: () => unknown): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

interface Row {
  half: Half;
  slice: string;
  P: number;
  R: number;
  F1: number;
  titlesR: number;
  titlesP: number;
}

export async function run(): Promise<SectionResult> {
  const ids = realTextIds();
  const texts = ids.map((id) => ({ id, text: readFileSync(join(realTextDir, `${id}.txt`), 'utf8') }));

  const rows: Row[] = [];
  for (const half of ['tune', 'check'] as const) {
    for (const slice of ['all', 'world', 'domestic', 'mixed']) {
      const chosen = ids.filter((id) => halfOf(id) === half && (slice === 'all' || id.startsWith(slice)));
      const res = scoreRealText(chosen).res as Record<string, Record<string, number>>;
      rows.push({
        half,
        slice,
        P: res.people!.P!,
        R: res.people!.R!,
        F1: res.people!.F1!,
        titlesR: res.titles!.R_lenient!,
        titlesP: res.titles!.P_lenient!,
      });
    }
  }

  // Per article: warm-up, then timed runs of each article.
  const perRun: number[] = [];
  let sidesTotal = 0;
  for (const { text } of texts) {
    for (let i = 0; i < WARMUP_RUNS; i++) extractPeopleAndSides(text);
    for (let i = 0; i < TIMED_RUNS; i++) perRun.push(timeOnce(text).ms);
    sidesTotal += extractPeopleAndSides(text).sides.length;
  }
  perRun.sort((a, b) => a - b);

  const real = texts.map((t) => t.text).join('\n\n');
  const large = [
    { what: '1 MB of real articles (the 120, repeated)', text: repeatTo(`${real}\n\n`, ONE_MB) },
    { what: '"Hiệp định " repeated 100,000 times', text: 'Hiệp định '.repeat(100_000) },
    { what: '"Nguyễn " repeated 100,000 times', text: 'Nguyễn '.repeat(100_000) },
    { what: '1 MB of capitalised Vietnamese words', text: repeatTo('Nguyễn Văn An Bình Hà Nội Trần ', ONE_MB) },
    { what: '1 MB of capitalised foreign words', text: repeatTo('John Smith Maria Garcia Airlines ', ONE_MB) },
    { what: '75,000 commas between names', text: 'Ông An, '.repeat(75_000) },
    { what: '75,000 commas alone', text: ','.repeat(75_000) },
    { what: '"Bộ trưởng " repeated 100,000 times', text: 'Bộ trưởng '.repeat(100_000) },
    { what: '"Bộ Ngoại giao và " repeated 60,000 times', text: 'Bộ Ngoại giao và '.repeat(60_000) },
    { what: '"ông " repeated 200,000 times', text: 'ông '.repeat(200_000) },
    { what: '"và " repeated 250,000 times', text: 'và '.repeat(250_000) },
    { what: 'one full name repeated 70,000 times', text: 'Nguyễn Văn An '.repeat(70_000) },
    { what: '1 MB without a space', text: repeatTo('NguyễnVănAn', ONE_MB) },
  ].map(({ what, text }) => {
    let out = { people: 0, sides: 0 };
    const r = timeCpu(() => {
      const e = extractPeopleAndSides(text);
      out = { people: e.people.length, sides: e.sides.length };
    });
    return { what, chars: text.length, ms: r.ms, cpuMs: r.cpuMs, ...out };
  });
  // Agreements on texts made for the round-6 grammar: every pair, list item or purpose read ahead must stay bounded.
  const agreementTexts = [
    {
      what: 'one head and 100,000 coordinated pairs (", Việt Nam - EU")',
      text: `Hiệp định Thương mại tự do Việt Nam - EU${', Việt Nam - EU'.repeat(100_000)}`,
    },
    {
      what: '1 MB of "Hiệp định Việt Nam - Lào và Việt Nam - Lào, "',
      text: repeatTo('Hiệp định Việt Nam - Lào và Việt Nam - Lào, ', ONE_MB),
    },
    {
      what: 'one head and a topic listed with 1 MB of ", kinh tế"',
      text: `Hiệp định về hợp tác${repeatTo(', kinh tế', ONE_MB)}`,
    },
    {
      what: '1 MB of "Hiệp định về hợp tác kinh tế, văn hóa và "',
      text: repeatTo('Hiệp định về hợp tác kinh tế, văn hóa và ', ONE_MB),
    },
    {
      what: '1 MB of "Tuyên bố chung Việt Nam - Lào, vì hòa bình, "',
      text: repeatTo('Tuyên bố chung Việt Nam - Lào, vì hòa bình, ', ONE_MB),
    },
    {
      what: '1 MB of "Tuyên bố chung của Mỹ và Nhật Bản can thiệp "',
      text: repeatTo('Tuyên bố chung của Mỹ và Nhật Bản can thiệp ', ONE_MB),
    },
  ].map(({ what, text }) => {
    let agreements = 0;
    const r = timeCpu(() => {
      agreements = extractAgreements(text).length;
    });
    return { what, chars: text.length, ms: r.ms, cpuMs: r.cpuMs, agreements };
  });
  // The whole of entity extraction (people, sides and agreements) on 1 MB of real text: the bound of issue 13.
  const oneMb = repeatTo(`${real}\n\n`, ONE_MB);
  const whole = timeCpu(() => extractEntities(oneMb));

  const table = (rs: Row[]) =>
    rs.map(
      (r) =>
        `| ${r.half} | ${r.slice} | ${r.P.toFixed(3)} | ${r.R.toFixed(3)} | ${r.F1.toFixed(3)} | ${r.titlesR.toFixed(3)} | ${r.titlesP.toFixed(3)} |`,
    );
  const markdown = [
    'Real-text corpus (`../shared/corpus/real-text`, scored by its own `score.py`): tune = odd article numbers (rules were developed on these), check = even (only measured). Name-level people matching, lenient title recall and precision as in its ANNOTATION.md.',
    '',
    '| half | slice | people P | people R | people F1 | titles R | titles P |',
    '|---|---|---|---|---|---|---|',
    ...table(rows),
    '',
    `People + sides per article (extractPeopleAndSides on the ${texts.length} real articles, ${WARMUP_RUNS} warm-up then ${TIMED_RUNS} timed runs each): median ${ms(quantile(perRun, 0.5))}, p95 ${ms(quantile(perRun, 0.95))}, max ${ms(perRun[perRun.length - 1] ?? NaN)}; ${sidesTotal} sides over the articles. Target: median < 5 ms.`,
    '',
    'Large and adversarial texts (one run each, after the warm-up above; wall time, and the CPU time of this process, which other work on a shared machine does not inflate). Target: at most 1 s for 1 MB.',
    '',
    '| text | characters | time | CPU time | people | sides |',
    '|---|---|---|---|---|---|',
    ...large.map(
      (l) =>
        `| ${l.what} | ${l.chars.toLocaleString('en')} | ${ms(l.ms)} | ${ms(l.cpuMs)} | ${l.people} | ${l.sides} |`,
    ),
    '',
    `extractEntities (people, sides and agreements) on 1 MB of real articles: ${ms(whole.ms)} (CPU ${ms(whole.cpuMs)}). Target: at most 1 s.`,
    '',
    'Agreements (extractAgreements) on texts aimed at the grammar of names: coordinated pairs of parties, topics listed with commas, what a declaration is for ("vì ..."), issuers run into a predicate. Target: at most 1 s for 1 MB.',
    '',
    '| text | characters | time | CPU time | agreements |',
    '|---|---|---|---|---|',
    ...agreementTexts.map(
      (l) => `| ${l.what} | ${l.chars.toLocaleString('en')} | ${ms(l.ms)} | ${ms(l.cpuMs)} | ${l.agreements} |`,
    ),
  ].join('\n');

  return {
    title: 'People and sides: real text and cost',
    markdown,
    json: {
      realText: rows,
      perArticle: {
        runs: perRun.length,
        medianMs: quantile(perRun, 0.5),
        p95Ms: quantile(perRun, 0.95),
        maxMs: perRun[perRun.length - 1] ?? null,
      },
      large,
      extractEntities1MB: whole,
      agreementGrammar: agreementTexts,
    },
  };
}
