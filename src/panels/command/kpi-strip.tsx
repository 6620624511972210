import { ALARM_LEVELS } from '../../data/alarm-schema';
import { useActiveAlarms, useAlarmStore } from '../../data/alarm-store';
import { DEFAULT_RISK_LEVEL_MAPPING } from '../../domain/risk-level-mapping';
import { type MessageKey, useLang, useT } from '../../i18n/use-t';
import { useCommandStore } from '../../state/command-store';
import type { Lang } from '../../state/store';
import { RISK } from '../../theme/theme';
import type { IncidentAnalysis } from './analyse-incident';
import { formatCount, formatMinutes, zoneTitle } from './format';
import { GRADES, type Grade, useHazardTally } from './hazard-tally';

const GRADE_KEY: Record<Grade, MessageKey> = {
  一级: 'command.grade.1',
  二级: 'command.grade.2',
  三级: 'command.grade.3',
  四级: 'command.grade.4',
};

/** A grade's count; `–` where the grid does not count it. */
const formatGrade = (n: number | null, lang: Lang): string => (n === null ? '–' : formatCount(n, lang));

/**
 * KPI tiles across the top of the wall: 重大危险源 by grade, 活跃报警 (unacknowledged, by level; says when no feed is
 * connected rather than showing a zero that looks like "all clear"), and the incident in one line.
 */
export function KpiStrip({ analysis }: { analysis: IncidentAnalysis }) {
  const t = useT();
  const lang = useLang();
  const { ready, tally } = useHazardTally();
  const feedUrl = useAlarmStore((s) => s.feedUrl);
  const active = useActiveAlarms();
  const point = useCommandStore((s) => s.point);
  const spill = useCommandStore((s) => s.spill);
  const time = useCommandStore((s) => s.time);

  const byLevel = Object.fromEntries(ALARM_LEVELS.map((l) => [l, 0])) as Record<string, number>;
  for (const a of active) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;

  const s = analysis.substance;
  // the responders are listed by distance, and the same λ and speed apply to all: the first arrives first
  const first = analysis.responders[0];
  const pad = analysis.zones.find(
    (z) => z.feature.properties.zone !== 'ring' && z.feature.properties.shape === 'square',
  );
  const iso = analysis.zones.find((z) => z.feature.properties.zone === 'isolation');

  return (
    <section className="kpi-strip" aria-label={t('command.kpi.label')} data-testid="kpi-strip">
      <div className="kpi-tile" data-testid="kpi-hazards" data-scope={tally.scope}>
        <h2>
          {t('command.kpi.hazards')}
          {tally.scope !== 'all' && (
            <span className="kpi-scope" title={tally.scope === 'grid' ? t('layer.gridHelp') : undefined}>
              {t(tally.scope === 'grid' ? 'command.kpi.inViewGrid' : 'command.kpi.inView')}
            </span>
          )}
        </h2>
        <p className="kpi-big" data-count={ready ? tally.total : undefined}>
          {ready ? `${tally.scope === 'grid' ? '≈ ' : ''}${formatCount(tally.total, lang)}` : '…'}
          <span className="kpi-unit">{t('command.kpi.unitSites')}</span>
        </p>
        <ul className="kpi-chips">
          {GRADES.map((g) => {
            const level = RISK[DEFAULT_RISK_LEVEL_MAPPING.hazardSources[g]];
            return (
              <li key={g} data-grade={g} data-count={tally.byGrade[g] ?? undefined}>
                <span
                  className="swatch"
                  style={{ background: level.fill, borderColor: level.stroke }}
                  aria-hidden="true"
                />
                {t(GRADE_KEY[g])} <strong>{formatGrade(tally.byGrade[g], lang)}</strong>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="kpi-tile" data-testid="kpi-alarms">
        <h2>{t('command.kpi.alarms')}</h2>
        {feedUrl ? (
          <>
            <p className={active.length > 0 ? 'kpi-big alert' : 'kpi-big'} data-count={active.length}>
              {formatCount(active.length, lang)}
              <span className="kpi-unit">{t('command.kpi.unitAlarms')}</span>
            </p>
            <ul className="kpi-chips">
              {ALARM_LEVELS.map((l) => (
                <li key={l} data-level={l} data-count={byLevel[l]}>
                  <span
                    className="swatch"
                    style={{ background: RISK[l].fill, borderColor: RISK[l].stroke }}
                    aria-hidden="true"
                  />
                  {t(`command.level.${l}` as MessageKey)} <strong>{byLevel[l]}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="kpi-muted">{t('command.alarm.notConfigured')}</p>
        )}
      </div>
      <div className="kpi-tile kpi-incident" data-testid="kpi-incident">
        <h2>{t('command.kpi.incident')}</h2>
        {!point ? (
          <p className="kpi-muted">{t('command.kpi.noIncident')}</p>
        ) : (
          <>
            <p className="kpi-line">
              <strong>{s ? s.nameZh : t('command.kpi.noSubstance')}</strong>
              {s && ` · ${t(spill === 'small' ? 'command.spill.small' : 'command.spill.large')}`}
              {s && ` · ${t(time === 'day' ? 'command.time.day' : 'command.time.night')}`}
            </p>
            <p className="kpi-line">
              {iso && zoneTitle(iso.feature.properties, t)}
              {pad && ` · ${zoneTitle(pad.feature.properties, t)}`}
            </p>
            {analysis.affected && (
              <p className="kpi-line">
                {t('command.aff.total', {
                  n: formatCount(analysis.affected.union.targets.count, lang),
                  people: formatCount(analysis.affected.union.targets.people, lang),
                })}
                {first &&
                  ` · ${t('command.kpi.firstEta', { min: formatMinutes(first.etaMin), name: first.name ?? first.id })}`}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
