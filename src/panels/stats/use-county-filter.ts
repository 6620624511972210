import type { Feature, Geometry } from 'geojson';
import { useCallback } from 'react';
import { countyIndexOf, filterByCounty, isKnownCounty } from '../../analysis/stats/county-index';
import { type DangerDates, isFoundBy } from '../../analysis/stats/danger-timeline';
import { useLayerFeatures } from '../../data/layer-store';
import type { LayerId } from '../../domain/layer-ids';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';

/**
 * The county drill-down (store `county`, URL `c=`) as a filter for the panels (list, chips, table). The rule is
 * countyOf's (src/analysis/stats/county-index.ts), the same one the map uses, so counts and map agree. During a
 * replay (time slider) hidden dangers not yet found on that day are left out too, as the map leaves them out.
 * 行政区划 themselves are never filtered: the other areas stay as context around the chosen one.
 */
export function useCountyFilter(): <F extends Feature<Geometry | null>>(layer: LayerId, features: readonly F[]) => F[] {
  const county = useAppStore((s) => s.county);
  const asOf = useStatsStore((s) => s.asOf);
  const { features: areas } = useLayerFeatures('boundaries');
  return useCallback(
    <F extends Feature<Geometry | null>>(layer: LayerId, features: readonly F[]): F[] => {
      const index = countyIndexOf(areas);
      let out = features as F[];
      if (layer === 'hidden-dangers' && asOf !== null) {
        out = out.filter((f) => isFoundBy(f.properties as unknown as DangerDates, asOf));
      }
      // unfiltered: the same array back, so memoised consumers do not recompute
      if (layer === 'boundaries' || !isKnownCounty(county, index)) return out;
      return filterByCounty(out, county, index);
    },
    [county, areas, asOf],
  );
}
