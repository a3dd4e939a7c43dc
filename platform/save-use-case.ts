// Saving a digest: the one use case behind the popup's save, the menu and shortcut saves and the fallback when
// no background answers. Pure over a DigestStore, so every route runs the same code and tests run it in Node.
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest';
import type { Entities } from '../lib/entities';
import type { DigestStore } from '../lib/storage';
import { StorageError, type StorageErrorCode } from '../lib/storage';

export interface SaveRequest {
  article: Article;
  entities: Entities;
  source: Digest['source'];
}

export type SaveAnswer =
  | { ok: true; digest: Digest; created: boolean; previous: Digest | null }
  /** `unanswered`: the background did not answer (it stopped mid-save): what landed must be read back. */
  | { ok: false; code: StorageErrorCode | 'unanswered'; detail: string };

/** Never throws: every failure is an answer the UI shows. */
export async function saveDigest(store: DigestStore, req: SaveRequest): Promise<SaveAnswer> {
  try {
    const r = await store.saveDigest(req.article, req.entities, req.source === 'selection' ? 'selection' : 'page');
    return { ok: true, digest: r.digest, created: r.created, previous: r.previous };
  } catch (err) {
    return { ok: false, code: err instanceof StorageError ? err.code : 'write-failed', detail: err instanceof Error ? err.message : String(err) };
  }
}
