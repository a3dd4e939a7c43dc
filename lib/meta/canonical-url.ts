// Canonical article address: the page's canonical link or og:url, with tracking parameters removed, so the
// same article reached from Facebook, Zalo or a newsletter gets one key.
import { stripEnd } from '../text';

/** Query parameters that only track where a click came from. */
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|zarsrc|_hsenc|_hsmi|ref|ref_src|ref_url|source|src|cmpid|itm_\w+|vn_source|vn_medium|vn_campaign|vn_term|vn_content|s_cid|ns_\w+|at_\w+|trk|spm|share|fb_\w+)$/i;

/** `raw` resolved against `base`, or null when it is not an http(s) URL. */
export function toHttpUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The query's name/value pairs in order. forEach, not the iterators: in a Firefox content script the URL
 * object is a wrapper whose iterators cannot be spread ("searchParams.keys() is not iterable").
 */
function queryPairs(url: URL): [string, string][] {
  const pairs: [string, string][] = [];
  url.searchParams.forEach((value, key) => pairs.push([key, value]));
  return pairs;
}

/** The URL without tracking parameters and without the fragment. Non-http input is returned trimmed. */
export function stripTracking(raw: string): string {
  const url = toHttpUrl(raw);
  if (!url) return raw.trim();
  for (const [key] of queryPairs(url)) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  url.hash = '';
  return url.toString();
}

/**
 * Key to recognise the same article under different addresses: scheme, "www.", "m." / "amp." prefixes,
 * trailing slash, fragment and tracking parameters ignored; remaining parameters sorted.
 */
export function canonicalUrlKey(raw: string): string {
  const url = toHttpUrl(raw);
  if (!url) return raw.trim().toLowerCase();
  const host = url.hostname.toLowerCase().replace(/^(www\d*|m|amp|mobile)\./, '');
  const kept = new URLSearchParams();
  for (const [k, v] of queryPairs(url)
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    kept.append(k, v);
  const query = kept.toString() ? '?' + kept.toString() : '';
  const path = stripEnd(url.pathname.replace(/\/amp\/?$/, '/'), /\//) || '/';
  return `${host}${path}${query}`;
}

/** Host without "www." (e.g. "vnexpress.net"); "" when the URL is not http(s). */
export function siteDomain(raw: string): string {
  const url = toHttpUrl(raw);
  return url ? url.hostname.toLowerCase().replace(/^www\d*\./, '') : '';
}

/**
 * The page's canonical URL: <link rel=canonical>, else og:url, else the given URL; tracking removed.
 * A canonical on another site is ignored only when it is not an http(s) URL (syndicated pages legitimately
 * point to the original).
 */
export function findCanonicalUrl(
  doc: Document,
  pageUrl: string,
  known?: { canonical?: string | null; ogUrl?: string | null },
): string {
  const candidates = known
    ? [known.canonical, known.ogUrl]
    : [
        doc.querySelector('link[rel~="canonical"], link[rel="Canonical"]')?.getAttribute('href'),
        doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
      ];
  for (const c of candidates) {
    const url = toHttpUrl(c, pageUrl);
    if (url) return stripTracking(url.toString());
  }
  return stripTracking(pageUrl);
}
