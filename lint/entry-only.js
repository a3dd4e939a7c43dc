// ESLint rule: code outside a lib/ folder reaches it only through the folder's entry (lib/<folder>/index.ts), so
// a folder's files can be split, renamed or merged without touching its callers. Paths are resolved, so the rule
// holds at any depth, from other lib/ folders as from the rest of the repository. Option `testHomes` lets the
// tests of one folder (test/<name>/) reach that folder's internals: a unit test tests a unit, and exporting every
// unit from the entry only for its tests would make them public API.
import { dirname, relative, resolve } from 'node:path';

const ROOT = dirname(dirname(new URL(import.meta.url).pathname));

/** The lib/ folder and the path inside it that `spec`, imported from `file`, names; null outside lib/. */
function libTarget(file, spec) {
  const base = spec.startsWith('.')
    ? resolve(dirname(file), spec)
    : /^[@~]\//.test(spec)
      ? resolve(ROOT, spec.slice(2))
      : null;
  if (!base) return null;
  const m = /^lib\/([^/]+)\/(.+)$/.exec(relative(ROOT, base).split('\\').join('/'));
  return m ? { folder: m[1], inside: m[2] } : null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Import a lib/ folder only through its index.ts from outside that folder' },
    schema: [
      {
        type: 'object',
        properties: {
          testHomes: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "Import '{{spec}}' through the folder's entry '{{entry}}': only lib/{{folder}}/ itself reaches its internals.",
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const testHomes = context.options[0]?.testHomes ?? {};
    const testFolder = /^test\/([^/]+)\//.exec(file)?.[1];
    const mayReach = (folder) =>
      file.startsWith(`lib/${folder}/`) ||
      (!!testFolder && (testFolder === folder || (testHomes[testFolder] ?? []).includes(folder)));
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = libTarget(context.filename, source.value);
      if (!target || /^index(\.tsx?)?$/.test(target.inside) || mayReach(target.folder)) return;
      const entry = relative(dirname(context.filename), resolve(ROOT, 'lib', target.folder))
        .split('\\')
        .join('/');
      context.report({
        node: source,
        messageId: 'deep',
        data: { spec: source.value, entry: entry.startsWith('.') ? entry : `./${entry}`, folder: target.folder },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source.type === 'Literal' ? node.source : null),
    };
  },
};
