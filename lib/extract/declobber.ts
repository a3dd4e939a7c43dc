// DOM clobbering: in a browser, `<img name="getElementById">`, `<form name="documentElement">` or
// `<form><input name="localName"></form>` make `document.getElementById`, `document.documentElement` or
// `form.localName` return those elements instead of the built-ins (named properties override them). A hostile
// page can so crash extraction or steer it. When the page has such names, extraction runs on a copy of the
// document (cloned through the built-in method, so inert: no script runs, nothing loads) with the clobbering
// names removed. Pages without them (nearly all) are used as they are, at the cost of one walk of the elements,
// which measures the page on the way (the copy has the same elements, so the measure holds for it too).
import { checkBudget } from './deadline';

/** Elements whose name (and for some, id) become properties of the document. */
const DOCUMENT_NAMED =
  'img[name], img[id], form[name], embed[name], embed[id], object[name], object[id], iframe[name], frame[name]';
/** Form controls whose name or id become properties of their form. */
const FORM_NAMED = 'form [name], form [id]';

export type Fn = (...args: unknown[]) => unknown;

/** The built-in member `name` of `obj`, looked up on its prototypes (named properties live on the object). */
function builtin(obj: object, name: string): PropertyDescriptor | null {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return null;
}

/** Built-in members by prototype and name, looked up once: a walk calls the same few on every element. */
const members = new Map<object, Map<string, PropertyDescriptor | null>>();

function member(obj: object, name: string): PropertyDescriptor | null {
  const proto = Object.getPrototypeOf(obj) as object;
  let byName = members.get(proto);
  if (!byName) members.set(proto, (byName = new Map()));
  let d = byName.get(name);
  if (d === undefined) byName.set(name, (d = builtin(obj, name)));
  return d;
}

function call<T>(obj: object, name: string, ...args: unknown[]): T {
  return (member(obj, name)?.value as Fn).apply(obj, args) as T;
}

/** The built-in method `name` of `obj` (never a named property that shadows it), or null when it has none. */
export function builtinMethod(obj: object, name: string): Fn | null {
  const value = member(obj, name)?.value as unknown;
  return typeof value === 'function' ? (value as Fn) : null;
}

/** The built-in getter `name` of `obj` (never a named property that shadows it); a DOM that keeps the member
 * on the object itself has no getter to shadow. */
function get<T>(obj: object, name: string): T {
  const getter = member(obj, name)?.get;
  return (getter ? getter.call(obj) : (obj as Record<string, unknown>)[name]) as T;
}

export { get as builtinGet };

/** Does `value` name a built-in member of `obj` (and so shadow it when it becomes a named property)? */
function shadows(obj: object, value: string | null): boolean {
  if (!value) return false;
  const proto = Object.getPrototypeOf(obj) as object | null;
  return !!proto && value in proto;
}

/** Tags whose `name` (and for some, `id`) become properties of the document: DOCUMENT_NAMED as a lookup. */
const NAMED_BY_DOCUMENT: Record<string, 'name' | 'name-or-id'> = {
  img: 'name-or-id',
  embed: 'name-or-id',
  object: 'name-or-id',
  form: 'name',
  iframe: 'name',
  frame: 'name',
};

/**
 * Does any element clobber a built-in of the document or of its form? The same test as the two selectors
 * DOCUMENT_NAMED and FORM_NAMED, in one walk of the elements (on linkedom each selector query walks the
 * whole tree and matches every alternative on every element). Built-in getters only: a form's own members can
 * be shadowed by its controls. The walk goes to the end whatever it finds (past the first clobbering name it
 * only measures): the page's depth (as depthOf measures it: <html> = 1) and its elements (<html> included).
 */
function clobbers(doc: Document): { found: boolean; size: PageSize } {
  const root = get<Element | null>(doc, 'documentElement');
  /** The forms enclosing the current element, innermost last. */
  const forms: Element[] = [];
  let el: Element | null = root;
  let depth = 1;
  let deepest = root ? 1 : 0;
  let elements = 0;
  let found = false;
  while (el) {
    checkBudget();
    elements++;
    const tag = get<string>(el, 'localName');
    const byDoc = NAMED_BY_DOCUMENT[tag];
    const form = tag === 'form' ? el : forms[forms.length - 1];
    if (!found && (byDoc || forms.length)) {
      const name = call<string | null>(el, 'getAttribute', 'name');
      const id = call<string | null>(el, 'getAttribute', 'id');
      if (byDoc && (byDoc === 'name-or-id' || name !== null) && (shadows(doc, name) || shadows(doc, id))) found = true;
      else if (forms.length && form && (shadows(form, name) || shadows(form, id))) found = true;
    }
    const first: Element | null = get(el, 'firstElementChild');
    if (first) {
      if (tag === 'form') forms.push(el);
      el = first;
      if (++depth > deepest) deepest = depth;
      continue;
    }
    while (el && el !== root && !get<Element | null>(el, 'nextElementSibling')) {
      el = get<Element | null>(el, 'parentElement');
      depth--;
      if (el && forms[forms.length - 1] === el) forms.pop();
    }
    el = el && el !== root ? get<Element | null>(el, 'nextElementSibling') : null;
  }
  return { found, size: { depth: deepest, elements } };
}

/**
 * The document to extract from: `doc` itself when nothing on it clobbers a built-in, else an inert copy with
 * the clobbering `name`/`id` attributes removed. The page's own document is never modified.
 */
export function declobbered(doc: Document): Document {
  return declobberedMeasured(doc).doc;
}

/** The size of a page as one walk measured it: depth (as depthOf measures it) and elements, <html> included. */
export interface PageSize {
  depth: number;
  elements: number;
}

/** declobbered, with the size of the document (the page's and its copy's alike) when the walk measured it. */
export function declobberedMeasured(doc: Document): { doc: Document; size: PageSize | null } {
  if (typeof builtin(doc, 'querySelectorAll')?.value !== 'function') return { doc, size: null }; // not a DOM document
  const { found, size } = clobbers(doc);
  if (!found) return { doc, size };

  const copy = call<Document>(doc, 'cloneNode', true);
  for (const selector of [DOCUMENT_NAMED, FORM_NAMED]) {
    const els = call<ArrayLike<Element>>(copy, 'querySelectorAll', selector);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      const owner = selector === FORM_NAMED ? call<Element | null>(el, 'closest', 'form') : copy;
      if (!owner) continue;
      for (const attr of ['name', 'id'])
        if (shadows(owner, call(el, 'getAttribute', attr))) call(el, 'removeAttribute', attr);
    }
  }
  return { doc: copy, size };
}
