import { SUPERVISION_LEVELS } from '../../domain';
import { useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';
import type { StatsData } from './use-stats-data';

/**
 * 隐患闭环: open hidden dangers per county on the effective day, how many are overdue, how many 重大, and how many
 * are listed for supervision (挂牌督办) at each level (seeds 000:L84 分级挂牌督办; 002:L31; 003:L157).
 */
export function DangerSection({ data }: { data: StatsData }) {
  const t = useT();
  const county = useAppStore((s) => s.county);
  const setChartLayer = useStatsStore((s) => s.setChartLayer);
  const total = { open: 0, overdue: 0, major: 0, listed: {} as Record<string, number> };
  for (const d of data.dangers.values()) {
    total.open += d.open;
    total.overdue += d.overdue;
    total.major += d.major;
    for (const [k, n] of Object.entries(d.listed)) total.listed[k] = (total.listed[k] ?? 0) + n;
  }
  return (
    <section className="stats-section" aria-labelledby="stats-danger-title">
      <h3 id="stats-danger-title">{t('stats.dangerTitle')}</h3>
      <p className="note">
        {t('stats.dangerAsOf', { date: data.asOf ?? '—' })}{' '}
        <button type="button" className="link-button" onClick={() => setChartLayer('hidden-dangers')}>
          {t('stats.dangerByStage')}
        </button>
      </p>
      <div className="stats-scroll">
        <table className="stats-table" data-testid="stats-danger-table">
          <thead>
            <tr>
              <th scope="col">{t('stats.county')}</th>
              <th scope="col">{t('stats.open')}</th>
              <th scope="col">{t('stats.overdue')}</th>
              <th scope="col">{t('stats.major')}</th>
              {SUPERVISION_LEVELS.map((l) => (
                <th key={l} scope="col" title={t('stats.listedTitle')}>
                  {t('stats.listed', { level: l })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.index.areas.map((a) => {
              const d = data.dangers.get(a.adcode);
              return (
                <tr key={a.adcode} className={a.adcode === county ? 'selected' : undefined}>
                  <th scope="row">{a.name}</th>
                  <td>{d?.open ?? 0}</td>
                  <td className={d && d.overdue > 0 ? 'overdue-mark' : undefined}>{d?.overdue ?? 0}</td>
                  <td>{d?.major ?? 0}</td>
                  {SUPERVISION_LEVELS.map((l) => (
                    <td key={l}>{d?.listed[l] ?? 0}</td>
                  ))}
                </tr>
              );
            })}
            <tr className="total-row">
              <th scope="row">{t('stats.cityTotal')}</th>
              <td>{total.open}</td>
              <td>{total.overdue}</td>
              <td>{total.major}</td>
              {SUPERVISION_LEVELS.map((l) => (
                <td key={l}>{total.listed[l] ?? 0}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
