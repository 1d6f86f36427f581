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

let connection: Promise<IDBDatabase> | null = null;

/**
 * The database, opened once and kept open: opening it for every read and
 * write (each autosave) cost the page's thread more than the write itself.
 * It is let go when another page upgrades or deletes it, or the browser
 * closes it, and opened again by the next use.
 */
function database(): Promise<IDBDatabase> {
  connection ??= openDb().then(
    (db) => {
      db.onversionchange = () => {
        db.close();
        connection = null;
      };
      db.onclose = () => {
        connection = null;
      };
      return db;
    },
    (error: unknown) => {
      connection = null;
      throw error;
    },
  );
  return connection;
}

/** A transaction on the store; a connection closed meanwhile is opened again, once. */
async function transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
  // Strict durability: the write is on disk before we report it saved (autosave must survive a power cut).
  try {
    return (await database()).transaction(STORE, mode, { durability: 'strict' });
  } catch {
    connection = null;
    return (await database()).transaction(STORE, mode, { durability: 'strict' });
  }
}

/** Resolves when the transaction is committed (only then is a write durable), with what the request gave. */
function committed<T>(tx: IDBTransaction, result: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    tx.oncomplete = () => resolve(result());
    tx.onerror = () => reject(tx.error ?? new Error(i18next.t('storage.refused')));
    tx.onabort = () => reject(tx.error ?? new Error(i18next.t('storage.full')));
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = await transaction(mode);
  const request = run(tx.objectStore(STORE));
  return committed(tx, () => request.result);
}

/** Several changes in one transaction: all of them are stored, or none. */
export async function idbBatch(changes: readonly ({ put: string; value: unknown } | { delete: string })[]): Promise<void> {
  const tx = await transaction('readwrite');
  const store = tx.objectStore(STORE);
  for (const change of changes) {
    if ('put' in change) store.put(change.value, change.put);
    else store.delete(change.delete);
  }
  return committed(tx, () => undefined);
}

export const idbGet = <T>(key: string) => withStore<T | undefined>('readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
export const idbSet = (key: string, value: unknown) => withStore('readwrite', (s) => s.put(value, key));
export const idbDelete = (key: string) => withStore('readwrite', (s) => s.delete(key));
export const idbKeys = () => withStore('readonly', (s) => s.getAllKeys());
