// Hidden text on a rendered page: what only layout and computed style show (a stylesheet rule that sets
// opacity 0, a transparent colour, a clip, scale(0), an off-screen indent or position, closed <details>
// content). Extraction reads the page but works on copies, which have no style: the live elements are checked
// and their copies removed, walking both trees in step (a copy is made by cloneNode, so its shape is the same).
// When extraction itself reads a private copy of the page (declobber.ts, depth-guard.ts: a hostile or
// too-deep page), that copy has no layout either: the page it was copied from is registered (copiedFrom) and
// read instead, element for element. The live page is then one whose names may shadow the DOM's members (a
// form's `firstElementChild` may be one of its inputs), so the live tree is read through the built-in members.
// Without layout (Node, an inert copy of the page) this does nothing: lib/extract/hidden.ts covers what such a
// DOM can see.
import { checkBudget } from './deadline';
import { NEVER_TEXT } from './block-tags';
import { builtinGet as get, builtinMethod } from './declobber';

/** Elements never rendered as text, left as they are (Readability reads <noscript> images on a non-Vietnamese page). */
const NOT_RENDERED = new Set([...NEVER_TEXT, 'link', 'meta', 'br', 'wbr']);

/** A live element's box, by the built-in method. */
const box = (el: Element): DOMRect | null => (builtinMethod(el, 'getBoundingClientRect')?.call(el) as DOMRect) ?? null;

/** Does `doc` have a layout (a rendered page, not linkedom, happy-dom or a detached copy)? */
export function hasLayout(doc: Document): boolean {
  const view = get<Window | null>(doc, 'defaultView');
  const root = get<Element | null>(doc, 'documentElement');
  if (!view || !root || typeof view.getComputedStyle !== 'function') return false;
  return (box(root)?.width ?? 0) > 0;
}

/** The pages that private copies were made from (see above). */
const sources = new WeakMap<Document, Document>();

/** `copy` is a private copy of `page` made by cloneNode (the same elements, less some attributes): hidden text
 * in `copy` is read on `page`. */
export function copiedFrom(copy: Document, page: Document): void {
  if (copy !== page) sources.set(copy, page);
}

/** The element of the rendered page that `el` shows: itself, or its counterpart when `el` is in a private copy. */
function inRenderedPage(el: Element): Element | null {
  const page = sources.get(el.ownerDocument);
  if (!page) return el;
  const path: number[] = [];
  let a: Element | null = el;
  for (; a?.parentElement; a = a.parentElement) {
    let i = 0;
    for (let s = a.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
  }
  let live: Element | null = get<Element | null>(page, 'documentElement');
  if (!live || a !== el.ownerDocument.documentElement) return null;
  for (let k = path.length - 1; k >= 0 && live; k--) {
    live = get<Element | null>(live, 'firstElementChild');
    for (let i = path[k]!; i > 0 && live; i--) live = get<Element | null>(live, 'nextElementSibling');
  }
  return live && get<string>(live, 'localName') === el.localName ? live : null;
}

const alphaZero = (colour: string) => /^rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
const hasOwnText = (el: Element) => {
  for (let c = get<Node | null>(el, 'firstChild'); c; c = get<Node | null>(c, 'nextSibling'))
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return true;
  return false;
};

/** A computed transform ("matrix(a, b, c, d, e, f)") that scales one axis to nothing (scale(0), scaleY(0)). */
function scaledToNothing(transform: string): boolean {
  if (!transform.startsWith('matrix(')) return false;
  const [a = 1, b = 0, c = 0, d = 1] = transform.slice(7, -1).split(',').map(Number);
  return Math.hypot(a, b) < 1e-6 || Math.hypot(c, d) < 1e-6;
}

/**
 * Is the whole page hidden by visibility or opacity while it shows (not by display: none)? Anti-flicker
 * snippets set "body { visibility: hidden }" (Chartbeat) or "html.async-hide { opacity: 0 }" (Google
 * Optimize) until a script removes them, and a blocked or failed script never does; the reader who clicked
 * the button sees the page. Then inherited visibility and an ancestor's opacity say nothing about an element.
 */
export function pageHiddenWhole(doc: Document): boolean {
  const body = get<Element | null>(doc, 'body');
  const check = body && builtinMethod(body, 'checkVisibility');
  if (!body || !check) return false;
  return !!check.call(body) && !check.call(body, { opacityProperty: true, visibilityProperty: true });
}

/**
 * Hidden by its computed style or its box (called top-down: an ancestor's hiding is already handled).
 * `pageHidden` (pageHiddenWhole): the page's own visibility and opacity are not read.
 */
export function hiddenByLayout(el: Element, view: Window, pageHidden = false): boolean {
  const check = builtinMethod(el, 'checkVisibility');
  if (
    !pageHidden &&
    check &&
    !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false })
  )
    return true;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none' || Number(cs.opacity) === 0) return true;
  // Visibility is inherited: on a page hidden whole, only an element that hides itself inside a visible parent.
  const ownVisibility =
    !pageHidden || view.getComputedStyle(get<Element | null>(el, 'parentElement') ?? el).visibility === 'visible';
  if (ownVisibility && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return true;
  const text = hasOwnText(el);
  if (text && (alphaZero(cs.color) || parseFloat(cs.fontSize) === 0)) return true;
  if (parseFloat(cs.textIndent) <= -999) return true;
  if (scaledToNothing(cs.transform)) return true;
  if (/^inset\(\s*(?:50|100)%\s*\)$|^circle\(\s*0(?:px|%)?/.test(cs.clipPath)) return true;
  const positioned = cs.position === 'absolute' || cs.position === 'fixed';
  if (positioned && /^rect\(\s*(?:0|1)px,\s*(?:0|1)px,\s*(?:0|1)px,\s*(?:0|1)px\s*\)$/.test(cs.clip)) return true;
  if (!positioned && cs.overflow !== 'hidden') return false;
  const r = box(el);
  if (!r) return false;
  if (cs.overflow === 'hidden' && r.width <= 1 && r.height <= 1) return true;
  // Off the page's left or top edge (in page coordinates: a box above the viewport is only scrolled away).
  return positioned && (r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0);
}

/**
 * Removes from `copy` (a fresh deep clone of `from`, or of its first children; may be `from` itself when that
 * is in a private copy of the page) the copies of the elements that a reader of the page does not see. `from`
 * must be in a rendered page or in a private copy of one (copiedFrom); returns how many were removed.
 */
export function dropHiddenInCopy(from: Element, copy: Element): number {
  const live = inRenderedPage(from);
  const doc = live && get<Document>(live, 'ownerDocument');
  const view = doc && get<Window | null>(doc, 'defaultView');
  if (!live || !doc || !view || !hasLayout(doc)) return 0;
  let removed = 0;
  const pageHidden = pageHiddenWhole(doc);
  const stack: [Element, Element][] = [[live, copy]];
  while (stack.length) {
    checkBudget();
    const [l, c] = stack.pop()!;
    let lc = get<Element | null>(l, 'firstElementChild');
    let cc = c.firstElementChild;
    while (lc && cc) {
      const nextL = get<Element | null>(lc, 'nextElementSibling');
      const nextC = cc.nextElementSibling;
      const tag = get<string>(lc, 'localName');
      if (tag !== cc.localName) return removed; // not a copy of this tree any more: stop, keep the rest
      if (NOT_RENDERED.has(tag.toLowerCase())) {
        // not text: neither removed nor walked
      } else if (hiddenByLayout(lc, view, pageHidden)) {
        cc.remove();
        removed++;
      } else stack.push([lc, cc]);
      lc = nextL;
      cc = nextC;
    }
  }
  return removed;
}
