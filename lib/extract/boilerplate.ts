// Vietnamese boilerplate: headings of boxes that are never part of an article, and class/id patterns of
// the same boxes. Used by the generic path (before Readability) and to clean profile bodies.
import { foldForSearch } from '../text';
import { NEVER_TEXT } from './block-tags';

/** Box headings, folded (no accents, lower case). A box whose heading starts with one of these is removed. */
const HEADINGS = [
  'tin lien quan',
  'bai lien quan',
  'xem them',
  'doc them',
  'bai viet cung chu de',
  'cung chu de',
  'tin cung chu de',
  'tin cung chuyen muc',
  'tin moi',
  'tin khac',
  'cac tin khac',
  'bai khac',
  'co the ban quan tam',
  'ban co the quan tam',
  'nen xem',
  'xem nhieu',
  'doc nhieu',
  'doc nhieu nhat',
  'tin doc nhieu',
  'tin xem nhieu',
  'theo doi',
  'tham gia binh luan',
  'binh luan',
  'y kien ban doc',
  'gui binh luan',
  'gui phan hoi',
  'phien ban di dong',
  'tu khoa',
  'tags',
  'tag',
  'chu de',
  'dong su kien',
  'chia se',
  'bai doc tiep',
  'tin noi bat',
  'tin tuc gan day',
  'cac bai da dang',
  'tin da dua',
  'quang cao',
  'doc tiep',
];
const HEADING_RE = new RegExp(`^(?:${HEADINGS.map((h) => h.replace(/ /g, '\\s+')).join('|')})(?:\\s|$)`);

/** True when a short heading text names a boilerplate box ("Tin liên quan", "Theo dõi Baoquocte.vn trên"). */
/** Cheap first look on NFC text (first syllable of every heading above); most texts stop here unfolded. */
const QUICK = /^\s*(?:tin|bài|xem|đọc|có|bạn|nên|theo|tham|bình|ý|gửi|phiên|từ|tag|chủ|dòng|chia|cùng|các|quảng)/iu;
const NEEDS_FOLD = /[\u0300-\u036f\u00d0\u00f0]/;

export function isBoilerplateHeading(text: string): boolean {
  if (!QUICK.test(text) && !NEEDS_FOLD.test(text)) return false;
  const key = foldForSearch(text);
  if (!key || key.length > 60) return false;
  return HEADING_RE.test(key);
}

/** Class/id fragments of boxes that are never article text. */
export const NOISE_SELECTORS = [
  'script',
  'style',
  'noscript',
  'iframe',
  'form',
  'nav',
  'footer',
  'aside',
  'button',
  'select',
  'textarea',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="comment"]',
  '[id*="comment"]',
  '[class*="related"]',
  '[class*="relate"]',
  '[class*="tinlienquan"]',
  '[class*="breadcrumb"]',
  '[class*="banner"]',
  '[id*="banner"]',
  '[class*="advert"]',
  '[class*="qc-"]',
  '[class*="sidebar"]',
  '[id*="sidebar"]',
  '[class*="tags"]',
  '[class*="box-tag"]',
  '[class*="rating"]',
  '[class*="print"]',
  '[class*="fb-"]',
  '[class*="zalo"]',
  '[class*="newsletter"]',
  '[class*="most-"]',
  '[class*="popular"]',
  '[class*="other-news"]',
  '[class*="tin-khac"]',
  '[class*="tinkhac"]',
  '[class*="morenews"]',
  '[class*="readmore"]',
];

const UNREAD = new Set(NEVER_TEXT);

