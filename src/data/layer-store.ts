import type { Feature } from 'geojson';
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { currentDataSource } from '../config/data-source';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';
import { type BBox, useAppStore } from '../state/store';
import { cityViewMode, hideAggregates, resetAggregates, setAggregateLayers, showAggregates } from './aggregates';
import { startFirstView } from './first-view-start';
import { useImportedFeatures, withImported } from './import-store';
import { type Manifest, parseManifest } from './manifest';
import { aggregateLevelFor, bboxContains, isStreamed, type ManifestAggregates, padBBox, rectOf } from './read-plan';
import type { InvalidFeature } from './validate-features';
import { dataClient } from './worker/data-client';

export { BBOX_BYTES_THRESHOLD, BBOX_THRESHOLD, padBBox } from './read-plan';

/**
 * All data loading of the app (architecture.md Contract 4): `manifest.json`, then each layer's `.fgb`, validated
 * feature by feature. Small layers are read whole; a layer above BBOX_THRESHOLD features is read by the map's
 * bounds through the FlatGeobuf R-tree as the view moves (debounced, the previous read aborted).
 * Loading starts when a hook first mounts, so importing this module makes no request.
 */
const BBOX_DEBOUNCE_MS = 250;
export type LoadStatus = 'loading' | 'ready' | 'error';

export interface LayerLoad {
  status: LoadStatus;
  features: Feature[];
  error?: string;
  /** features in the file that failed propsSchema (for bbox layers: in the area read last) */
  invalid: number;
  invalidList: InvalidFeature[];
  /** 'bbox' when only the features around the view are loaded */
  mode: 'whole' | 'bbox';
  /** the dataset has no such layer (e.g. the national build has no 隐患 or 行政区划): empty, not an error */
  absent?: boolean;
}

export interface ManifestLoad {
  status: LoadStatus;
  manifest: Manifest | null;
  error?: string;
}

interface DataState {
  manifest: ManifestLoad;
  layers: Record<LayerId, LayerLoad>;
}

const loading = (): LayerLoad => ({ status: 'loading', features: [], invalid: 0, invalidList: [], mode: 'whole' });
const initial = (): DataState => ({
  manifest: { status: 'loading', manifest: null },
  layers: Object.fromEntries(LAYER_IDS.map((id) => [id, loading()])) as Record<LayerId, LayerLoad>,
});

export const useDataStore = create<DataState>()(() => initial());

