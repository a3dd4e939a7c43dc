// Turn a cleaned article container into blocks (paragraphs, headings, lists, quotes, tables, figures), then
// into sanitised HTML and plain text. One pass over the container; no layout, no Readability.
import type { ArticleImage } from '../article';
import { spacedText } from './spaced-text';
import { cleanInline } from '../text';
import { escapeHtmlAttr, escapeHtmlText, safeHttpUrl } from '../sanitize';
import { isTinyImage, realImageSrc, splitCredit } from './images';
import { checkBudget } from './budget';
import { FIELD_CAPS, capText } from '../article';
import { trimBreaks } from './trim-breaks';
import { isHiddenElement, isInClosedDetails } from './hidden';
import { HTML_BLOCKS, NEVER_TEXT } from './block-tags';
import { classOf } from './class-attr';

export type BlockKind = 'p' | 'h' | 'list' | 'quote' | 'table' | 'figure';

export interface Block {
  kind: BlockKind;
  /** Clean HTML of the block (already safe: built from text and an allow-list). */
  html: string;
  /** Plain text; list items and table rows are separated by blank lines / new lines. */
  text: string;
  /** Right-aligned (or in a byline/source element): a typical place for the reporter's name. */
  right: boolean;
  /** Share of the text that is link text (1 = a pure link, e.g. a related story). */
  linkShare: number;
  image?: ArticleImage;
}

const SKIP = new Set([
  ...NEVER_TEXT,
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'video',
  'audio',
  'canvas',
  'head',
  'link',
  'meta',
  'map',
  'label',
  'nav',
  // Raw-text elements whose content a reader never sees as article text.
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'math',
]);
const BLOCK = new Set([...HTML_BLOCKS, 'caption', 'hr']);
const INLINE_KEEP: Record<string, string> = {
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  sup: 'sup',
  sub: 'sub',
  u: 'u',
};
const RIGHT_CLASS =
  /(?:^|\s|_|-)(?:right|author|pauthor|psource|nguontin|source|author_mail|byline|tacgia)(?:\s|_|-|$)/i;

/** What visibleText leaves out: the elements never read as text and the raw-text elements that may sit in a body. */
const UNSEEN_SELECTOR = [...NEVER_TEXT, 'title', 'xmp'].join(', ');

/** Text a reader sees in `el`: script, style and other raw-text elements left out. */
export function visibleText(el: Element): string {
  if (!el.querySelector(UNSEEN_SELECTOR)) return cleanInline(el.textContent ?? '');
  const parts: string[] = [];
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !SKIP.has((c as Element).localName.toLowerCase())) visit(c);
    }
  };
  visit(el);
  return cleanInline(parts.join(''));
}

/** Hidden text is not article text (lib/extract/hidden.ts says what counts as hidden). */
export function isHidden(el: Element): boolean {
  return isHiddenElement(el) || isInClosedDetails(el);
}

function isRightAligned(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  if (/text-align\s*:\s*right/i.test(style)) return true;
  if ((el.getAttribute('align') ?? '').toLowerCase() === 'right') return true;
  return RIGHT_CLASS.test(classOf(el) ?? '');
}

interface Inline {
  html: string[];
  text: string[];
  /** Some of `text` is not white space (kept as it is pushed: asked at every <br> and picture). */
  nonBlank: boolean;
  linkText: number;
  right: boolean;
}

class Collector {
  blocks: Block[] = [];
  private cur: Inline = { html: [], text: [], nonBlank: false, linkText: 0, right: false };
  constructor(private baseUrl: string) {}

  /** Inline elements open at this point; a block boundary inside them closes and reopens them (balanced HTML). */
  private open: { open: string; close: string }[] = [];

