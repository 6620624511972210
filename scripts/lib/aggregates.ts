import type { Feature, Geometry, Position } from 'geojson';
import { representativePoint } from '../../src/analysis/representative-point';
import { writeFgb } from '../../src/data/fgb/write-fgb';
import {
  type ColumnSpec,
  FIRE_STATION_STATUSES,
  type LayerId,
  RISK_LAYER_IDS,
  RISK_LEVELS,
  TARGET_CLASSES,
} from '../../src/domain';
import { sha256Hex } from './sha256';

/**
 * Pre-computed grid counts for big layers (the national dataset): at low zoom the app draws these instead of
 * streaming a country's worth of features. Each level is an indexed FlatGeobuf of cell-centre points, so the app
 * reads only the cells in view by bbox, exactly like the features themselves.
 *
 * A feature belongs to the cell holding its representative point (the point itself; a polygon's centroid, as
 * src/analysis/representative-point.ts defines it), cell (ix, iy) = floor(lon / size), floor(lat / size).
 * Sizes are powers of two in degrees, so the division is exact and a brute-force recount gives the same cells.
 */
export interface AggregateLevel {
  /** cell edge, degrees */
  cellDeg: number;
  /** the app draws this level for minZoom ≤ zoom < maxZoom */
  minZoom: number;
  maxZoom: number;
}

/**
 * Zoom bands keep a cell 11–45 px wide on screen (cell px = cellDeg / 360 · 256 · 2^zoom): big enough to read its
 * count, small enough to show where the points are. Features stream from zoom 9 (city view) up.
 */
export const AGGREGATE_LEVELS: readonly AggregateLevel[] = [
  { cellDeg: 1, minZoom: 0, maxZoom: 6 },
  { cellDeg: 0.25, minZoom: 6, maxZoom: 8 },
  { cellDeg: 0.0625, minZoom: 8, maxZoom: 9 },
];

/**
 * Layers with fewer features get no aggregates: the app reads them whole. Well below the app's whole-file limit,
 * so any layer the app might stream by bbox has them; the 岳阳 sample (hundreds of rows) has none.
 */
export const AGGREGATE_MIN_FEATURES = 5_000;

/** The property each layer is filtered and coloured by in the app (src/theme FACETS), with its values. */
export function facetOf(layer: LayerId): { key: string; values: readonly string[] } | null {
  if ((RISK_LAYER_IDS as readonly string[]).includes(layer)) return { key: 'riskLevel', values: RISK_LEVELS };
  if (layer === 'fire-stations') return { key: 'status', values: FIRE_STATION_STATUSES };
  if (layer === 'protected-targets') return { key: 'targetClass', values: TARGET_CLASSES };
  return null;
}

/** Column of the count of one facet value (MapLibre reads it with `["get", "n_red"]`). */
export const facetColumn = (value: string): string => `n_${value}`;

export interface Cell {
  ix: number;
  iy: number;
  count: number;
  /** count per facet value, in `facetOf(layer).values` order */
  byFacet: number[];
}

export const cellKey = (ix: number, iy: number): string => `${ix},${iy}`;

/** Cell index of a position at a cell size. */
export function cellOf([lon = Number.NaN, lat = Number.NaN]: Position, cellDeg: number): [number, number] {
  return [Math.floor(lon / cellDeg), Math.floor(lat / cellDeg)];
}

/** Counts features per cell; cells sorted by (iy, ix) so the output is deterministic. */
export function countCells(
  features: readonly Feature<Geometry | null>[],
  cellDeg: number,
  facet: { key: string; values: readonly string[] } | null,
): Cell[] {
  const cells = new Map<string, Cell>();
  const valueIndex = new Map((facet?.values ?? []).map((v, i) => [v, i]));
  for (const f of features) {
    const p = representativePoint(f);
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    const [ix, iy] = cellOf(p, cellDeg);
    const key = cellKey(ix, iy);
    let c = cells.get(key);
    if (!c) {
      c = { ix, iy, count: 0, byFacet: (facet?.values ?? []).map(() => 0) };
      cells.set(key, c);
    }
    c.count++;
    const vi = facet ? valueIndex.get(String(f.properties?.[facet.key])) : undefined;
    if (vi !== undefined) c.byFacet[vi] = (c.byFacet[vi] ?? 0) + 1;
  }
  return [...cells.values()].sort((a, b) => a.iy - b.iy || a.ix - b.ix);
}

/** The manifest's description of one written level (architecture.md Contract 3, `aggregates`). */
export interface ManifestAggregate extends AggregateLevel {
  file: string;
  cells: number;
  bytes: number;
  sha256: string;
}

export interface LayerAggregates {
  /** facet property counted per cell, null when only totals are kept */
  facetKey: string | null;
  facetValues: string[];
  levels: ManifestAggregate[];
}

const round = (x: number) => Number(x.toFixed(7));

/** One level as FlatGeobuf: a Point at each cell's centre with `cell`, `count` and an `n_<value>` per facet value. */
export function aggregateFgb(layer: LayerId, cells: readonly Cell[], cellDeg: number): Uint8Array {
  const facet = facetOf(layer);
  const columns: ColumnSpec[] = [
    { key: 'cell', type: 'string', nullable: false },
    { key: 'count', type: 'int', nullable: false },
    ...(facet?.values ?? []).map((v) => ({ key: facetColumn(v), type: 'int' as const, nullable: false })),
  ];
  const features = cells.map((c) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [round((c.ix + 0.5) * cellDeg), round((c.iy + 0.5) * cellDeg)] },
    properties: {
      cell: cellKey(c.ix, c.iy),
      count: c.count,
      ...Object.fromEntries((facet?.values ?? []).map((v, i) => [facetColumn(v), c.byFacet[i] ?? 0])),
    },
  }));
  return writeFgb(features, {
    columns,
    geometryType: 'Point',
    name: `${layer} aggregates ${cellDeg}°`,
    description: `cell counts, ${cellDeg}° grid`,
  });
}

export const aggregateFile = (layer: LayerId, cellDeg: number): string => `${layer}.agg-${cellDeg}.fgb`;

/**
 * Every aggregate level of one layer: the files to write and the manifest entry, or null for a layer too small to
 * need them.
 */
export function layerAggregates(
  layer: LayerId,
  features: readonly Feature<Geometry | null>[],
): { files: Map<string, Uint8Array>; entry: LayerAggregates } | null {
  if (features.length < AGGREGATE_MIN_FEATURES) return null;
  const facet = facetOf(layer);
  const files = new Map<string, Uint8Array>();
  const levels: ManifestAggregate[] = [];
  for (const level of AGGREGATE_LEVELS) {
    const cells = countCells(features, level.cellDeg, facet);
    const bytes = aggregateFgb(layer, cells, level.cellDeg);
    const file = aggregateFile(layer, level.cellDeg);
    files.set(file, bytes);
    levels.push({ ...level, file, cells: cells.length, bytes: bytes.byteLength, sha256: sha256Hex(bytes) });
  }
  return { files, entry: { facetKey: facet?.key ?? null, facetValues: [...(facet?.values ?? [])], levels } };
}
