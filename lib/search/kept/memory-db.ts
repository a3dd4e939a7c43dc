// The kept search index's database in memory: the same key order, the same all-or-nothing writes and values
// copied in and out (structured clone, as IndexedDB does), so the index behaves the same over it. Used by the
// tests, by Node, and by a browser where IndexedDB cannot be opened (the index is then rebuilt per page).
import {
  compareKeys,
  SEGMENT_INDEX,
  STORES,
  type DbKey,
  type ReadOp,
  type SearchDb,
  type StoreName,
  type WriteOp,
} from './db';

interface Row {
  key: DbKey;
  value: unknown;
}

export interface MemorySearchDb extends SearchDb {
  /** Rows per store (for tests that look inside). */
  size(store: StoreName): number;
  /** When set, the next write throws this error and changes nothing. */
  failNextWrite: Error | null;
}

const keyText = (k: DbKey) => JSON.stringify(k);

export function createMemorySearchDb(): MemorySearchDb {
  const stores = new Map<StoreName, Map<string, Row>>(STORES.map((s) => [s, new Map()]));
  const sorted = new Map<StoreName, Row[]>();
  const rows = (store: StoreName): Row[] => {
    let list = sorted.get(store);
    if (!list) {
      list = [...stores.get(store)!.values()].sort((a, b) => compareKeys(a.key, b.key));
      sorted.set(store, list);
    }
    return list;
  };
  const inRange = (k: DbKey, [lo, hi]: [DbKey, DbKey]) => compareKeys(k, lo) >= 0 && compareKeys(k, hi) < 0;
  const db: MemorySearchDb = {
    failNextWrite: null,
    size: (store) => stores.get(store)!.size,
    async read(ops: ReadOp[]) {
      return ops.map((op) => {
        if ('get' in op) return op.get.map((k) => structuredClone(stores.get(op.store)!.get(keyText(k))?.value));
        if ('keys' in op) return rows(op.store).map((r) => structuredClone(r.key));
        if (op.index) {
          const field = SEGMENT_INDEX[op.store];
          if (!field) throw new Error(`no index on ${op.store}`);
          return rows(op.store)
            .filter((r) => inRange((r.value as Record<string, DbKey>)[field]!, op.range))
            .sort(
              (a, b) =>
                compareKeys((a.value as Record<string, DbKey>)[field]!, (b.value as Record<string, DbKey>)[field]!) ||
                compareKeys(a.key, b.key),
            )
            .map((r) => structuredClone(r.value));
        }
        return rows(op.store)
          .filter((r) => inRange(r.key, op.range))
          .slice(0, op.limit ?? Infinity)
          .map((r) => structuredClone(r.value));
      });
    },
    async write(ops: WriteOp[]) {
      if (db.failNextWrite) {
        const err = db.failNextWrite;
        db.failNextWrite = null;
        throw err;
      }
      // Staged on copies first: a value that cannot be cloned fails the whole write.
      const staged = ops.map((op) =>
        'put' in op ? { ...op, put: op.put.map(([k, v]) => [k, structuredClone(v)] as [DbKey, unknown]) } : op,
      );
      for (const op of staged) {
        const store = stores.get(op.store)!;
        sorted.delete(op.store);
        if ('clear' in op) store.clear();
        else if ('delete' in op) for (const k of op.delete) store.delete(keyText(k));
        else for (const [k, v] of op.put) store.set(keyText(k), { key: structuredClone(k), value: v });
      }
    },
  };
  return db;
}
