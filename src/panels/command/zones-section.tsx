import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { IncidentAnalysis } from './analyse-incident';
import { zoneTitle } from './format';

/**
 * 分区: each zone with its size, where the value comes from (ERG2020 edition, printed pages, table cell), a visible
 * 未核实 label on values that are a project decision or analogy, and the scenario's caveats.
 */
export function ZonesSection({ analysis }: { analysis: IncidentAnalysis }) {
  const t = useT();
  const id = useId();
  const { zones, notes } = analysis;
  return (
    <section className="cmd-section" aria-labelledby={`${id}-title`} data-testid="zones-section">
      <h3 id={`${id}-title`}>{t('command.zones.title')}</h3>
      {zones.length === 0 ? (
        <p className="note">{t('command.zones.none')}</p>
      ) : (
        <ul className="zone-list">
          {zones.map(({ key, feature, unverified }) => {
            const z = feature.properties;
            return (
              <li key={key} data-testid="zone-item" data-zone={key} className={`zone-item zone-${z.zone}`}>
                <span className={`zone-swatch zone-swatch-${z.zone}`} aria-hidden="true" />
                <div>
                  <strong>{zoneTitle(z, t)}</strong>
                  {unverified && (
                    <span className="badge-unverified" title={t('command.zones.unverifiedHint')}>
                      {t('command.zones.unverified')}
                    </span>
                  )}
                  {z.edition ? (
                    <p className="note">
                      {t('command.zones.basis', { edition: z.edition, page: z.page })}
                      <br />
                      {z.source}
                    </p>
                  ) : (
                    <p className="note">{t('command.zones.ringNote')}</p>
                  )}
                  {z.plus && <p className="note warn">{t('command.zones.plus')}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {notes.length > 0 && (
        <details className="zone-notes" open>
          <summary>{t('command.zones.notes', { n: notes.length })}</summary>
          <ul>
            {notes.map((n) => (
              <li key={n} className={n.includes('[U]') ? 'unverified-note' : undefined}>
                {n.includes('[U]') && <span className="badge-unverified">{t('command.zones.unverified')}</span>}
                {n}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
