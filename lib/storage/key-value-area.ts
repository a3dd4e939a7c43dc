// The storage the digest store needs, and nothing more: the extension adapter implements it over WXT's
// storage API (browser.storage.local underneath); tests use the in-memory area. Keeping the store pure over
// this interface is what lets its logic (index, migrations, concurrency, quota) be tested in Node.

export interface KeyValueArea {
  /** Values of the given keys; missing keys are absent from the result. */
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Writes all given keys, or throws (quota exceeded, storage failure) and writes none that matter. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key in the area (used to rebuild the index from the records). */
  keys(): Promise<string[]>;
  /** Bytes used by the given keys (all when omitted); null when the browser cannot tell. */
  getBytesInUse(keys?: string[]): Promise<number | null>;
}

/**
 * Runs `fn` while no other writer of the same store runs. In the extension this is a Web Lock shared by the
 * popup, the library page and the service worker (same origin); in tests an in-process queue.
 */
export type StoreLock = <T>(fn: () => Promise<T>) => Promise<T>;

/** A lock that serialises the callers of one JS context, in call order. */
export function createQueueLock(): StoreLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
