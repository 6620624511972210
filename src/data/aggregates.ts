import type { Feature } from 'geojson';
import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';
import type { Rect } from './fgb/types';
import { type AggregateLevel, cityViewChoice, finestLevel, levelRead, type ManifestAggregates } from './read-plan';
import { dataClient } from './worker/data-client';

/**
 * Grid counts of big layers at low zoom (the build writes them: scripts/lib/aggregates.ts). Below the layer's
 * stream zoom the map draws these cells instead of features, so a country view reads a few hundred KB of counts,
 * never a million features; from the stream zoom (city view, 9) the layer store streams the features in view.
 * Small levels are read whole once and kept; bigger ones are read by bbox like the features.
 */

export interface AggregateLoad {
  status: 'idle' | 'loading' | 'ready' | 'error';
  level: AggregateLevel | null;
  facetKey: string | null;
  facetValues: string[];
  /** cell-centre points with `count` and `n_<facet value>` */
  cells: Feature[];
  error?: string;
}

const idle = (): AggregateLoad => ({ status: 'idle', level: null, facetKey: null, facetValues: [], cells: [] });

export const useAggregateStore = create<Record<LayerId, AggregateLoad>>()(
  () => Object.fromEntries(LAYER_IDS.map((id) => [id, idle()])) as Record<LayerId, AggregateLoad>,
);

/** Layers of the current manifest that have aggregates (set by the layer store), so the map mounts only those. */
const useAggregateLayerStore = create<{ layers: readonly LayerId[] }>()(() => ({ layers: [] }));
export const setAggregateLayers = (layers: readonly LayerId[]): void => useAggregateLayerStore.setState({ layers });
export const useAggregateLayers = (): readonly LayerId[] => useAggregateLayerStore((s) => s.layers);

const setAgg = (layer: LayerId, patch: Partial<AggregateLoad>) =>
  useAggregateStore.setState((s) => ({ [layer]: { ...s[layer], ...patch } }));

/** The layer's cells of `level` are on screen (the loading state before them had cleared any error). */
const showCells = (layer: LayerId, agg: ManifestAggregates, level: AggregateLevel, cells: Feature[]) =>
  setAgg(layer, {
    status: 'ready',
    level,
    facetKey: agg.facetKey,
    facetValues: agg.facetValues,
    cells,
    error: undefined,
  });

const controllers = new Map<LayerId, AbortController>();
const wholeLevels = new Map<string, Promise<Feature[]>>();

function readLevel(base: string, level: AggregateLevel, rect: Rect, signal: AbortSignal): Promise<Feature[]> {
  const read = levelRead(base, level, rect);
  if (read.rect) return dataClient().readAggregates(read.url, read.rect, signal);
  let whole = wholeLevels.get(read.url);
  if (!whole) {
    // not tied to this view's signal: the next view wants the same file
    whole = dataClient().readAggregates(read.url, null);
    wholeLevels.set(read.url, whole);
    whole.catch(() => wholeLevels.delete(read.url));
  }
  return whole;
}

export type ShowResult = { ok: true } | { ok: false; error: string } | null;

/**
 * Reads the cells of `level` around the view and shows them. Resolves null when a newer view (or hideAggregates)
 * superseded this one; the previous cells stay on the map until the new ones arrive, so panning does not flash.
 */
export async function showAggregates(
  layer: LayerId,
  agg: ManifestAggregates,
  level: AggregateLevel,
  base: string,
  rect: Rect,
): Promise<ShowResult> {
  controllers.get(layer)?.abort();
  const ctl = new AbortController();
  controllers.set(layer, ctl);
  setAgg(layer, { status: 'loading', error: undefined });
  try {
    const cells = await readLevel(base, level, rect, ctl.signal);
    if (ctl.signal.aborted) return null;
    showCells(layer, agg, level, cells);
    return { ok: true };
  } catch (e) {
    if (ctl.signal.aborted) return null;
    const error = `汇总数据加载失败：${e instanceof Error ? e.message : String(e)}`;
    setAgg(layer, { status: 'error', error, cells: [] });
    return { ok: false, error };
  } finally {
    if (controllers.get(layer) === ctl) controllers.delete(layer);
  }
}