  flush(kind: 'p' | 'h' = 'p', level = 3): void {
    const text = cleanInline(this.cur.text.join(''));
    if (text) {
      const closing = this.open
        .map((o) => o.close)
        .reverse()
        .join('');
      const inner = trimBreaks(this.cur.html.join('') + closing).replace(/\s+/g, ' ');
      const html = kind === 'h' ? `<h${level}>${inner}</h${level}>` : `<p>${inner}</p>`;
      this.blocks.push({
        kind,
        html,
        text,
        right: this.cur.right,
        linkShare: Math.min(1, this.cur.linkText / text.length),
      });
    }
    this.cur = { html: this.open.map((o) => o.open), text: [], nonBlank: false, linkText: 0, right: false };
  }

  pushText(t: string, inLink: boolean): void {
    if (!t) return;
    const collapsed = t.replace(/\s+/g, ' ');
    this.cur.text.push(collapsed);
    if (!this.cur.nonBlank && /\S/.test(collapsed)) this.cur.nonBlank = true;
    this.cur.html.push(escapeHtmlText(collapsed));
    if (inLink) this.cur.linkText += collapsed.trim().length; // collapsed already: no cleanInline needed for a length
  }

  pushBreak(): void {
    this.cur.html.push('<br>');
    this.cur.text.push(' ');
  }

  markRight(): void {
    this.cur.right = true;
  }

  hasText(): boolean {
    return this.cur.nonBlank;
  }

  pushHtml(open: string, close: string, fn: () => void): void {
    this.cur.html.push(open);
    this.open.push({ open, close });
    fn();
    this.open.pop();
    this.cur.html.push(close);
  }

  /** Adds the image as a figure; false when it is no picture (no usable source, a spacer or an icon). */
  figure(img: Element, captionText: string | null): boolean {
    const src = realImageSrc(img, this.baseUrl);
    if (!src || isTinyImage(img) || isHidden(img)) return false;
    const alt = cleanInline(capText(img.getAttribute('alt') ?? '', FIELD_CAPS.alt));
    const captionFull = captionText ? cleanInline(capText(captionText, FIELD_CAPS.caption)) : '';
    const { caption, credit } = captionFull ? splitCredit(captionFull) : { caption: null, credit: null };
    const image: ArticleImage = { src, alt, caption, credit };
    const cap = captionFull ? `<figcaption>${escapeHtmlText(captionFull)}</figcaption>` : '';
    this.blocks.push({
      kind: 'figure',
      html: `<figure><img src="${escapeHtmlAttr(src)}" alt="${escapeHtmlAttr(alt)}">${cap}</figure>`,
      text: captionFull,
      right: false,
      linkShare: 0,
      image,
    });
    return true;
  }
}

const ELEMENT = 1;
const TEXT = 3;

function textOf(el: Element): string {
  return cleanInline(el.textContent ?? '');
}

/** Not read in a caption: what a reader does not see there. */
const unseenInCaption = (el: Element) => SKIP.has(el.localName.toLowerCase()) || isHidden(el);

/**
 * Caption text of a layout table or figure that holds an image: its text outside the image cells, its runs
 * (credit, text, lines) apart as the layout shows them (spaced-text.ts).
 */
function captionOfBox(box: Element): string | null {
  const cap = box.querySelector('figcaption, .caption, .ck_legend, .pCaption, .image-caption, .Image, td.desc');
  const text = spacedText(cap ?? box, unseenInCaption);
  return text || null;
}

/** A layout table framing a picture and its caption (not a box with an icon: its text is content). */
function isImageTable(table: Element, baseUrl: string): boolean {
  const imgs = table.querySelectorAll('img');
  if (imgs.length === 0 || imgs.length > 3) return false;
  if (![...imgs].some((img) => !isTinyImage(img) && realImageSrc(img, baseUrl))) return false;
  if (table.querySelector('table table, p p')) return false;
  return textOf(table).length < 400;
}

