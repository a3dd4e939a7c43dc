// Markup nested thousands deep: every walker of the pipeline (and the DOM library under it in Node) recurses
// once per level, so 5,000 nested <b> or <blockquote> threw RangeError and the page could not be saved.
// Browsers' HTML parsers stop nesting at 512 levels (deeper elements become siblings), so a real page is
// never deeper, but a script can build one and linkedom has no such limit. A page deeper than the limit is
// extracted from a copy built the way the browser's parser would have built it: elements below the limit
// are attached at the limit instead, in document order, so every word stays, in order. Iterative throughout.
import { checkBudget } from './budget';

/** The deepest nesting the pipeline walks (Chromium's HTML parser limit). */
export const MAX_DOM_DEPTH = 512;

/** The depth of the deepest element under `root` (its children = 1), without recursion; stops past `limit`. */
export function depthOf(root: Node, limit = Infinity): number {
  const first = (root as ParentNode).firstElementChild ?? null;
  let deepest = 0;
  let depth = 1;
  let el: Element | null = first;
  while (el) {
    checkBudget();
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Node | null = el.parentNode;
      depth--;
      el = up && up !== root && up.nodeType === 1 ? (up as Element) : null;
    }
    el = el?.nextElementSibling ?? null;
  }
  return deepest;
}

/** A copy of `doc` with nothing nested deeper than `limit` (shallow clones, attached iteratively). */
function flattenedCopy(doc: Document, limit: number): Document {
  const copy = doc.cloneNode(false) as Document;
  // Pairs of (original node, the copy's parent to attach its copy to, depth of that copy).
  const stack: [Node, Node, number][] = [];
  for (let c = doc.lastChild; c; c = c.previousSibling) stack.push([c, copy, 1]);
  while (stack.length) {
    checkBudget();
    const [node, parent, depth] = stack.pop()!;
    const clone = node.cloneNode(false);
    parent.appendChild(clone);
    // Below the limit, children attach to the element at the limit, after what came before them.
    const childParent = depth >= limit ? parent : clone;
    const childDepth = depth >= limit ? depth : depth + 1;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, childParent, childDepth]);
  }
  return copy;
}

/**
 * `doc` itself when it is no deeper than `limit`, else a copy of it that is. The page is never modified.
 * `depth`: the document's depth when a walk already measured it (depthOf's measure).
 */
export function depthBounded(doc: Document, limit = MAX_DOM_DEPTH, depth: number | null = null): Document {
  if (!doc.documentElement || (depth ?? depthOf(doc, limit)) <= limit) return doc;
  return flattenedCopy(doc, limit);
}
