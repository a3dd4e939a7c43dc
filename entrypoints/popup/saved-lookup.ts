// The lookup of a digest already saved for the tab's address, for the popup's first script: it starts with the
// extraction instead of waiting for the app's code (in a bench run of the seed pages, that made it finish
// before the extraction, which it no longer holds back).
import type { Digest } from '../../lib/digest/types';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createSharedLock, createWxtLocalArea } from '../../platform/storage-area';

/** Its own store object over the same storage and lock as the app's (the background has a third). */
export function savedDigestOf(url: string): Promise<Digest | null> {
  return createDigestStore(createWxtLocalArea(), { lock: createSharedLock() }).getByUrl(url);
}
