// Shared loader for the real-page corpus (pages + gold), used by the golden tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'pages');

export interface Gold {
  file: string;
  url: string;
  site: string;
  title: string;
  authors: string[];
  published: string | null;
  lead: string | null;
  body: string;
  must_include: string[];
  must_exclude: string[];
  notes?: string;
}

export function loadCorpus(dir = CORPUS_PAGES): { name: string; html: string; gold: Gold }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
  } catch {
    return [];
  }
  return names.sort().map((g) => {
    const gold = JSON.parse(readFileSync(join(dir, g), 'utf8')) as Gold;
    const html = readFileSync(join(dir, gold.file ?? g.replace('.gold.json', '.html')), 'utf8');
    return { name: g.replace('.gold.json', ''), html, gold };
  });
}
