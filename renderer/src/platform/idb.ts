import i18next from '../i18n';

/** A tiny promise wrapper over one IndexedDB object store used as a key-value table. */
const DB_NAME = 'capamap';
const STORE = 'kv';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error(i18next.t('storage.missing')));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(i18next.t('storage.unavailable')));
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
      tx.onerror = () => reject(tx.error ?? new Error(i18next.t('storage.refused')));
      tx.onabort = () => reject(tx.error ?? new Error(i18next.t('storage.full')));
    });
  } finally {
    db.close();
  }
}

/** Several changes in one transaction: all of them are stored, or none. */
export async function idbBatch(changes: readonly ({ put: string; value: unknown } | { delete: string })[]): Promise<void> {
  const db = await openDb();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      for (const change of changes) {
        if ('put' in change) store.put(change.value, change.put);
        else store.delete(change.delete);
      }
      tx.oncomplete = () => resolve();
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
