import type { Feature, Geometry } from 'geojson';
import { useCallback } from 'react';
import { countyIndexOf, filterByCounty, isKnownCounty } from '../../analysis/stats/county-index';
import { useLayerFeatures } from '../../data/layer-store';
import type { LayerId } from '../../domain/layer-ids';
import { useAppStore } from '../../state/store';

/**
 * The county drill-down (store `county`, URL `c=`) as a filter for the map's sources. The rule is countyOf's
 * (src/analysis/stats/county-index.ts), the same one the statistics and panels use, so counts and map agree.
 * 行政区划 themselves are never filtered: the other areas stay as context around the chosen one.
 */
export function useCountyFilter(): <F extends Feature<Geometry | null>>(layer: LayerId, features: readonly F[]) => F[] {
  const county = useAppStore((s) => s.county);
  const { features: areas } = useLayerFeatures('boundaries');
  return useCallback(
    <F extends Feature<Geometry | null>>(layer: LayerId, features: readonly F[]): F[] => {
      const index = countyIndexOf(areas);
      // unfiltered: the same array back, so memoised consumers do not recompute
      if (layer === 'boundaries' || !isKnownCounty(county, index)) return features as F[];
      return filterByCounty(features, county, index);
    },
    [county, areas],
  );
}
