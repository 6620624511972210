import { useMemo } from 'react';
import { aggregateCounts, aggregatesShown, useAggregateStore } from '../data/aggregates';
import { useManifest } from '../data/layer-store';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { formatLonLat } from '../lib/format';
import { useCursor } from '../map/cursor-store';
import { LIST_EXCLUDED_LAYERS } from '../panels/feature-utils';
import { formatCount } from '../panels/grid-chips';
import { InvalidNotice } from '../panels/invalid-notice';
import { useViewFeatures } from '../panels/use-layers';
import { useAppStore } from '../state/store';

/**
 * Features on the map in view. Below city zoom a big layer (the national build) has no features loaded, the map
 * draws its grid cells instead (src/data/aggregates.ts): those layers count the grid totals in view, as the layer
 * panel does (./panels/grid-chips.tsx useGridCounts: cells whose centre is in view), less the facet values hidden
 * by a chip, as the cells on the map do. `approximate` when any shown layer is counted that way.
 */
function useInViewCount(): { n: number; approximate: boolean } {
  const viewFeatures = useViewFeatures();
  const aggregates = useAggregateStore();
  const bounds = useAppStore((s) => s.bounds);
  const visible = useAppStore((s) => s.visibleLayers);
  const hidden = useAppStore((s) => s.hiddenValues);
  return useMemo(() => {
    const rect = bounds ? { minX: bounds[0], minY: bounds[1], maxX: bounds[2], maxY: bounds[3] } : null;
    const gridLayers = new Set<LayerId>();
    let approximate = false;
    let n = 0;
    for (const layer of LAYER_IDS) {
      const load = aggregates[layer];
      if (!aggregatesShown(load)) continue;
      gridLayers.add(layer);
      if (!visible[layer] || LIST_EXCLUDED_LAYERS.includes(layer)) continue;
      approximate = true;
      const counts = aggregateCounts(load, rect);
      n += load.facetKey
        ? load.facetValues.reduce((sum, v) => (hidden[layer].includes(v) ? sum : sum + (counts.byFacet[v] ?? 0)), 0)
        : counts.total;
    }
    for (const f of viewFeatures) if (!gridLayers.has(f.layer)) n++;
    return { n, approximate };
  }, [viewFeatures, aggregates, bounds, visible, hidden]);
}

/**
 * 示例数据（模拟） · 数据版本 · cursor lon/lat · 图面要素 N · invalid-record badge. The scale is the map's own
 * control. The synthetic notice is always shown when the manifest says so: nobody may mistake samples for facts.
 * At aggregate zoom the count is the grid totals, marked ≈ like the layer panel's.
 */
export function StatusBar() {
  const t = useT();
  const lang = useLang();
  const { status, manifest, error } = useManifest();
  const lon = useCursor((s) => s.lon);
  const lat = useCursor((s) => s.lat);
  const inView = useInViewCount();
  return (
    <footer className="status-bar" data-testid="status-bar">
      {status === 'loading' && <span role="status">{t('status.loading')}</span>}
      {status === 'error' && (
        <span className="error" role="alert">
          {t('status.manifestError', { error: error ?? '' })}
        </span>
      )}
      {manifest?.synthetic && <span className="synthetic">{t('status.synthetic')}</span>}
      {manifest?.dataVersion && <span>{t('status.dataVersion', { v: manifest.dataVersion })}</span>}
      <span className="cursor-coords" data-testid="cursor-coords" title={t('status.cursor')}>
        <span className="visually-hidden">{t('status.cursor')} </span>
        {lon !== null && lat !== null ? formatLonLat(lon, lat) : '—, —'}
      </span>
      {inView.approximate ? (
        <span className="in-view" data-testid="in-view" title={t('status.inViewGridHelp')}>
          {t('status.inViewGrid', { n: formatCount(inView.n, lang) })}
        </span>
      ) : (
        <span className="in-view" data-testid="in-view">
          {t('status.inView', { n: inView.n })}
        </span>
      )}
      <InvalidNotice />
    </footer>
  );
}
