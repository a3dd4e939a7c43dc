// Every stored digest, read in chunks: the store's API reads one record at a time, which is too slow for a
// 10,000-digest library. Reads the store's own keys and applies its migrations, so records look exactly as
// getDigest would return them.
import type { Digest } from '../../lib/digest/types';
import { RECORD_PREFIX } from '../../lib/storage/digest-store';
import type { KeyValueArea } from '../../lib/storage/key-value-area';
import { checkRecord, type ReadProblem } from '../../lib/storage/record-check';

const CHUNK = 500;

/** Unreadable records (damaged in place) are skipped and, when `problems` is given, reported there. */
export async function loadAllDigests(area: KeyValueArea, ids: readonly string[], problems: ReadProblem[] = []): Promise<Digest[]> {
  const out: Digest[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const keys = ids.slice(i, i + CHUNK).map((id) => RECORD_PREFIX + id);
    const got = await area.get(keys);
    for (const k of keys) {
      if (!(k in got)) continue;
      const checked = checkRecord(k, got[k]);
      if (checked.ok) out.push(checked.digest);
      else problems.push(checked.problem);
    }
  }
  return out;
}
