import type { Feature } from 'geojson';
import { useEffect } from 'react';
import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';
import { type BBox, useAppStore } from '../state/store';
import { readFgbBytes, readFgbUrl } from './fgb/read-fgb';
import { type Manifest, parseManifest } from './manifest';
import { type InvalidFeature, validateFeatures } from './validate-features';

/**
 * All data loading of the app (architecture.md Contract 4): `manifest.json`, then each layer's `.fgb`, validated
 * feature by feature. Small layers are read whole; a layer above BBOX_THRESHOLD features is read by the map's
 * bounds through the FlatGeobuf R-tree as the view moves (debounced, the previous read aborted).
 * Loading starts when a hook first mounts, so importing this module makes no request.
 */
export const BBOX_THRESHOLD = 20_000;
const BBOX_DEBOUNCE_MS = 250;
/** read a margin around the view so small pans do not trigger a new read */
const BBOX_PAD = 0.25;

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

const setLayer = (layer: LayerId, patch: Partial<LayerLoad>) =>
  useDataStore.setState((s) => ({ layers: { ...s.layers, [layer]: { ...s.layers[layer], ...patch } } }));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `${BASE_URL}data/` (overridable for tests and the public build). */
let dataBase = `${import.meta.env.BASE_URL ?? '/'}data/`;
export function setDataBase(base: string): void {
  dataBase = base.endsWith('/') ? base : `${base}/`;
}

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
  return res.text();
}

async function loadWhole(layer: LayerId, file: string, signal: AbortSignal): Promise<void> {
  const url = dataBase + file;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
  // Vite's dev server answers a missing file with index.html (200): say so instead of "Not a FlatGeobuf file".
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`${url}：文件不存在`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const { valid, invalid, reasons } = validateFeatures(layer, readFgbBytes(bytes));
  if (signal.aborted) return;
  setLayer(layer, { status: 'ready', features: valid, invalid, invalidList: reasons, mode: 'whole' });
}

// ---------- bbox streaming for big layers ----------

const bboxControllers = new Map<LayerId, AbortController>();
let bboxLayers: { layer: LayerId; file: string }[] = [];
let bboxTimer: ReturnType<typeof setTimeout> | undefined;
let unsubscribeBounds: (() => void) | undefined;

export function padBBox([minX, minY, maxX, maxY]: BBox, pad = BBOX_PAD): BBox {
  const dx = (maxX - minX) * pad;
  const dy = (maxY - minY) * pad;
  return [minX - dx, Math.max(-90, minY - dy), maxX + dx, Math.min(90, maxY + dy)];
}

async function loadBBox(layer: LayerId, file: string, bounds: BBox): Promise<void> {
  bboxControllers.get(layer)?.abort();
  const ctl = new AbortController();
  bboxControllers.set(layer, ctl);
  const [minX, minY, maxX, maxY] = padBBox(bounds);
  setLayer(layer, { status: 'loading', mode: 'bbox' });
  try {
    const read: Feature[] = [];
    for await (const f of readFgbUrl(dataBase + file, { minX, minY, maxX, maxY }, { signal: ctl.signal })) read.push(f);
    if (ctl.signal.aborted) return;
    const { valid, invalid, reasons } = validateFeatures(layer, read);
    setLayer(layer, { status: 'ready', features: valid, invalid, invalidList: reasons, mode: 'bbox' });
  } catch (e) {
    if (ctl.signal.aborted) return; // superseded by a newer view: not an error
    setLayer(layer, { status: 'error', error: message(e), mode: 'bbox' });
  }
}

function scheduleBBoxReads(bounds: BBox | null): void {
  if (!bounds || bboxLayers.length === 0) return;
  clearTimeout(bboxTimer);
  bboxTimer = setTimeout(() => {
    for (const { layer, file } of bboxLayers) void loadBBox(layer, file, bounds);
  }, BBOX_DEBOUNCE_MS);
}

// ---------- orchestration ----------

let run: AbortController | null = null;

/** Loads the manifest and every layer. Idempotent: a second call while loaded does nothing (use reloadData). */
export function loadData(): void {
  if (run) return;
  const ctl = new AbortController();
  run = ctl;
  void (async () => {
    let manifest: Manifest;
    try {
      manifest = parseManifest(await fetchText(`${dataBase}manifest.json`, ctl.signal));
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
    await Promise.all(
      LAYER_IDS.map(async (layer) => {
        const entry = manifest.layers[layer];
        if (!entry) {
          setLayer(layer, { status: 'error', error: `数据清单中没有图层 ${layer}` });
          return;
        }
        if (entry.featureCount > BBOX_THRESHOLD) {
          bboxLayers.push({ layer, file: entry.file });
          setLayer(layer, { mode: 'bbox' });
          return;
        }
        try {
          await loadWhole(layer, entry.file, ctl.signal);
        } catch (e) {
          if (!ctl.signal.aborted) setLayer(layer, { status: 'error', error: message(e) });
        }
      }),
    );
    if (bboxLayers.length > 0 && !ctl.signal.aborted) {
      unsubscribeBounds?.();
      unsubscribeBounds = useAppStore.subscribe((s, prev) => {
        if (s.bounds !== prev.bounds) scheduleBBoxReads(s.bounds);
      });
      scheduleBBoxReads(useAppStore.getState().bounds);
    }
  })();
}

/** Drops everything loaded and starts again (the 重试 button of the error states). */
export function reloadData(): void {
  run?.abort();
  run = null;
  for (const c of bboxControllers.values()) c.abort();
  bboxControllers.clear();
  clearTimeout(bboxTimer);
  unsubscribeBounds?.();
  unsubscribeBounds = undefined;
  bboxLayers = [];
  useDataStore.setState(initial());
  loadData();
}

export function useManifest(): ManifestLoad {
  useEffect(loadData, []);
  return useDataStore((s) => s.manifest);
}

export function useLayerFeatures(layer: LayerId): LayerLoad {
  useEffect(loadData, []);
  return useDataStore((s) => s.layers[layer]);
}

/** Every layer settled (ready or error): the map uses it for `window.__riskatlas.ready`. */
export const allSettled = (s: DataState): boolean => LAYER_IDS.every((id) => s.layers[id].status !== 'loading');
