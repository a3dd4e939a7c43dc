// A small static checker for the product code: it finds every place that turns a string into HTML or code
// (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, srcdoc, eval, new Function,
// string timers) and tries to PROVE, from the TypeScript syntax tree of the same file, that the value written
// comes from the sanitiser or the HTML escapers. A value it cannot prove safe is reported: a raw write fails
// the test even if it looks harmless. It also finds every network API a product file names.
import ts from 'typescript';

/** Calls whose result is safe to write as HTML. */
const SANITISERS = new Set(['sanitizeArticleHtml', 'escapeHtmlText', 'escapeHtmlAttr']);
/** srcdoc is never allowed: a frame document is a second page with its own scripts. */
const HTML_PROPS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set([
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'write',
  'writeln',
]);
const CODE_CALLS = new Set(['eval', 'Function']);
const TIMERS = new Set(['setTimeout', 'setInterval']);
/** Attributes setAttribute may only set to fixed values inside a function whose innerHTML is re-read. */
const DANGEROUS_ATTR = /^(?:on|href$|src$|srcdoc$|style$|action$|formaction$|xlink:href$)/i;
/** Elements that run code, load documents or submit: never created in a re-read function. */
const DANGEROUS_TAG = /^(?:script|iframe|frame|object|embed|applet|form|base|meta|link|style|svg|math|portal)$/i;
export const NETWORK_NAMES = new Set([
  'fetch',
  'XMLHttpRequest',
  'sendBeacon',
  'WebSocket',
  'EventSource',
  'importScripts',
  'RTCPeerConnection',
  'WebTransport',
]);

export interface Sink {
  file: string;
  line: number;
  /** What kind of write ("innerHTML =", "dangerouslySetInnerHTML"...). */
  kind: string;
  /** Source text of the value written (null for sinks that are never allowed). */
  value: string | null;
  /** True when the value is proved to come from the sanitiser or an escaper. */
  proved: boolean;
}

const lineOf = (sf: ts.SourceFile, node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

function propName(node: ts.Expression): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return node.argumentExpression.text;
  return null;
}

function enclosingFunction(node: ts.Node): ts.Node {
  let n: ts.Node | undefined = node.parent;
  while (n && !ts.isFunctionLike(n) && !ts.isSourceFile(n)) n = n.parent;
  return n ?? node.getSourceFile();
}

function each(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => each(c, visit));
}

class Prover {
  private seen = new Set<ts.Node>();
  constructor(private sf: ts.SourceFile) {}

  safe(expr: ts.Expression | undefined): boolean {
    if (!expr) return false;
    if (this.seen.has(expr)) return true; // a cycle adds nothing unsafe
    this.seen.add(expr);
    try {
      return this.check(expr);
    } finally {
      this.seen.delete(expr);
    }
  }

  private check(e: ts.Expression): boolean {
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isSatisfiesExpression(e)
    )
      return this.safe(e.expression);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true; // markup the developer wrote
    if (ts.isTemplateExpression(e)) return e.templateSpans.every((s) => this.safe(s.expression));
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return this.safe(e.left) && this.safe(e.right);
    if (
      ts.isBinaryExpression(e) &&
      (e.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
        e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    )
      return this.safe(e.left) && this.safe(e.right);
    if (ts.isConditionalExpression(e)) return this.safe(e.whenTrue) && this.safe(e.whenFalse);
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'innerHTML' && ts.isIdentifier(e.expression))
      return this.reread(e, e.expression.text);
    return false;
  }

  private call(e: ts.CallExpression): boolean {
    const callee = e.expression;
    const name = ts.isIdentifier(callee) ? callee.text : null;
    if (name && SANITISERS.has(name)) return true;
    if (name === 'String' && e.arguments.length === 1) return this.safe(e.arguments[0]);
    // useMemo(() => value, deps) / useCallback: the value is the arrow's result.
    if (name === 'useMemo' && e.arguments[0] && ts.isArrowFunction(e.arguments[0]))
      return this.functionResult(e.arguments[0]);
    if (name) {
      const fn = this.localFunction(name);
      if (fn) return this.functionResult(fn);
    }
    return false;
  }

  /** Every value the function can return is safe. */
  private functionResult(fn: ts.FunctionLikeDeclaration): boolean {
    if (!fn.body) return false;
    if (!ts.isBlock(fn.body)) return this.safe(fn.body);
    const returns: ts.ReturnStatement[] = [];
    each(fn.body, (n) => {
      if (ts.isReturnStatement(n) && enclosingFunction(n) === fn) returns.push(n);
    });
    return returns.length > 0 && returns.every((r) => this.safe(r.expression));
  }

  private localFunction(name: string): ts.FunctionLikeDeclaration | null {
    let found: ts.FunctionLikeDeclaration | null = null;
    each(this.sf, (n) => {
      if (ts.isFunctionDeclaration(n) && n.name?.text === name) found = n;
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === name &&
        n.initializer &&
        (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
      )
        found = n.initializer;
    });
    return found;
  }

  /** A local variable: its initialiser and every later assignment must be safe. Parameters never are. */
  private identifier(id: ts.Identifier): boolean {
    const scope = enclosingFunction(id);
    let decl: ts.VariableDeclaration | null = null;
    const assigned: ts.Expression[] = [];
    const scan = (root: ts.Node) =>
      each(root, (n) => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === id.text) decl = n;
        if (
          ts.isBinaryExpression(n) &&
          ts.isIdentifier(n.left) &&
          n.left.text === id.text &&
          n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          n.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        )
          assigned.push(n.right);
      });
    // Look in the enclosing function first, then in the whole file (module-level constants).
    scan(scope);
    if (!decl) scan(this.sf);
    const d = decl as ts.VariableDeclaration | null;
    if (!d || !d.initializer) return false;
    return this.safe(d.initializer) && assigned.every((a) => this.safe(a));
  }

  /**
   * Reading back `tpl.innerHTML`: safe when, in that function, every write to `tpl.innerHTML` is safe, every
   * setAttribute call names a fixed, harmless attribute and every created element is a fixed, inert kind (the
   * re-serialised tree can then only contain what the safe value had, plus those).
   */
  private reread(read: ts.PropertyAccessExpression, name: string): boolean {
    const fn = enclosingFunction(read);
    let writes = 0;
    let ok = true;
    each(fn, (n) => {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(n.left) &&
        n.left.name.text === 'innerHTML' &&
        ts.isIdentifier(n.left.expression) &&
        n.left.expression.text === name
      ) {
        writes++;
        ok &&= this.safe(n.right);
      }
      // Attribute values are never parsed as markup: only the attribute's name decides whether it can run code
      // or load something, so the name must be fixed and harmless; the value may be anything.
      if (ts.isCallExpression(n) && propName(n.expression) === 'setAttribute') {
        const [attr] = n.arguments;
        ok &&= !!attr && ts.isStringLiteralLike(attr) && !DANGEROUS_ATTR.test(attr.text);
      }
      // Elements created while rebuilding must be fixed, inert kinds.
      if (ts.isCallExpression(n) && propName(n.expression) === 'createElement') {
        const [tag] = n.arguments;
        ok &&= !!tag && ts.isStringLiteralLike(tag) && !DANGEROUS_TAG.test(tag.text);
      }
    });
    return ok && writes > 0;
  }
}