const setLayer = (layer: LayerId, patch: Partial<LayerLoad>) => {
  useDataStore.setState((s) => ({ layers: { ...s.layers, [layer]: { ...s.layers[layer], ...patch } } }));
  // a timeline mark per settled layer: the bench (scripts/bench) splits first-render time into data and drawing
  if (patch.status && patch.status !== 'loading') performance.mark(`riskatlas:${layer}:${patch.status}`);
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `${BASE_URL}data/` unless the data-source switch (src/config/data-source.ts) says otherwise; overridable for tests and the public build. */
let dataBase = currentDataSource().base;
export function setDataBase(base: string): void {
  dataBase = base.endsWith('/') ? base : `${base}/`;
}
/** The URL of a file the manifest names (a layer's search index, say), where the data are served from. */
export const dataFileUrl = (file: string): string => dataBase + file;

async function loadWhole(layer: LayerId, file: string, signal: AbortSignal): Promise<void> {
  // fetched, decoded and validated in the data worker (src/data/worker): the main thread only receives the result
  const { valid, invalid, reasons } = await dataClient().loadLayerUrl(layer, dataBase + file);
  if (signal.aborted) return;
  setLayer(layer, { status: 'ready', features: valid, invalid, invalidList: reasons, mode: 'whole' });
}

let stopFirstView: () => void = () => {};

// ---------- bbox streaming for big layers ----------

const bboxControllers = new Map<LayerId, AbortController>();
let bboxLayers: { layer: LayerId; file: string; aggregates?: ManifestAggregates }[] = [];
let bboxTimer: ReturnType<typeof setTimeout> | undefined;
let pendingFirst: object | null = null;
let unsubscribeBounds: (() => void) | undefined;

/** The padded area whose features are on screen, per layer: a view inside it needs no new read. */
const featuresCover = new Map<LayerId, BBox>();
const covered = (layer: LayerId, bounds: BBox): boolean => {
  const c = featuresCover.get(layer);
  return !!c && bboxContains(c, bounds);
};

async function loadBBox(layer: LayerId, file: string, bounds: BBox): Promise<void> {
  bboxControllers.get(layer)?.abort();
  const ctl = new AbortController();
  bboxControllers.set(layer, ctl);
  featuresCover.delete(layer);
  const padded = padBBox(bounds);
  setLayer(layer, { status: 'loading', mode: 'bbox' });
  try {
    // the same rect the worker's first-view start reads (first-view.ts), so that read is taken here
    const rect = rectOf(padded);
    // range requests, decoding and validation all happen in the data worker
    const { valid, invalid, reasons } = await dataClient().readLayerBBox(layer, dataBase + file, rect, ctl.signal);
    if (ctl.signal.aborted) return;
    featuresCover.set(layer, padded);
    setLayer(layer, { status: 'ready', features: valid, invalid, invalidList: reasons, mode: 'bbox' });
  } catch (e) {
    if (ctl.signal.aborted) return; // superseded by a newer view: not an error
    setLayer(layer, { status: 'error', error: message(e), mode: 'bbox' });
  }
}

function scheduleBBoxReads(bounds: BBox | null, delay = BBOX_DEBOUNCE_MS): void {
  if (!bounds || bboxLayers.length === 0) return;
  clearTimeout(bboxTimer);
  const read = () => {
    const zoom = useAppStore.getState().view.zoom;
    for (const { layer, file, aggregates } of bboxLayers) {
      // Below city zoom a big layer shows its pre-computed grid counts (src/data/aggregates.ts), not features.
      const level = aggregates ? aggregateLevelFor(aggregates, zoom) : null;
      // a small pan, or a zoom in, stays inside the area already read: nothing to fetch
      if (!level && covered(layer, bounds) && useDataStore.getState().layers[layer].status === 'ready') continue;
      if (aggregates && level) void loadAggregateView(layer, aggregates, level, bounds);
      else if (aggregates) void loadCityView(layer, file, aggregates, bounds);
      else {
        hideAggregates(layer);
        void loadBBox(layer, file, bounds);
      }
    }
  };
  // The first view is read at once (a microtask, so bounds set together still make one read): before the map's
  // long synchronous start, which runs in a later task, can hold the requests back.
  if (delay === 0) {
    const token = {};
    pendingFirst = token;
    queueMicrotask(() => {
      if (pendingFirst === token) read();
    });
  } else {
    pendingFirst = null;
    bboxTimer = setTimeout(read, delay);
  }
}

async function loadAggregateView(
  layer: LayerId,
  aggregates: ManifestAggregates,
  level: NonNullable<ReturnType<typeof aggregateLevelFor>>,
  bounds: BBox,
): Promise<void> {
  bboxControllers.get(layer)?.abort(); // features for the previous view are no longer wanted
  bboxControllers.delete(layer);
  featuresCover.delete(layer);
  setLayer(layer, { status: 'loading', features: [], invalid: 0, invalidList: [], mode: 'bbox' });
  void dataClient().clearLayer(layer);
  const shown = await showAggregates(layer, aggregates, level, dataBase, rectOf(padBBox(bounds)));
  if (!shown) return; // superseded by a newer view
  setLayer(layer, shown.ok ? { status: 'ready' } : { status: 'error', error: shown.error });
}

/** City zoom: stream the features in view, unless the grid says there are too many (then it stays on screen). */
async function loadCityView(layer: LayerId, file: string, aggregates: ManifestAggregates, bounds: BBox): Promise<void> {
  setLayer(layer, { status: 'loading', mode: 'bbox' });
  const mode = await cityViewMode(layer, aggregates, dataBase, rectOf(padBBox(bounds)));
  if (mode === null) return; // superseded by a newer view
  if (mode === 'features') return loadBBox(layer, file, bounds);
  bboxControllers.get(layer)?.abort();
  bboxControllers.delete(layer);
  featuresCover.delete(layer);
  setLayer(layer, { status: 'ready', features: [], invalid: 0, invalidList: [], mode: 'bbox' });
  void dataClient().clearLayer(layer);
}

// ---------- orchestration ----------

let run: AbortController | null = null;

/** Loads the manifest and every layer. Idempotent: a second call while loaded does nothing (use reloadData). */
export function loadData(): void {
  if (run) return;
  const ctl = new AbortController();
  run = ctl;
  // every layer is fetched and parsed in the data worker, which also reads the manifest
  dataClient().start();
  const manifestUrl = `${dataBase}manifest.json`;
  // asked first, so the worker's first-view start reads this request's manifest, not an earlier one
  const manifestText = dataClient().fetchText(manifestUrl);
  stopFirstView = startFirstView(manifestUrl, dataBase);
  void (async () => {
    let manifest: Manifest;
    try {
      manifest = parseManifest(await manifestText);
    } catch (e) {
      if (ctl.signal.aborted) return;
      const error = `数据清单加载失败：${message(e)}`;
      useDataStore.setState((s) => ({
        manifest: { status: 'error', manifest: null, error },
        layers: Object.fromEntries(
          LAYER_IDS.map((id) => [id, { ...s.layers[id], status: 'error' as const, error }]),
        ) as Record<LayerId, LayerLoad>,
      }));
      return;
    }
    if (ctl.signal.aborted) return;
    useDataStore.setState({ manifest: { status: 'ready', manifest } });
    bboxLayers = [];
    const whole: { layer: LayerId; file: string }[] = [];
    for (const layer of LAYER_IDS) {
      const entry = manifest.layers[layer];
      if (!entry) setLayer(layer, { status: 'ready', features: [], absent: true });
      else if (isStreamed(entry)) {
        bboxLayers.push({ layer, file: entry.file, aggregates: entry.aggregates });
        setLayer(layer, { mode: 'bbox' });
      } else whole.push({ layer, file: entry.file });
    }
    // The view's streamed layers start now, alongside the whole files (not after them: a 450 KB file of 700 park
    // polygons takes a second to parse on a slow machine, and the city view's hazards need not wait for it).
    setAggregateLayers(bboxLayers.filter((b) => b.aggregates).map((b) => b.layer));
    if (bboxLayers.length > 0) {
      unsubscribeBounds?.();
      unsubscribeBounds = useAppStore.subscribe((s, prev) => {
        // the map's first bounds (on load) are read at once, later moves after the debounce
        if (s.bounds !== prev.bounds) scheduleBBoxReads(s.bounds, prev.bounds === null ? 0 : BBOX_DEBOUNCE_MS);
      });
      // the first view is read at once: there is no earlier move to wait out
      scheduleBBoxReads(useAppStore.getState().bounds, 0);
    }
    await Promise.all(
      whole.map(async ({ layer, file }) => {
        try {
          await loadWhole(layer, file, ctl.signal);
        } catch (e) {
          if (!ctl.signal.aborted) setLayer(layer, { status: 'error', error: message(e) });
        }
      }),
    );
  })();
}

/** Drops everything loaded and starts again (the 重试 button of the error states). */
export function reloadData(): void {
  run?.abort();
  run = null;
  stopFirstView();
  for (const c of bboxControllers.values()) c.abort();
  bboxControllers.clear();
  clearTimeout(bboxTimer);
  pendingFirst = null;
  unsubscribeBounds?.();
  unsubscribeBounds = undefined;
  bboxLayers = [];
  featuresCover.clear();
  resetAggregates();
  useDataStore.setState(initial());
  loadData();
}

export function useManifest(): ManifestLoad {
  useEffect(loadData, []);
  return useDataStore((s) => s.manifest);
}

export function useLayerFeatures(layer: LayerId): LayerLoad {
  useEffect(loadData, []);
  const load = useDataStore((s) => s.layers[layer]);
  // Features the user imported into this layer (import-store.ts, marked `__imported`) count like built-in ones.
  const imported = useImportedFeatures(layer);
  return useMemo(() => withImported(load, imported), [load, imported]);
}

/**
 * Where a layer's file is and which area of it is loaded, for analyses that need features beyond the view
 * (features-around.ts): `cover` is the area whose features a streamed layer holds now (null while it shows grid
 * cells or is reading). Null before the manifest, or if the dataset has no such layer.
 */
export function layerSource(layer: LayerId): { url: string; cover: BBox | null } | null {
  const entry = useDataStore.getState().manifest.manifest?.layers[layer];
  return entry ? { url: dataBase + entry.file, cover: featuresCover.get(layer) ?? null } : null;
}

/** Every layer settled (ready or error): the map uses it for `window.__riskatlas.ready`. */
export const allSettled = (s: DataState): boolean => LAYER_IDS.every((id) => s.layers[id].status !== 'loading');
