import { useMemo } from 'react';
import { type AggregateCounts, aggregateCounts, aggregatesShown, useLayerAggregates } from '../data/aggregates';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { type Lang, useAppStore } from '../state/store';
import { FacetChipList } from './facet-chips';

/**
 * The layer panel at aggregate zoom. Below the stream zoom a big layer (the national build) has no features
 * loaded: the map draws grid cells (src/data/aggregates.ts), so the panel counts those instead, summing the cells
 * whose centre is in view. Cells across the view's edge make it approximate, hence the ≈ and the "grid totals"
 * note. The grid knows no counties, so a county drill-down (`c=`) does not narrow these counts (nor the cells).
 */

/** The layer's grid totals in view while the map draws its cells, else null (the features are counted instead). */
export function useGridCounts(layer: LayerId): AggregateCounts | null {
  const load = useLayerAggregates(layer);
  const bounds = useAppStore((s) => s.bounds);
  return useMemo(() => {
    if (!aggregatesShown(load)) return null;
    const rect = bounds ? { minX: bounds[0], minY: bounds[1], maxX: bounds[2], maxY: bounds[3] } : null;
    return aggregateCounts(load, rect);
  }, [load, bounds]);
}

/** Grid totals run to hundreds of thousands: digits grouped, `1,234,567`. */
export const formatCount = (n: number, lang: Lang): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** "≈ in view (grid totals)" under the layer name, with what it means in its title. */
export function GridNote({ layer }: { layer: LayerId }) {
  const t = useT();
  const county = useAppStore((s) => s.county);
  return (
    <p className="layer-status" data-testid={`layer-grid-note-${layer}`} title={t('layer.gridHelp')}>
      {t('layer.gridNote')}
      {county ? t('layer.gridNoCounty') : ''}
    </p>
  );
}

/** The same chips as FacetChips, with the grid totals as counts. A value the grid does not count shows `–`. */
export function GridChips({ layer, counts }: { layer: LayerId; counts: AggregateCounts }) {
  const t = useT();
  const lang = useLang();
  return (
    <FacetChipList
      layer={layer}
      count={(value) => {
        const n = counts.byFacet[value];
        return n === undefined ? '–' : formatCount(n, lang);
      }}
      title={(value, n) => t('facet.gridChipTitle', { value, n })}
    />
  );
}
