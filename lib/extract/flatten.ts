// Deeply nested markup: Readability's cleaning walks every element's descendants and text, so its time grows
// with depth × size (5,000 nested divs around an article: over a minute at depth 1,000, minutes at 5,000).
// Real article pages nest well under 60 deep. Wrappers deeper than the budget are unwrapped on the
// working copy (their children move up in place), which keeps every word and every block in order. Other
// containers (lists, quotes, bold...) nested far deeper still, where no page has structure to keep (5,000
// nested <ul><li> held Readability for 30 s after the depth guard), are unwrapped the same way.
import { checkBudget } from './budget';
import { depthOf } from './depth-guard';

/** Elements that only wrap others: unwrapping them loses no meaning for a reader. */
const WRAPPERS = new Set([
  'div',
  'span',
  'section',
  'article',
  'main',
  'font',
  'center',
  'small',
  'big',
  'header',
  'aside',
]);

export const MAX_DEPTH = 120;
/** Beyond this many levels over the wrapper budget, every element but a paragraph, heading or picture is unwrapped too. */
const CONTAINER_SLACK = 40;
const KEPT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'br',
  'hr',
  'figure',
  'figcaption',
  'picture',
  'source',
]);

/**
 * Unwrap wrapper elements nested deeper than `maxDepth` inside `root` (modifies `root`; call it on a copy).
 * Iterative, linear in the number of elements. Returns how many were unwrapped.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH, depthAtMost: number | null = null): number {
  // Nearly every page is shallower than the budget: `depthAtMost` (a bound already known for `root`'s depth,
  // its children = 1) or a walk that allocates nothing says so.
  if ((depthAtMost ?? depthOf(root, maxDepth)) <= maxDepth) return 0;
  const deep: Element[] = [];
  // [element, its depth, how many of its ancestors (itself included) stay after unwrapping]
  const stack: [Element, number, number][] = [[root, 0, 0]];
  while (stack.length) {
    checkBudget();
    const [el, depth, kept] = stack.pop()!;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const wrapper = depth + 1 > maxDepth && WRAPPERS.has(c.localName.toLowerCase());
      const container = kept + 1 > maxDepth + CONTAINER_SLACK && !KEPT_BLOCKS.has(c.localName.toLowerCase());
      if (wrapper || container) deep.push(c);
      stack.push([c, depth + 1, wrapper || container ? kept : kept + 1]);
    }
  }
  if (!deep.length) return 0;
  // Deepest first: each unwrap then moves only the few real blocks at the bottom, not the whole nest of
  // wrappers below it (top-down, Chromium re-walks that nest on every move: 0.4 s for 5,000 levels).
  for (const el of deep.reverse()) {
    checkBudget();
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
  return deep.length;
}
