// Does a change to the extraction keep its output identical? Runs extractArticle on every page we have (the
// real corpus pages, the seed fixtures, Mozilla Readability's suite, the layout-drift copies of the Vietnamese
// pages, and the not-an-article variants: video metadata, <div>/<br> paragraphs, section pages, hand-made
// listings) and compares the whole result (the JSON of each result, only the elapsed `extractor.ms` zeroed)
// with another version of the code, byte for byte. Without a time budget: timing-dependent refusals are no
// difference of behaviour.
//
// Usage:
//   npx tsx scripts/extract-diff.ts --ref main          # extract with `main` (exported to a temporary folder) and with this tree, compare
//   npx tsx scripts/extract-diff.ts --save FILE.json    # save this tree's results
//   npx tsx scripts/extract-diff.ts --against FILE.json # compare this tree's results with saved ones
// Exit code 1 when any page differs (each difference is printed: page, then the first differing characters).
// The pages are built by this tree's test helpers, then handed to each version as HTML, so both read the same.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractionResult } from '../lib/article';
import {
  asSectionPage,
  corpusPages,
  handMadeListings,
  paragraphsAsBreaks,
  paragraphsAsDivs,
  suitePages,
  withVideoMetadata,
} from '../test/extract/not-article-pages';
import { DRIFT_KINDS, mutatePage } from '../test/support/layout-drift';
import { vnPages } from '../test/support/vn-pages';

const repo = resolve(import.meta.dirname, '..');

interface Input {
  name: string;
  url: string;
  html: string;
}

const serialise = (doc: Document | null) => (doc ? `<!doctype html>${doc.documentElement.outerHTML}` : null);

/** Every page, as HTML. */
function inputs(): Input[] {
  const out: Input[] = [];
  const real = [...corpusPages(), ...suitePages()];
  for (const p of real) out.push({ name: `${p.set}/${p.name}`, url: p.url, html: serialise(p.doc())! });
  for (const p of vnPages()) {
    out.push({ name: `vn/${p.name}`, url: p.url, html: p.html });
    for (const kind of DRIFT_KINDS)
      for (const seed of [1, 2, 3]) {
        const m = mutatePage(p, kind, seed);
        if (m) out.push({ name: `drift/${p.name}/${kind}/${seed}`, url: p.url, html: m.html });
      }
  }
  const variants: [string, (d: Document) => Document | null][] = [
    ['video', withVideoMetadata],
    ['divs', (d) => withVideoMetadata(paragraphsAsDivs(d))],
    ['breaks', (d) => withVideoMetadata(paragraphsAsBreaks(d))],
    ['section', (d) => asSectionPage(d)],
  ];
  for (const p of real)
    for (const [label, change] of variants) {
      const html = serialise(change(p.doc()));
      if (html) out.push({ name: `${label}/${p.set}/${p.name}`, url: p.url, html });
    }
  for (const p of handMadeListings()) out.push({ name: `listing/${p.name}`, url: p.url, html: serialise(p.doc())! });
  return out;
}

type Extract = (doc: Document, url: string, options?: { timeBudgetMs?: number }) => ExtractionResult;
type Parse = (html: string, url?: string) => Document;

/** The results of the code under `root` (a checkout of the project) on every input, by page name. */
async function snapshot(root: string, pages: Input[]): Promise<Record<string, string>> {
  const { extractArticle } = (await import(pathToFileURL(join(root, 'lib/extract/index.ts')).href)) as {
    extractArticle: Extract;
  };
  const { parseHtml } = (await import(pathToFileURL(join(root, 'node/parse-html.ts')).href)) as {
    parseHtml: Parse;
  };
  const out: Record<string, string> = {};
  for (const p of pages) {
    let result: unknown;
    try {
      // No time budget: a loaded machine must not turn a slow page into a 'too-large' difference.
      const r = extractArticle(parseHtml(p.html, p.url), p.url, { timeBudgetMs: 3_600_000 });
      if (r.kind === 'article') r.extractor.ms = 0;
      result = r;
    } catch (err) {
      result = { threw: String(err) };
    }
    out[p.name] = JSON.stringify(result);
  }
  return out;
}

/** A checkout of `ref` in a temporary folder, using this tree's node_modules. */
function exportRef(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-diff-'));
  const tar = execFileSync('git', ['-C', repo, 'archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `at character ${i}:\n    base: …${a.slice(from, i + 160)}\n    this: …${b.slice(from, i + 160)}`;
}

function compare(base: Record<string, string>, mine: Record<string, string>): number {
  let differ = 0;
  for (const name of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    const a = base[name];
    const b = mine[name];
    if (a === b) continue;
    differ++;
    if (a === undefined || b === undefined) console.log(`${name}: only in ${a === undefined ? 'this tree' : 'base'}`);
    else console.log(`${name}: ${firstDifference(a, b)}`);
  }
  console.log(`${Object.keys(mine).length} pages, ${differ} with a different result`);
  return differ;
}

async function main(): Promise<void> {
  const [flag, arg] = process.argv.slice(2);
  if (!arg || !['--ref', '--save', '--against'].includes(flag ?? '')) {
    console.error('usage: extract-diff.ts --ref GIT_REF | --save FILE.json | --against FILE.json');
    process.exit(2);
  }
  const pages = inputs();
  console.error(`extract-diff: ${pages.length} pages`);
  if (flag === '--save') {
    writeFileSync(arg, JSON.stringify(await snapshot(repo, pages)));
    return;
  }
  let base: Record<string, string>;
  if (flag === '--against') base = JSON.parse(readFileSync(arg, 'utf8')) as Record<string, string>;
  else {
    const dir = exportRef(arg);
    try {
      base = await snapshot(dir, pages);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.exit(compare(base, await snapshot(repo, pages)) ? 1 : 0);
}

await main();
