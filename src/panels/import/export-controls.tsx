import type { Feature, Geometry } from 'geojson';
import { useMemo, useState } from 'react';
import { featureInBounds } from '../../analysis/feature-in-bounds';
import { downloadBlob, EXPORT_FORMATS, type ExportFormat } from '../../data/export/formats';
import { styleByField } from '../../data/import/style-by-field';
import { useImportStore } from '../../data/import-store';
import { useLayerFeatures } from '../../data/layer-store';
import { LAYERS } from '../../domain';
import { LAYER_IDS, type LayerId } from '../../domain/layer-ids';
import { useLang, useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { FACETS } from '../../theme/theme';

type Scope = 'all' | 'view' | 'selected';

const NONE: string[] = [];

const FORMAT_LABEL: Record<ExportFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  xlsx: 'XLSX',
  kml: 'KML',
  fgb: 'FlatGeobuf',
};

/** Which features of a built-in layer the map shows: in view and not hidden by a facet chip. */
function shownBuiltIn(
  layer: LayerId,
  features: Feature[],
  bounds: ReturnType<typeof useAppStore.getState>['bounds'],
  hidden: string[],
) {
  const facet = FACETS[layer];
  return features.filter((f) => {
    if (!featureInBounds(f as Feature<Geometry | null>, bounds)) return false;
    return !facet || !hidden.includes(String(f.properties?.[facet.key] ?? ''));
  });
}

/**
 * Export any layer (built-in, with its imported rows, or an imported generic layer) or part of it: everything,
 * what the current view shows (bounds and filters), or the selected feature, as GeoJSON, CSV, XLSX, KML or FlatGeobuf.
 */
export function ExportControls() {
  const t = useT();
  const lang = useLang();
  const datasets = useImportStore((s) => s.datasets);
  const genericSel = useImportStore((s) => s.selected);
  const bounds = useAppStore((s) => s.bounds);
  const selected = useAppStore((s) => s.selected);
  const [source, setSource] = useState<string>(
    `layer:${LAYER_IDS.includes('hazard-sources') ? 'hazard-sources' : LAYER_IDS[0]}`,
  );
  const [scope, setScope] = useState<Scope>('all');
  const [error, setError] = useState<string | null>(null);

  const builtIn = source.startsWith('layer:') ? (source.slice(6) as LayerId) : null;
  const dataset = source.startsWith('ds:') ? datasets.find((d) => d.id === source.slice(3)) : undefined;
  // One hook call whatever is chosen (rules of hooks); a dataset choice reads hazard-sources and ignores it.
  const layerLoad = useLayerFeatures(builtIn ?? 'hazard-sources');
  const hidden = useAppStore((s) => (builtIn ? s.hiddenValues[builtIn] : undefined)) ?? NONE;
  const visible = useAppStore((s) => (builtIn ? s.visibleLayers[builtIn] : true));

  const features = useMemo((): Feature[] => {
    if (builtIn) {
      const all = layerLoad.features;
      if (scope === 'all') return all;
      if (scope === 'view') return visible ? shownBuiltIn(builtIn, all, bounds, hidden) : [];
      return selected?.layer === builtIn ? all.filter((f) => String(f.properties?.id) === selected.id) : [];
    }
    if (!dataset) return [];
    if (scope === 'all') return dataset.features;
    if (scope === 'view') {
      if (!dataset.visible) return [];
      const keys = styleByField(dataset.features, dataset.styleField).keys;
      return dataset.features.filter((f, i) => !dataset.hidden.includes(keys[i] ?? '') && featureInBounds(f, bounds));
    }
    const f = genericSel?.datasetId === dataset.id ? dataset.features[genericSel.index] : undefined;
    return f ? [f] : [];
  }, [builtIn, dataset, layerLoad.features, scope, visible, bounds, hidden, selected, genericSel]);

  const name = builtIn ? (lang === 'zh' ? LAYERS[builtIn].zh : LAYERS[builtIn].en) : (dataset?.name ?? 'export');
  const run = async (format: ExportFormat) => {
    setError(null);
    try {
      // the writers (XLSX, FlatGeobuf, KML) load on the first export only: they are not part of the first load
      const { exportFeatures } = await import('../../data/export/export-features');
      const file = await exportFeatures(format, features as Feature<Geometry | null>[], builtIn ?? 'generic', name);
      downloadBlob(file.blob, file.name);
    } catch (e) {
      setError(t('export.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const generic = datasets.filter((d) => d.target === 'generic');
  return (
    <details className="import-export" data-testid="export-section">
      <summary>
        <h3 id="export-title">{t('export.title')}</h3>
      </summary>
      <div className="import-field">
        <label htmlFor="export-layer">{t('export.layer')}</label>
        <select
          id="export-layer"
          data-testid="export-layer-select"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
        >
          {LAYER_IDS.filter((l) => l in LAYERS).map((l) => (
            <option key={l} value={`layer:${l}`}>
              {lang === 'zh' ? LAYERS[l].zh : LAYERS[l].en}
            </option>
          ))}
          {generic.map((d) => (
            <option key={d.id} value={`ds:${d.id}`}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="import-field">
        <label htmlFor="export-scope">{t('export.scope')}</label>
        <select
          id="export-scope"
          data-testid="export-scope-select"
          value={scope}
          onChange={(e) => setScope(e.currentTarget.value as Scope)}
        >
          <option value="all">{t('export.scope.all')}</option>
          <option value="view">{t('export.scope.view')}</option>
          <option value="selected">{t('export.scope.selected')}</option>
        </select>
      </div>
      <p className="note" data-testid="export-count" data-count={features.length}>
        {features.length === 0 ? t('export.empty') : t('export.count', { n: features.length })}
      </p>
      <div className="export-buttons">
        {EXPORT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            className="icon-button"
            data-testid={`export-${f}`}
            disabled={features.length === 0}
            aria-label={t('export.as', { format: FORMAT_LABEL[f] })}
            onClick={() => void run(f)}
          >
            {FORMAT_LABEL[f]}
          </button>
        ))}
      </div>
      {error && (
        <p className="note error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
