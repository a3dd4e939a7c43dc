// An in-memory KeyValueArea with the same semantics as browser.storage.local (values are deep-copied
// through JSON, a set is all-or-nothing), plus an optional byte quota so tests can exercise a full store.
import type { KeyValueArea } from './key-value-area';

export interface MemoryAreaOptions {
  /** Total bytes allowed (JSON length of key + value, like Chromium's accounting); unlimited when omitted. */
  quotaBytes?: number;
  /** Called before every operation, so tests can add latency or interleave writers. */
  delay?: () => Promise<void>;
}

export class QuotaExceededError extends Error {
  constructor() {
    super('QUOTA_BYTES quota exceeded');
    this.name = 'QuotaExceededError';
  }
}

export function createMemoryArea(
  options: MemoryAreaOptions = {},
): KeyValueArea & { data: Map<string, string>; failNextSet: Error | null } {
  const data = new Map<string, string>();
  const size = (key: string, json: string) => key.length + json.length;
  const used = (m: Map<string, string>) => [...m].reduce((n, [k, v]) => n + size(k, v), 0);
  const wait = async () => {
    if (options.delay) await options.delay();
  };
  const area = {
    data,
    /** When set, the next set() throws this error (and writes nothing). */
    failNextSet: null as Error | null,
    async get(keys: string[]) {
      await wait();
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const v = data.get(k);
        if (v !== undefined) out[k] = JSON.parse(v);
      }
      return out;
    },
    async set(items: Record<string, unknown>) {
      await wait();
      if (area.failNextSet) {
        const err = area.failNextSet;
        area.failNextSet = null;
        throw err;
      }
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
      if (options.quotaBytes !== undefined && used(next) > options.quotaBytes) throw new QuotaExceededError();
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys: string[]) {
      await wait();
      for (const k of keys) data.delete(k);
    },
    async keys() {
      await wait();
      return [...data.keys()];
    },
    async getBytesInUse(keys?: string[]) {
      await wait();
      const entries = keys ? keys.map((k) => [k, data.get(k)] as const).filter(([, v]) => v !== undefined) : [...data];
      return entries.reduce((n, [k, v]) => n + size(k, v as string), 0);
    },
  };
  return area;
}
