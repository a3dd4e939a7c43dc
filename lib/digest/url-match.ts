// The one matcher that decides which saved digest an article or an imported digest is: used by every save,
// refresh and import, so what an import plans is what it writes. A digest is found by its own key first, then by
// an alias, and only when it belongs to the same site (registrable domain) as the page or the imported record.
// Pure: the store (lib/storage) keeps these entries in url buckets (`urls:<b>`, lib/storage/url-buckets.ts) and
// plans every save and import with them.
import type { Article } from '../article';
import { canonicalUrlKey } from '../meta';
import type { Digest } from './types';
import { aliasKeysOf, siteOfKey, siteOfUrl, urlKeyOf } from './url-keys';

/** One digest a URL key leads to. */
export interface UrlEntry {
  id: string;
  /** Registrable domain of the page the digest was read from: a page of another site never updates it. */
  site: string;
  /** The shard holding the digest's summary (the store's; set on the digest's own key, absent on aliases). */
  shard?: number;
  alias?: true;
}

export interface DigestKeys {
  urlKey: string;
  aliases: string[];
  site: string;
}

export function keysOfArticle(a: Pick<Article, 'url' | 'canonicalUrl'>): DigestKeys {
  const urlKey = urlKeyOf(a);
  return { urlKey, aliases: aliasKeysOf(a, urlKey), site: siteOfUrl(a.url) || siteOfKey(urlKey) };
}

/** A stored digest's keys (its own urlKey as saved: a record keeps the key it was saved under). */
export function keysOfDigest(d: Pick<Digest, 'urlKey' | 'article'>): DigestKeys {
  return {
    urlKey: d.urlKey,
    aliases: aliasKeysOf(d.article, d.urlKey),
    site: siteOfUrl(d.article.url) || siteOfKey(d.urlKey),
  };
}

/**
 * The keys an imported record is matched by: its urlKey in canonical form, unless that names another site than the
 * address the article was read from (a record from an older version, or a crafted backup): then the address's own
 * key. The record itself keeps its urlKey as it came (an import is lossless).
 */
export function keysOfImported(d: Pick<Digest, 'urlKey' | 'article'>): DigestKeys {
  const site = siteOfUrl(d.article.url);
  const given = keyFromStored(d.urlKey || d.article.url);
  const urlKey = !site || siteOfKey(given) === site ? given : urlKeyOf(d.article);
  return { urlKey, aliases: aliasKeysOf(d.article, urlKey), site: site || siteOfKey(urlKey) };
}

/**
 * A stored or imported key in canonical form. Keys are addresses without their scheme ("host/path?query"):
 * canonicalising one as it is would not parse it as an address (and would lower-case its %-escapes).
 */
export function keyFromStored(key: string): string {
  return canonicalUrlKey(/^https?:\/\//i.test(key) ? key : `https://${key}`);
}

const sameSite = (a: string, b: string) => a === b || a === '' || b === '';

/** The entry of the digest `keys` designate: an own-key entry of the same site first, then an alias of it. */
export function pickMatch(entriesOf: (key: string) => readonly UrlEntry[], keys: DigestKeys): UrlEntry | null {
  const candidates = [keys.urlKey, ...keys.aliases];
  for (const aliasPass of [false, true]) {
    for (const k of candidates) {
      const hit = entriesOf(k).find((e) => !!e.alias === aliasPass && sameSite(e.site, keys.site));
      if (hit) return hit;
    }
  }
  return null;
}

/** The entries a digest owns: its own key (with the shard of its summary, in the store) and its aliases. */
export function entriesFor(id: string, keys: DigestKeys, shard?: number): [string, UrlEntry][] {
  const own: UrlEntry = shard === undefined ? { id, site: keys.site } : { id, site: keys.site, shard };
  return [
    [keys.urlKey, own],
    ...keys.aliases.map((k): [string, UrlEntry] => [k, { id, site: keys.site, alias: true }]),
  ];
}
