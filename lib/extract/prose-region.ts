// Where the article's prose is, found from the text alone (no class names): the element whose paragraphs hold
// the most link-sparse prose, plus its sibling parts that continue it. A site profile's choice of body is
// checked against it, and it stands in for the profile's body when a redesign leaves no selector matching.
import { isBoilerplateHeading } from './boilerplate';
import { findFirst, hasFormControls } from './dom-find';
import { isItemList, isProse, PageText, type TextBlock, type TextMeasure } from './text-blocks';
import { checkBudget } from './budget';

const HEADING_LIKE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);

export interface ProseRegion {
  /** The element(s) holding the article's prose, in document order (a run of siblings when the body is split). */
  parts: Element[];
  /** Prose characters inside the parts. */
  proseChars: number;
}

/** Containers that may hold text directly, split by <br>s (old templates): they score for themselves. */
const TEXT_CONTAINERS = new Set(['div', 'td', 'section', 'article', 'center', 'main', 'form', 'span', 'font']);

/** First heading text inside a box (h2–h6, or a short first line in bold), for boilerplate headings. */
export function boxHeading(box: Element): string | null {
  const h = findFirst(box, (e) => HEADING_LIKE.has(e.localName.toLowerCase()) || e.getAttribute('role') === 'heading');
  const t = h ? (h.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  return t && t.length <= 80 ? t : null;
}

export const density = (m: TextMeasure) => (m.chars ? m.linkChars / m.chars : 1);

/** A box of links: most of its text is links, at most one paragraph of prose (a teaser's). */
const isLinkBox = (m: TextMeasure) => m.chars >= 40 && m.linkChars >= 0.6 * m.chars && m.paragraphs <= 1;

/** Scores of candidate containers, and how many prose blocks each holds as direct children. */
function score(blocks: TextBlock[]): { scores: Map<Element, number>; direct: Map<Element, number> } {
  const scores = new Map<Element, number>();
  const direct = new Map<Element, number>();
  const add = (el: Element | null, w: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + w);
  };
  for (const b of blocks) {
    if (!isProse(b)) continue;
    const w = b.chars - b.linkChars;
    const parent = b.el.parentElement;
    if (TEXT_CONTAINERS.has(b.el.localName.toLowerCase())) add(b.el, w);
    add(parent, w);
    add(parent?.parentElement ?? null, w / 2);
    if (parent) direct.set(parent, (direct.get(parent) ?? 0) + 1);
  }
  return { scores, direct };
}

/**
 * Link density of a candidate, leaving out boxes of links inside it at any depth (a related box inside an
 * article): a list of teasers keeps its links spread through every item and stays link-heavy.
 */
function spreadLinkDensity(el: Element, text: PageText): number {
  const m = text.measure(el);
  let chars = m.chars;
  let links = m.linkChars;
  const stack = [...el.children];
  while (stack.length) {
    checkBudget();
    const e = stack.pop()!;
    const sub = text.measure(e);
    if (!sub.chars) continue;
    if (isLinkBox(sub)) {
      chars -= sub.chars;
      links -= sub.linkChars;
    } else stack.push(...e.children);
  }
  return chars > 0 ? links / chars : 1;
}

/**
 * The article's prose region under `body`, or null when the page has no run of prose (fewer than
 * `minProse` characters in its best container).
 */
export function findProseRegion(body: Element, text: PageText = PageText.of(body), minProse = 300): ProseRegion | null {
  const { scores, direct } = score(text.blocks);
  const top = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  let best: { el: Element; value: number; m: TextMeasure } | null = null;
  const within = (el: Element) => text.blocks.filter((b) => el === b.el || el.contains(b.el));
  for (const [el, raw] of top) {
    // Readers' comments and teaser lists hold much prose, one paragraph per labelled item: never the article.
    // (Two paragraphs side by side in it are running text: no need to look.)
    if (el === body || ((direct.get(el) ?? 0) < 2 && isItemList(el, within(el)))) continue;
    // A list of teasers scores on its descriptions too: its headlines, all links, weigh it down.
    const value = raw * (1 - spreadLinkDensity(el, text)) ** 2;
    if (!best || value > best.value) best = { el, value, m: text.measure(el) };
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
      const m = text.measure(sib);
      if (m.proseChars >= 100 && density(m) <= 0.25 && !isItemList(sib, within(sib))) {
        into.push(sib);
        proseChars += m.proseChars;
        gap = 0;
      } else if (++gap > 3) break;
    }
  };
  take(best.el.nextElementSibling, (e) => e.nextElementSibling, after);
  take(best.el.previousElementSibling, (e) => e.previousElementSibling, before);
  // The run from the first part to the last, with what lies between (a picture, its caption, an ad box that
  // the cleaning removes): skipping them would lose the article's pictures.
  const parts: Element[] = [];
  const last = after[after.length - 1] ?? best.el;
  for (let e: Element | null = before[before.length - 1] ?? best.el; e; e = e.nextElementSibling) {
    parts.push(e);
    if (e === last) break;
  }
  return { parts, proseChars };
}
