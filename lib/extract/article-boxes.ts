// Boxes inside an article's container, judged by their structure rather than their class: a box of link-sparse
// prose continues the article (whatever a profile's removal list says about its class), a box of story links
// or a story card does not (whatever class a redesign gives it).
import { isBoilerplateHeading } from './boilerplate';
import { boxHeading } from './prose-region';
import { byTags, findFirst, hasFormControls, linkAround } from './dom-find';
import { isItemList, measure, PageText, textBlocks } from './text-blocks';
import { checkBudget } from './budget';

/** Comparable text: letters and digits only, lower case (lead/title duplicates are found with it). */
export const textKey = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const IMG = new Set(['img']);

/** A picture inside a link (a story card's thumbnail, a banner). */
export const hasLinkedPicture = (box: Element) => byTags(box, IMG).some((img) => !!linkAround(img));

/** A heading (or the box's first line) that is nothing but a link: a teaser of another story. */
function hasLinkedHeadline(box: Element): boolean {
  for (const h of byTags(box, HEADINGS)) {
    const a = findFirst(h, (e) => e.localName.toLowerCase() === 'a' && e.hasAttribute('href')) ?? linkAround(h);
    const t = (h.textContent ?? '').trim();
    if (a && t && (a.textContent ?? '').trim().length >= 0.9 * t.length) return true;
  }
  return false;
}

export interface ArticleKeys {
  /** textKey of the lead and the title: a box repeating them is a duplicate, not more article. */
  lead: string | null;
  title: string | null;
}

/**
 * Does this box hold prose that continues the article? Link-sparse paragraphs written in sentences, at least
 * 150 characters of them, not under a boilerplate heading ("Tin liên quan", "Đọc nhiều"), not a teaser, not a
 * form, and not a repeat of the lead or the title.
 */
export function continuesArticle(box: Element, keys: ArticleKeys): boolean {
  if (hasFormControls(box) || hasLinkedHeadline(box)) return false;
  const blocks = textBlocks(box);
  const m = measure(blocks);
  if (m.paragraphs === 0 || m.proseChars < 150 || m.linkChars > 0.3 * m.chars || isItemList(box, blocks)) return false;
  // A boilerplate heading ("Tin liên quan", "Chia sẻ") marks a box of teasers; but two paragraphs of prose
  // with hardly a link are article text whatever their subheading happens to start with.
  const heading = boxHeading(box);
  if (heading && isBoilerplateHeading(heading) && !(m.paragraphs >= 2 && m.linkChars <= 0.1 * m.chars)) return false;
  // Compared only when the lengths allow a repeat (keying the whole box costs as much as reading it).
  const longest = Math.max(keys.lead?.length ?? 0, keys.title?.length ?? 0);
  const k = m.chars <= 2 * longest + 40 ? textKey(box.textContent ?? '') : '';
  if (keys.lead && k && (k === keys.lead || keys.lead.includes(k) || k.includes(keys.lead))) return false;
  if (keys.title && k === keys.title) return false;
  return true;
}

const BOX_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'table', 'article', 'nav', 'dl']);
/** Items of a list or a table: a related story's card is often one row or one item of such a box. */
const CARD_ITEM_TAGS = new Set(['li', 'tr', 'td']);

/**
 * Remove boxes of story links from an article container (modifies `root`, a working copy): three or more
 * links making up most of the box's text, three lines that are links around at most one teaser's paragraph,
 * or a small card whose headline is a link next to a linked picture. Outermost boxes first; a box holding
 * prose paragraphs is never one. One measuring walk over the container.
 */
export function removeLinkBoxes(root: Element, text: PageText = PageText.of(root)): number {
  let n = 0;
  const stack = [...root.children].reverse();
  while (stack.length) {
    checkBudget();
    const box = stack.pop()!;
    const m = text.measure(box);
    if (!m.chars && !m.links) continue;
    const list =
      (m.links >= 3 && m.linkChars >= 0.6 * m.chars && m.paragraphs <= 1) ||
      (m.linkLines >= 3 && m.paragraphs <= 1 && m.chars - m.linkChars <= 0.6 * m.chars);
    const card =
      m.chars < 400 && m.paragraphs <= 1 && m.links >= 1 && hasLinkedPicture(box) && hasLinkedHeadlineOrFirstLink(box);
    const tag = box.localName.toLowerCase();
    if ((BOX_TAGS.has(tag) && (list || card)) || (CARD_ITEM_TAGS.has(tag) && card)) {
      box.remove();
      n++;
    } else {
      // One read of the children: on linkedom each read of `children` builds the list anew.
      const kids = box.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return n;
}

/** The box's first text is a link of 20+ characters (a story headline), or it has a linked heading. */
function hasLinkedHeadlineOrFirstLink(box: Element): boolean {
  if (hasLinkedHeadline(box)) return true;
  const first = textBlocks(box).find((b) => b.chars >= 20);
  return !!first && first.linkChars >= 0.9 * first.chars;
}

/** Share links of the common networks and the print/mail buttons: the same addresses on every site. */
const SHARE_HREF =
  /facebook\.com\/(?:sharer|plugins|dialog\/share)|twitter\.com\/(?:intent|share)|x\.com\/intent|zalo\.me|sp\.zalo|plus\.google\.com\/share|linkedin\.com\/share|pinterest\.com\/pin|^mailto:|^javascript:.*print/i;

/**
 * Remove widgets from an article container (a working copy) by what they are, not what they are called: a
 * rating (schema.org microdata), a box of share buttons (its links go to the networks' share addresses).
 */
export function removeWidgets(root: Element): number {
  let n = 0;
  for (const el of [...root.querySelectorAll('[itemprop=aggregateRating], [itemprop=interactionStatistic]')]) {
    el.remove();
    n++;
  }
  for (const a of [...root.querySelectorAll('a[href]')]) {
    checkBudget();
    if (!root.contains(a) || !SHARE_HREF.test(a.getAttribute('href') ?? '')) continue;
    // The share bar: the link's nearest ancestor that still holds only a short label besides its links.
    let box: Element = a;
    for (let p = a.parentElement; p && p !== root && (p.textContent ?? '').trim().length <= 120; p = p.parentElement)
      box = p;
    box.remove();
    n++;
  }
  return n;
}

const hostOf = (url: string | null, base: string): string | null => {
  if (!url) return null;
  try {
    return new URL(url, base).hostname.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    return null;
  }
};
const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * Remove linked pictures that are advertisements (modifies `root`, a working copy): the link leads off the site
 * and the picture comes from neither the site nor one of its known picture hosts. An article's photo links to
 * a larger copy on the site's own hosts, if anywhere.
 */
export function removeForeignBanners(
  root: Element,
  baseUrl: string,
  siteDomains: string[],
  imageHosts: string[],
): number {
  const own = [...siteDomains, ...imageHosts].map((d) => d.toLowerCase());
  const isOwn = (host: string | null) => !host || own.some((d) => within(host, d));
  let n = 0;
  for (const img of byTags(root, IMG)) {
    const a = linkAround(img);
    if (!a || !root.contains(a)) continue;
    const target = hostOf(a.getAttribute('href'), baseUrl);
    const picture = hostOf(img.getAttribute('data-src') ?? img.getAttribute('src'), baseUrl);
    if (target && picture && !isOwn(target) && !isOwn(picture) && target !== picture) {
      a.remove();
      n++;
    }
  }
  return n;
}
