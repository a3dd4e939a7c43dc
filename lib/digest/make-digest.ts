// Builds the stored Digest from one extraction. A refresh of an already saved article keeps what the user
// added (notes, tags, highlights) and the first save time. The one place a Digest is built from an article: the
// popup's preview and every save use it.
import type { Article } from '../article';
import { capSpans, type Entities } from '../entities';
import { digestIdFor } from './digest-id';
import { DIGEST_SCHEMA_VERSION, type Digest } from './types';
import { urlKeyOf } from './url-keys';

export { urlKeyOf };

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
    // Mentions stay a count; only the first spans of each entity are kept (a record stays bounded).
    entities: capSpans(entities),
    notes: previous?.notes ?? '',
    notesUpdatedAt: previous?.notesUpdatedAt ?? null,
    tags: previous?.tags ?? [],
    highlights: previous?.highlights ?? [],
  };
}
