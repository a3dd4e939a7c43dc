// The image a reader saw on the page, and its caption/credit. What is never kept: placeholders, icons and
// counters, tracking pixels (0 or 1 px by attribute or inline style, 1×1 once loaded), hidden images, an
// address the page never requested (a data-src on another host behind a visible photo), non-public hosts
// (loopback, LAN names, IP literals) and absurdly long addresses. Plain http is upgraded to https, so
// opening a digest never makes a clear-text request (browsers upgrade mixed-content images the same way).
import { cleanInline } from '../text';
import { keepableImageUrl } from '../sanitize';
import { FIELD_CAPS, capText } from '../article';

const LAZY_ATTRS = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-echo',
  'data-url',
  'data-full-src',
  'data-original-src',
];
const PLACEHOLDER =
  /(?:^data:|blank\.(gif|png)|spacer\.gif|grey\.gif|gray\.gif|transparent\.(gif|png)|pixel\.(gif|png)|1x1\.|loading\.(gif|svg)|lazy[-_]?load|placeholder\.)/i;

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 1200w" → b.jpg). */
export function bestFromSrcset(srcset: string | null): string | null {
  if (!srcset || srcset.length > FIELD_CAPS.srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

const hostOf = (url: string) => new URL(url).hostname;

/** In a live page: the address the browser actually loaded for `img`, when it finished loading a real picture. */
function loadedSrc(img: Element): string | null {
  const live = img as Partial<HTMLImageElement>;
  if (typeof live.currentSrc !== 'string' || !live.currentSrc || !live.complete || !live.naturalWidth) return null;
  return live.currentSrc;
}

/** Absolute https URL of the image the reader actually sees, or null (placeholders, icons, trackers). */
export function realImageSrc(img: Element, baseUrl: string): string | null {
  // In the page: what the browser loaded is what the reader saw (a lazy attribute that differs is a request
  // the page never made); a loaded placeholder means the real picture is still in a lazy attribute.
  const loaded = loadedSrc(img);
  if (loaded && !PLACEHOLDER.test(loaded)) return keepableImageUrl(loaded, baseUrl);
  const src = img.getAttribute('src');
  const shown = src && !PLACEHOLDER.test(src.trim()) ? keepableImageUrl(src, baseUrl) : null;
  const lazy: (string | null)[] = [];
  for (const a of LAZY_ATTRS) lazy.push(img.getAttribute(a));
  lazy.push(bestFromSrcset(img.getAttribute('data-srcset')), bestFromSrcset(img.getAttribute('srcset')));
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture)
    for (const s of picture.querySelectorAll('source'))
      lazy.push(bestFromSrcset(s.getAttribute('srcset') ?? s.getAttribute('data-srcset')));
  for (const c of lazy) {
    if (!c || PLACEHOLDER.test(c.trim())) continue;
    const url = keepableImageUrl(c, baseUrl);
    if (!url) continue;
    // A real picture in src is what the page shows; a lazy address elsewhere is not the same picture in
    // another size (which lives on the same host) but a request the page itself never made.
    if (shown && hostOf(url) !== hostOf(shown)) return shown;
    return url;
  }
  return shown;
}

/** A length from an attribute or inline style ("1", "1px", "0", " 2.5px "), in px; null when absent or relative. */
function pixels(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const v = value.length > 40 ? '' : value.trim().replace(/px$/i, '').trimEnd();
  return /^\d{1,6}(?:\.\d{1,4})?$/.test(v) ? Number(v) : null;
}

/** An inline style property's value (last declaration wins, as in CSS). */
export function styleValue(style: string, property: string): string | null {
  let found: string | null = null;
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0 && decl.slice(0, colon).trim().toLowerCase() === property)
      found = decl
        .slice(colon + 1)
        .replace(/!important/i, '')
        .trim();
  }
  return found;
}

/**
 * Icons, counters, spacers and tracking pixels: small by their width/height attributes or inline style
 * (0 included: "width=0" is how trackers hide), or a 1×1 picture once loaded (not a lazy placeholder).
 */
export function isTinyImage(img: Element): boolean {
  const style = (img.getAttribute('style') ?? '').slice(0, FIELD_CAPS.style);
  const w = pixels(img.getAttribute('width')) ?? pixels(styleValue(style, 'width'));
  const h = pixels(img.getAttribute('height')) ?? pixels(styleValue(style, 'height'));
  if ((w !== null && w < 60) || (h !== null && h < 40)) return true;
  // Loaded as a 1×1 picture: a tracking pixel, unless what loaded is a lazy-loading placeholder.
  const loaded = loadedSrc(img);
  const live = img as Partial<HTMLImageElement>;
  return !!loaded && !PLACEHOLDER.test(loaded) && (live.naturalWidth ?? 0) <= 2 && (live.naturalHeight ?? 0) <= 2;
}

const CREDIT_WORD = /Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh|Nguồn|Photo|Video|Đồ họa|Đồ hoạ/gu;
/** The credit itself, from its keyword to the end of the caption (a short tail: checked only on the last 100 characters). */
const CREDIT_TAIL =
  /^((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn|Photo|Video|Đồ họa|Đồ hoạ)\s*[:：]?\s*[^()（）]{1,60}?)\s*[)）]?\.?$/u;
const TAIL_WINDOW = 100;
const isSeparator = (ch: string) => /^[\s,;–-]$/u.test(ch);

/** The caption before a credit that starts at `at`: without the separators and the opening bracket between them. */
function captionBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end > 0 && (text[end - 1] === '(' || text[end - 1] === '（')) end--;
  while (end > 0 && isSeparator(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Split "Các đại biểu dâng hương. Ảnh: QUỐC THANH" into caption and credit. Linear: the credit is looked
 * for only among the keywords near the end (a caption of 75,000 commas took 26 s with one backtracking
 * pattern over the whole text).
 */
export function splitCredit(raw: string): { caption: string | null; credit: string | null } {
  const text = cleanInline(capText(raw, FIELD_CAPS.caption));
  if (!text) return { caption: null, credit: null };
  const from = Math.max(0, text.length - TAIL_WINDOW);
  CREDIT_WORD.lastIndex = from;
  // The earliest keyword whose tail reads as a credit (as the lazy pattern this replaces chose).
  for (let m = CREDIT_WORD.exec(text); m; m = CREDIT_WORD.exec(text)) {
    const tail = CREDIT_TAIL.exec(text.slice(m.index));
    if (!tail) {
      CREDIT_WORD.lastIndex = m.index + 1;
      continue;
    }
    const credit = tail[1]!.trim();
    const before = captionBefore(text, m.index);
    if (before && /[:：]|^Ảnh\s/u.test(tail[1]!)) {
      return { caption: before.trim() || null, credit };
    }
    if (!before && /[:：]/u.test(credit)) return { caption: null, credit };
    return { caption: text, credit: null };
  }
  return { caption: text, credit: null };
}
