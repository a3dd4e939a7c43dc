// Fails (exit 1) when the import graph has a cycle: between files anywhere in the repository, and between the
// folders of the product code (each lib/ folder, each components/ folder, platform/, entrypoints/, cli/). Between
// files, type-only imports are left out (they are erased, so they cannot make a module run half-initialised);
// between folders they count: a folder that needs another's types depends on it. Run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SCANNED = ['lib', 'components', 'entrypoints', 'platform', 'cli', 'bench', 'scripts', 'test'];
const SKIPPED = new Set(['node_modules', 'out', 'fixtures']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIPPED.has(e.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The repository file a relative or root-alias (`@/`, `~/`) specifier names, or null for a package. */
function resolveSpecifier(from: string, spec: string): string | null {
  const base = spec.startsWith('.')
    ? resolve(dirname(from), spec)
    : /^[@~]\//.test(spec)
      ? join(ROOT, spec.slice(2))
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => isFile(c) && !c.endsWith('.d.ts')) ?? null;
}

interface Edge {
  target: string;
  typeOnly: boolean;
}

const typeOnly = (node: ts.ImportDeclaration | ts.ExportDeclaration): boolean => {
  if (ts.isExportDeclaration(node))
    return (
      node.isTypeOnly ||
      (!!node.exportClause &&
        ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.every((e) => e.isTypeOnly))
    );
  const clause = node.importClause;
  if (!clause) return false; // import './x' runs x
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    !!named &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  );
};

/** Every repository module a file imports or re-exports, and import() of a string literal, with its kind. */
function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  const add = (spec: ts.Expression | undefined, isType: boolean) => {
    const target = spec && ts.isStringLiteral(spec) ? resolveSpecifier(file, spec.text) : null;
    if (target) edges.push({ target, typeOnly: isType });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier, typeOnly(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The folder a product file belongs to for the folder graph, or null (tests, bench and scripts are leaves). */
function folderOf(rel: string): string | null {
  const parts = rel.split('/');
  if (parts[0] === 'lib' || parts[0] === 'components') return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
  return ['platform', 'entrypoints', 'cli'].includes(parts[0]!) ? parts[0]! : null;
}

/** Strongly connected components of more than one node, or a node importing itself (Tarjan's algorithm). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One path around a cycle, for the message: from the first member back to it. */
function loopThrough(graph: Map<string, Set<string>>, members: string[]): string[] {
  const inside = new Set(members);
  const start = members[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u && u !== start; u = previous.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return members;
}

const files = new Map<string, Set<string>>();
const folders = new Map<string, Set<string>>();
for (const top of SCANNED) {
  for (const file of sourceFiles(join(ROOT, top))) {
    const from = relative(ROOT, file);
    const edges = importsOf(file).map((e) => ({ ...e, target: relative(ROOT, e.target) }));
    files.set(from, new Set(edges.filter((e) => !e.typeOnly).map((e) => e.target)));
    const fromFolder = folderOf(from);
    if (!fromFolder) continue;
    const folderEdges = folders.get(fromFolder) ?? new Set<string>();
    folders.set(fromFolder, folderEdges);
    for (const { target } of edges) {
      const toFolder = folderOf(target);
      if (toFolder && toFolder !== fromFolder) folderEdges.add(toFolder);
    }
  }
}

const report = [
  ...cycles(files).map((c) => `file cycle among ${c.length} files, e.g. ${loopThrough(files, c).join(' → ')}`),
  ...cycles(folders).map((c) => `folder cycle among ${c.join(', ')}, e.g. ${loopThrough(folders, c).join(' → ')}`),
];
if (report.length) {
  console.error(
    `${report.join('\n')}\n${report.length} import cycle(s): break each (move the shared piece to the folder both use).`,
  );
  process.exit(1);
}
console.log(`import graph: no cycle among ${files.size} files and ${folders.size} folders`);
