// A KeyValueArea that fails the way browser storage can, for the fault tests and the bench:
//   quota  — the write is refused whole, with Chromium's "QUOTA_BYTES quota exceeded" Error or Firefox's
//            DOMException-like QuotaExceededError (a real byte quota can be set too);
//   fail   — the write throws (I/O error, storage backend gone) and nothing lands;
//   crash  — the service worker stops during the write: ONLY SOME KEYS of the set land, then every later
//            call of this context fails until `revive()` (the worker's next start, a new store object).
//            Chromium applies one storage.local.set as one LevelDB write batch and Firefox as one IndexedDB
//            transaction, but the API does not promise it, so this models the worst case: any subset, each
//            key whole (a single key's value is never torn by either backend; torn values are a separate
//            test in corrupt-records.test.ts);
//   slow   — every call waits a random time, so writers from two store objects interleave.
// Which write gets which fault is decided by `plan`, so a test can aim at the n-th write of an operation.
import type { KeyValueArea } from '../../lib/storage';
import { createMemoryArea } from '../../lib/storage';

export type FaultKind = 'quota' | 'fail' | 'crash';

export interface WriteCall {
  op: 'set' | 'remove';
  keys: string[];
  /** Writes since the area was created (0-based). */
  n: number;
}

export interface FaultyAreaOptions {
  /** Decides the fault of each write (set or remove); undefined = the write succeeds. */
  plan?: (call: WriteCall) => FaultKind | undefined;
  /** Random source for crash subsets, error styles and delays (seeded in tests). */
  rand?: () => number;
  /** Total byte quota of the underlying area (real quota errors). */
  quotaBytes?: number;
  /** Upper bound of the random delay of every call, in ms (0: none). */
  maxDelayMs?: number;
}

export class WorkerStoppedError extends Error {
  constructor() {
    super('Extension context invalidated (service worker stopped)');
    this.name = 'WorkerStoppedError';
  }
}

export interface FaultyArea extends KeyValueArea {
  /** The stored values, as JSON text per key (shared with every revived handle). */
  data: Map<string, string>;
  injected: Record<FaultKind, number>;
  /** Writes that ran (whatever their outcome). */
  writes: number;
  /** True after a crash until revive(). */
  dead: boolean;
  /** The worker starts again: calls work again (open a NEW store over the area, as the extension would). */
  revive(): void;
  plan: FaultyAreaOptions['plan'];
}

function quotaError(rand: () => number): Error {
  if (rand() < 0.5) return new Error('QUOTA_BYTES quota exceeded'); // Chromium's chrome.runtime.lastError text
  const e = new Error('The quota has been exceeded.'); // Firefox: DOMException QuotaExceededError
  e.name = 'QuotaExceededError';
  return e;
}

export function createFaultyArea(options: FaultyAreaOptions = {}): FaultyArea {
  const rand = options.rand ?? Math.random;
  const inner = createMemoryArea({ quotaBytes: options.quotaBytes });
  const pause = async () => {
    if (options.maxDelayMs) await new Promise((r) => setTimeout(r, rand() * options.maxDelayMs!));
  };
  const alive = () => {
    if (area.dead) throw new WorkerStoppedError();
  };
  const fault = (op: WriteCall['op'], keys: string[]) => {
    let kind = area.plan?.({ op, keys, n: area.writes });
    if (op === 'remove' && kind === 'quota') kind = undefined; // removing never runs into the quota
    area.writes++;
    if (kind) area.injected[kind]++;
    return kind;
  };
  /** A random subset of the keys, possibly none or all but one. */
  const someOf = (keys: string[]) => keys.filter(() => rand() < 0.5);

  const area: FaultyArea = {
    data: inner.data,
    injected: { quota: 0, fail: 0, crash: 0 },
    writes: 0,
    dead: false,
    plan: options.plan,
    revive() {
      area.dead = false;
    },
    async get(keys) {
      await pause();
      alive();
      return inner.get(keys);
    },
    async keys() {
      await pause();
      alive();
      return inner.keys();
    },
    async getBytesInUse(keys) {
      alive();
      return inner.getBytesInUse(keys);
    },
    async set(items) {
      await pause();
      alive();
      const kind = fault('set', Object.keys(items));
      if (kind === 'quota') throw quotaError(rand);
      if (kind === 'fail')
        throw new Error('IO error: .../Local Extension Settings/000123.ldb: No space left on device');
      if (kind === 'crash') {
        const landed = someOf(Object.keys(items));
        await inner.set(Object.fromEntries(landed.map((k) => [k, items[k]])));
        area.dead = true;
        throw new WorkerStoppedError();
      }
      await inner.set(items);
    },
    async remove(keys) {
      await pause();
      alive();
      const kind = fault('remove', keys);
      if (kind === 'fail') throw new Error('IO error: remove failed');
      if (kind === 'crash') {
        await inner.remove(someOf(keys));
        area.dead = true;
        throw new WorkerStoppedError();
      }
      await inner.remove(keys);
    },
  };
  return area;
}
