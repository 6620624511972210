import type { Feature, Point } from 'geojson';
import { layerAggregates } from '../../scripts/lib/aggregates';
import type { BuiltFeature } from '../../scripts/lib/process-layer';
import type { AggregateLoad } from '../../src/data/aggregates';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { nationalFeatures, type Rect } from './fixture';

/**
 * Grid cells as the app holds them (src/data/aggregates.ts AggregateLoad): national-style hazard sources counted
 * by the data build's own scripts/lib/aggregates.ts, written to FlatGeobuf and read back, one load per level.
 */
export function hazardAggregates(count: number, seed: number): { features: BuiltFeature[]; loads: AggregateLoad[] } {
  const features = nationalFeatures('hazard-sources', count, seed);
  const built = layerAggregates('hazard-sources', features);
  if (!built) throw new Error('too few features for aggregates');
  const loads = built.entry.levels.map(
    (level): AggregateLoad => ({
      status: 'ready',
      level,
      facetKey: built.entry.facetKey,
      facetValues: built.entry.facetValues,
      cells: readFgbBytes(built.files.get(level.file) as Uint8Array),
    }),
  );
  return { features, loads };
}

/**
 * The in-view grid totals from the definition, by brute force over the cells: a cell is in view when its centre
 * ((ix + ½)·size, (iy + ½)·size), computed from its `cell` index rather than read from its geometry, lies inside
 * `rect`, edges included.
 */
export function bruteForceGridCounts(load: AggregateLoad, rect: Rect) {
  const size = load.level?.cellDeg ?? Number.NaN;
  const byFacet: Record<string, number> = Object.fromEntries(load.facetValues.map((v) => [v, 0]));
  let total = 0;
  for (const c of load.cells) {
    const [ix = Number.NaN, iy = Number.NaN] = String(c.properties?.cell).split(',').map(Number);
    const x = (ix + 0.5) * size;
    const y = (iy + 0.5) * size;
    if (x < rect.minX || x > rect.maxX || y < rect.minY || y > rect.maxY) continue;
    total += Number(c.properties?.count);
    for (const v of load.facetValues) byFacet[v] = (byFacet[v] ?? 0) + Number(c.properties?.[`n_${v}`]);
  }
  return { total, byFacet };
}

/** Features per risk level whose point lies in [minX, maxX) × [minY, maxY): the cells' own half-open rule. */
export function bruteForceFeatureCounts(features: readonly Feature[], rect: Rect, values: readonly string[]) {
  const byFacet: Record<string, number> = Object.fromEntries(values.map((v) => [v, 0]));
  let total = 0;
  for (const f of features) {
    const [x = Number.NaN, y = Number.NaN] = (f.geometry as Point).coordinates;
    if (x < rect.minX || x >= rect.maxX || y < rect.minY || y >= rect.maxY) continue;
    total++;
    const v = String(f.properties?.riskLevel);
    if (v in byFacet) byFacet[v] = (byFacet[v] ?? 0) + 1;
  }
  return { total, byFacet };
}
