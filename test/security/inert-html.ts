// An independent checker for HTML that is about to be stored or rendered: it parses the HTML again and walks
// every element, so a test fails on anything executable, whatever string tricks produced it. Kept apart from
// lib/sanitize on purpose: a bug copied into both would hide itself.
import { parseHtml } from '../../node/parse-html';

/** Article markup and, per tag, the attributes allowed on it. `extra` adds what a renderer sets (target, rel...). */
const ALLOWED: Record<string, string[]> = {
  p: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start'],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  blockquote: [],
  figure: [],
  figcaption: [],
  img: ['src', 'alt'],
  a: ['href'],
  br: [],
  hr: [],
  pre: [],
  code: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  sup: [],
  sub: [],
  small: [],
  mark: [],
  q: [],
  cite: [],
  abbr: [],
};
const URL_ATTRS = new Set(['href', 'src']);
const SAFE_URL = /^https?:\/\/[^\s"'<>`]+$/i;
const NUMBER = /^-?\d{1,6}$/;

export interface InertOptions {
  /** Attributes a renderer may add, per tag (e.g. { a: ['target', 'rel'] }). */
  extra?: Record<string, string[]>;
  /** Extra wrapper tags a renderer may use around article markup (e.g. 'div', 'span' with class). */
  wrappers?: Record<string, string[]>;
}

/** Every problem found in `html`; an empty list means it is inert article markup. */
export function inertProblems(html: string, options: InertOptions = {}): string[] {
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return inertProblemsIn(doc.body, options);
}

/** The same check over a live DOM subtree (what a component actually rendered). */
export function inertProblemsIn(root: Element, options: InertOptions = {}): string[] {
  const problems: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.localName.toLowerCase();
      const allowed = ALLOWED[tag] ?? options.wrappers?.[tag];
      if (!allowed) problems.push(`<${tag}> is not article markup`);
      const ok = new Set([...(allowed ?? []), ...(options.extra?.[tag] ?? [])]);
      for (const attr of Array.from(child.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value;
        if (name.startsWith('on')) problems.push(`<${tag} ${name}> event handler`);
        else if (name === 'style') problems.push(`<${tag} style> style attribute`);
        else if (!ok.has(name)) problems.push(`<${tag} ${name}> attribute not allowed`);
        if (URL_ATTRS.has(name) && !SAFE_URL.test(value))
          problems.push(`<${tag} ${name}="${value.slice(0, 60)}"> not an http(s) URL`);
        if ((name === 'start' || name === 'colspan' || name === 'rowspan') && !NUMBER.test(value))
          problems.push(`<${tag} ${name}="${value}"> not a number`);
        if (/^\s*(?:javascript|vbscript|data):/i.test(value)) problems.push(`<${tag} ${name}> script URL`);
      }
      if (tag === 'a' && child.getAttribute('target') === '_blank') {
        const rel = (child.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener')) problems.push('<a target=_blank> without rel=noopener');
      }
      walk(child);
    }
  };
  walk(root);
  return problems;
}

/** Text fields (title, author...) must be plain, bounded, and free of bidi overrides and control characters. */
export function plainTextProblems(field: string, value: string | null, maxLength: number): string[] {
  if (value === null) return [];
  const problems: string[] = [];
  if (typeof value !== 'string') return [`${field} is not a string`];
  if (value.length > maxLength) problems.push(`${field} is ${value.length} characters (max ${maxLength})`);
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) problems.push(`${field} has control characters`);
  if (/[\u202A-\u202E\u2066-\u2069]/.test(value)) problems.push(`${field} has bidi override characters`);
  if (value !== value.trim()) problems.push(`${field} is not trimmed`);
  return problems;
}
