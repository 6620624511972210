import { useMemo } from 'react';
import { countyOf, UNASSIGNED } from '../../analysis/stats/county-index';
import { RISK_LAYER_IDS } from '../../domain/layer-ids';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { clearDrill, drillTo } from './drill';
import type { StatsData } from './use-stats-data';

/**
 * 区县一览: one row per county, ranked by the composite index, with its risk objects (red ones apart) and open /
 * overdue hidden dangers. Each name is a button that drills down; the chosen row is marked in text and colour.
 */
export function CountyTable({ data }: { data: StatsData }) {
  const t = useT();
  const county = useAppStore((s) => s.county);
  const risk = useMemo(() => {
    const out = new Map<string, { all: number; red: number }>();
    for (const layer of RISK_LAYER_IDS) {
      for (const f of data.layers[layer] ?? []) {
        const c = countyOf(f, data.index);
        const row = out.get(c) ?? { all: 0, red: 0 };
        row.all++;
        if (f.properties?.riskLevel === 'red') row.red++;
        out.set(c, row);
      }
    }
    return out;
  }, [data.layers, data.index]);
  const rows = [...data.scores].sort((a, b) => b.index - a.index || (a.adcode < b.adcode ? -1 : 1));
  const unassigned = risk.get(UNASSIGNED);
  return (
    <table className="stats-table" data-testid="stats-county-table">
      <caption className="visually-hidden">{t('stats.countyTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.county')}</th>
          <th scope="col" title={t('stats.indexTitle')}>
            {t('stats.index')}
          </th>
          <th scope="col" title={t('stats.riskObjectsTitle')}>
            {t('stats.riskObjects')}
          </th>
          <th scope="col" title={t('stats.dangersTitle')}>
            {t('stats.dangersOpen')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const r = risk.get(s.adcode) ?? { all: 0, red: 0 };
          const d = data.dangers.get(s.adcode);
          const on = county === s.adcode;
          return (
            <tr key={s.adcode} className={on ? 'selected' : undefined} data-adcode={s.adcode}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  data-testid={`stats-county-${s.adcode}`}
                  aria-pressed={on}
                  onClick={() => (on ? clearDrill() : drillTo(s.adcode, data.index))}
                  title={on ? t('stats.backToCity') : t('stats.drillTo', { name: s.name })}
                >
                  {on ? '▶ ' : ''}
                  {s.name}
                </button>
              </th>
              <td>
                <span className="index-cell">
                  <span className="index-bar" style={{ width: `${Math.round(s.index)}%` }} aria-hidden="true" />
                  <span className="index-num">{s.index.toFixed(0)}</span>
                </span>
              </td>
              <td>
                <span data-testid={`stats-risk-count-${s.adcode}`}>{r.all}</span>
                {r.red > 0 && <span className="sub-count red-count"> {t('stats.redN', { n: r.red })}</span>}
              </td>
              <td>
                <span data-testid={`stats-danger-count-${s.adcode}`}>{d?.open ?? 0}</span>
                {d && d.overdue > 0 && (
                  <span className="sub-count overdue-mark"> {t('stats.overdueN', { n: d.overdue })}</span>
                )}
              </td>
            </tr>
          );
        })}
        {unassigned && unassigned.all > 0 && (
          <tr>
            <th scope="row">{t('stats.unassigned')}</th>
            <td>—</td>
            <td>{unassigned.all}</td>
            <td>{data.dangers.get(UNASSIGNED)?.open ?? 0}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
