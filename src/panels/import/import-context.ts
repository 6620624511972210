import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type BBox, landIndex } from '../../data/import/location-warnings';
import { importedFeaturesOf, useImportStore } from '../../data/import-store';
import { useDataStore } from '../../data/layer-store';
import type { LayerId } from '../../domain/layer-ids';
import { useAppStore } from '../../state/store';

// What an import needs from the rest of the app, read when needed (not subscribed): use-import-session.ts.

/** Extent of the loaded built-in data (manifest), the "expected region" of the location check. */
export function dataBbox(): BBox | null {
  const layers = useDataStore.getState().manifest.manifest?.layers ?? {};
  let b: BBox | null = null;
  for (const l of Object.values(layers)) {
    const x = l?.bbox;
    if (!x) continue;
    b = b ? [Math.min(b[0], x[0]), Math.min(b[1], x[1]), Math.max(b[2], x[2]), Math.max(b[3], x[3])] : [...x];
  }
  return b;
}

export const nearLon = () => {
  const b = dataBbox();
  return b ? (b[0] + b[2]) / 2 : useAppStore.getState().view.lon;
};

/** Ids already in a built-in layer (loaded + imported): a clash is a row error, as within one ledger. */
export function existingIds(layer: LayerId): string[] {
  const loaded = (useDataStore.getState().layers[layer]?.features ?? []) as Feature[];
  const imported = importedFeaturesOf(useImportStore.getState().datasets, layer);
  return [...loaded, ...imported].map((f) => String(f.properties?.id ?? '')).filter(Boolean);
}

let landPromise: Promise<ReturnType<typeof landIndex> | null> | null = null;
/** The basemap's land polygons (already served for the map): the "in the sea" check. Null if unavailable. */
export function loadLand() {
  landPromise ??= fetch(`${import.meta.env.BASE_URL ?? '/'}basemap/land.geojson`)
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
    .then((fc) => (fc ? landIndex(fc.features) : null))
    .catch(() => null);
  return landPromise;
}

export const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/** The property names of imported generic features, for the dataset's field list. */
export function fieldsOf(features: readonly Feature<Geometry>[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) seen.add(k);
  return [...seen];
}
