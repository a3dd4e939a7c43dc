// Text blocks: the elements that hold running text of their own (a <p>, or a <div> whose text is split by
// <br>s), measured without looking at class names: characters, link characters, sentence ends. The shape of
// the text is what survives a redesign; class names do not. One iterative walk (deeply nested pages exist).
import { isHidden } from './body';
import { checkBudget } from './budget';
import { HTML_BLOCKS, NEVER_TEXT } from './block-tags';

export interface TextBlock {
  el: Element;
  /** Characters of the block's own text (inline descendants included, nested blocks not). */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Sentence ends (. ! ? … followed by a space or the end of the block). */
  sentences: number;
  /** Links (with an address) that start in this block. */
  links: number;
}

const SKIP = new Set([
  ...NEVER_TEXT,
  'svg',
  'iframe',
  'object',
  'embed',
  'select',
  'textarea',
  'button',
  'input',
  'option',
  'head',
  'title',
  'video',
  'audio',
  'canvas',
  'map',
]);
/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS = new Set([...HTML_BLOCKS, 'body', 'caption', 'form', 'nav']);
const SENTENCE_END = /[.!?…]["”’)]?(?=\s|$)/g;

/** Count the text of a text node into a block, collapsing white space as a reader sees it. */
function addText(block: TextBlock, text: string, inLink: boolean): void {
  const t = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  const n = t.trim().length;
  if (!n) return;
  block.chars += n;
  if (inLink) block.linkChars += n;
  if (/[.!?…]/.test(t)) {
    SENTENCE_END.lastIndex = 0;
    block.sentences += t.match(SENTENCE_END)?.length ?? 0;
  }
}

/**
 * Every block under `root` (itself included) with any text of its own, in document order. Hidden elements
 * and non-text elements are skipped; a block inside a link counts as link text.
 */
export function textBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  const rootBlock: TextBlock = { el: root, chars: 0, linkChars: 0, sentences: 0, links: 0 };
  out.push(rootBlock);
  // A walk by first child / next sibling / parent, without a stack of nodes: the open blocks and links are
  // tracked as elements are entered and left.
  const blocks: TextBlock[] = [rootBlock];
  let links = 0;
  const leave = (el: Element) => {
    if (blocks[blocks.length - 1]!.el === el) blocks.pop();
    if (el.localName.toLowerCase() === 'a') links--;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    checkBudget();
    let descend = false;
    if (node.nodeType === 3) addText(blocks[blocks.length - 1]!, node.nodeValue ?? '', links > 0);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (!SKIP.has(tag) && !isHidden(el)) {
        if (tag === 'a') {
          if (el.hasAttribute('href')) blocks[blocks.length - 1]!.links++;
          links++;
        }
        if (BLOCK_TAGS.has(tag)) {
          const own: TextBlock = { el, chars: 0, linkChars: 0, sentences: 0, links: 0 };
          out.push(own);
          blocks.push(own);
        }
        if (el.firstChild) descend = true;
        else leave(el);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return out.filter((b) => b.chars > 0 || b.links > 0);
}

export interface TextMeasure {
  chars: number;
  linkChars: number;
  /** Characters of prose: blocks of 60+ characters, mostly not links, with a sentence end. */
  proseChars: number;
  /** How many such blocks. */
  paragraphs: number;
  /** Links with an address. */
  links: number;
  /** Lines that are a link and nothing else (15+ characters): a story list's items. */
  linkLines: number;
}

/** A block reads as prose: long enough, mostly not link text, written in sentences. */
export function isProse(b: TextBlock): boolean {
  return b.chars >= 60 && b.linkChars <= 0.3 * b.chars && b.sentences >= 1;
}

/**
 * A list of items each made of a short label and a paragraph (readers' comments: a name, then the comment;
 * teasers: a date, then a sapo): the paragraphs sit one per small item, not side by side as an article's do.
 */
export function isItemList(box: Element, blocks: TextBlock[]): boolean {
  // Blocks by element and by parent, once: each prose block then looks at its item's own text and its siblings.
  const byEl = new Map<Element, TextBlock>();
  const byParent = new Map<Element, TextBlock[]>();
  for (const b of blocks) {
    byEl.set(b.el, b);
    const p = b.el.parentElement;
    if (p) byParent.set(p, [...(byParent.get(p) ?? []), b]);
  }
  const label = (o: TextBlock | undefined) => !!o && o.chars > 0 && o.chars < 60 && !isProse(o);
  let prose = 0;
  let labelled = 0;
  for (const b of blocks) {
    if (!isProse(b)) continue;
    prose++;
    const item = b.el.parentElement;
    if (!item || item === box || (item.textContent ?? '').length > 800) continue;
    if (label(byEl.get(item)) || (byParent.get(item) ?? []).some((o) => o !== b && label(o))) labelled++;
  }
  return labelled >= 3 && labelled >= 0.6 * prose;
}

const empty = (): TextMeasure => ({ chars: 0, linkChars: 0, proseChars: 0, paragraphs: 0, links: 0, linkLines: 0 });

function add(m: TextMeasure, b: TextBlock, prose: boolean): void {
  m.chars += b.chars;
  m.linkChars += b.linkChars;
  m.links += b.links;
  if (b.chars >= 15 && b.linkChars >= 0.9 * b.chars) m.linkLines++;
  if (prose) {
    m.proseChars += b.chars - b.linkChars;
    m.paragraphs++;
  }
}

export function measure(blocks: TextBlock[]): TextMeasure {
  const m = empty();
  for (const b of blocks) add(m, b, isProse(b));
  return m;
}

/**
 * The text blocks under a root with their sums per element (every ancestor of a block holds the sum of the
 * blocks under it), computed once: measuring any element is then a lookup. Sums are as of construction:
 * removing an element afterwards does not update its ancestors.
 */
export class PageText {
  private sums = new Map<Element, TextMeasure>();
  constructor(readonly blocks: TextBlock[]) {
    for (const b of blocks) {
      const prose = isProse(b);
      for (let e: Element | null = b.el; e; e = e.parentElement) {
        let m = this.sums.get(e);
        if (!m) this.sums.set(e, (m = empty()));
        add(m, b, prose);
      }
    }
  }
  static of(root: Element): PageText {
    return new PageText(textBlocks(root));
  }
  /** Sums of the text blocks under `el` (itself included). */
  measure(el: Element): TextMeasure {
    return this.sums.get(el) ?? empty();
  }
}
