// DOM clobbering: in a browser, `<img name="getElementById">`, `<form name="documentElement">` or
// `<form><input name="localName"></form>` make `document.getElementById`, `document.documentElement` or
// `form.localName` return those elements instead of the built-ins (named properties override them). A hostile
// page can so crash extraction or steer it. When the page has such names, extraction runs on a copy of the
// document (cloned through the built-in method, so inert: no script runs, nothing loads) with the clobbering
// names removed. Pages without them (nearly all) are used as they are, at the cost of one selector query.

/** Elements whose name (and for some, id) become properties of the document. */
const DOCUMENT_NAMED =
  'img[name], img[id], form[name], embed[name], embed[id], object[name], object[id], iframe[name], frame[name]';
/** Form controls whose name or id become properties of their form. */
const FORM_NAMED = 'form [name], form [id]';

type Fn = (...args: unknown[]) => unknown;

/** The built-in member `name` of `obj`, looked up on its prototypes (named properties live on the object). */
function builtin(obj: object, name: string): PropertyDescriptor | null {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return null;
}

function call<T>(obj: object, name: string, ...args: unknown[]): T {
  const d = builtin(obj, name);
  return (d?.value as Fn).apply(obj, args) as T;
}

/** Does `value` name a built-in member of `obj` (and so shadow it when it becomes a named property)? */
function shadows(obj: object, value: string | null): boolean {
  if (!value) return false;
  const proto = Object.getPrototypeOf(obj) as object | null;
  return !!proto && value in proto;
}

/**
 * The document to extract from: `doc` itself when nothing on it clobbers a built-in, else an inert copy with
 * the clobbering `name`/`id` attributes removed. The page's own document is never modified.
 */
export function declobbered(doc: Document): Document {
  if (typeof builtin(doc, 'querySelectorAll')?.value !== 'function') return doc; // not a DOM document
  let found = false;
  const docNamed = call<ArrayLike<Element>>(doc, 'querySelectorAll', DOCUMENT_NAMED);
  for (let i = 0; i < docNamed.length && !found; i++) {
    const el = docNamed[i]!;
    found = shadows(doc, call(el, 'getAttribute', 'name')) || shadows(doc, call(el, 'getAttribute', 'id'));
  }
  const formNamed = found ? null : call<ArrayLike<Element>>(doc, 'querySelectorAll', FORM_NAMED);
  for (let i = 0; formNamed && i < formNamed.length && !found; i++) {
    const el = formNamed[i]!;
    const form = call<Element | null>(el, 'closest', 'form');
    found =
      !!form && (shadows(form, call(el, 'getAttribute', 'name')) || shadows(form, call(el, 'getAttribute', 'id')));
  }
  if (!found) return doc;

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
  return copy;
}
