import './stats.css';
import { isKnownCounty } from '../../analysis/stats/county-index';
import { useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';
import { CountsSection } from './counts-section';
import { CountyTable } from './county-table';
import { DangerSection } from './danger-section';
import { clearDrill } from './drill';
import { ThematicControls } from './thematic-controls';
import { useStatsData } from './use-stats-data';
import { WeightsEditor } from './weights-editor';

/**
 * 统计 (left panel tab): the county drill-down, the thematic map switch and weights, the county ranking by
 * composite index, counts per layer × grade × county (chart + table) and the hidden-danger loop per county.
 */
export function StatsPanel() {
  const t = useT();
  const data = useStatsData();
  const county = useAppStore((s) => s.county);
  const slider = useStatsStore((s) => s.asOf);
  const setAsOf = useStatsStore((s) => s.setAsOf);
  const area = isKnownCounty(county, data.index) ? data.index.byCode.get(county) : undefined;
  const approximate = data.index.areas.some((a) => a.approximate);

  if (data.ready && data.index.areas.length === 0) {
    return (
      <section className="stats-panel" aria-labelledby="stats-title">
        <h2 id="stats-title" className="panel-title">
          {t('stats.title')}
        </h2>
        <p className="note">{t('stats.noBoundaries')}</p>
      </section>
    );
  }

  return (
    <section className="stats-panel" aria-labelledby="stats-title" data-testid="stats-panel">
      <h2 id="stats-title" className="panel-title">
        {t('stats.title')}
      </h2>
      <div className="drill" data-testid="stats-drill" aria-live="polite">
        <span className="drill-scope">
          {area ? t('stats.scopeCounty', { name: area.name, code: area.adcode }) : t('stats.scopeCity')}
        </span>
        {area && (
          <button type="button" className="icon-button" data-testid="stats-drill-clear" onClick={clearDrill}>
            {t('stats.backToCity')}
          </button>
        )}
      </div>
      {county && !area && data.ready && <p className="note">{t('stats.unknownCounty', { code: county })}</p>}
      {slider && (
        <p className="note as-of-note">
          {t('stats.asOfNote', { date: slider })}{' '}
          <button type="button" className="link-button" onClick={() => setAsOf(null)}>
            {t('stats.asOfLatest')}
          </button>
        </p>
      )}
      {approximate && <p className="note approx-note">{t('stats.approxNote')}</p>}
      <ThematicControls />
      <WeightsEditor />
      <section className="stats-section" aria-labelledby="stats-rank-title">
        <h3 id="stats-rank-title">{t('stats.rankTitle')}</h3>
        <p className="note">{t('stats.indexFormula')}</p>
        <CountyTable data={data} />
      </section>
      <CountsSection data={data} />
      <DangerSection data={data} />
    </section>
  );
}
