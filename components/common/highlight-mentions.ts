// Marks an entity's mentions in the rendered article. Entity spans are offsets into the plain entity text
// (lead + "\n\n" + bodyText); the rendered article is sanitised HTML whose text is the same characters with
// different white space (and sometimes extra text, e.g. captions). So both sides are compared with white
// space and invisible characters removed, and each span's surface text is looked for near where the span
// says it should be, carrying the drift forward: every mention is marked, in order, even after a caption.
import type { Span } from '../../lib/entities';
import { articleTextNodes, unwrapAll, wrapInMark } from './text-nodes';

export const MARK_CLASS = 'mention';

const SKIP = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Text with white space removed, and for each kept character its offset in the input. */
function compact(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SKIP.test(ch)) continue;
    chars += ch === 'Ð' ? 'Đ' : ch === 'ð' ? 'đ' : ch;
    at.push(i);
  }
  return { chars, at };
}

interface DomPoint {
  node: Text;
  offset: number;
}

/** Every visible character of the article under `root` (white space removed), with the text node and offset it sits at. */
function compactDom(root: Element): { chars: string; at: DomPoint[] } {
  let chars = '';
  const at: DomPoint[] = [];
  for (const node of articleTextNodes(root)) {
    // NFC in place (same rendering) so that one character here is one character in the entity text.
    const nfc = node.data.normalize('NFC');
    if (nfc !== node.data) node.data = nfc;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SKIP.test(ch)) continue;
      chars += ch === 'Ð' ? 'Đ' : ch === 'ð' ? 'đ' : ch;
      at.push({ node, offset: i });
    }
  }
  return { chars, at };
}

/** Removes the marks a previous call added, restoring the original text nodes. */
export function clearMentions(root: Element): void {
  unwrapAll(root, `mark.${MARK_CLASS}`);
}

/** Wraps [start, end] (inclusive DOM points) in marks, one per text node it crosses. */
function wrap(points: DomPoint[], label: string): HTMLElement[] {
  const byNode = new Map<Text, { from: number; to: number }>();
  for (const p of points) {
    const r = byNode.get(p.node);
    if (r) r.to = p.offset + 1;
    else byNode.set(p.node, { from: p.offset, to: p.offset + 1 });
  }
  const marks: HTMLElement[] = [];
  for (const [node, { from, to }] of byNode)
    marks.push(wrapInMark(node, from, to, MARK_CLASS, { 'data-entity': label }));
  return marks;
}

/**
 * Marks every span of one entity inside `root` and returns the marks (first mention first).
 * `entityText` is the text the spans point into.
 */
export function highlightMentions(root: Element, entityText: string, spans: Span[], label: string): HTMLElement[] {
  clearMentions(root);
  const source = compact(entityText);
  // Compact position of each entity-text offset.
  const toCompact = (offset: number) => {
    let lo = 0;
    let hi = source.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (source.at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const CONTEXT = 12;
  const targets = [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const pos = toCompact(s.start);
      const needle = compact(entityText.slice(s.start, s.end)).chars;
      const before = source.chars.slice(Math.max(0, pos - CONTEXT), pos);
      const after = source.chars.slice(pos + needle.length, pos + needle.length + CONTEXT);
      return { pos, needle, before, after };
    })
    .filter((t) => t.needle.length > 0);

  // Collect the DOM points of every match first: wrapping splits text nodes and would shift later points.
  const dom = compactDom(root);
  const nearest = (probe: string, expected: number, from: number): number => {
    const fwd = dom.chars.indexOf(probe, Math.max(from, expected));
    const back = dom.chars.lastIndexOf(probe, expected);
    const candidates = [fwd, back].filter((i) => i >= from);
    if (!candidates.length) return -1;
    return candidates.reduce((a, b) => (Math.abs(a - expected) <= Math.abs(b - expected) ? a : b));
  };
  const found: DomPoint[][] = [];
  let drift = 0;
  let from = 0;
  for (const { pos, needle, before, after } of targets) {
    const expected = Math.max(from, pos + drift);
    // With its neighbours first, so a caption or a related line that repeats the name is not taken for the
    // mention; the neighbours may be cut by an inserted caption, so shorter probes follow.
    let hit = -1;
    for (const [lead, probe] of [
      [before, before + needle + after],
      [0, needle + after],
      [before, before + needle],
      [0, needle],
    ] as const) {
      const offset = typeof lead === 'string' ? lead.length : 0;
      const at = nearest(probe, expected - offset, Math.max(0, from - offset));
      if (at >= 0 && at + offset >= from) {
        hit = at + offset;
        break;
      }
    }
    if (hit < 0) continue;
    found.push(dom.at.slice(hit, hit + needle.length));
    drift = hit - pos;
    from = hit + needle.length;
  }
  // Wrap from the last match backwards so earlier text nodes are not split before their turn.
  const marks: HTMLElement[][] = [];
  for (let i = found.length - 1; i >= 0; i--) marks.unshift(wrap(found[i]!, label));
  return marks.flat();
}
