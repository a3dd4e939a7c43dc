// No pattern that can backtrack super-linearly on page text (issue 13 item 7, review 1 defect 2): every regular
// expression in lib/ is checked by recheck, a ReDoS checker that looks for inputs where a backtracking engine
// (V8's included) takes polynomial or exponential time. All of lib/, because page text and the fields made from
// it reach every part of the core (extraction, entities, search, highlights, exports, the library). Two kinds:
// - literals, read from the source with the TypeScript parser;
// - patterns built with `new RegExp(…)`, caught as they are built while every lib/ module loads and the seeds'
//   entities are extracted (patterns built from data, such as the acronyms of an article, are checked as the
//   seeds build them).
// recheck proves a pattern linear with its automaton checker; a pattern with a lookaround or a back-reference
// goes to its fuzzer instead, which must find no slow input either.
// The photo-credit pattern that froze a tab 26 s on a caption of 75,000 commas, and the sentence splitter that
// took 50 s on a line of 80,000 dots, are the kind it finds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { loadGoldTexts, seedsDir } from '../support/entity-scoring';

const ROOT = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .sort()
    .flatMap((f) =>
      statSync(join(ROOT, dir, f)).isDirectory()
        ? tsFiles(`${dir}/${f}`)
        : f.endsWith('.ts') && !f.endsWith('.d.ts')
          ? [`${dir}/${f}`]
          : [],
    );
}
const FILES = tsFiles('lib');

/**
 * Patterns that are super-linear in theory but only ever see an input of bounded size, with where the bound is.
 * Only for a bound that holds whatever the page holds (a field cap of lib/article/field-caps.ts, a fixed window,
 * a length over which the function returns before any pattern runs). Keyed by "file NAME" (a constant) or by
 * "file /source/" (a pattern written where it is used).
 */
const BYLINE_CAP =
  'parseCredit returns at once for a byline over 200 characters (cleaned), before any of these runs; the helpers run only on parts of that text';
const BOUNDED: Record<string, string> = {
  'lib/extract/images.ts CREDIT_TAIL': 'applied only to the last 100 characters of a caption (TAIL_WINDOW)',
  'lib/meta/authors.ts SEPARATORS': BYLINE_CAP,
  'lib/meta/authors.ts OUTLET_SEPARATORS': BYLINE_CAP,
  'lib/meta/authors.ts /^[\\s(\\-–—•*"“”]+|[\\s)\\-–—•*.,;:"“”]+$/': BYLINE_CAP,
  'lib/meta/authors.ts /^[\\s"\'“”‘’.]+|[\\s"\'“”‘’,]+$/': BYLINE_CAP,
  'lib/meta/authors.ts /\\s*\\(([^()]{1,80})\\)\\s*/': BYLINE_CAP,
  'lib/meta/authors.ts /\\s*\\/\\s*|\\s*,\\s*/': BYLINE_CAP,
  'lib/meta/authors.ts /(?:\\s+[-–—]\\s+|\\s*,\\s*|\\s+)theo\\s+(.{2,60})$/': BYLINE_CAP,
  'lib/meta/authors.ts /\\s*\\/\\s*/': BYLINE_CAP,
};
const bounded = (p: Pattern) => p.where in BOUNDED || `${p.where.split(' ')[0]} /${p.source}/` in BOUNDED;

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function literals(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const end = text.lastIndexOf('/');
      const decl =
        n.parent && ts.isVariableDeclaration(n.parent)
          ? n.parent.name.getText(sf)
          : `line ${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      out.push({ where: `${file} ${decl}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every RegExp that lib/ code builds while all of lib/ loads and the seeds' entities are extracted. */
async function constructed(): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  const Original = globalThis.RegExp;
  const libDir = join(ROOT, 'lib') + '/';
  const record = (args: unknown[]) => {
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(libDir));
    const at = frame ? /(\/[^\s():]+\.ts):(\d+)/.exec(frame) : null;
    if (!at) return;
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    const flagText = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags);
    const where = `${relative(ROOT, at[1]!)}:${at[2]} new RegExp`;
    seen.set(`${where} /${source}/${flagText}`, { where, source, flags: flagText });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    vi.resetModules();
    for (const file of FILES) await import(join(ROOT, file));
    const { extractEntities } = (await import(
      join(ROOT, 'lib/entities/index.ts')
    )) as typeof import('../../lib/entities');
    for (const seed of loadGoldTexts(seedsDir)) extractEntities(seed.text);
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

describe('patterns over page text are linear', () => {
  const all = FILES.flatMap(literals);

  it('finds the patterns of every lib/ folder (the scan works)', async () => {
    expect(all.length).toBeGreaterThan(400);
    expect(all.some((l) => l.where === 'lib/extract/images.ts CREDIT_TAIL')).toBe(true);
    // Every allowed pattern still exists (an entry left behind would allow a new pattern of the same text).
    for (const key of Object.keys(BOUNDED))
      expect(
        all.some((l) => l.where === key || `${l.where.split(' ')[0]} /${l.source}/` === key),
        key,
      ).toBe(true);
    const folders = new Set(all.map((l) => l.where.split('/')[1]));
    for (const folder of [
      'entities',
      'text',
      'meta',
      'export',
      'search',
      'highlights',
      'digest',
      'extract',
      'sanitize',
    ])
      expect(folders, folder).toContain(folder);
    const built = await constructed();
    expect(built.some((p) => p.where.startsWith('lib/text/normalize.ts:'))).toBe(true);
    expect(built.some((p) => p.where.startsWith('lib/entities/people/masks.ts:'))).toBe(true);
  }, 120_000);

  it('recheck finds no super-linear backtracking in any of them', async () => {
    const patterns = [...all, ...(await constructed())];
    const vulnerable = patterns
      .filter((l) => !bounded(l))
      .flatMap((l) => {
        // Seeded: the fuzzer (for patterns with lookarounds) must give the same verdict on every run and machine.
        // No time limit anywhere (the overall check, the fuzzer's incubation, the attack's validation): the verdict then
        // depends on step counts only, so a loaded machine cannot turn "safe" into "unknown" or "vulnerable".
        const r = checkSync(l.source, l.flags, {
          timeout: null,
          incubationTimeout: null,
          attackTimeout: null,
          randomSeed: 7,
        });
        return r.status === 'safe'
          ? []
          : [
              `${l.where}: /${l.source.slice(0, 80)}/ ${r.status}${r.status === 'vulnerable' ? ` (${r.complexity.type})` : ''}`,
            ];
      });
    expect(vulnerable).toEqual([]);
  }, 900_000);
});
