// A few promises over IndexedDB, just what the offline page needs (no dependency for it):
// open a database, read one record or all of a store, and write in one transaction.

export type StoreSpec = { name: string; keyPath?: string };

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

export function openDatabase(
  name: string,
  version: number,
  stores: readonly StoreSpec[],
): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const store of stores) {
      if (!db.objectStoreNames.contains(store.name)) {
        db.createObjectStore(store.name, store.keyPath ? { keyPath: store.keyPath } : undefined);
      }
    }
  };
  return promised(request);
}

export async function readOne<T>(db: IDBDatabase, store: string, key: IDBValidKey): Promise<T | undefined> {
  return (await promised(db.transaction(store, 'readonly').objectStore(store).get(key))) as T | undefined;
}

export async function readAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return (await promised(db.transaction(store, 'readonly').objectStore(store).getAll())) as T[];
}

/** Runs the writes in one readwrite transaction: all are kept, or none. */
export function write(
  db: IDBDatabase,
  stores: string | string[],
  writes: (transaction: IDBTransaction) => void,
): Promise<void> {
  const transaction = db.transaction(stores, 'readwrite');
  const done = finished(transaction);
  writes(transaction);
  return done;
}
