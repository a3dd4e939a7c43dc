// Where the article's prose is, found from the text alone (no class names): the element whose paragraphs hold
// the most link-sparse prose, plus its sibling parts that continue it. A site profile's choice of body is
// checked against it, and it stands in for the profile's body when a redesign leaves no selector matching.
import { isBoilerplateHeading } from './boilerplate';
import { isProse, measure, textBlocks, type TextBlock, type TextMeasure } from './text-blocks';

export interface ProseRegion {
  /** The element(s) holding the article's prose, in document order (siblings when the body is split). */
  parts: Element[];
  /** Prose characters inside the parts. */
  proseChars: number;
}

/** Containers that may hold text directly, split by <br>s (old templates): they score for themselves. */
const TEXT_CONTAINERS = new Set(['div', 'td', 'section', 'article', 'center', 'main', 'form', 'span', 'font']);

/** Blocks under `el` (itself included), from a list in document order. */
export function blocksWithin(el: Element, blocks: TextBlock[]): TextBlock[] {
  return blocks.filter((b) => el === b.el || el.contains(b.el));
}

/** First heading text inside a box (h2–h6, or a short first line in bold), for boilerplate headings. */
export function boxHeading(box: Element): string | null {
  const h = box.querySelector('h2, h3, h4, h5, h6, strong, b, [role=heading]');
  const t = h ? (h.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  return t && t.length <= 80 ? t : null;
}

/** Forms and comment inputs are never article text, however much text sits around them. */
const hasFormControls = (el: Element) => !!el.querySelector('textarea, input[type=text], input:not([type]), select');

function score(blocks: TextBlock[]): Map<Element, number> {
  const s = new Map<Element, number>();
  const add = (el: Element | null, w: number) => {
    if (el) s.set(el, (s.get(el) ?? 0) + w);
  };
  for (const b of blocks) {
    if (!isProse(b)) continue;
    const w = b.chars - b.linkChars;
    if (TEXT_CONTAINERS.has(b.el.localName.toLowerCase())) add(b.el, w);
    add(b.el.parentElement, w);
    add(b.el.parentElement?.parentElement ?? null, w / 2);
  }
  return s;
}

const density = (m: TextMeasure) => (m.chars ? m.linkChars / m.chars : 1);

/**
 * The article's prose region under `body`, or null when the page has no run of prose (fewer than
 * `minProse` characters in its best container).
 */
export function findProseRegion(body: Element, all: TextBlock[] = textBlocks(body), minProse = 300): ProseRegion | null {
  const scores = score(all);
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  let best: { el: Element; value: number; m: TextMeasure } | null = null;
  for (const [el, raw] of top) {
    if (el === body) continue;
    const m = measure(blocksWithin(el, all));
    // A list of teasers scores on its descriptions too: its headlines, all links, weigh it down.
    const value = raw * (1 - density(m)) ** 2;
    if (!best || value > best.value) best = { el, value, m };
  }
  if (!best || best.m.proseChars < minProse) return null;

  // Sibling parts that continue the article (a body split around an ad or a box): prose, few links, next to
  // the best part (at most three other siblings between), up to a comment form or a boilerplate-headed box.
  const before: Element[] = [];
  const after: Element[] = [];
  let proseChars = best.m.proseChars;
  const take = (first: Element | null, step: (e: Element) => Element | null, into: Element[]) => {
    let gap = 0;
    for (let sib = first; sib; sib = step(sib)) {
      const heading = boxHeading(sib);
      if (hasFormControls(sib) || (heading && isBoilerplateHeading(heading))) break;
      const m = measure(blocksWithin(sib, all));
      if (m.proseChars >= 100 && density(m) <= 0.25) {
        into.push(sib);
        proseChars += m.proseChars;
        gap = 0;
      } else if (++gap > 3) break;
    }
  };
  take(best.el.nextElementSibling, (e) => e.nextElementSibling, after);
  take(best.el.previousElementSibling, (e) => e.previousElementSibling, before);
  const parts = [...before.reverse(), best.el, ...after];
  return { parts, proseChars };
}
