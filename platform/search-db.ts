// The kept search index's database (lib/search/kept/db.ts) over IndexedDB: one object store per kind of record,
// out-of-line keys, the segment index on `terms` and `pos`. A batch of reads is one read-only transaction, a
// batch of writes one read-write transaction with relaxed durability (the index is derived from storage.local
// and rebuilt from it when lost). Every extension context opens the same database (same origin).
import {
  SEGMENT_INDEX,
  STORES,
  type DbKey,
  type ReadOp,
  type SearchDb,
  type StoreName,
  type WriteOp,
} from '../lib/search';

export const SEARCH_DB_NAME = 'tin-gon-search';
const VERSION = 1;

function failure(what: string, err: DOMException | Error | null | undefined): Error {
  return new Error(`search index database: ${what}${err ? `: ${err.name}: ${err.message}` : ''}`);
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(failure('a read failed', r.error));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(failure('a write failed', tx.error));
    tx.onabort = () => reject(failure('a write was refused', tx.error));
  });
}

const bound = ([lo, hi]: [DbKey, DbKey]) => IDBKeyRange.bound(lo, hi, false, true);

/** Opens (and on first use creates) the database; rejects with a clear error when IndexedDB cannot be used. */
export function openSearchDb(factory: IDBFactory = indexedDB, name = SEARCH_DB_NAME): Promise<SearchDb> {
  return new Promise((resolve, reject) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name, VERSION);
    } catch (err) {
      reject(failure('cannot be opened', err as Error));
      return;
    }
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const s of STORES) {
        if (db.objectStoreNames.contains(s)) continue;
        const store = db.createObjectStore(s);
        const index = SEGMENT_INDEX[s];
        if (index) store.createIndex(index, index);
      }
    };
    open.onerror = () => reject(failure('cannot be opened', open.error));
    open.onblocked = () => reject(failure('is held open by an older version of the extension', null));
    open.onsuccess = () => {
      const db = open.result;
      // A newer version of the extension upgrading the database: let it.
      db.onversionchange = () => db.close();
      resolve(idbSearchDb(db));
    };
  });
}

function idbSearchDb(db: IDBDatabase): SearchDb {
  return {
    async read(ops: ReadOp[]) {
      const names = [...new Set(ops.map((o) => o.store))];
      if (names.length === 0) return [];
      const tx = db.transaction(names, 'readonly');
      const results = ops.map((op): Promise<unknown[]> => {
        const store = tx.objectStore(op.store);
        if ('get' in op) return Promise.all(op.get.map((k) => request(store.get(k as IDBValidKey))));
        if ('keys' in op) return request(store.getAllKeys()) as Promise<unknown[]>;
        const source = op.index ? store.index(op.index) : store;
        return request(source.getAll(bound(op.range), op.limit));
      });
      return Promise.all(results);
    },
    async write(ops: WriteOp[]) {
      const names = [...new Set(ops.map((o) => o.store))] as StoreName[];
      if (names.length === 0) return;
      const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
      const finished = done(tx);
      try {
        for (const op of ops) {
          const store = tx.objectStore(op.store);
          if ('clear' in op) store.clear();
          else if ('delete' in op) for (const k of op.delete) store.delete(k as IDBValidKey);
          else for (const [k, v] of op.put) store.put(v, k as IDBValidKey);
        }
      } catch (err) {
        // A value IndexedDB cannot store (DataCloneError) or a bad key: nothing of the transaction lands.
        tx.abort();
        await finished.catch(() => undefined);
        throw failure('a value could not be written', err as Error);
      }
      await finished;
    },
  };
}
