// The recipes of docs/contributing.md name only files and folders that exist: a newcomer following them never
// looks for a file that moved.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('docs/contributing.md', () => {
  it('names only paths that exist', () => {
    const text = readFileSync(join(ROOT, 'docs/contributing.md'), 'utf8');
    // Inline code that looks like a repository path: a known top-level folder, or the shared corpus beside it.
    const paths = [
      ...text.matchAll(
        /`((?:\.\.\/shared|lib|components|entrypoints|platform|cli|node|lint|test|scripts|docs|bench)\/[^`\s]*)`/g,
      ),
    ].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(20);
    const missing = paths.filter((p) => !p.includes('<') && !existsSync(join(ROOT, p.replace(/\/FILE$/, ''))));
    expect(missing).toEqual([]);
  });
});
