import { useId } from 'react';
import type { Responder } from '../../analysis/incident';
import { useT } from '../../i18n/use-t';
import { useCommandStore } from '../../state/command-store';
import { useAppStore } from '../../state/store';
import type { IncidentAnalysis } from './analyse-incident';
import { formatDistance, formatMinutes } from './format';
import { specialityKey } from './row-labels';

/** Rows of the responders table, shared with the report. */
export function ResponderRows({ analysis, testId }: { analysis: IncidentAnalysis; testId: string }) {
  const t = useT();
  type Group = 'nearest' | 'specialist' | 'base';
  const row = (r: Responder, i: number, group: Group) => (
    <tr
      key={r.id}
      data-testid={testId}
      data-id={r.id}
      data-group={group}
      data-eta={r.etaMin}
      data-distance={r.distanceM}
      className={group === 'nearest' ? undefined : 'reinforcement'}
    >
      <td className="num">{group === 'nearest' ? i + 1 : '+'}</td>
      <td>
        <button
          type="button"
          className="link-button"
          title={t('command.aff.locate')}
          onClick={() => useAppStore.getState().select({ layer: 'fire-stations', id: r.id })}
        >
          {r.name ?? r.id}
        </button>
        <span className="row-kind">
          {[r.type, r.speciality].filter(Boolean).join(' · ') || '—'}
          {r.specialityMatch && <span className="tag match">✓ {t('command.resp.match')}</span>}
          {group === 'base' && <span className="tag">{t('command.resp.base')}</span>}
        </span>
      </td>
      <td className="num">{formatDistance(r.distanceM, t)}</td>
      <td className="num eta">{t('command.resp.eta', { min: formatMinutes(r.etaMin) })}</td>
    </tr>
  );
  return (
    <table className="rows-table responders-table">
      <thead>
        <tr>
          <th scope="col">{t('command.resp.rank')}</th>
          <th scope="col">{t('command.resp.station')}</th>
          <th scope="col">{t('command.resp.distance')}</th>
          <th scope="col">{t('command.resp.etaHead')}</th>
        </tr>
      </thead>
      <tbody>{analysis.responders.map((r, i) => row(r, i, 'nearest'))}</tbody>
      {analysis.specialists.length + analysis.rescueBases.length > 0 && (
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={4}>
              {analysis.speciality
                ? t('command.resp.reinforce', { spec: t(specialityKey(analysis.speciality)) })
                : t('command.resp.reinforceBase')}
            </th>
          </tr>
          {analysis.specialists.map((r, i) => row(r, i, 'specialist'))}
          {analysis.rescueBases.map((r, i) => row(r, i, 'base'))}
        </tbody>
      )}
    </table>
  );
}

/**
 * 响应力量: the 5 nearest stations with straight-line distance and an estimated arrival, then the nearest stations of
 * the wanted speciality and, for a chemical incident, the 危化 rescue base, as reinforcement.
 */
export function RespondersList({ analysis }: { analysis: IncidentAnalysis }) {
  const t = useT();
  const id = useId();
  const spec = analysis.speciality;
  const lambda = useCommandStore((s) => s.roadFactor);
  const speed = useCommandStore((s) => s.speedKmh);
  return (
    <section className="cmd-list responders-list" aria-labelledby={`${id}-title`} data-testid="responders-list">
      <div className="cmd-list-head">
        <h2 id={`${id}-title`}>{t('command.resp.title')}</h2>
        {analysis.responders.length > 0 && (
          <span className="list-total">
            {spec ? t('command.resp.matchedBy', { spec: t(specialityKey(spec)) }) : t('command.resp.nearestOnly')}
          </span>
        )}
      </div>
      {analysis.responders.length === 0 ? (
        <p className="empty-note">{t('command.resp.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <ResponderRows analysis={analysis} testId="responder-row" />
          </div>
          <p className="note">{t('command.resp.etaBasis', { lambda, speed })}</p>
        </>
      )}
    </section>
  );
}