/**
 * At city zoom, before streaming: reads the finest grid around the view (tens of KB) and decides. Too many
 * features in view → the cells are shown and 'aggregates' returned; otherwise the cells go and 'features' is
 * returned. null when a newer view superseded this one. If the grid cannot be read, streaming goes ahead.
 */
export async function cityViewMode(
  layer: LayerId,
  agg: ManifestAggregates,
  base: string,
  rect: Rect,
): Promise<'features' | 'aggregates' | null> {
  if (agg.levels.length === 0) return 'features';
  const level = finestLevel(agg);
  controllers.get(layer)?.abort();
  const ctl = new AbortController();
  controllers.set(layer, ctl);
  try {
    const cells = await readLevel(base, level, rect, ctl.signal);
    if (ctl.signal.aborted) return null;
    if (cityViewChoice(cells, level, rect) === 'features') {
      hideAggregates(layer);
      return 'features';
    }
    showCells(layer, agg, level, cells);
    return 'aggregates';
  } catch {
    if (ctl.signal.aborted) return null;
    hideAggregates(layer);
    return 'features';
  } finally {
    if (controllers.get(layer) === ctl) controllers.delete(layer);
  }
}

/** Back to features (zoomed in): drops the cells and stops a read in flight. */
export function hideAggregates(layer: LayerId): void {
  controllers.get(layer)?.abort();
  controllers.delete(layer);
  if (useAggregateStore.getState()[layer].status !== 'idle') setAgg(layer, idle());
}

/** Forgets everything (reloadData, a new dataset). */
export function resetAggregates(): void {
  for (const c of controllers.values()) c.abort();
  controllers.clear();
  wholeLevels.clear();
  setAggregateLayers([]);
  useAggregateStore.setState(Object.fromEntries(LAYER_IDS.map((id) => [id, idle()])) as Record<LayerId, AggregateLoad>);
}

export function useLayerAggregates(layer: LayerId): AggregateLoad {
  return useAggregateStore((s) => s[layer]);
}

export interface AggregateCounts {
  total: number;
  /** per facet value, in the manifest's facetValues order */
  byFacet: Record<string, number>;
}

/**
 * Totals of the loaded cells, for panels that show counts (at low zoom a big layer has no features to count).
 * With `rect` (the map's view) only cells whose centre lies inside it (edges included) are summed: a cell straddling
 * the view's edge counts whole or not at all, so the result approximates the features in view; it is exact when the
 * view's edges fall on cell edges. Without `rect`, every loaded cell: the padded view, or the whole level when the
 * level is small enough to be read whole (WHOLE_LEVEL_BYTES).
 */
export function aggregateCounts(load: AggregateLoad, rect: Rect | null = null): AggregateCounts {
  const byFacet: Record<string, number> = Object.fromEntries(load.facetValues.map((v) => [v, 0]));
  let total = 0;
  for (const c of load.cells) {
    if (rect) {
      const [x = Number.NaN, y = Number.NaN] = (c.geometry as { coordinates: number[] }).coordinates;
      if (!(x >= rect.minX && x <= rect.maxX && y >= rect.minY && y <= rect.maxY)) continue;
    }
    total += Number(c.properties?.count ?? 0);
    for (const v of load.facetValues) byFacet[v] = (byFacet[v] ?? 0) + Number(c.properties?.[`n_${v}`] ?? 0);
  }
  return { total, byFacet };
}

/** Whether the map draws this layer's grid cells now (below the stream zoom, or a crowded city view). */
export const aggregatesShown = (load: AggregateLoad): boolean =>
  load.level !== null && (load.status === 'ready' || load.status === 'loading');
