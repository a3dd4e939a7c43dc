// The article's own text nodes, in order: what the reader sees of the article, without the notes the UI adds
// into it (a highlight's comment is marked data-annotation and is no part of the article's text).
export const ANNOTATION_ATTR = 'data-annotation';

export function articleTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !(c as Element).hasAttribute(ANNOTATION_ATTR)) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Wraps characters [from, to) of a text node in a <mark> with `className` and `attrs` (unwrapAll undoes it). */
export function wrapInMark(
  node: Text,
  from: number,
  to: number,
  className: string,
  attrs: Record<string, string>,
): HTMLElement {
  const doc = node.ownerDocument;
  const range = doc.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  const mark = doc.createElement('mark');
  mark.className = className;
  for (const [name, value] of Object.entries(attrs)) mark.setAttribute(name, value);
  range.surroundContents(mark);
  return mark;
}

/** Unwraps every element matching `selector` (its children stay in place) and merges the split text back. */
export function unwrapAll(root: Element, selector: string): void {
  const parents = new Set<Node>();
  for (const el of [...root.querySelectorAll(selector)]) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}
