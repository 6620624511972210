import { useMemo } from 'react';
import { type AggregateCounts, aggregateCounts, aggregatesShown, useLayerAggregates } from '../data/aggregates';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { type Lang, useAppStore } from '../state/store';
import { FACETS } from '../theme/theme';
import { layerName } from './feature-utils';

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

/**
 * The same chips as FacetChips (test ids, swatch, label, aria-pressed toggling the value on map and cells), with
 * the grid totals as counts. A value the grid does not count shows `–`.
 */
export function GridChips({ layer, counts }: { layer: LayerId; counts: AggregateCounts }) {
  const t = useT();
  const lang = useLang();
  const hidden = useAppStore((s) => s.hiddenValues[layer]);
  const toggleValue = useAppStore((s) => s.toggleValue);
  const facet = FACETS[layer];
  return (
    <ul
      className="facet-chips"
      aria-label={t('facet.label', { layer: layerName(layer, lang), facet: t(`facet.${facet.key}`) })}
    >
      {facet.values.map((v) => {
        const n = counts.byFacet[v.value];
        const shown = n === undefined ? '–' : formatCount(n, lang);
        const label = v[lang];
        return (
          <li key={v.value}>
            <button
              type="button"
              className="facet-chip"
              data-testid={`facet-chip-${layer}-${v.value}`}
              aria-pressed={!hidden.includes(v.value)}
              title={t('facet.gridChipTitle', { value: label, n: shown })}
              onClick={() => toggleValue(layer, v.value)}
            >
              <span className="swatch" style={{ background: v.fill, borderColor: v.stroke }} aria-hidden="true" />
              <span className="chip-label">{label}</span> <span className="chip-count">{shown}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
