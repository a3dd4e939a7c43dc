// The README's layout table matches the tree: every top-level folder and every lib/ folder has its row, and every
// folder a row names exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');

/** Top-level entries of .gitignore ("node_modules/", "coverage/"): generated, not part of the layout. */
const ignored = new Set(
  read('.gitignore')
    .split('\n')
    .map((l) => l.trim().replace(/\/$/, ''))
    .filter((l) => l && !l.includes('*') && !l.includes('/')),
);

const foldersIn = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !ignored.has(e.name))
    .map((e) => (dir ? `${dir}/${e.name}/` : `${e.name}/`))
    .sort();

/** The folders named in the first column of the README's "## Layout" table ("`lib/extract/`, `lib/meta/`"). */
function layoutRows(): string[] {
  const section = /^## Layout\n([\s\S]*?)(?=^## )/m.exec(read('README.md'))?.[1] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('|') && !/^\|\s*(folder|-+)\s*\|/.test(l));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('README layout table', () => {
  const rows = layoutRows();

  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('names every top-level folder and every lib/ folder', () => {
    const named = new Set(rows);
    expect([...foldersIn(''), ...foldersIn('lib')].filter((f) => !named.has(f))).toEqual([]);
  });

  it('names only folders that exist', () => {
    expect(rows.filter((f) => !f.endsWith('/') || !existsSync(join(ROOT, f)))).toEqual([]);
  });
});
