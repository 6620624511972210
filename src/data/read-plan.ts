import type { Feature } from 'geojson';
import { degreeBox } from '../analysis/siting/degree-box';
import type { BBox } from '../state/store';
import type { Rect } from './fgb/types';
import type { ManifestLayer } from './manifest';

/**
 * What to read for a view, decided from the manifest alone: pure, so the layer store (main thread) and the data
 * worker's first-view start (worker/first-view.ts) take the same decisions and ask for the same byte ranges.
 */

/** A layer above this many features is read by the view's bounds through its R-tree, not whole… */
export const BBOX_THRESHOLD = 20_000;
/**
 * …or above this many bytes. The national 700 chemical parks are 445 KB of polygons: read whole, every park in the
 * country was decoded, copied to the page and tiled by MapLibre's worker for a city view showing a few of them
 * (bench:ab, 20 pairs: the first city view −102 ± 44 ms by bbox, docs/performance.md). A city's own files (the
 * sample's largest is 131 KB) stay whole: one request, and the list and the statistics see every feature.
 */
export const BBOX_BYTES_THRESHOLD = 256 * 1024;

/** Read by bounds (and, where the build wrote them, shown as grid counts below city zoom) rather than whole. */
export const isStreamed = (entry: ManifestLayer): boolean =>
  entry.featureCount > BBOX_THRESHOLD || (entry.bytes ?? 0) > BBOX_BYTES_THRESHOLD;

/** read a margin around the view so small pans do not trigger a new read */
export const BBOX_PAD = 0.25;

/**
 * …and never less than this, in metres: the widest default siting zone (化工园区 outer zone, 2,000 m, a project
 * default [U] in src/domain/siting/rule-table.ts; tests/data/read-plan.test.ts keeps the two equal). A site the
 * planner draws inside the view is then checked against every streamed feature close enough to matter, however far
 * in the map is zoomed; at city zoom a quarter of the view is wider anyway.
 */
export const MIN_PAD_M = 2_000;

export function padBBox(bounds: BBox, pad = BBOX_PAD): BBox {
  const [minX, minY, maxX, maxY] = bounds;
  const dx = (maxX - minX) * pad;
  const dy = (maxY - minY) * pad;
  const [ax, ay, bx, by] = degreeBox(bounds, MIN_PAD_M);
  return [
    Math.min(minX - dx, ax),
    Math.max(-90, Math.min(minY - dy, ay)),
    Math.max(maxX + dx, bx),
    Math.min(90, Math.max(maxY + dy, by)),
  ];
}

export const rectOf = ([minX, minY, maxX, maxY]: BBox): Rect => ({ minX, minY, maxX, maxY });

/** `inner` lies inside `outer` (edges inclusive): a view inside the area read needs no new read. */
export const bboxContains = (outer: BBox, inner: BBox): boolean =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

export type ManifestAggregates = NonNullable<ManifestLayer['aggregates']>;
export type AggregateLevel = ManifestAggregates['levels'][number];

/** Levels at most this big are read whole once (a whole-country view needs all of them anyway). */
export const WHOLE_LEVEL_BYTES = 512 * 1024;

/** Zoom from which features stream instead: the top of the highest level (9 for the national build). */
export function streamMinZoom(agg: ManifestAggregates): number {
  return agg.levels.reduce((z, l) => Math.max(z, l.maxZoom), Number.NEGATIVE_INFINITY);
}

/**
 * The level to draw at `zoom`, or null when features should stream. Below every level's minZoom the coarsest
 * level stands in (a zoom the build did not plan for still shows counts rather than a million features).
 */
export function aggregateLevelFor(agg: ManifestAggregates, zoom: number): AggregateLevel | null {
  if (agg.levels.length === 0 || zoom >= streamMinZoom(agg)) return null;
  const hit = agg.levels.find((l) => l.minZoom <= zoom && zoom < l.maxZoom);
  if (hit) return hit;
  return agg.levels.reduce((a, b) => (b.cellDeg > a.cellDeg ? b : a));
}

/**
 * Most features a layer streams for one view. A city view of the national build holds a few thousand (岳阳: ~3,400
 * hazard sources, 2.5 MB); the centre of Shanghai holds ten times that, which would mean ~40 MB and seconds of
 * decoding. Above this the finest grid stays on screen until the user zooms further in.
 */
export const MAX_STREAMED_FEATURES = 10_000;

export const finestLevel = (agg: ManifestAggregates): AggregateLevel =>
  agg.levels.reduce((a, b) => (b.cellDeg < a.cellDeg ? b : a));

/** Features in the cells whose square overlaps `rect`: an upper bound of what a bbox read of `rect` returns. */
export function featuresInRect(cells: readonly Feature[], cellDeg: number, rect: Rect): number {
  const h = cellDeg / 2;
  let n = 0;
  for (const c of cells) {
    const [x = 0, y = 0] = (c.geometry as { coordinates: number[] }).coordinates;
    if (x + h >= rect.minX && x - h <= rect.maxX && y + h >= rect.minY && y - h <= rect.maxY) {
      n += Number(c.properties?.count ?? 0);
    }
  }
  return n;
}

/** At city zoom, from the finest grid's cells around the view: stream the features, or keep the grid on screen. */
export const cityViewChoice = (
  cells: readonly Feature[],
  level: AggregateLevel,
  rect: Rect,
): 'features' | 'aggregates' =>
  featuresInRect(cells, level.cellDeg, rect) <= MAX_STREAMED_FEATURES ? 'features' : 'aggregates';

/** How a grid level is read: a small one whole (once, for every view; rect null), a bigger one by the view. */
export const levelRead = (base: string, level: AggregateLevel, rect: Rect): { url: string; rect: Rect | null } => ({
  url: base + level.file,
  rect: (level.bytes ?? Number.POSITIVE_INFINITY) > WHOLE_LEVEL_BYTES ? rect : null,
});
