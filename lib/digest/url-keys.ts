// Which addresses lead to a digest, and which site it belongs to. A page names its canonical address itself, so a
// canonical on another site is not trusted as the digest's key (it could replace a saved article of that site):
// the address the page was read from is the key then, and the canonical is kept as an alias.
import type { Article } from '../article';
import { canonicalUrlKey, siteDomain, siteOfHost } from '../meta';

/** The site of a URL: its registrable domain ("" when it is not http(s)). */
export function siteOfUrl(url: string): string {
  const host = siteDomain(url);
  return host ? siteOfHost(host) : '';
}

/** The site of a URL key ("host/path?query", as canonicalUrlKey makes them). */
export function siteOfKey(key: string): string {
  const slash = key.indexOf('/');
  return siteOfHost(slash < 0 ? key : key.slice(0, slash));
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
