// Which addresses lead to a digest, and which site it belongs to. A page names its canonical address itself, so a
// canonical on another site is not trusted as the digest's key (it could replace a saved article of that site):
// the address the page was read from is the key then, and the canonical is kept as an alias.
import type { Article } from '../article';
import { canonicalUrlKey, siteDomain } from '../meta';

/** Second-level labels under which country domains register names (com.vn, gov.vn, co.uk, org.au...). */
const GENERIC_SECOND_LEVEL = new Set([
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'co',
  'or',
  'ne',
  'go',
  'int',
  'info',
  'biz',
  'name',
  'pro',
  'health',
  'mil',
]);

/**
 * The registrable domain of a host ("vnexpress.net" for "e.vnexpress.net", "dantri.com.vn" for "m.dantri.com.vn"),
 * by the shape of the name: two labels, or three under a two-letter country domain with a generic second level.
 * An IP address or a one-label host is returned whole.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The registrable domain of a URL ("" when it is not http(s)). */
export function siteOfUrl(url: string): string {
  const host = siteDomain(url);
  return host ? registrableDomain(host) : '';
}

/** The registrable domain of a URL key ("host/path?query", as canonicalUrlKey makes them). */
export function siteOfKey(key: string): string {
  const slash = key.indexOf('/');
  return registrableDomain(slash < 0 ? key : key.slice(0, slash));
}

/** The key under which an article is deduplicated: its canonical URL when it is on the page's own site, else the page's address. */
export function urlKeyOf(article: Pick<Article, 'canonicalUrl' | 'url'>): string {
  const read = canonicalUrlKey(article.url);
  if (!article.canonicalUrl) return read;
  const canonical = canonicalUrlKey(article.canonicalUrl);
  const site = siteOfUrl(article.url);
  return !site || siteOfKey(canonical) === site ? canonical : read;
}

/** Every other key that leads to the article: the address it was read from and its canonical, minus its own key. */
export function aliasKeysOf(article: Pick<Article, 'canonicalUrl' | 'url'>, urlKey: string): string[] {
  const keys = [canonicalUrlKey(article.url)];
  if (article.canonicalUrl) keys.push(canonicalUrlKey(article.canonicalUrl));
  return [...new Set(keys)].filter((k) => k !== urlKey && k !== '');
}