/** Elements whose own short text reads as a boilerplate heading, found in one walk over the text nodes. */
function headingElements(root: Node, isHeading: (text: string) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const tag = (c as Element).localName;
        if (!UNREAD.has(tag)) visit(c);
      } else if (c.nodeType === 3) {
        const t = (c.nodeValue ?? '').trim();
        if (t.length < 3 || t.length > 60) continue;
        const parent = c.parentElement;
        if (!parent || parent.childNodes.length > 7 || !isHeading(t)) continue;
        const el = parent.localName === 'a' || parent.localName === 'span' ? (parent.parentElement ?? parent) : parent;
        const own = (el.textContent ?? '').trim();
        if (own.length <= 60 && isHeading(own) && out[out.length - 1] !== el) out.push(el);
      }
    }
  };
  visit(root);
  return out;
}

export interface BoxOptions {
  /** Which short texts head a boilerplate box (default: the Vietnamese headings above). */
  isHeading?: (text: string) => boolean;
  /** A heading alone in a large container takes the block after it only when that block is mostly links. */
  linkyNextOnly?: boolean;
}

/** Share of an element's text that is link text. */
export function linkShare(el: Element): number {
  const text = (el.textContent ?? '').trim().length;
  if (!text) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').trim().length;
  return links / text;
}

/**
 * Remove boxes headed by boilerplate inside `root` (Vietnamese headings unless `options` say otherwise). The
 * box is the heading's nearest ancestor that holds little besides the heading and links; a heading directly
 * inside a large container goes alone with the list that follows it.
 */
export function removeBoilerplateBoxes(
  root: Element | Document | DocumentFragment,
  maxBoxChars = 4000,
  options: BoxOptions = {},
): number {
  const removed: Element[] = [];
  for (const el of headingElements(root, options.isHeading ?? isBoilerplateHeading)) {
    if (removed.some((r) => r.contains(el))) continue; // already gone with an earlier box
    const own = (el.textContent ?? '').trim();
    // Climb while the parent is still "heading + links" (a box of headlines); stop before any ancestor that
    // holds real prose, which would be the article itself.
    let box: Element = el;
    while (box.parentElement && box.parentElement !== root && box.parentElement.localName !== 'body') {
      const parent = box.parentElement;
      const text = (parent.textContent ?? '').trim().length;
      if (text > maxBoxChars) break;
      let linkChars = 0;
      for (const a of parent.querySelectorAll('a')) linkChars += (a.textContent ?? '').trim().length;
      if (text - linkChars > Math.max(160, own.length * 3)) break;
      box = parent;
    }
    if (box === el) {
      const next = el.nextElementSibling;
      if (
        next &&
        /^(ul|ol|div|table)$/.test(next.localName) &&
        (next.textContent ?? '').length < maxBoxChars &&
        (!options.linkyNextOnly || linkShare(next) >= 0.5)
      )
        next.remove();
    }
    box.remove();
    removed.push(box);
  }
  return removed.length;
}

/**
 * Remove story teasers inside an article body: a small box whose headline is entirely a link (usually with a
 * thumbnail and a one-line description). Sites put "related" stories in the body without any heading.
 */
export function removeTeasers(root: Element | DocumentFragment): number {
  let n = 0;
  for (const heading of [...root.querySelectorAll('h2, h3, h4, h5')]) {
    const link = heading.querySelector('a[href]');
    if (!link) continue;
    const ht = (heading.textContent ?? '').trim();
    if (!ht || (link.textContent ?? '').trim() !== ht) continue;
    const box = heading.parentElement;
    if (!box || box === root || !/^(div|article|li|section)$/.test(box.localName)) continue;
    if ((box.textContent ?? '').trim().length > 450 || box.querySelectorAll('p').length > 2) continue;
    box.remove();
    n++;
  }
  return n;
}

/** Closing lines that promote the site, not the article ("Cập nhật tin tức ... tại fanpage ...", "Mời độc giả ..."). */
export const PROMO_LINE =
  /^(?:cập nhật tin tức|theo dõi|mời (?:quý )?(?:độc giả|bạn đọc)|đăng ký|like fanpage|tải ứng dụng|độc giả có thể|bạn đọc có thể gửi|mọi thông tin.*(?:liên hệ|gửi về))/iu;
