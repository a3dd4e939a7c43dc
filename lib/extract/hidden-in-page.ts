// Hidden text on a rendered page: what only layout and computed style show (a stylesheet rule that sets
// opacity 0, a transparent colour, a clip, scale(0), an off-screen indent or position, closed <details>
// content). Extraction reads the page but works on copies, which have no style: the live elements are checked
// and their copies removed, walking both trees in step (a copy is made by cloneNode, so its shape is the same).
// Without layout (Node, an inert copy of the page) this does nothing: lib/extract/hidden.ts covers what such a
// DOM can see.
import { checkBudget } from './deadline';
import { NEVER_TEXT } from './block-tags';

/** Elements never rendered as text, left as they are (Readability reads <noscript> images on a non-Vietnamese page). */
const NOT_RENDERED = new Set([...NEVER_TEXT, 'link', 'meta', 'br', 'wbr']);

type Styled = Element & {
  checkVisibility?: (o?: Record<string, boolean>) => boolean;
  getBoundingClientRect(): DOMRect;
};

/** Does `doc` have a layout (a rendered page, not linkedom, happy-dom or a detached copy)? */
export function hasLayout(doc: Document): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement as Styled | null;
  if (!view || !root || typeof view.getComputedStyle !== 'function' || typeof root.getBoundingClientRect !== 'function')
    return false;
  return root.getBoundingClientRect().width > 0;
}

const alphaZero = (colour: string) => /^rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
const hasOwnText = (el: Element) => {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return true;
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
  const body = doc.body as Styled | null;
  if (!body?.checkVisibility) return false;
  return body.checkVisibility() && !body.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/**
 * Hidden by its computed style or its box (called top-down: an ancestor's hiding is already handled).
 * `pageHidden` (pageHiddenWhole): the page's own visibility and opacity are not read.
 */
export function hiddenByLayout(el: Element, view: Window, pageHidden = false): boolean {
  const s = el as Styled;
  if (
    !pageHidden &&
    s.checkVisibility &&
    !s.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false })
  )
    return true;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none' || Number(cs.opacity) === 0) return true;
  // Visibility is inherited: on a page hidden whole, only an element that hides itself inside a visible parent.
  const ownVisibility = !pageHidden || view.getComputedStyle(el.parentElement ?? el).visibility === 'visible';
  if (ownVisibility && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return true;
  const text = hasOwnText(el);
  if (text && (alphaZero(cs.color) || parseFloat(cs.fontSize) === 0)) return true;
  if (parseFloat(cs.textIndent) <= -999) return true;
  if (scaledToNothing(cs.transform)) return true;
  if (/^inset\(\s*(?:50|100)%\s*\)$|^circle\(\s*0(?:px|%)?/.test(cs.clipPath)) return true;
  const positioned = cs.position === 'absolute' || cs.position === 'fixed';
  if (positioned && /^rect\(\s*(?:0|1)px,\s*(?:0|1)px,\s*(?:0|1)px,\s*(?:0|1)px\s*\)$/.test(cs.clip)) return true;
  if (!positioned && cs.overflow !== 'hidden') return false;
  const r = s.getBoundingClientRect();
  if (cs.overflow === 'hidden' && r.width <= 1 && r.height <= 1) return true;
  // Off the page's left or top edge (in page coordinates: a box above the viewport is only scrolled away).
  return positioned && (r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0);
}

/**
 * Removes from `copy` (a fresh deep clone of `live`, or of its first children) the copies of the live elements
 * that a reader does not see. `live` must be in a rendered page; returns how many were removed.
 */
export function dropHiddenInCopy(live: Element, copy: Element): number {
  const view = live.ownerDocument.defaultView;
  if (!view || !hasLayout(live.ownerDocument)) return 0;
  let removed = 0;
  const pageHidden = pageHiddenWhole(live.ownerDocument);
  const stack: [Element, Element][] = [[live, copy]];
  while (stack.length) {
    checkBudget();
    const [l, c] = stack.pop()!;
    let lc = l.firstElementChild;
    let cc = c.firstElementChild;
    while (lc && cc) {
      const nextL = lc.nextElementSibling;
      const nextC = cc.nextElementSibling;
      if (lc.localName !== cc.localName) return removed; // not a copy of this tree any more: stop, keep the rest
      if (NOT_RENDERED.has(lc.localName.toLowerCase())) {
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
