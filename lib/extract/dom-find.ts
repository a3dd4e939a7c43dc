// Finding elements by tag name with a plain walk. The structural checks run on many small boxes per page; a
// selector engine compiles its selector on every call (on linkedom, 12 µs for a four-part selector on a
// three-element box), a walk by tag name costs a fraction of that.
import { checkBudget } from './budget';

const tagOf = (el: Element) => el.localName.toLowerCase();

/** Elements under `root` (not itself) whose tag is in `tags`, in document order; stops at `limit`. */
export function byTags(root: Element, tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el && out.length < limit) {
    checkBudget();
    if (tags.has(tagOf(el))) out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/** The first element under `root` (not itself) that `test` accepts, in document order. */
export function findFirst(root: Element, test: (el: Element) => boolean): Element | null {
  let el: Element | null = root.firstElementChild;
  while (el) {
    checkBudget();
    if (test(el)) return el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return null;
}

/** `el` or its nearest ancestor whose tag is in `tags` (and that `test` accepts, when given). */
export function closestTag(
  el: Element | null,
  tags: ReadonlySet<string>,
  test?: (e: Element) => boolean,
): Element | null {
  for (let e = el; e; e = e.parentElement) if (tags.has(tagOf(e)) && (!test || test(e))) return e;
  return null;
}

const A = new Set(['a']);
const hasHref = (e: Element) => e.hasAttribute('href');

/** The link (with an address) that holds `el`, or null. */
export const linkAround = (el: Element | null) => closestTag(el, A, hasHref);

/** A form control a reader types into (a comment form's fields). */
export function hasFormControls(el: Element): boolean {
  return !!findFirst(el, (e) => {
    const tag = tagOf(e);
    if (tag === 'textarea' || tag === 'select') return true;
    if (tag !== 'input') return false;
    const type = (e.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'text' || type === 'email' || type === '';
  });
}