function walk(node: Node, c: Collector, inLink: boolean, baseUrl: string): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      c.pushText(child.nodeValue ?? '', inLink);
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    checkBudget();
    const el = child as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || isHidden(el)) continue;

    if (tag === 'br') {
      let next = el.nextSibling;
      while (next && next.nodeType === TEXT && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
      if (next && next.nodeType === ELEMENT && (next as Element).localName.toLowerCase() === 'br') {
        c.flush();
        // skip the run of <br>
        let skip: ChildNode | null = el.nextSibling;
        while (skip && (skip.nodeType !== ELEMENT || (skip as Element).localName.toLowerCase() === 'br')) {
          if (skip.nodeType === TEXT && (skip.nodeValue ?? '').trim()) break;
          child = skip;
          skip = skip.nextSibling;
        }
      } else if (c.hasText()) {
        c.pushBreak();
      }
      continue;
    }
    if (tag === 'img') {
      // An image inside a paragraph: the paragraph's other short text is its caption (old templates).
      const parent = el.parentElement;
      const parentText = parent && parent === node && !c.hasText() ? textOf(parent) : '';
      const own = parent && parent.querySelectorAll('img').length === 1 && parentText.length < 250 ? parentText : '';
      if (isTinyImage(el) || !realImageSrc(el, baseUrl)) continue; // a spacer or an icon: the text around it stays text
      c.flush();
      c.figure(el, own || null);
      if (own && parent) return; // the caption text was consumed with the image
      continue;
    }
    if (tag === 'figure' || (tag === 'table' && isImageTable(el, baseUrl))) {
      c.flush();
      const imgs = [...el.querySelectorAll('img')];
      const caption = captionOfBox(el);
      let added = false;
      imgs.forEach((img, i) => (added = c.figure(img, i === imgs.length - 1 ? caption : null) || added));
      if (!added && caption) {
        c.pushText(caption, false);
        c.flush();
      }
      continue;
    }
    if (/^h[1-6]$/.test(tag)) {
      c.flush();
      walk(el, c, inLink, baseUrl);
      c.flush('h', Math.max(2, Number(tag[1])));
      continue;
    }
    if ((tag === 'ul' || tag === 'ol') && hasListItems(el)) {
      c.flush();
      listBlock(el, tag, c, baseUrl);
      continue;
    }
    if (tag === 'blockquote') {
      c.flush();
      const inner = new Collector(baseUrl);
      walk(el, inner, inLink, baseUrl);
      inner.flush();
      if (inner.blocks.length) {
        c.blocks.push({
          kind: 'quote',
          html: `<blockquote>${inner.blocks.map((b) => b.html).join('')}</blockquote>`,
          text: inner.blocks
            .map((b) => b.text)
            .filter(Boolean)
            .join('\n\n'),
          right: false,
          linkShare: 0,
        });
      }
      continue;
    }
    if (tag === 'table') {
      c.flush();
      if (el.querySelector('p, div p, table, h2, h3'))
        walk(el, c, inLink, baseUrl); // layout table
      else tableBlock(el, c, baseUrl);
      continue;
    }
    if (BLOCK.has(tag)) {
      c.flush();
      const right = isRightAligned(el);
      if (right) c.markRight();
      walk(el, c, inLink, baseUrl);
      if (right) c.markRight();
      c.flush();
      continue;
    }
    // Inline element.
    if (tag === 'a') {
      const href = safeHttpUrl(el.getAttribute('href'), baseUrl);
      if (href) c.pushHtml(`<a href="${escapeHtmlAttr(href)}">`, '</a>', () => walk(el, c, true, baseUrl));
      else walk(el, c, inLink, baseUrl);
      continue;
    }
    const keep = INLINE_KEEP[tag];
    if (isRightAligned(el) && tag !== 'span') c.markRight();
    if (keep) c.pushHtml(`<${keep}>`, `</${keep}>`, () => walk(el, c, inLink, baseUrl));
    else walk(el, c, inLink, baseUrl);
  }
}

/** A real list (items, or lists of items); old pages also use a bare <ul> only to indent paragraphs. */
function hasListItems(list: Element): boolean {
  for (const child of list.children) {
    const tag = child.localName.toLowerCase();
    if (tag === 'li' || ((tag === 'ul' || tag === 'ol') && hasListItems(child))) return true;
  }
  return false;
}

interface ListItems {
  html: string;
  text: string;
}

