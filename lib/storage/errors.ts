// Why a write failed, in terms the UI can translate. Nothing already saved is changed when one is thrown.

export type StorageErrorCode = 'quota' | 'write-failed' | 'newer-schema' | 'not-found';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/**
 * An import written in chunks that stopped part way: the chunks before the failed one are stored (`written`),
 * the rest are not (`notWritten` digests). The same file imported again completes it without duplicates.
 */
export class PartialImportError extends StorageError {
  constructor(
    cause: StorageError,
    readonly written: { added: number; merged: number; unchanged: number },
    readonly notWritten: number,
  ) {
    super(cause.code, `${cause.message} (import stopped: ${notWritten} digests not written)`, { cause });
    this.name = 'PartialImportError';
  }
}

/** Chromium: "QUOTA_BYTES quota exceeded" (156: "Resource::kQuotaBytes quota exceeded"); Firefox: QuotaExceededError / "NS_ERROR_DOM_QUOTA_REACHED". */
export function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota|NS_ERROR_DOM_QUOTA_REACHED|storage is full/i.test(text);
}

/** Wraps a failed area write as a StorageError with the right code. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  return isQuotaError(err)
    ? new StorageError('quota', 'The extension storage is full.', { cause: err })
    : new StorageError('write-failed', `Saving failed: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
}
