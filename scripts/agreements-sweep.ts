// Every agreement the extractor reports on the Vietnamese real text an engineer may read, for reading by hand:
// the tune half of the real-text corpus (odd article numbers; with the gold's verdict), the real corpus pages
// (the article's body, and the text of the whole page: menus, related-story teasers, footers), the seeds' texts
// and the seed pages' whole text. Precision without gold: a reviewer reads every line and classifies the wrong ones.
// Never reads the check half (even article numbers).
//
// Usage: npx tsx scripts/agreements-sweep.ts [--only tune|pages|seeds]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractAgreements } from '../lib/entities';
import { parseHtml } from '../node/parse-html';
import { halfOf, realTextDir, realTextIds } from './real-text';

const shared = resolve(import.meta.dirname, '../../shared/corpus');

interface Source {
  id: string;
  text: string;
  gold?: { agreements: { name: string; acronym: string | null }[]; agreements_optional?: unknown[] };
}

function sources(only: string | undefined): Source[] {
  const out: Source[] = [];
  if (!only || only === 'tune')
    for (const id of realTextIds().filter((i) => halfOf(i) === 'tune'))
      out.push({
        id,
        text: readFileSync(join(realTextDir, `${id}.txt`), 'utf8'),
        gold: JSON.parse(readFileSync(join(realTextDir, `${id}.gold.json`), 'utf8')),
      });
  if (!only || only === 'pages') {
    const dir = join(shared, 'pages');
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.gold.json'))
      .sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        body: string;
        lead: string | null;
        title: string;
      };
      const name = f.slice(0, -'.gold.json'.length);
      out.push({ id: `page ${name} body`, text: [gold.title, gold.lead, gold.body].filter(Boolean).join('\n\n') });
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      out.push({ id: `page ${name} whole`, text: wholeText(html) });
    }
  }
  if (!only || only === 'seeds') {
    const dir = join(shared, 'seeds');
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      out.push({ id: `seed ${f}`, text: readFileSync(join(dir, f), 'utf8') });
    const fixtures = resolve(import.meta.dirname, '../test/fixtures/seeds');
    for (const f of readdirSync(fixtures)
      .filter((n) => n.endsWith('.html'))
      .sort())
      out.push({ id: `seed page ${f} whole`, text: wholeText(readFileSync(join(fixtures, f), 'utf8')) });
  }
  return out;
}

/** A page's whole visible text, one block element a line. */
function wholeText(html: string): string {
  const doc = parseHtml(html);
  for (const el of [...doc.querySelectorAll('script, style, noscript, template')]) el.remove();
  const blocks = doc.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, figcaption, a, div, span');
  const lines: string[] = [];
  for (const b of [...blocks]) {
    if (b.querySelector('p, li, h1, h2, h3, h4, h5, h6, td, figcaption, div')) continue;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  return lines.join('\n');
}

function main(): void {
  const onlyIdx = process.argv.indexOf('--only');
  const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;
  let total = 0;
  for (const s of sources(only)) {
    const found = extractAgreements(s.text);
    if (found.length === 0) continue;
    console.log(`# ${s.id}`);
    for (const a of found) {
      total++;
      console.log(`  - ${a.name}${a.acronym ? ` (${a.acronym})` : ''} [${a.kind}, ${a.mentions}x]`);
    }
    if (s.gold) {
      const g = s.gold.agreements.map((a) => `${a.name}${a.acronym ? ` (${a.acronym})` : ''}`);
      console.log(`  gold: ${g.join(' | ') || '-'}; optional: ${JSON.stringify(s.gold.agreements_optional ?? [])}`);
    }
  }
  console.log(`${total} agreements reported`);
}

main();
