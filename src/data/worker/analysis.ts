import type { Feature, Geometry, Position } from 'geojson';
import { type NearestStation, nearestFireStation } from '../../analysis/nearest-fire-station';
import { buildFeatureIndex, checkSiting, type FeatureIndex } from '../../analysis/siting';
import type { SitingInput } from '../../analysis/siting/check-siting';
import type { SitingReport } from '../../analysis/siting/types';
import { type RadiusCount, targetsWithinRadii } from '../../analysis/targets-within-radii';
import type { LayerId } from '../../domain/layer-ids';
import { buildPointIndex, kNearest, type PointIndex } from './k-nearest';

/**
 * Analysis over the features the data worker holds, in its own chunk: data-api.ts imports it on the first query,
 * so opening the map loads only the parser (geodesics and the siting rules come later, if ever).
 */
export interface NearestFeature {
  layer: LayerId;
  id: string;
  meters: number;
  feature: Feature;
}

/** Siting check against the hazard layers as loaded (in bbox mode: the area around the view). */
export type SitingQuery = Omit<SitingInput, 'hazards'>;

export const SITING_HAZARD_LAYERS = ['chemical-parks', 'hazard-sources', 'tailings-ponds'] as const;

export interface Analysis {
  kNearest(layer: LayerId, origin: Position, k: number): NearestFeature[];
  nearestFireStation(origin: Position): NearestStation | null;
  targetsWithinRadii(origin: Position, radiiMeters: number[]): RadiusCount[];
  checkSiting(query: SitingQuery): SitingReport;
}

/** `features(layer)` returns a new array whenever the layer reloads, so indexes are cached per array. */
export function createAnalysis(features: (layer: LayerId) => Feature[]): Analysis {
  const pointIndexes = new WeakMap<Feature[], PointIndex>();
  const sitingIndexes = new WeakMap<Feature[], FeatureIndex>();
  const cached = <T>(cache: WeakMap<Feature[], T>, fs: Feature[], build: (fs: Feature[]) => T): T => {
    let ix = cache.get(fs);
    if (!ix) {
      ix = build(fs);
      cache.set(fs, ix);
    }
    return ix;
  };
  return {
    kNearest(layer, origin, k) {
      const fs = features(layer);
      return kNearest(cached(pointIndexes, fs, buildPointIndex), origin, k).map((n) => {
        const feature = fs[n.index] as Feature;
        return { layer, id: String(feature.properties?.id ?? ''), meters: n.meters, feature };
      });
    },
    nearestFireStation(origin) {
      return nearestFireStation(origin, features('fire-stations') as Feature<Geometry | null>[]);
    },
    targetsWithinRadii(origin, radiiMeters) {
      return targetsWithinRadii(origin, features('protected-targets') as Feature<Geometry | null>[], { radiiMeters });
    },
    checkSiting(query) {
      const hazards = Object.fromEntries(
        SITING_HAZARD_LAYERS.map((l) => [l, cached(sitingIndexes, features(l), buildFeatureIndex)]),
      );
      return checkSiting({ ...query, hazards });
    },
  };
}
