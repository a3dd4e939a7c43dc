// Real image sources (lazy-loading attributes resolved) and caption/credit splitting.
import { cleanInline } from '../text/normalize';
import { safeHttpUrl } from '../sanitize/article-html';

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-echo', 'data-url', 'data-full-src', 'data-original-src'];
const PLACEHOLDER = /(?:^data:|blank\.(gif|png)|spacer\.gif|grey\.gif|gray\.gif|transparent\.(gif|png)|pixel\.(gif|png)|1x1\.|loading\.(gif|svg)|lazy[-_]?load|placeholder\.)/i;

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 1200w" → b.jpg). */
export function bestFromSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

/** Absolute URL of the image the reader actually sees, or null (placeholders, icons, trackers). */
export function realImageSrc(img: Element, baseUrl: string): string | null {
  const candidates: (string | null)[] = [];
  for (const a of LAZY_ATTRS) candidates.push(img.getAttribute(a));
  candidates.push(bestFromSrcset(img.getAttribute('data-srcset')), bestFromSrcset(img.getAttribute('srcset')));
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) for (const s of picture.querySelectorAll('source')) candidates.push(bestFromSrcset(s.getAttribute('srcset') ?? s.getAttribute('data-srcset')));
  candidates.push(img.getAttribute('src'));
  for (const c of candidates) {
    if (!c || PLACEHOLDER.test(c.trim())) continue;
    const url = safeHttpUrl(c, baseUrl);
    if (url) return url;
  }
  return null;
}

/** Tiny images (icons, counters, spacer pixels) declared by their width/height attributes. */
export function isTinyImage(img: Element): boolean {
  const w = Number(img.getAttribute('width') ?? NaN);
  const h = Number(img.getAttribute('height') ?? NaN);
  return (w > 0 && w < 60) || (h > 0 && h < 40);
}

const CREDIT = /^(.*?)[\s,;–-]*[(（]?\s*((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn|Photo|Video|Đồ họa|Đồ hoạ)\s*[:：]?\s*[^()（）]{1,60}?)\s*[)）]?\.?$/u;

/** Split "Các đại biểu dâng hương. Ảnh: QUỐC THANH" into caption and credit. */
export function splitCredit(raw: string): { caption: string | null; credit: string | null } {
  const text = cleanInline(raw);
  if (!text) return { caption: null, credit: null };
  const m = CREDIT.exec(text);
  if (m && /[:：]|^Ảnh\s/u.test(m[2]!) && m[1]) {
    const caption = m[1].replace(/[\s–-]+$/u, '').trim();
    return { caption: caption || null, credit: m[2]!.trim() };
  }
  if (m && !m[1] && /[:：]/u.test(m[2]!)) return { caption: null, credit: m[2]!.trim() };
  return { caption: text, credit: null };
}
