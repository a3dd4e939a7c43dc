// The text of a small element (a caption, a byline box) as a reader sees it, not as `textContent` glues it:
// "<span>Photo: AFP</span><span>The minister…</span>" shows two runs with a gap (the spans are laid out as
// blocks or inline blocks by the page's style), and textContent gives "Photo: AFPThe minister…". Without
// layout, the gap is restored where the markup says one is shown: at a block element's edges and at <br>,
// and between two runs of different elements where a word would otherwise run into a capitalised one
// ("AFPThe", "Jane DoeFollow"). A one-letter run stays joined (a drop cap, "<b>i</b>Phone").
import { HTML_BLOCKS } from './block-tags';
import { cleanInline } from '../text';

const BLOCKS = new Set([...HTML_BLOCKS, 'br', 'hr', 'caption']);

/** A word's end (letter, digit, closing punctuation) before a capital letter: a seam the layout shows as a gap. */
const GLUED = /^[\p{L}\p{N}.,;:!?)\]”’"'»]$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * `el`'s text with a space wherever its layout shows a gap between two runs of text (see above). `skip`:
 * elements whose text is not read at all (hidden ones, interface controls); never called for `el` itself.
 */
export function spacedText(el: Element, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  /** A gap is due before the next text (a block's edge or <br> was passed). */
  let gap = false;
  /** An element boundary was passed since the last text; the length of the last text node's text. */
  let boundary = false;
  let lastRun = 0;
  const stack: { node: Node; leaving: boolean }[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, leaving: false });
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!text) continue;
      const start = text.trimStart();
      if (out && start && (gap || (boundary && lastRun > 1 && GLUED.test(out.slice(-1)) && CAPITAL.test(start))))
        out += ' ';
      out += text;
      const trimmed = text.trim();
      if (trimmed) {
        lastRun = trimmed.length;
        gap = boundary = false;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const block = BLOCKS.has(child.localName.toLowerCase());
    if (leaving) {
      boundary = true;
      gap ||= block;
      continue;
    }
    if (skip(child)) {
      boundary = true;
      continue;
    }
    boundary = true;
    gap ||= block;
    stack.push({ node: child, leaving: true });
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push({ node: c, leaving: false });
  }
  return cleanInline(out);
}
