// Draws the reader's kept highlights in the rendered article: each quote is found again by its words and context
// (lib/highlights), so a highlight survives a reload and a refresh of the digest, then marked, with its comment
// shown right after it. The comment is marked as an annotation so that no anchoring counts it as article text.
import type { Highlight } from '../../lib/digest';
import { anchorQuote, foldWithOffsets } from '../../lib/highlights';
import { ANNOTATION_ATTR, articleTextNodes, unwrapAll, wrapInMark } from './text-nodes';

export const HIGHLIGHT_CLASS = 'highlight';

/** Removes what drawHighlights added. */
export function clearHighlights(root: Element): void {
  for (const note of [...root.querySelectorAll(`.${HIGHLIGHT_CLASS}-note`)]) note.remove();
  unwrapAll(root, `mark.${HIGHLIGHT_CLASS}`);
}

interface Piece {
  node: Text;
  from: number;
  to: number;
}

/**
 * Marks every highlight found in `root` and returns the ids of those found. `bodyLength` (the length of the stored
 * body text the highlights' offsets refer to) turns a kept offset into an expected place in the rendered text, which
 * only breaks ties between identical passages with identical context.
 */
export function drawHighlights(
  root: Element,
  highlights: readonly Highlight[],
  bodyLength: number,
  commentLabel: (comment: string) => string,
): Set<string> {
  clearHighlights(root);
  const found = new Set<string>();
  if (highlights.length === 0) return found;
  const nodes = articleTextNodes(root);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const folded = foldWithOffsets(text);
  const ranges: { h: Highlight; start: number; end: number }[] = [];
  for (const h of highlights) {
    const near = h.start !== null && bodyLength > 0 ? Math.round((h.start / bodyLength) * text.length) : null;
    const r = anchorQuote(folded, h, { near });
    if (r) ranges.push({ h, ...r });
  }
  // In reading order; a highlight overlapping an earlier one is drawn from where that one ends.
  ranges.sort((a, b) => a.start - b.start);
  const pieces: { h: Highlight; parts: Piece[] }[] = [];
  let drawnTo = 0;
  for (const { h, start: s, end } of ranges) {
    const start = Math.max(s, drawnTo);
    if (start >= end) {
      found.add(h.id);
      continue;
    }
    const parts: Piece[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const from = Math.max(start, starts[i]!) - starts[i]!;
      const to = Math.min(end, starts[i]! + nodes[i]!.data.length) - starts[i]!;
      if (to > from && nodes[i]!.data.slice(from, to).trim()) parts.push({ node: nodes[i]!, from, to });
    }
    if (parts.length) pieces.push({ h, parts });
    found.add(h.id);
    drawnTo = end;
  }
  // From the last piece backwards: splitting a text node keeps the earlier offsets of that node valid.
  for (let k = pieces.length - 1; k >= 0; k--) {
    const { h, parts } = pieces[k]!;
    let last: HTMLElement | null = null;
    for (let i = parts.length - 1; i >= 0; i--) {
      const { node, from, to } = parts[i]!;
      const mark = wrapInMark(node, from, to, HIGHLIGHT_CLASS, { 'data-highlight': h.id });
      if (h.comment) mark.title = h.comment;
      last ??= mark;
    }
    if (last && h.comment.trim()) {
      const note = last.ownerDocument.createElement('span');
      note.className = `${HIGHLIGHT_CLASS}-note`;
      note.setAttribute(ANNOTATION_ATTR, '');
      note.setAttribute('data-highlight-note', h.id);
      note.textContent = commentLabel(h.comment.trim());
      last.after(note);
    }
  }
  return found;
}
