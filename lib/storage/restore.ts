// Undo of a delete or of a refresh: what to write when putting a kept version back. The undo was offered for
// one state of the store (no record after a delete, the refreshed record after a refresh); when the record
// stored now is something else (the article saved again, a note typed, another refresh, a delete), that newer
// write wins and is never overwritten:
//   - undo of a delete, the article saved again since: the new record stays, and the deleted version's notes,
//     tags and highlights are merged into it (the import's merge: notes both kept, tags and highlights once);
//   - undo of a refresh, the record changed or deleted since: nothing is written. The refresh had carried the
//     earlier version's notes, tags and highlights over, so no work of the user's is lost; only the earlier
//     article text is not put back.
// The caller is told ('newer-kept') and says so to the user.
import type { Digest } from '../digest';
import { mergeDigest } from './digest-merge';
import { sameValue } from './index-check';

export type RestoreOutcome = 'restored' | 'newer-kept';

export interface RestorePlan {
  outcome: RestoreOutcome;
  /** The record to write, or null when nothing is written. */
  write: Digest | null;
}

/**
 * `kept`: the version to put back; `replaced`: what the undone change left stored (null after a delete);
 * `current`: the record of the same article stored now, read inside the store's lock (null when none).
 */
export function planRestore(kept: Digest, replaced: Digest | null, current: Digest | null): RestorePlan {
  const unchanged = replaced === null ? current === null : current !== null && sameValue(current, replaced);
  if (unchanged) return { outcome: 'restored', write: current ? { ...kept, id: current.id } : kept };
  if (replaced !== null || current === null) return { outcome: 'newer-kept', write: null };
  const merged = mergeDigest(current, { ...kept, id: current.id, urlKey: current.urlKey });
  return { outcome: 'newer-kept', write: merged === current ? null : merged };
}
