import type { Feature, Geometry } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import { featureInBounds } from '../../analysis/feature-in-bounds';
import { representativePoint } from '../../analysis/representative-point';
import { countyIndexOf, countyOf } from '../../analysis/stats/county-index';
import { useLayerFeatures, useManifest } from '../../data/layer-store';
import { LAYER_IDS, type LayerId, type RiskLevel } from '../../domain/layer-ids';
import { isMessageKey, useLang, useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';
import { LAYER_NAMES, RISK } from '../../theme/theme';
import { useGridCounts } from '../grid-chips';
import { useCountyFilter } from '../stats/use-county-filter';
import { TableGrid } from './table-grid';
import { download, toCsv, toXlsx } from './table-io';
import { type CellValue, filterRows, type SortSpec, sortRows, tableColumns, tableRows } from './table-model';

// FlatGeobuf files come in spatial (Hilbert) order; a table reads best by 编号 until the user sorts.
const ID_ORDER: SortSpec = { key: 'id', dir: 'asc' };

/**
 * 一张表: any layer as a table with every field, sortable and filterable, virtualised; the rows follow the county
 * drill-down; export CSV / XLSX of what is shown; a row click selects the feature on the map, and a selection on
 * the map selects (and scrolls to) its row.
 */
export function TableView() {
  const t = useT();
  const lang = useLang();
  const layer = useStatsStore((s) => s.tableLayer);
  const setLayer = useStatsStore((s) => s.setTableLayer);
  const selected = useAppStore((s) => s.selected);
  const county = useAppStore((s) => s.county);
  const { features, status, mode } = useLayerFeatures(layer);
  // A layer read by the view (the national data) holds the view plus a margin around it: the table lists those in
  // view, as the layer panel counts them; while the map draws the layer as grid cells there are none to list.
  const byView = mode === 'bbox';
  const bounds = useAppStore((s) => s.bounds);
  const grid = useGridCounts(layer);
  const { features: areas } = useLayerFeatures('boundaries');
  const { manifest } = useManifest();
  const byCounty = useCountyFilter();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<SortSpec | null>(ID_ORDER);
  const [busy, setBusy] = useState(false);

  // a feature picked on the map opens its layer here, so its row can be shown (only on a new selection: the
  // user may still switch the table to another layer afterwards)
  const seen = useRef(selected);
  useEffect(() => {
    if (selected === seen.current) return;
    seen.current = selected;
    if (selected && selected.layer !== layer) setLayer(selected.layer);
  }, [selected, layer, setLayer]);
  // filters and sort belong to one layer's columns
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a layer change only
  useEffect(() => {
    setFilters({});
    setSort(ID_ORDER);
  }, [layer]);

  const columns = useMemo(() => tableColumns(layer), [layer]);
  const index = countyIndexOf(areas);
  const shown = useMemo(() => {
    const inCounty = byCounty(layer, features);
    return byView ? inCounty.filter((f) => featureInBounds(f, bounds)) : inCounty;
  }, [byCounty, layer, features, byView, bounds]);
  const rows = useMemo(() => {
    const name = (f: Feature<Geometry | null>) => index.byCode.get(countyOf(f, index))?.name ?? null;
    return tableRows(shown, columns, name);
  }, [shown, columns, index]);
  const visible = useMemo(() => sortRows(filterRows(rows, query, filters), sort), [rows, query, filters, sort]);

  const label = (key: string) => {
    const k = key === 'county' ? 'table.county' : `field.${key}`;
    return isMessageKey(k) ? t(k) : key;
  };
  const format = (v: CellValue, key: string) => {
    if (v === null) return <span className="muted">—</span>;
    if (typeof v === 'boolean') return v ? t('value.yes') : t('value.no');
    if (key === 'riskLevel' && v in RISK) {
      const r = RISK[v as RiskLevel];
      return (
        <>
          <span className="swatch" style={{ background: r.fill, borderColor: r.stroke }} aria-hidden="true" /> {r[lang]}
        </>
      );
    }
    return String(v);
  };
  const byId = useMemo(() => new Map(shown.map((f) => [String(f.properties?.id ?? ''), f])), [shown]);
  const onSelect = (id: string) => {
    useAppStore.getState().select({ layer, id });
    const f = byId.get(id);
    const p = f ? representativePoint(f) : null;
    if (p) useAppStore.getState().flyTo({ lon: p[0] as number, lat: p[1] as number });
  };
  const onSort = (key: string) =>
    setSort((s) => (s?.key !== key ? { key, dir: 'asc' } : s.dir === 'asc' ? { key, dir: 'desc' } : null));
  const fileBase = `${layer}-${manifest?.dataVersion ?? 'data'}${county ? `-${county}` : ''}${byView ? '-view' : ''}`;

  const exportCsv = () =>
    download(new Blob([toCsv(visible, columns, label)], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`);
  const exportXlsx = async () => {
    setBusy(true);
    try {
      download(await toXlsx(visible, columns, label, LAYER_NAMES[layer].zh), `${fileBase}.xlsx`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="table-view" aria-labelledby="table-title" data-testid="table-view">
      <div className="table-toolbar">
        <h2 id="table-title" className="panel-title">
          {t('table.title')}
        </h2>
        <label>
          {t('table.layer')}{' '}
          <select value={layer} data-testid="table-layer" onChange={(e) => setLayer(e.currentTarget.value as LayerId)}>
            {LAYER_IDS.map((l) => (
              <option key={l} value={l}>
                {LAYER_NAMES[l][lang]}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          value={query}
          data-testid="table-query"
          aria-label={t('table.query')}
          placeholder={t('table.query')}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <span className="table-count" data-testid="table-count" aria-live="polite">
          {t(byView ? 'table.countView' : 'table.count', { shown: visible.length, total: rows.length })}
        </span>
        <button type="button" data-testid="table-export-csv" onClick={exportCsv} disabled={visible.length === 0}>
          {t('table.exportCsv')}
        </button>
        <button
          type="button"
          data-testid="table-export-xlsx"
          onClick={exportXlsx}
          disabled={visible.length === 0 || busy}
        >
          {busy ? t('table.exporting') : t('table.exportXlsx')}
        </button>
      </div>
      {county && <p className="note">{t('table.countyNote')}</p>}
      {grid && (
        <p className="note" data-testid="table-grid-note">
          {t('table.gridNote')}
        </p>
      )}
      {status === 'loading' ? (
        <p className="note">{t('layer.loading')}</p>
      ) : (
        <TableGrid
          columns={columns}
          rows={visible}
          label={label}
          format={format}
          sort={sort}
          onSort={onSort}
          filters={filters}
          onFilter={(key, value) => setFilters((f) => ({ ...f, [key]: value }))}
          filterLabel={(column) => t('table.filterColumn', { column })}
          selectedId={selected?.layer === layer ? selected.id : null}
          onSelect={onSelect}
          caption={`${t('table.title')} · ${LAYER_NAMES[layer][lang]}`}
        />
      )}
    </section>
  );
}
