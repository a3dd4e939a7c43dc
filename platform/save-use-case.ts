// Saving a digest: the one use case behind the popup's save, the menu and shortcut saves and the fallback when
// no background answers. Pure over a DigestStore, so every route runs the same code and tests run it in Node.
// With "keep images in the library" on, the caller passes how to read the digest's images in its tab: they are
// written with the record; when storage has no room for them, the record is saved without the new pictures
// and the answer says so. A refresh answers with the pictures it replaced, which its undo puts back.
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest';
import type { Entities } from '../lib/entities';
import type { ImageCapture } from '../lib/images';
import type { DigestStore, SaveResult } from '../lib/storage';
import { StorageError, type StorageErrorCode } from '../lib/storage';

export interface SaveRequest {
  article: Article;
  entities: Entities;
  source: Digest['source'];
  /** The tab the article was read from (its images are read there when the setting asks for it). */
  tabId?: number;
}

/** What became of the digest's images in this save (absent when the setting is off). */
export interface ImagesNote {
  /** Pictures read now and kept with the record. */
  kept: number;
  /** Images left as addresses (unreadable, over a cap, or no room). */
  skipped: number;
  /** Storage had no room for the pictures: the record was saved without them. */
  quota: boolean;
}

export type SaveAnswer =
  | {
      ok: true;
      digest: Digest;
      created: boolean;
      previous: Digest | null;
      images?: ImagesNote;
      /** What a refresh replaced of the kept images, for its undo (SaveResult.replacedImages); absent when nothing. */
      replacedImages?: ImageCapture;
    }
  /** `unanswered`: the background did not answer (it stopped mid-save): what landed must be read back. */
  | { ok: false; code: StorageErrorCode | 'unanswered'; detail: string };

/** Reads the digest's images in its tab, or null when the setting is off (platform/browser-adapter.ts). */
export type ImagesForSave = (article: Article) => Promise<ImageCapture | null>;

const failure = (err: unknown): SaveAnswer => ({
  ok: false,
  code: err instanceof StorageError ? err.code : 'write-failed',
  detail: err instanceof Error ? err.message : String(err),
});

const saved = (r: SaveResult): SaveAnswer & { ok: true } => ({
  ok: true,
  digest: r.digest,
  created: r.created,
  previous: r.previous,
  ...(r.replacedImages ? { replacedImages: r.replacedImages } : {}),
});

/** Never throws: every failure is an answer the UI shows. */
export async function saveDigest(store: DigestStore, req: SaveRequest, imagesFor?: ImagesForSave): Promise<SaveAnswer> {
  const source = req.source === 'selection' ? 'selection' : 'page';
  // Reading the images never stops a save: a tab that cannot be read any more leaves the record without them.
  const images = imagesFor
    ? await imagesFor(req.article).catch((): ImageCapture => ({ images: [], skipped: [] }))
    : null;
  try {
    const r = await store.saveDigest(req.article, req.entities, source, images);
    const note = images ? { kept: images.images.length, skipped: images.skipped.length, quota: false } : undefined;
    return { ...saved(r), ...(note ? { images: note } : {}) };
  } catch (err) {
    if (!(err instanceof StorageError && err.code === 'quota' && images?.images.length)) return failure(err);
  }
  // No room for the pictures: the record alone (the digest lists them as not kept, for lack of room).
  const without: ImageCapture = {
    images: [],
    skipped: [...images.skipped, ...images.images.map((i) => ({ src: i.src, reason: 'quota' as const }))],
  };
  try {
    const r = await store.saveDigest(req.article, req.entities, source, without);
    return { ...saved(r), images: { kept: 0, skipped: without.skipped.length, quota: true } };
  } catch (err) {
    return failure(err);
  }
}
