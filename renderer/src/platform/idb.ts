/** A tiny promise wrapper over one IndexedDB object store used as a key-value table. */
const DB_NAME = 'capamap';
const STORE = 'kv';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('This browser offers no local storage (IndexedDB).'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('Local storage (IndexedDB) is unavailable in this browser window.'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      // Strict durability: the write is on disk before we report it saved (autosave must survive a power cut).
      const tx = db.transaction(STORE, mode, { durability: 'strict' });
      const request = run(tx.objectStore(STORE));
      // Resolve on commit, not on request success: only then is the write durable.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('Local storage refused the change.'));
      tx.onabort = () => reject(tx.error ?? new Error('Local storage is full or unavailable.'));
    });
  } finally {
    db.close();
  }
}

export const idbGet = <T>(key: string) => withStore<T | undefined>('readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
export const idbSet = (key: string, value: unknown) => withStore('readwrite', (s) => s.put(value, key));
export const idbDelete = (key: string) => withStore('readwrite', (s) => s.delete(key));
export const idbKeys = () => withStore('readonly', (s) => s.getAllKeys());
