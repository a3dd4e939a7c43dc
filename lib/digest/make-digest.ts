// Builds the stored Digest from one extraction. A refresh of an already saved article keeps what the user
// added (notes, tags, highlights) and the first save time.
import type { Article } from '../article/types';
import type { Entities } from '../entities/types';
import { canonicalUrlKey } from '../meta/canonical-url';
import { digestIdFor } from './digest-id';
import { DIGEST_SCHEMA_VERSION, type Digest } from './types';

/** The key under which an article is deduplicated: its canonical URL, else the address it was read from. */
export function urlKeyOf(article: Pick<Article, 'canonicalUrl' | 'url'>): string {
  return canonicalUrlKey(article.canonicalUrl || article.url);
}

export function makeDigest(
  article: Article,
  entities: Entities,
  source: Digest['source'],
  now: Date = new Date(),
  previous: Digest | null = null,
): Digest {
  const at = now.toISOString();
  const urlKey = urlKeyOf(article);
  return {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    id: previous?.id ?? digestIdFor(urlKey),
    urlKey,
    savedAt: previous?.savedAt ?? at,
    updatedAt: at,
    source,
    article,
    entities,
    notes: previous?.notes ?? '',
    notesUpdatedAt: previous?.notesUpdatedAt ?? null,
    tags: previous?.tags ?? [],
    highlights: previous?.highlights ?? [],
  };
}
