// No pattern that can backtrack super-linearly on page text (issue 13 item 7): every regular expression literal
// in the code that reads page text (lib/extract, lib/sanitize, lib/meta/jsonld.ts) is checked by recheck, a ReDoS
// checker that looks for inputs where a backtracking engine (V8's included) takes polynomial or exponential time.
// The photo-credit pattern that froze a tab 26 s on a caption of 75,000 commas is the kind it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = [
  ...readdirSync(join(ROOT, 'lib/extract')).map((f) => `lib/extract/${f}`),
  ...readdirSync(join(ROOT, 'lib/sanitize')).map((f) => `lib/sanitize/${f}`),
  'lib/meta/jsonld.ts',
].filter((f) => f.endsWith('.ts'));

/** Patterns that are super-linear in theory but only ever see a bounded input, with where the bound is. */
const BOUNDED: Record<string, string> = {
  'lib/extract/images.ts CREDIT_TAIL': 'applied only to the last 100 characters of a caption (TAIL_WINDOW)',
};

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function literals(file: string): Literal[] {
  const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const end = text.lastIndexOf('/');
      const decl = n.parent && ts.isVariableDeclaration(n.parent) ? n.parent.name.getText(sf) : `line ${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      out.push({ where: `${file} ${decl}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('patterns over page text are linear', () => {
  const all = FILES.flatMap(literals);

  it('finds the patterns (the scan works)', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((l) => l.where === 'lib/extract/images.ts CREDIT_TAIL')).toBe(true);
  });

  it('recheck finds no super-linear backtracking in any of them', () => {
    const vulnerable = all
      .filter((l) => !(l.where in BOUNDED))
      .flatMap((l) => {
        const r = checkSync(l.source, l.flags, { timeout: 30_000 }); // generous: a loaded machine must not turn "safe" into "unknown"
        return r.status === 'safe' ? [] : [`${l.where}: /${l.source.slice(0, 80)}/ ${r.status}${r.status === 'vulnerable' ? ` (${r.complexity.type})` : ''}`];
      });
    expect(vulnerable).toEqual([]);
  }, 300_000);
});
