// The sapo (lead) as one plain-text paragraph, as the reader sees it, without what is not article text: the
// outlet's tag in front ("(PLO)-", "TT -", "(Dân trí) -") and a location stamp glued to the first word
// ("TP HCMNếu"). Also the sapo found by its shape when no selector names it (a redesign, an h2 sapo).
import { cleanInline, foldForSearch } from '../text';
import { isOutletName } from '../meta';
import { BLOCK_TAGS } from './text-blocks';
import { NEVER_TEXT } from './block-tags';
import { byTags, closestTag, findFirst, linkAround } from './dom-find';
import type { DocOrder } from './article-header';

const STAMP = /(?:^|\s|_|-)(?:location|stamp|dateline)(?:\s|_|-|$)/i;
const INLINE_STAMP_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'font']);

/** What the page says about itself, to recognise its own tag in front of a lead ("TT" for Tuổi Trẻ). */
export interface OutletContext {
  siteName?: string | null;
  domain?: string | null;
}

/**
 * A first inline element that is a location stamp: a class saying so, or (class names being unreliable) a
 * short bold/span run of at most four words glued to the next word with no space ("<span>Hà Giang</span>Hơn").
 */
function isStamp(el: Element, next: Node | null): boolean {
  if (STAMP.test(el.getAttribute('class') ?? '')) return true;
  if (!INLINE_STAMP_TAGS.has(el.localName.toLowerCase())) return false;
  const t = cleanInline(el.textContent ?? '');
  if (!t || t.length > 30 || t.split(' ').length > 4 || /[.,;:!?]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const after = next?.nodeType === 3 ? (next.nodeValue ?? '') : ((next as Element | null)?.textContent ?? '');
  return /^\p{Lu}/u.test(after);
}

const UNREAD = new Set(NEVER_TEXT);

/**
 * Text of a lead element: <br>-separated lines joined with single spaces, a location stamp left out, trailing
 * ">> related story" links dropped, the outlet's tag in front removed.
 */
export function leadText(el: Element, outlet: OutletContext = {}): string | null {
  const parts: string[] = [];
  let started = false;
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        parts.push(c.nodeValue ?? '');
        if ((c.nodeValue ?? '').trim()) started = true;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.localName.toLowerCase();
        if (UNREAD.has(tag)) continue;
        if (!started && (e.textContent ?? '').trim() && isStamp(e, c.nextSibling)) {
          started = true;
          parts.push(' ');
          continue;
        }
        if (tag === 'br' || BLOCK_TAGS.has(tag)) parts.push(' ');
        visit(e);
        if (BLOCK_TAGS.has(tag)) parts.push(' ');
      }
    }
  };
  visit(el);
  const all = cleanInline(parts.join(''));
  // A ">> related story" link ends the sapo: cut at the first one (an index, not a pattern: linear).
  const related = [all.indexOf('>>'), all.indexOf('»')].filter((i) => i >= 0);
  const text = stripLeadTag((related.length ? all.slice(0, Math.min(...related)) : all).trim(), outlet);
  return text || null;
}

/** "(PLO)- ", "(Dân trí) - ": a bracketed tag of 1–30 characters at the start, read without a pattern that could backtrack. */
function parenTag(text: string): { tag: string; length: number } | null {
  if (!text.startsWith('(')) return null;
  const close = text.indexOf(')');
  if (close < 0 || close > 40) return null;
  const tag = text.slice(1, close).trim();
  if (!tag || tag.length > 30 || tag.includes('(')) return null;
  let end = close + 1;
  while (end < text.length && /\s/u.test(text[end]!)) end++;
  if ('-–—:'.includes(text[end] ?? 'x')) {
    end++;
    while (end < text.length && /\s/u.test(text[end]!)) end++;
  }
  return { tag, length: end };
}
const CAPS_TAG = /^([\p{Lu}\d][\p{Lu}\d.&+]*(?:\s+(?:[\p{Lu}\d][\p{Lu}\d.&+]*|Online|online))*)\s*[-–—]\s+/u;
const DOMAIN_TAG = /^([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org))\s*[-–—:]\s+/iu;

/** Initials of a name ("Tuổi Trẻ" → "tt"), folded. */
const initials = (name: string) =>
  foldForSearch(name)
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('');

/** "TT", "TTO", "NDĐT", "VOV.VN": the site's initials or domain, possibly with "O"/"Online"/"ĐT", or a known outlet. */
function isOutletTag(tag: string, outlet: OutletContext): boolean {
  if (isOutletName(tag)) return true;
  const folded = foldForSearch(tag);
  const k = (folded.endsWith(' online') ? folded.slice(0, -7) : folded).replace(/ /g, '');
  if (!k) return false;
  const site = outlet.siteName ? initials(outlet.siteName) : '';
  const dom = (outlet.domain ?? '').split('.')[0]?.toLowerCase() ?? '';
  const bases = [site, dom].filter((b) => b.length >= 2);
  return bases.some((b) => k === b || k === `${b}o` || k === `${b}dt` || k === `${b}online`);
}

/**
 * Remove the outlet's tag in front of a lead or first paragraph: "(PLO)- ", "(Dân trí) - ", "(TNO) ",
 * "TT - ", "VOV.VN - ", "Baoquocte.vn - ", and an all-capitals dateline of two or more words ("HÀ NỘI - ").
 * A bracketed tag goes only when what follows starts a sentence (a capital letter or a dash before it).
 */
