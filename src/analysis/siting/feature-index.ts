import type { Feature, Geometry } from 'geojson';
import KDBush from 'kdbush';
import { degreeBox } from './degree-box';
import { type BBox, type GeometryParts, geometryParts } from './geometry-parts';

export interface IndexedFeature {
  feature: Feature<Geometry>;
  parts: GeometryParts;
  props: Readonly<Record<string, unknown>>;
}

export interface FeatureIndex {
  items: readonly IndexedFeature[];
  /** features that had no usable geometry, skipped */
  skipped: number;
  /** indices into `items` of every feature that may lie within `radiusM` (geodesic) of `bbox`; a superset */
  search(bbox: BBox, radiusM: number): number[];
}

/**
 * Builds a kd-tree (kdbush) over the bbox centres of features, once, for repeated candidate searches. A search
 * expands the query bbox by a conservative degree radius (./degree-box.ts) and by the largest half-size of any
 * indexed bbox (so polygon/line features are found by their centre), then the caller filters exactly.
 *
 * @example buildFeatureIndex(hazards).search([113, 29, 113, 29], 2000) // [4, 17]
 */
export function buildFeatureIndex(features: readonly Feature[]): FeatureIndex {
  const items: IndexedFeature[] = [];
  let skipped = 0;
  for (const f of features) {
    if (!f.geometry) {
      skipped++;
      continue;
    }
    try {
      items.push({ feature: f as Feature<Geometry>, parts: geometryParts(f.geometry), props: f.properties ?? {} });
    } catch {
      skipped++;
    }
  }
  const kd = new KDBush(Math.max(1, items.length));
  let halfW = 0;
  let halfH = 0;
  for (const it of items) {
    const [x0, y0, x1, y1] = it.parts.bbox;
    kd.add((x0 + x1) / 2, (y0 + y1) / 2);
    halfW = Math.max(halfW, (x1 - x0) / 2);
    halfH = Math.max(halfH, (y1 - y0) / 2);
  }
  if (items.length === 0) kd.add(0, 0); // kdbush needs ≥ 1 point; index 0 is never returned below
  kd.finish();
  return {
    items,
    skipped,
    search(bbox, radiusM) {
      if (items.length === 0) return [];
      const [x0, y0, x1, y1] = degreeBox(bbox, radiusM);
      return kd.range(x0 - halfW, y0 - halfH, x1 + halfW, y1 + halfH);
    },
  };
}
