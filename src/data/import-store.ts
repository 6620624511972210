import type { Feature, Geometry } from 'geojson';
import { useEffect } from 'react';
import { create } from 'zustand';
import { LAYERS, SCHEMA_VERSION } from '../domain';
import { isLayerId, type LayerId } from '../domain/layer-ids';
import {
  type DatasetData,
  type DatasetDb,
  type DatasetMeta,
  indexedDbDatasets,
  memoryDatasets,
} from './import/dataset-db';
import { validateFeatures } from './validate-features';

/**
 * Imported datasets (the import panel, src/panels/import): kept in IndexedDB between visits, never uploaded.
 * A dataset of a built-in layer joins that layer through useLayerFeatures (layer-store.ts calls withImported), so
 * imported schools are protected targets everywhere: list, card, 周边 counts, siting and command analyses.
 * Its features carry `__imported: true` and `__dataset: <id>` (app-side only; exports strip `__` keys).
 * Generic datasets are drawn by src/map/imported-layers.tsx.
 */
export interface ImportedDataset extends DatasetMeta {
  features: Feature<Geometry>[];
  rejectedFile: DatasetData['rejectedFile'];
  /** features dropped on load because the layer's schema changed since the import */
  invalidOnLoad: number;
}

export interface GenericSelection {
  datasetId: string;
  index: number;
}

interface ImportState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  datasets: ImportedDataset[];
  selected: GenericSelection | null;
}

export const useImportStore = create<ImportState>()(() => ({ status: 'idle', datasets: [], selected: null }));

let db: DatasetDb | null = null;
const database = (): DatasetDb => {
  db ??= typeof indexedDB === 'undefined' ? memoryDatasets() : indexedDbDatasets();
  return db;
};

/** Tests swap in memoryDatasets(); also resets the store. */
export function setDatasetDb(next: DatasetDb): void {
  db = next;
  loading = null;
  useImportStore.setState({ status: 'idle', datasets: [], selected: null, error: undefined });
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Marks features of a built-in layer as imported (a property, so it survives copies and reaches map styles). */
const markImported = (id: string, features: Feature<Geometry>[]): Feature<Geometry>[] =>
  features.map((f) => ({ ...f, properties: { ...f.properties, __imported: true, __dataset: id } }));

/** Re-checks a stored known-layer dataset with today's schema: a newer app must not draw stale properties. */
function revalidate(
  meta: DatasetMeta,
  features: Feature<Geometry>[],
): { features: Feature<Geometry>[]; invalid: number } {
  if (meta.target === 'generic') return { features, invalid: 0 };
  if (!isLayerId(meta.target) || !(meta.target in LAYERS)) return { features: [], invalid: features.length };
  const { valid, invalid } = validateFeatures(meta.target, features);
  return { features: markImported(meta.id, valid as Feature<Geometry>[]), invalid };
}

let loading: Promise<void> | null = null;

/** Reads the stored datasets once per page (idempotent). */
export function loadImported(): Promise<void> {
  loading ??= (async () => {
    useImportStore.setState({ status: 'loading' });
    try {
      const stored = await database().all();
      const datasets = stored.map(({ meta, data }) => {
        const { features, invalid } = revalidate(meta, data.features);
        return { ...meta, features, rejectedFile: data.rejectedFile, invalidOnLoad: invalid };
      });
      // Datasets added while the read was in flight stay.
      useImportStore.setState((s) => ({
        status: 'ready',
        datasets: [...datasets, ...s.datasets.filter((d) => !datasets.some((x) => x.id === d.id))],
      }));
    } catch (e) {
      useImportStore.setState({ status: 'error', error: message(e) });
    }
  })();
  return loading;
}

export const newDatasetId = (): string =>
  `imp-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;

export interface NewDataset {
  meta: Omit<DatasetMeta, 'id' | 'createdAt' | 'schemaVersion' | 'visible' | 'styleField' | 'hidden'> &
    Partial<Pick<DatasetMeta, 'styleField'>>;
  features: Feature<Geometry>[];
  rejectedFile: DatasetData['rejectedFile'];
}

/** Adds an import: shown at once, then written to IndexedDB. Resolves with the id; a failed write rejects. */
export async function addDataset(input: NewDataset): Promise<string> {
  const id = newDatasetId();
  const meta: DatasetMeta = {
    ...input.meta,
    id,
    createdAt: new Date().toISOString(),
    schemaVersion: SCHEMA_VERSION,
    visible: true,
    styleField: input.meta.styleField ?? null,
    hidden: [],
  };
  const features = input.meta.target === 'generic' ? input.features : markImported(id, input.features);
  useImportStore.setState((s) => ({
    datasets: [...s.datasets, { ...meta, features, rejectedFile: input.rejectedFile, invalidOnLoad: 0 }],
  }));
  // Stored unmarked: the marks are added again on load, from the record's own id.
  await database().put(meta, { id, features: input.features, rejectedFile: input.rejectedFile });
  return id;
}

export async function removeDataset(id: string): Promise<void> {
  // Delete from IndexedDB first: once the list no longer shows it, a reload must not bring it back.
  await database().remove(id);
  useImportStore.setState((s) => ({
    datasets: s.datasets.filter((d) => d.id !== id),
    selected: s.selected?.datasetId === id ? null : s.selected,
  }));
}

type Presentation = Partial<Pick<DatasetMeta, 'name' | 'visible' | 'styleField' | 'hidden'>>;

/** Restyle, rename, show/hide or filter a dataset; only the small meta record is rewritten. */
export async function updateDataset(id: string, patch: Presentation): Promise<void> {
  let meta: DatasetMeta | null = null;
  useImportStore.setState((s) => ({
    datasets: s.datasets.map((d) => {
      if (d.id !== id) return d;
      const next = { ...d, ...patch };
      const { features: _f, rejectedFile: _r, invalidOnLoad: _i, ...rest } = next;
      meta = rest;
      return next;
    }),
  }));
  if (meta) await database().put(meta);
}

export function selectImported(sel: GenericSelection | null): void {
  useImportStore.setState({ selected: sel });
}

// ---------- the merge into built-in layers ----------

const EMPTY: Feature[] = [];
const cache = new WeakMap<ImportedDataset[], Map<LayerId, Feature[]>>();

/** Imported features of one built-in layer (stable array per datasets list, so selectors do not churn). */
export function importedFeaturesOf(datasets: ImportedDataset[], layer: LayerId): Feature[] {
  let byLayer = cache.get(datasets);
  if (!byLayer) {
    byLayer = new Map();
    cache.set(datasets, byLayer);
  }
  let out = byLayer.get(layer);
  if (!out) {
    const own = datasets.filter((d) => d.target === layer);
    out = own.length === 0 ? EMPTY : own.flatMap((d) => d.features);
    byLayer.set(layer, out);
  }
  return out;
}

/** The imported features of `layer`; starts reading IndexedDB on first use. */
export function useImportedFeatures(layer: LayerId): Feature[] {
  useEffect(() => {
    void loadImported();
  }, []);
  return useImportStore((s) => importedFeaturesOf(s.datasets, layer));
}

/** A layer load with the imported features appended (the same object when there are none). */
export function withImported<L extends { features: Feature[] }>(load: L, imported: Feature[]): L {
  return imported.length === 0 ? load : { ...load, features: [...load.features, ...imported] };
}

export const isImportedFeature = (f: Feature | null | undefined): boolean => f?.properties?.__imported === true;