export function stripLeadTag(text: string, outlet: OutletContext = {}): string {
  const paren = parenTag(text);
  if (paren && paren.tag.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(text.slice(paren.length)))
    return text.slice(paren.length);
  const dom = DOMAIN_TAG.exec(text);
  if (dom) return text.slice(dom[0].length);
  const caps = CAPS_TAG.exec(text);
  if (caps && /^\p{Lu}/u.test(text.slice(caps[0].length))) {
    const tag = caps[1]!;
    const words = tag.split(/\s+/);
    // A city dateline: "HÀ NỘI", "TP HCM" (not "EU" or "ASEAN - EU": one ASCII word is an acronym).
    const dateline =
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((w) => /\p{L}/u.test(w)) &&
      (/[\u00c0-\u1ef9]/u.test(tag) || /^TP\.?$/u.test(words[0]!));
    if (dateline || isOutletTag(tag, outlet)) return text.slice(caps[0].length);
  }
  // "TP HCMNếu có ít tiền": an all-capitals stamp glued to the sentence's first word.
  const glued = /^((?:TP\.?\s?)?\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2})(\p{Lu}\p{Ll}+\s)/u.exec(text);
  if (glued) return text.slice(glued[1]!.length);
  return text;
}

// ---------------------------------------------------------------- the lead found by its shape

/** Inside these, a text is a caption, a list item, a quote or a link: never the sapo. */
const NOT_LEAD_CONTEXT = new Set(['a', 'li', 'figure', 'figcaption', 'blockquote', 'nav', 'footer', 'aside']);
const H1 = new Set(['h1']);
const CARD_HEADINGS = new Set(['h2', 'h3', 'h4']);
const A = new Set(['a']);
const IMG = new Set(['img']);

/**
 * Inside a story card: a small box (two levels up, under 800 characters) whose headline is a link (a linked
 * heading, or a link of 25+ characters next to a linked picture). An author's linked avatar is no card.
 */
export function inStoryCard(
  el: Element,
  size: (box: Element) => number = (box) => (box.textContent ?? '').length,
): boolean {
  let box: Element | null = el.parentElement;
  for (let i = 0; i < 2 && box; i++, box = box.parentElement) {
    // Too big for a card, or the article's own header (its headline may link to the page itself).
    if (size(box) > 800 || byTags(box, H1, 1).length) return false;
    const headings = byTags(box, CARD_HEADINGS);
    if (
      headings.some(
        (h) => !!linkAround(h) || !!findFirst(h, (e) => e.localName.toLowerCase() === 'a' && e.hasAttribute('href')),
      )
    )
      return true;
    const longLink = byTags(box, A).some(
      (a) => a.hasAttribute('href') && cleanInline(a.textContent ?? '').length >= 25,
    );
    if (longLink && byTags(box, IMG).some((img) => !!linkAround(img))) return true;
  }
  return false;
}

/** Only one bold/emphasised run makes up the block: it stands out from body text. */
function standsOut(el: Element): boolean {
  if (/^h[2-6]$/.test(el.localName.toLowerCase())) return true;
  const kids = [...el.children];
  const text = cleanInline(el.textContent ?? '');
  return (
    kids.length === 1 &&
    /^(?:strong|b|em|i)$/.test(kids[0]!.localName.toLowerCase()) &&
    cleanInline(kids[0]!.textContent ?? '') === text
  );
}

/** Same text as the page's description (its first 50 characters, folded, either way round). */
function agrees(text: string, description: string | null): boolean {
  if (!description) return false;
  const a = foldForSearch(text);
  const b = foldForSearch(description);
  if (a.length < 40 || b.length < 40) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A window from the start, and one further in (either may carry a tag or keywords the other lacks).
  const mid = Math.min(Math.floor(short.length / 3), short.length - 40);
  return long.includes(short.slice(0, 40)) || long.includes(short.slice(mid, mid + 40));
}

/**
 * The sapo by its shape, when no selector found it: among the text blocks (document order) after the
 * headline, before the body or among its first two blocks, a link-sparse block of 50 to 1,000 characters
 * that repeats the page's description, or (outside the body) a heading or all-bold block written in
 * sentences. Never a caption, list item, quote, link or story card.
 */
export function findLeadByShape(
  order: DocOrder,
  headline: Element | null,
  body: Element,
  description: string | null,
  size?: (box: Element) => number,
): Element | null {
  const blocks = order.blocks;
  let i = headline ? order.of(headline) : -1;
  if (i < 0) {
    // No headline: start a few blocks before the body.
    const start = order.firstWithin(body);
    if (start < 0) return null;
    i = Math.max(0, start - 6) - 1;
  }
  let inBody = 0;
  for (let n = 0, j = i + 1; j < blocks.length && n < 14; j++, n++) {
    const b = blocks[j]!;
    if (b.el.contains(body)) continue; // a wrapper's own stray text
    const within = body === b.el || body.contains(b.el);
    if (within && ++inBody > 2) break;
    if (b.chars < 50 || b.chars > 1000 || b.linkChars > 0.2 * b.chars) continue;
    if (closestTag(b.el, NOT_LEAD_CONTEXT) || inStoryCard(b.el, size)) continue;
    const text = cleanInline(b.el.textContent ?? '');
    if (agrees(text, description) && (!within || standsOut(b.el))) return b.el;
    if (!within && standsOut(b.el) && b.sentences >= 1 && b.chars >= 80) return b.el;
  }
  return null;
}
