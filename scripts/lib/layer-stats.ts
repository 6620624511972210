import type { Position } from 'geojson';
import { gradeField, type LayerId, RISK_LAYER_IDS, RISK_LEVELS } from '../../src/domain';
import type { BuiltFeature } from './process-layer';

export type Bbox = [number, number, number, number];

function eachPosition(f: BuiltFeature, visit: (p: Position) => void): void {
  const g = f.geometry;
  if (g.type === 'Point') visit(g.coordinates);
  else if (g.type === 'Polygon') for (const ring of g.coordinates) ring.forEach(visit);
  else for (const poly of g.coordinates) for (const ring of poly) ring.forEach(visit);
}

/** [minLon, minLat, maxLon, maxLat] of the features, null when there are none. */
export function bboxOf(features: readonly BuiltFeature[]): Bbox | null {
  if (features.length === 0) return null;
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    eachPosition(f, ([x = Number.NaN, y = Number.NaN]) => {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    });
  }
  return b;
}

function countBy(features: readonly BuiltFeature[], key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of features) {
    const v = f.properties[key];
    if (typeof v === 'string') out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

/** Counts per four-colour level; risk layers list all four (zeros included), the others none. */
export function byRiskLevel(layer: LayerId, features: readonly BuiltFeature[]): Record<string, number> {
  if (!(RISK_LAYER_IDS as readonly string[]).includes(layer)) return {};
  const counts = countBy(features, 'riskLevel');
  return Object.fromEntries(RISK_LEVELS.map((l) => [l, counts[l] ?? 0]));
}

/** Counts per the layer's own grade (一级…, 一等…, A–D, station type, GB 36894 class). */
export function byGrade(layer: LayerId, features: readonly BuiltFeature[]): Record<string, number> {
  return countBy(features, gradeField(layer));
}
