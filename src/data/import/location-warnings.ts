import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { type CrsId, isGeographic } from './crs';
import { type CoordinateSample, suggestCrsFromValues } from './crs-detect';
import { anchorOf } from './geometry-check';

export type BBox = [number, number, number, number];

/** China, 南海诸岛 included (standards.md §10 outline, rounded outward). */
export const CHINA_BBOX: BBox = [73.4, 3.3, 135.1, 53.6];
/** public/basemap/land.geojson covers this box (scripts/gen-basemap.ts BOX); outside it "sea" cannot be judged. */
const LAND_BOX: BBox = [68, 0, 142, 56];
/** Farther than this from the loaded data is worth a question. */
export const FAR_KM = 300;

export type WarningKind = 'projected-values' | 'degree-values' | 'swap' | 'outside-china' | 'far' | 'sea';

export interface LocationWarning {
  kind: WarningKind;
  /** how many of the checked points show the problem, out of `total` */
  n: number;
  total: number;
  /** 'far': distance of the median point from the loaded data, km */
  km?: number;
  /** a one-click fix the panel can apply */
  fix?: { swap?: boolean; crs?: CrsId };
}

const inBox = (p: Position, b: BBox) =>
  (p[0] as number) >= b[0] && (p[0] as number) <= b[2] && (p[1] as number) >= b[1] && (p[1] as number) <= b[3];

interface LandPart {
  bbox: BBox;
  polygon: Polygon;
}

/** Land polygons with their boxes, built once from the basemap's land.geojson. */
export function landIndex(features: readonly Feature<Geometry | null>[]): LandPart[] {
  const parts: LandPart[] = [];
  const add = (rings: Position[][]) => {
    const outer = rings[0] ?? [];
    const xs = outer.map((p) => p[0] as number);
    const ys = outer.map((p) => p[1] as number);
    parts.push({
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      polygon: { type: 'Polygon', coordinates: rings },
    });
  };
  for (const f of features) {
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (g?.type === 'Polygon') add(g.coordinates);
    else if (g?.type === 'MultiPolygon') for (const p of g.coordinates) add(p);
  }
  return parts;
}

const onLand = (p: Position, land: readonly LandPart[]) =>
  land.some((l) => inBox(p, l.bbox) && booleanPointInPolygon(p, l.polygon));

/** km from a point to a box (0 inside), haversine on a 6371 km sphere: a warning threshold needs no more. */
export function kmToBox(p: Position, b: BBox): number {
  const lon = Math.min(Math.max(p[0] as number, b[0]), b[2]);
  const lat = Math.min(Math.max(p[1] as number, b[1]), b[3]);
  const r = Math.PI / 180;
  const dLat = (lat - (p[1] as number)) * r;
  const dLon = (lon - (p[0] as number)) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((p[1] as number) * r) * Math.cos(lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T);
}

export interface WarningInput {
  crs: CrsId;
  /** raw numbers of the mapped coordinate columns (empty when the file's geometry is used) */
  sample: CoordinateSample;
  /** accepted features, WGS84 */
  features: readonly Feature<Geometry | null>[];
  /** extent of the data already loaded (the region the user works on), null if none */
  dataBbox: BBox | null;
  land: readonly LandPart[] | null;
  nearLon: number;
}

/**
 * Where the imported points landed, and what probably went wrong: coordinates in the wrong columns (lat/lon or
 * surveyors' X/Y swapped), metres read as degrees or the reverse, points outside China, far from the loaded data,
 * or in the sea. Each warning suggests a fix. A GCJ-02/BD-09 offset (a few hundred metres) cannot be seen this way
 * at all; the panel says so next to the CRS choice instead of guessing.
 */
export function locationWarnings(input: WarningInput): LocationWarning[] {
  const out: LocationWarning[] = [];
  const { xs, ys } = input.sample;
  const total = xs.length;
  if (total > 0) {
    const suggestion = suggestCrsFromValues(input.sample, input.nearLon);
    if (isGeographic(input.crs)) {
      const notDegrees = xs.filter((x, i) => Math.abs(x) > 180 || Math.abs(ys[i] as number) > 90).length;
      if (notDegrees >= total / 2 && suggestion && !isGeographic(suggestion.crs)) {
        out.push({
          kind: 'projected-values',
          n: notDegrees,
          total,
          fix: { crs: suggestion.crs, swap: suggestion.swap },
        });
      } else {
        const swapped = xs.filter((x, i) => {
          const y = ys[i] as number;
          return !inBox([x, y], CHINA_BBOX) && inBox([y, x], CHINA_BBOX);
        }).length;
        if (swapped >= total / 2) out.push({ kind: 'swap', n: swapped, total, fix: { swap: true } });
      }
    } else if (suggestion && isGeographic(suggestion.crs)) {
      out.push({ kind: 'degree-values', n: total, total, fix: { crs: suggestion.crs, swap: suggestion.swap } });
    } else if (suggestion?.swap) {
      out.push({ kind: 'swap', n: total, total, fix: { swap: true } });
    }
  }

  const anchors = spread(
    input.features.map((f) => anchorOf(f.geometry)).filter((p): p is Position => p !== null),
    2000,
  );
  if (anchors.length === 0) return out;
  const outside = anchors.filter((p) => !inBox(p, CHINA_BBOX)).length;
  if (outside >= anchors.length / 2 && !out.some((w) => w.kind === 'swap')) {
    out.push({ kind: 'outside-china', n: outside, total: anchors.length });
  }
  if (input.dataBbox && outside < anchors.length / 2) {
    const d = anchors.map((p) => kmToBox(p, input.dataBbox as BBox)).sort((a, b) => a - b);
    const median = d[Math.floor(d.length / 2)] as number;
    const far = d.filter((x) => x > FAR_KM).length;
    if (median > FAR_KM) out.push({ kind: 'far', n: far, total: anchors.length, km: Math.round(median) });
  }
  if (input.land && input.land.length > 0) {
    const judged = anchors.filter((p) => inBox(p, LAND_BOX));
    // The basemap's coast is 1:50m: one harbour point may fall offshore, so only a large share is reported.
    const wet = judged.filter((p) => !onLand(p, input.land as LandPart[])).length;
    if (judged.length > 0 && wet >= Math.max(1, judged.length * 0.3)) {
      out.push({ kind: 'sea', n: wet, total: judged.length });
    }
  }
  return out;
}
