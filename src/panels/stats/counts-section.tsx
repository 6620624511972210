import { useMemo, useState } from 'react';
import { countAt, countyTotal } from '../../analysis/stats/count-by-county';
import { UNASSIGNED } from '../../analysis/stats/county-index';
import type { LayerId } from '../../domain/layer-ids';
import { useLang, useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';
import { FACETS, LAYER_NAMES } from '../../theme/theme';
import { type Category, NEUTRAL, type SeriesSpec, stackedByCounty } from './chart-options';
import { drillTo } from './drill';
import { EChart } from './echart';
import { type CountBy, type StatsData, useLayerCounts } from './use-stats-data';

/** Layers the by-county chart offers (行政区划 are the rows, not something to count). */
export const COUNTED_LAYERS: readonly LayerId[] = [
  'hazard-sources',
  'tailings-ponds',
  'chemical-parks',
  'hidden-dangers',
  'protected-targets',
  'fire-stations',
];

/**
 * 分区统计: counts of one layer per county and per facet value (the map's colours) or per the layer's own grade,
 * as a stacked bar chart (click a bar to drill down) and the same numbers as a table.
 */
export function CountsSection({ data }: { data: StatsData }) {
  const t = useT();
  const lang = useLang();
  const layer = useStatsStore((s) => s.chartLayer);
  const setLayer = useStatsStore((s) => s.setChartLayer);
  const county = useAppStore((s) => s.county);
  const [by, setBy] = useState<CountBy>('facet');
  const counts = useLayerCounts(data, layer, by);

  const series: SeriesSpec[] = useMemo(() => {
    if (by === 'facet') {
      return FACETS[layer].values.map((v) => ({ value: v.value, label: v[lang], fill: v.fill, stroke: v.stroke }));
    }
    const seen = new Set<string>();
    for (const row of counts.values()) for (const v of row.keys()) seen.add(v);
    return [...seen]
      .sort()
      .map((v, i) => ({ value: v, label: v, fill: NEUTRAL[i % NEUTRAL.length] ?? '#607D8B', stroke: '#263238' }));
  }, [by, layer, lang, counts]);

  const categories: Category[] = useMemo(() => {
    const cats = data.index.areas.map((a) => ({ key: a.adcode, label: a.name }));
    if (counts.has(UNASSIGNED)) cats.push({ key: UNASSIGNED, label: t('stats.unassigned') });
    return cats;
  }, [data.index, counts, t]);

  const option = useMemo(
    () => stackedByCounty(counts, categories, series, county),
    [counts, categories, series, county],
  );
  const onClick = (e: { name: string }) => {
    const c = categories.find((x) => x.label === e.name);
    if (c && c.key !== UNASSIGNED) drillTo(c.key, data.index);
  };

  return (
    <section className="stats-section" aria-labelledby="stats-counts-title">
      <h3 id="stats-counts-title">{t('stats.countsTitle')}</h3>
      <div className="stats-controls">
        <label>
          {t('stats.layer')}{' '}
          <select
            value={layer}
            data-testid="stats-chart-layer"
            onChange={(e) => setLayer(e.currentTarget.value as LayerId)}
          >
            {COUNTED_LAYERS.map((l) => (
              <option key={l} value={l}>
                {LAYER_NAMES[l][lang]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('stats.by')}{' '}
          <select value={by} onChange={(e) => setBy(e.currentTarget.value as CountBy)}>
            <option value="facet">{t(layer === 'hidden-dangers' ? 'stats.byStage' : 'stats.byFacet')}</option>
            <option value="grade">{t('stats.byGrade')}</option>
          </select>
        </label>
      </div>
      <EChart option={option} height={34 + 24 * categories.length + 30} onClick={onClick} testId="stats-counts-chart" />
      {layer === 'hidden-dangers' && by === 'facet' && <p className="note">{t('stats.stageApprox')}</p>}
      <details className="stats-details">
        <summary>{t('stats.tableOfChart')}</summary>
        <div className="stats-scroll">
          <table className="stats-table" data-testid="stats-counts-table">
            <thead>
              <tr>
                <th scope="col">{t('stats.county')}</th>
                {series.map((s) => (
                  <th key={s.value} scope="col">
                    {s.label}
                  </th>
                ))}
                <th scope="col">{t('stats.total')}</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.key} className={c.key === county ? 'selected' : undefined}>
                  <th scope="row">{c.label}</th>
                  {series.map((s) => (
                    <td key={s.value} data-testid={`stats-count-${c.key}-${s.value}`}>
                      {countAt(counts, c.key, s.value)}
                    </td>
                  ))}
                  <td data-testid={`stats-count-${c.key}-total`}>{countyTotal(counts, c.key)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
