// The popup's save goes through the background: the popup sends the extracted article, the service worker
// writes it and answers. Closing the popup (or the popup's window) right after the digest appears no longer
// loses the save: the worker finishes the write whatever happens to the popup. Pure functions here, so the
// popup tests and the background share the exact code that answers.
import type { Article } from '../lib/article/types';
import type { Digest } from '../lib/digest/types';
import type { Entities } from '../lib/entities/types';
import type { DigestStore } from '../lib/storage/digest-store';
import { StorageError, type StorageErrorCode } from '../lib/storage/errors';

export const SAVE_MESSAGE = 'tin-gon/save-digest';

export interface SaveRequest {
  type: typeof SAVE_MESSAGE;
  article: Article;
  entities: Entities;
  source: Digest['source'];
}

export type SaveAnswer =
  | { ok: true; digest: Digest; created: boolean; previous: Digest | null }
  /** `unanswered`: the background did not answer (it stopped mid-save): what landed must be read back. */
  | { ok: false; code: StorageErrorCode | 'unanswered'; detail: string };

export function isSaveRequest(msg: unknown): msg is SaveRequest {
  const m = msg as Partial<SaveRequest> | null;
  return !!m && m.type === SAVE_MESSAGE && typeof m.article === 'object' && m.article !== null && typeof m.entities === 'object';
}

/** The background's answer to a save request. Never throws: every failure is an answer the popup shows. */
export async function answerSave(store: DigestStore, req: SaveRequest): Promise<SaveAnswer> {
  try {
    const r = await store.saveDigest(req.article, req.entities, req.source === 'selection' ? 'selection' : 'page');
    return { ok: true, digest: r.digest, created: r.created, previous: r.previous };
  } catch (err) {
    return { ok: false, code: err instanceof StorageError ? err.code : 'write-failed', detail: err instanceof Error ? err.message : String(err) };
  }
}
