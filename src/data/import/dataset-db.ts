import type { Feature, Geometry } from 'geojson';
import type { CrsId } from './crs';
import type { ImportFormat, ImportTarget } from './types';

/** Presentation and provenance of an imported dataset: small, rewritten whenever the user restyles it. */
export interface DatasetMeta {
  id: string;
  name: string;
  fileName: string;
  format: ImportFormat;
  target: ImportTarget;
  crs: CrsId;
  /** ISO time of the import */
  createdAt: string;
  /** domain SCHEMA_VERSION at import time */
  schemaVersion: number;
  /** generic layers: property names in file order */
  fields: string[];
  counts: { read: number; accepted: number; rejected: number };
  visible: boolean;
  styleField: string | null;
  /** class keys of the style field the user has hidden */
  hidden: string[];
}

/** The heavy part, written once per import. */
export interface DatasetData {
  id: string;
  features: Feature<Geometry>[];
  rejectedFile: { name: string; bytes: Uint8Array } | null;
}

export interface DatasetDb {
  all(): Promise<{ meta: DatasetMeta; data: DatasetData }[]>;
  put(meta: DatasetMeta, data?: DatasetData): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'riskatlas-import';
const DB_VERSION = 1;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Imported data kept in this browser's IndexedDB (two object stores: `meta` and `data`), so it survives a reload
 * and never leaves the machine. Plain IndexedDB: the API is small enough not to need a wrapper library.
 */
export function indexedDbDatasets(factory: IDBFactory = indexedDB, name = DB_NAME): DatasetDb {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(name, DB_VERSION);
      r.onupgradeneeded = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('data')) db.createObjectStore('data', { keyPath: 'id' });
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    return opened;
  };
  return {
    async all() {
      const db = await open();
      const tx = db.transaction(['meta', 'data'], 'readonly');
      const metas = (await request(tx.objectStore('meta').getAll())) as DatasetMeta[];
      const datas = (await request(tx.objectStore('data').getAll())) as DatasetData[];
      const byId = new Map(datas.map((d) => [d.id, d]));
      return metas
        .filter((m) => byId.has(m.id))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((meta) => ({ meta, data: byId.get(meta.id) as DatasetData }));
    },
    async put(meta, data) {
      const db = await open();
      const tx = db.transaction(['meta', 'data'], 'readwrite');
      tx.objectStore('meta').put(meta);
      if (data) tx.objectStore('data').put(data);
      await done(tx);
    },
    async remove(id) {
      const db = await open();
      const tx = db.transaction(['meta', 'data'], 'readwrite');
      tx.objectStore('meta').delete(id);
      tx.objectStore('data').delete(id);
      await done(tx);
    },
  };
}

/** In-memory twin for tests and for browsers where IndexedDB is unavailable (private modes): nothing persists. */
export function memoryDatasets(): DatasetDb {
  const metas = new Map<string, DatasetMeta>();
  const datas = new Map<string, DatasetData>();
  return {
    async all() {
      return [...metas.values()]
        .filter((m) => datas.has(m.id))
        .map((meta) => ({ meta: structuredClone(meta), data: datas.get(meta.id) as DatasetData }));
    },
    async put(meta, data) {
      metas.set(meta.id, structuredClone(meta));
      if (data) datas.set(data.id, data);
    },
    async remove(id) {
      metas.delete(id);
      datas.delete(id);
    },
  };
}
