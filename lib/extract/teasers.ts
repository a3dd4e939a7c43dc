// Teasers: the items of a headline list (home, section and tag pages, "more stories" boxes). Measured by
// structure, whatever the language or class names: four or more sibling items of one shape (tag and first
// class), each a short text that starts with (or mostly is) a link with a headline's worth of text. Article
// paragraphs do not start with a link, and are rarely four of one shape under 600 characters each with one.

/** Tags whose siblings of one shape are teaser items when each is a headline link with a short text. */
const ITEM_TAGS = new Set(['li', 'article', 'div', 'section', 'tr', 'dd', 'dt', 'td']);

/** A teaser item's text is short (headline, one or two lines), and its headline link reads like a headline. */
const TEASER_MAX_CHARS = 600;
const TEASER_LINK_MIN_CHARS = 15;
const TEASER_GROUP_MIN = 4;

/** Raw-text and form elements whose text is never read as a teaser's. */
const SKIP = new Set(['script', 'style', 'noscript', 'svg', 'template', 'iframe', 'select', 'textarea', 'button', 'math']);

const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of `el`, or null as soon as it exceeds `max` characters (without reading the rest of a big subtree). */
function textUpTo(el: Element, max: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      length += t.length;
      // Raw length bounds the collapsed one from above only loosely: allow for indentation.
      if (length > max * 4) return null;
      parts.push(t);
      continue;
    }
    if (node.nodeType !== 1 || (node !== el && SKIP.has((node as Element).localName.toLowerCase()))) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const text = collapsed(parts.join(''));
  return text.length > max ? null : text;
}

/** A teaser: a short item that starts with (or mostly is) a headline link. Article paragraphs do not start with one. */
export function isTeaserItem(item: Element): boolean {
  const text = textUpTo(item, TEASER_MAX_CHARS);
  if (!text) return false;
  for (const a of item.querySelectorAll('a[href]')) {
    const t = collapsed(a.textContent ?? '');
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
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${tag}.${cls.replace(/\d+/g, '')}`;
}

/** The teaser items among `parent`'s children: groups of TEASER_GROUP_MIN+ siblings of one shape, most of them teasers. */
export function teaserChildren(parent: Element, into: Set<Element>): void {
  let count = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) count++;
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
    const teasers = members.filter(isTeaserItem);
    if (teasers.length >= TEASER_GROUP_MIN && teasers.length >= members.length * 0.6) for (const t of teasers) into.add(t);
  }
}

