// Teasers: the items of a headline list (home, section and tag pages, "more stories" boxes). Measured by
// structure, whatever the language or class names: four or more sibling items of one shape (tag and first
// class), each a short text that starts with (or mostly is) a link with a headline's worth of text. Article
// paragraphs do not start with a link, and are rarely four of one shape under 600 characters each with one.
import { NEVER_TEXT } from './block-tags';
import { classOf } from './class-attr';

/** Tags whose siblings of one shape are teaser items when each is a headline link with a short text. */
const ITEM_TAGS = new Set(['li', 'article', 'div', 'section', 'tr', 'dd', 'dt', 'td']);

/** A teaser item's text is short (headline, one or two lines), and its headline link reads like a headline. */
const TEASER_MAX_CHARS = 600;
const TEASER_LINK_MIN_CHARS = 15;
const TEASER_GROUP_MIN = 4;

/** Raw-text and form elements whose text is never read as a teaser's. */
const SKIP = new Set([...NEVER_TEXT, 'svg', 'iframe', 'select', 'textarea', 'button', 'math']);

const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A teaser: a short item that starts with (or mostly is) a headline link. Article paragraphs do not start
 * with one. One walk over the item, stopped as soon as its text is too long for a teaser.
 */
export function isTeaserItem(item: Element): boolean {
  const parts: string[] = [];
  /** Links with text, as [first part, end part) ranges of `parts`. */
  const links: [number, number][] = [];
  let length = 0;
  const stack: (Node | number)[] = [item];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'number') {
      links[node]![1] = parts.length; // leaving a link
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      length += t.length;
      // Raw length bounds the collapsed one from above only loosely: allow for indentation.
      if (length > TEASER_MAX_CHARS * 4) return false;
      parts.push(t);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (el !== item && SKIP.has(tag)) continue;
    if (tag === 'a' && el.hasAttribute('href') && links.length < 20) {
      stack.push(links.length);
      links.push([parts.length, parts.length]);
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const text = collapsed(parts.join(''));
  if (!text || text.length > TEASER_MAX_CHARS) return false;
  for (const [from, to] of links) {
    const t = collapsed(parts.slice(from, to).join(''));
    if (t.length < TEASER_LINK_MIN_CHARS || t.split(' ').length < 3) continue;
    const offset = text.indexOf(t);
    return offset >= 0 && (offset <= Math.max(20, text.length * 0.2) || t.length >= text.length * 0.5);
  }
  return false;
}

/** Shape of a sibling: its tag and its first class name with digits dropped ("item-3" and "item-4" are one shape). */
function shapeKey(el: Element): string | null {
  const tag = el.localName.toLowerCase();
  if (!ITEM_TAGS.has(tag)) return null;
  const cls = classOf(el);
  if (!cls) return tag;
  const first = cls.trim();
  const space = first.search(/\s/);
  return `${tag}.${(space < 0 ? first : first.slice(0, space)).replace(/\d+/g, '')}`;
}

/** Elements that hold lists of items (a paragraph, a heading or an inline element never holds teasers). */
const CONTAINER_TAGS = new Set([
  'ul',
  'ol',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'table',
  'tbody',
  'dl',
  'nav',
  'header',
  'footer',
  'body',
  'td',
  'li',
  'form',
  'center',
]);

/** The teaser items among `parent`'s children: groups of TEASER_GROUP_MIN+ siblings of one shape, most of them teasers. */
export function teaserChildren(parent: Element, into: Set<Element>): void {
  if (!CONTAINER_TAGS.has(parent.localName.toLowerCase())) return;
  let count = 0;
  for (let c = parent.firstElementChild; c && count < TEASER_GROUP_MIN; c = c.nextElementSibling) count++;
  if (count < TEASER_GROUP_MIN) return;
  const groups = new Map<string, Element[]>();
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const key = shapeKey(c);
    if (!key) continue;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const members of groups.values()) {
    if (members.length < TEASER_GROUP_MIN) continue;
    // Most members must be teasers: stop at the first failure too many.
    const allowedMisses = Math.floor(members.length * 0.4);
    const teasers: Element[] = [];
    let misses = 0;
    for (const m of members) {
      if (isTeaserItem(m)) teasers.push(m);
      else if (++misses > allowedMisses) break;
    }
    if (misses <= allowedMisses && teasers.length >= TEASER_GROUP_MIN) for (const t of teasers) into.add(t);
  }
}
