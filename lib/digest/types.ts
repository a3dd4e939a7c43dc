// The stored digest. Versioned from the first version on: notes, tags and highlights live in the record
// from v1 so the library can fill them without a breaking migration.
import type { Article } from '../article';
import type { Entities } from '../entities';

export const DIGEST_SCHEMA_VERSION = 1;

export interface Highlight {
  id: string;
  /** The quoted text, as selected in the article. */
  quote: string;
  /** Where the quote sits in article.bodyText (start offset), and some context to re-anchor it. */
  start: number | null;
  prefix: string;
  suffix: string;
  /** The user's comment on the quote. */
  comment: string;
  createdAt: string;
}

export interface Digest {
  schemaVersion: number;
  /** Stable id derived from urlKey. */
  id: string;
  /** Canonical URL with tracking parameters removed: one digest per article. */
  urlKey: string;
  savedAt: string;
  updatedAt: string;
  /** 'page': the whole article; 'selection': the user's selected text. */
  source: 'page' | 'selection';
  article: Article;
  entities: Entities;
  /** Free-text notes, saved as the user types. */
  notes: string;
  notesUpdatedAt: string | null;
  tags: string[];
  highlights: Highlight[];
}

export type { Article };
