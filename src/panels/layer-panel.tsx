import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { reloadData, useManifest } from '../data/layer-store';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { type BBox, useAppStore } from '../state/store';
import { FacetChips, useInViewCounts } from './facet-chips';
import { type AnyFeature, layerName, PANEL_GROUPS } from './feature-utils';
import { formatCount, GridChips, GridNote, useGridCounts } from './grid-chips';
import { useCountyFilter } from './stats/use-county-filter';
import { type LayerResult, useAllLayers } from './use-layers';

/**
 * Left panel: layer groups (风险源 / 防护目标 / 应急资源), each layer with a visibility box, extent button and chips.
 * While the map draws a big layer as grid cells (below city zoom), its total and chips count the cells in view.
 */
export function LayerPanel() {
  const t = useT();
  const layers = useAllLayers();
  return (
    <nav className="layer-panel" aria-labelledby="layer-panel-title">
      <h2 id="layer-panel-title" className="panel-title">
        {t('panel.layers')}
      </h2>
      {PANEL_GROUPS.map((g) => (
        <section key={g.key} className="layer-group" aria-labelledby={`layer-group-${g.key}`}>
          <h3 id={`layer-group-${g.key}`}>{t(`group.${g.key}`)}</h3>
          {g.layers.map((layer) => (
            <LayerRow key={layer} layer={layer} result={layers[layer]} />
          ))}
        </section>
      ))}
    </nav>
  );
}

function LayerRow({ layer, result }: { layer: LayerId; result: LayerResult }) {
  const t = useT();
  const lang = useLang();
  const visible = useAppStore((s) => s.visibleLayers[layer]);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const flyTo = useAppStore((s) => s.flyTo);
  const { manifest } = useManifest();
  const name = layerName(layer, lang);
  // with a county drill-down (`c=`) the totals and chips count that county only, as the map shows it
  const byCounty = useCountyFilter();
  const features = byCounty(layer, result.features as AnyFeature[]);
  // at aggregate zoom there are no features: the grid totals in view stand in (./grid-chips.tsx)
  const grid = useGridCounts(layer);
  const counts = useInViewCounts(layer, features);
  // A layer read by bbox holds the features around the view (read-plan.ts padBBox: a quarter of the view, and at
  // least 2 km, for siting), not the dataset: its total counts those in view, the sum of its chips.
  const byView = result.mode === 'bbox';
  const inView = byView ? [...counts.values()].reduce((a, b) => a + b, 0) : 0;

  const zoomToExtent = () => {
    // The manifest's bbox is known before the features arrive; fall back to the loaded features.
    const fromManifest = manifest?.layers[layer]?.bbox;
    const b =
      fromManifest ??
      (features.length > 0 ? (bbox({ type: 'FeatureCollection', features } as FeatureCollection) as BBox) : null);
    if (b) flyTo({ bounds: [b[0], b[1], b[2], b[3]] });
  };

  const inputId = `layer-toggle-${layer}`;
  return (
    <div className="layer-row" data-layer={layer}>
      <div className="layer-row-head">
        <input
          id={inputId}
          type="checkbox"
          data-testid={inputId}
          checked={visible}
          onChange={(e) => setLayerVisible(layer, e.currentTarget.checked)}
        />
        <label htmlFor={inputId} className="layer-name">
          {name}
        </label>
        {result.status === 'ready' && (
          <span className="layer-total">
            {grid
              ? t('layer.gridTotal', { n: formatCount(grid.total, lang) })
              : byView
                ? t('layer.viewTotal', { n: formatCount(inView, lang) })
                : t('layer.total', { n: features.length })}
          </span>
        )}
        <button
          type="button"
          className="icon-button"
          onClick={zoomToExtent}
          aria-label={t('layer.zoomTo', { layer: name })}
          title={t('layer.zoomTo', { layer: name })}
        >
          <span aria-hidden="true">⤢</span> {t('layer.zoomShort')}
        </button>
      </div>
      {result.absent && (
        <p className="layer-status note" data-testid={`layer-absent-${layer}`}>
          {t('layer.absent')}
        </p>
      )}
      {result.status === 'loading' && (
        <p className="layer-status" role="status">
          {t('layer.loading')}
        </p>
      )}
      {result.status === 'error' && (
        <p className="layer-status error" role="alert">
          {t('layer.error', { error: String(result.error ?? '') })}{' '}
          <button type="button" onClick={reloadData}>
            {t('layer.retry')}
          </button>
        </p>
      )}
      {grid && <GridNote layer={layer} />}
      {result.absent ? null : grid ? (
        <GridChips layer={layer} counts={grid} />
      ) : (
        <FacetChips layer={layer} counts={counts} />
      )}
    </div>
  );
}