/** Items of a list; a list nested directly in a list (not in an item, as old pages write it) joins the item before. */
function listItems(list: Element, baseUrl: string): ListItems[] {
  const items: ListItems[] = [];
  for (const child of list.children) {
    const tag = child.localName.toLowerCase();
    if (isHidden(child)) continue;
    if (tag === 'ul' || tag === 'ol') {
      const nested = listItems(child, baseUrl);
      if (!nested.length) continue;
      const html = `<${tag}>${nested.map((i) => `<li>${i.html}</li>`).join('')}</${tag}>`;
      const text = nested.map((i) => i.text).join('\n\n');
      const prev = items[items.length - 1];
      if (prev) {
        prev.html += html;
        prev.text += `\n\n${text}`;
      } else items.push({ html, text });
      continue;
    }
    if (tag !== 'li') continue;
    const inner = new Collector(baseUrl);
    walk(child, inner, false, baseUrl);
    inner.flush();
    const text = inner.blocks
      .map((b) => b.text)
      .filter(Boolean)
      .join(' ');
    if (!text) continue;
    const html = inner.blocks.map((b) => (b.kind === 'p' ? b.html.slice(3, -4) : b.html)).join(' ');
    items.push({ html, text });
  }
  return items;
}

function listBlock(list: Element, tag: string, c: Collector, baseUrl: string): void {
  const items = listItems(list, baseUrl);
  if (!items.length) return;
  const linkText = [...list.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
  const total = items.reduce((n, i) => n + i.text.length, 0);
  c.blocks.push({
    kind: 'list',
    html: `<${tag}>${items.map((i) => `<li>${i.html}</li>`).join('')}</${tag}>`,
    text: items.map((i) => i.text).join('\n\n'),
    right: false,
    linkShare: total ? Math.min(1, linkText / total) : 0,
  });
}

function tableBlock(table: Element, c: Collector, baseUrl: string): void {
  const rows: string[] = [];
  const htmlRows: string[] = [];
  for (const tr of table.querySelectorAll('tr')) {
    if (isHidden(tr)) continue;
    const cells: string[] = [];
    const htmlCells: string[] = [];
    for (const cell of tr.children) {
      const ct = cell.localName.toLowerCase();
      if (ct !== 'td' && ct !== 'th') continue;
      const inner = new Collector(baseUrl);
      walk(cell, inner, false, baseUrl);
      inner.flush();
      const text = inner.blocks
        .map((b) => b.text)
        .filter(Boolean)
        .join(' ');
      cells.push(text);
      const span = ['colspan', 'rowspan']
        .map((a) => (/^\d{1,3}$/.test(cell.getAttribute(a) ?? '') ? ` ${a}="${cell.getAttribute(a)}"` : ''))
        .join('');
      // The cell's own markup (links, emphasis, lists, line breaks between its paragraphs), not just its text.
      const html = inner.blocks.map((b) => (b.kind === 'p' ? b.html.slice(3, -4) : b.html)).join('<br>');
      htmlCells.push(`<${ct}${span}>${html}</${ct}>`);
    }
    if (cells.some(Boolean)) {
      rows.push(cells.filter(Boolean).join(' | '));
      htmlRows.push(`<tr>${htmlCells.join('')}</tr>`);
    }
  }
  if (!rows.length) return;
  c.blocks.push({
    kind: 'table',
    html: `<table><tbody>${htmlRows.join('')}</tbody></table>`,
    text: rows.join('\n'),
    right: false,
    linkShare: 0,
  });
}

/** Blocks of an article container (which the caller has already cleaned of boxes to remove). */
export function collectBlocks(root: Element, baseUrl: string): Block[] {
  const c = new Collector(baseUrl);
  walk(root, c, false, baseUrl);
  c.flush();
  return c.blocks;
}

export function blocksToHtml(blocks: Block[]): string {
  return blocks.map((b) => b.html).join('\n');
}

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => b.text)
    .filter(Boolean)
    .join('\n\n');
}