/** Every HTML or code sink in one source file, each with whether its value is proved safe. */
export function findSinks(file: string, source: string): Sink[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const prover = new Prover(sf);
  const sinks: Sink[] = [];
  const add = (node: ts.Node, kind: string, value: ts.Expression | null) =>
    sinks.push({
      file,
      line: lineOf(sf, node),
      kind,
      value: value ? value.getText(sf) : null,
      proved: value ? prover.safe(value) : false,
    });

  each(sf, (n) => {
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      n.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const prop = propName(n.left);
      if (prop && HTML_PROPS.has(prop))
        add(
          n,
          `${prop} ${n.operatorToken.getText(sf)}`,
          n.operatorToken.kind === ts.SyntaxKind.EqualsToken && prop !== 'srcdoc' ? n.right : null,
        );
    }
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee) ? callee.text : propName(callee);
      const args = n.arguments ?? ts.factory.createNodeArray<ts.Expression>();
      if (!name) return;
      if (CODE_CALLS.has(name)) add(n, `${name}()`, null);
      else if (
        TIMERS.has(name) &&
        args[0] &&
        !ts.isArrowFunction(args[0]) &&
        !ts.isFunctionExpression(args[0]) &&
        !ts.isIdentifier(args[0]) &&
        !ts.isPropertyAccessExpression(args[0])
      )
        add(n, `${name}(string)`, null);
      else if (name === 'insertAdjacentHTML') add(n, name, args[1] ?? null);
      else if (
        (name === 'write' || name === 'writeln') &&
        ts.isPropertyAccessExpression(callee) &&
        /document/i.test(callee.expression.getText(sf))
      )
        add(n, `document.${name}`, args[0] ?? null);
      else if (HTML_CALLS.has(name) && name !== 'write' && name !== 'writeln') add(n, name, args[0] ?? null);
      else if (
        name === 'setAttribute' &&
        args[0] &&
        ts.isStringLiteralLike(args[0]) &&
        /^(?:on|srcdoc$)/i.test(args[0].text)
      )
        add(n, `setAttribute('${args[0].text}')`, null);
    }
    if (ts.isJsxAttribute(n) && n.name.getText(sf) === 'dangerouslySetInnerHTML') {
      const init = n.initializer && ts.isJsxExpression(n.initializer) ? n.initializer.expression : undefined;
      const obj = init && ts.isObjectLiteralExpression(init) ? init : null;
      const html = obj?.properties.find(
        (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === '__html',
      );
      add(n, 'dangerouslySetInnerHTML', html?.initializer ?? null);
    }
    if (ts.isJsxAttribute(n) && /^(?:srcdoc|srcDoc)$/.test(n.name.getText(sf))) add(n, 'srcdoc attribute', null);
  });
  return sinks;
}

/** Network APIs named in a source file (identifiers and property names, not comments or strings). */
export function findNetworkUses(file: string, source: string): { file: string; line: number; name: string }[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const uses: { file: string; line: number; name: string }[] = [];
  each(sf, (n) => {
    if (ts.isIdentifier(n) && NETWORK_NAMES.has(n.text)) uses.push({ file, line: lineOf(sf, n), name: n.text });
  });
  return uses;
}
