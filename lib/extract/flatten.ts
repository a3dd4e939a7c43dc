// Deeply nested markup: Readability's cleaning walks every element's descendants and text, so its time grows
// with depth × size (5,000 nested divs around an article: over a minute at depth 1,000, minutes at 5,000).
// Real article pages nest well under 60 deep. Wrappers deeper than the budget are unwrapped on the
// working copy (their children move up in place), which keeps every word and every block in order.

/** Elements that only wrap others: unwrapping them loses no meaning for a reader. */
const WRAPPERS = new Set(['div', 'span', 'section', 'article', 'main', 'font', 'center', 'small', 'big', 'header', 'aside']);

export const MAX_DEPTH = 120;

/**
 * Unwrap wrapper elements nested deeper than `maxDepth` inside `root` (modifies `root`; call it on a copy).
 * Iterative, linear in the number of elements. Returns how many were unwrapped.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  let deepest = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (depth + 1 > maxDepth && WRAPPERS.has(c.localName.toLowerCase())) deep.push(c);
      stack.push([c, depth + 1]);
    }
  }
  if (deepest <= maxDepth) return 0;
  // Deepest first: each unwrap then moves only the few real blocks at the bottom, not the whole nest of
  // wrappers below it (top-down, Chromium re-walks that nest on every move: 0.4 s for 5,000 levels).
  for (const el of deep.reverse()) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
  return deep.length;
}
