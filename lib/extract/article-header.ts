// The article's header found by position, not class: its headline is the h1 that comes before the article's
// prose, its date the one nearest that headline (after it, or inside the headline's own small box). A clock or
// "today's date" in the page's top bar comes before the headline and outside its box, so it is never taken.
import type { ParsedDate } from '../meta';
import { isProse, textBlocks, type TextBlock } from './text-blocks';
import { closestTag, findFirst } from './dom-find';

const A = new Set(['a']);
const BARS = new Set(['header', 'nav']);

/** Positions of elements in document order, from the page's text blocks (one walk, already done). */
export class DocOrder {
  private index = new Map<Element, number>();
  constructor(readonly blocks: TextBlock[]) {
    blocks.forEach((b, i) => this.index.set(b.el, i));
  }
  /** Index of the text block holding `el` (its nearest ancestor that is a block), or -1. */
  of(el: Element | null): number {
    for (let e = el; e; e = e.parentElement) {
      const i = this.index.get(e);
      if (i !== undefined) return i;
    }
    return -1;
  }
  /** Index of the first block inside `el`, or -1. */
  firstWithin(el: Element): number {
    const i = this.index.get(el);
    if (i !== undefined) return i;
    return this.blocks.findIndex((b) => el.contains(b.el));
  }
}

/** An h1 of headline length; a link inside it is allowed (titles often link to their own page) unless far off. */
const isHeadline = (b: TextBlock, near: boolean) =>
  b.el.localName.toLowerCase() === 'h1' &&
  b.chars >= 10 &&
  b.chars <= 300 &&
  (near || (b.linkChars < 0.5 * b.chars && !closestTag(b.el, A)));

/** The h1 nearest before the first prose of the article's first part (the part may hold the header too). */
export function headlineBefore(order: DocOrder, firstPart: Element): Element | null {
  const blocks = order.blocks;
  let start = order.firstWithin(firstPart);
  if (start < 0) return null;
  for (let i = start; i < blocks.length && firstPart.contains(blocks[i]!.el); i++) {
    if (isProse(blocks[i]!)) {
      start = i;
      break;
    }
  }
  for (let i = start; i >= 0; i--) if (isHeadline(blocks[i]!, start - i <= 12)) return blocks[i]!.el;
  return null;
}

/** Nearest common ancestor of two elements. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a; e; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

const headlineKey = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where the article's own date, byline and title may be: after the headline (or a copy of it: old templates
 * print the header twice) up to a few blocks past the end of the body, or at most six blocks before it in the
 * box the headline shares with the body (a date line above the title). A clock in the page's top bar is neither.
 */
export class ArticleZone {
  /** Block indices of the headline and of its copies (same text), in document order. */
  readonly headlineCopies: number[] = [];
  private bodyEnd: number;
  constructor(
    private order: DocOrder,
    private headline: Element | null,
    private body: Element,
  ) {
    const start = order.firstWithin(body);
    let end = start;
    while (end + 1 < order.blocks.length && body.contains(order.blocks[end + 1]!.el)) end++;
    this.bodyEnd = end;
    if (headline) {
      const key = headlineKey(headline);
      order.blocks.forEach((b, i) => {
        if (b.el === headline || (b.el.localName.toLowerCase() === 'h1' && headlineKey(b.el) === key))
          this.headlineCopies.push(i);
      });
    }
  }
  contains(el: Element): boolean {
    if (!this.headline || !this.headlineCopies.length) return true;
    const i = this.order.of(el);
    for (const h of this.headlineCopies) {
      if (i > h && (i <= this.bodyEnd + 15 || i - h <= 40)) return true;
      // Before the headline only inside an article wrapper shared with the body (not the page itself).
      const shared = commonAncestor(this.order.blocks[h]!.el, this.body);
      const wrapper = shared && !/^(?:body|html)$/i.test(shared.localName) ? shared : null;
      const bar = closestTag(el, BARS);
      if (i >= 0 && i <= h && h - i <= 6 && wrapper?.contains(el) && !(bar && !bar.contains(this.order.blocks[h]!.el)))
        return true;
    }
    return false;
  }
}

/**
 * The visible date nearest the headline (or a copy of it): short blocks after it, up to the body's third
 * block, else just before it inside the article's zone (a date line above the title). A date with a time wins
 * over a date alone.
 */
export function dateNearHeadline(
  order: DocOrder,
  zone: ArticleZone,
  firstPart: Element,
  parse: (el: Element) => ParsedDate,
): ParsedDate | null {
  const bodyStart = order.firstWithin(firstPart);
  const after: Element[] = [];
  const before: Element[] = [];
  for (const h of zone.headlineCopies) {
    const end = Math.min(order.blocks.length, h + 16, bodyStart > h ? bodyStart + 4 : h + 16);
    for (let i = h + 1; i < end; i++) after.push(order.blocks[i]!.el);
    for (let i = h - 1; i >= 0 && i >= h - 6; i--)
      if (zone.contains(order.blocks[i]!.el)) before.push(order.blocks[i]!.el);
  }
  let fallback: ParsedDate | null = null;
  for (const el of [...after, ...before]) {
    const time = findFirst(el, (e) => e.localName.toLowerCase() === 'time' && e.hasAttribute('datetime'));
    const block = order.blocks[order.of(el)];
    if (!time && block && block.chars > 120) continue;
    const parsed = parse(time ?? el);
    if (parsed.iso && parsed.hasTime) return parsed;
    if (parsed.iso && !fallback) fallback = parsed;
  }
  return fallback;
}

/**
 * The date line (a short line with a date and a time of day) of a page read without a profile, by its position: the blocks right after `headline` (older
 * layouts: "Thứ năm, 20/12/2012, 16:10 GMT+7" under the title, "Cập nhật lúc …" above the body) or just
 * before it in the box it shares with the article's first prose. Dates in lists of other stories, or a clock
 * in the top bar, are outside that zone. One text walk over the page: called only when nothing else gave a date.
 */
export function dateByHeadline(
  body: Element,
  headline: Element,
  parse: (el: Element) => ParsedDate,
): ParsedDate | null {
  // The blocks alone: no sums per element (PageText) are needed here.
  const order = new DocOrder(textBlocks(body));
  const h = order.of(headline);
  if (h < 0) return null;
  const firstProse = order.blocks.slice(h + 1, h + 40).find(isProse);
  const first = firstProse?.el.parentElement ?? headline.parentElement;
  if (!first) return null;
  // A date line, not a sentence that mentions a date ("… thiết lập quan hệ ngoại giao ngày 26/2/1973."): short,
  // and stating the time of day, as header lines do.
  const line = (el: Element): ParsedDate => {
    const text = el.textContent ?? '';
    if (text.trim().length > 80) return { iso: null, note: null, hasTime: false };
    const parsed = parse(el);
    return parsed.hasTime ? parsed : { iso: null, note: null, hasTime: false };
  };
  return dateNearHeadline(order, new ArticleZone(order, headline, first), first, line);
}
