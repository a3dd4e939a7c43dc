// Size and time budgets: extraction runs on the page's own thread, so its cost must not grow without bound
// with the page. Readability's cost grows with the number of elements it is given (10 MB of ad markup,
// 164,000 elements, held a Chromium tab for 1.2 s), so a page above the element budget gives it only the
// region around the article's paragraphs. Real article pages stay far below it (largest in our corpora:
// 9,900 elements, a Wikipedia page), so their extraction is unchanged.
import { dropHiddenInCopy } from './hidden-in-page';

export { checkBudget, OverBudget, underDeadline, type Deadline } from './deadline';

/** Most elements the generic path hands to Readability. */
export const ELEMENT_BUDGET = 25_000;

/** Extraction gives up with a clear message when it is still running after this long (checked between stages
 * and, through checkBudget, inside the long loops of a stage). */
export const TIME_BUDGET_MS = 10_000;

/** The paragraphs of an article region hold at least this much text (else the page has no article region). */
const MIN_REGION_TEXT = 200;

/** Elements under `root` (not counting it), counted only up to `limit + 1`: cost O(min(size, limit)). */
export function countElementsUpTo(root: Element, limit: number): number {
  let n = 0;
  let el: Element | null = root.firstElementChild;
  while (el && n <= limit) {
    n++;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) return n;
    }
    el = el?.nextElementSibling ?? null;
  }
  return n;
}

/** The element holding the most paragraph text: where the article's body is. */
function densestParagraphParent(paragraphs: Element[]): Element | null {
  const text = new Map<Element, number>();
  let best: Element | null = null;
  let bestChars = 0;
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (!parent) continue;
    const chars = (text.get(parent) ?? 0) + (p.textContent ?? '').trim().length;
    text.set(parent, chars);
    if (chars > bestChars) [best, bestChars] = [parent, chars];
  }
  return bestChars >= MIN_REGION_TEXT ? best : null;
}

/** The largest ancestor of `start` (itself included) that holds at most `budget` elements, below <body>. */
function regionAround(start: Element, body: Element, budget: number): Element {
  let region = start;
  for (let a = start.parentElement; a && a !== body; a = a.parentElement) {
    if (countElementsUpTo(a, budget) > budget) break;
    region = a;
  }
  return region;
}

/** A copy of `el` with its children copied in order while they fit in `budget` elements. */
function copyWithin(el: Element, budget: number): Element {
  const copy = el.cloneNode(false) as Element;
  let used = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const size = child.nodeType === 1 ? 1 + countElementsUpTo(child as Element, budget) : 0;
    if (used + size > budget) break;
    used += size;
    copy.appendChild(child.cloneNode(true));
  }
  return copy;
}

export type WorkingCopy =
  { kind: 'whole'; doc: Document } | { kind: 'region'; doc: Document; elements: number } | { kind: 'too-large' };

/**
 * The document the generic path may modify: a full copy when the page is within the element budget; else a
 * copy of the region around the article's paragraphs, or around its headline when no paragraphs hold an
 * article's worth of text (its ancestors kept as empty shells, so their classes and ids still tell Readability
 * what they are, and <head> kept for the metadata); else 'too-large'. The page itself is never modified;
 * `owned`: `doc` is already a private copy (not the page), so a whole copy is `doc` itself. `elements`: the
 * number of elements of `doc` (<html> included) when already counted.
 */
export function workingCopy(
  doc: Document,
  paragraphs: Element[],
  headline: Element | null = null,
  budget = ELEMENT_BUDGET,
  owned = false,
  elements?: number,
): WorkingCopy {
  // `elements` (<html> included), when a walk already counted them, saves counting again.
  const over =
    !!doc.documentElement &&
    (elements !== undefined ? elements - 1 : countElementsUpTo(doc.documentElement, budget)) > budget;
  if (!over || !doc.body) {
    if (owned) {
      if (doc.body) dropHiddenInCopy(doc.body, doc.body); // read on the page it copies (hidden-in-page.ts)
      return { kind: 'whole', doc };
    }
    const whole = doc.cloneNode(true) as Document;
    if (doc.body && whole.body) dropHiddenInCopy(doc.body, whole.body);
    return { kind: 'whole', doc: whole };
  }
  // Where the article is: its paragraphs; on older layouts that set text in <div>s and <br>s, its headline.
  const start = densestParagraphParent(paragraphs) ?? headline?.parentElement ?? null;
  if (!start || start === doc.body || !doc.body.contains(start)) return { kind: 'too-large' };
  const region = regionAround(start, doc.body, budget);
  // Shallow copies of <html> … region's parent, then the region itself (cut to the budget if it alone is over).
  const copy = doc.cloneNode(false) as Document;
  const html = doc.documentElement.cloneNode(false) as Element;
  copy.appendChild(html);
  if (doc.head) html.appendChild(doc.head.cloneNode(true));
  const chain: Element[] = [];
  for (let a = region.parentElement; a && a !== doc.documentElement; a = a.parentElement) chain.unshift(a);
  let parent = html;
  for (const a of chain) parent = parent.appendChild(a.cloneNode(false)) as Element;
  const regionCopy = parent.appendChild(copyWithin(region, budget)) as Element;
  dropHiddenInCopy(region, regionCopy);
  return { kind: 'region', doc: copy, elements: 1 + countElementsUpTo(regionCopy, budget) };
}
