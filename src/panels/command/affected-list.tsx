import { useId } from 'react';
import { downloadText } from '../../data/export/formats';
import { useLang, useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { affectedCsv } from './affected-csv';
import type { AffectedRow, IncidentAnalysis } from './analyse-incident';
import { formatCount, formatDistance, zoneTitle } from './format';
import { csvLabels, kindName, rowClass } from './row-labels';
import { ZoneCountsTable } from './zone-counts-table';

// The list shows the nearest rows; the CSV carries every one. Hundreds of rows would not help anyone on a wall.
const MAX_ROWS = 200;

const LAYER_OF: Record<
  AffectedRow['kind'],
  'protected-targets' | 'hazard-sources' | 'tailings-ponds' | 'chemical-parks'
> = { target: 'protected-targets', hazard: 'hazard-sources', tailings: 'tailings-ponds', park: 'chemical-parks' };

/** 影响目标: counts per zone (GB 36894 class, people, domino hazards, parks), then the features by distance; CSV. */
export function AffectedList({ analysis, stamp }: { analysis: IncidentAnalysis; stamp: () => string }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const { rows, zones } = analysis;
  const zoneName = new Map(zones.map((z) => [z.key, zoneTitle(z.feature.properties, t)]));
  const onExport = () =>
    downloadText(affectedCsv(rows, csvLabels(zones, lang, t)), `${t('command.csv.filename')}-${stamp()}.csv`);
  return (
    <section className="cmd-list affected-list" aria-labelledby={`${id}-title`} data-testid="affected-list">
      <div className="cmd-list-head">
        <h2 id={`${id}-title`}>{t('command.aff.title')}</h2>
        {analysis.affected && (
          <span className="list-total" data-testid="affected-total">
            {t('command.aff.total', {
              n: formatCount(analysis.affected.union.targets.count, lang),
              people: formatCount(analysis.affected.union.targets.people, lang),
            })}
          </span>
        )}
        <button type="button" data-testid="affected-export" disabled={rows.length === 0} onClick={onExport}>
          {t('command.aff.export')}
        </button>
      </div>
      {!analysis.affected ? (
        <p className="empty-note">{t('command.aff.empty')}</p>
      ) : (
        <>
          <ZoneCountsTable analysis={analysis} testId="affected-zone" />
          <h3 className="sub-title">{t('command.aff.detail', { n: rows.length })}</h3>
          <div className="table-scroll">
            <table className="rows-table">
              <AffectedHead />
              <tbody>
                {rows.slice(0, MAX_ROWS).map((r) => (
                  <tr key={`${r.kind}:${r.id}`} data-testid="affected-row" data-kind={r.kind} data-id={r.id}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        title={t('command.aff.locate')}
                        onClick={() => useAppStore.getState().select({ layer: LAYER_OF[r.kind], id: r.id })}
                      >
                        {r.name}
                      </button>
                      <span className="row-kind">{kindName(r.kind, t)}</span>
                    </td>
                    <td>{rowClass(r, lang, t)}</td>
                    <td className="num">{r.kind === 'target' ? formatCount(r.people, lang) : '—'}</td>
                    <td className="num">{Number.isFinite(r.distanceM) ? formatDistance(r.distanceM, t) : '—'}</td>
                    <td>{zoneName.get(r.zones[0] ?? '') ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > MAX_ROWS && <p className="note">{t('command.aff.more', { n: rows.length - MAX_ROWS })}</p>}
        </>
      )}
    </section>
  );
}

/** Column heads of the affected-targets table, in the panel and in the printed 简报 (the same columns as the CSV). */
export function AffectedHead() {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('command.csv.name')}</th>
        <th scope="col">{t('command.csv.class')}</th>
        <th scope="col">{t('command.csv.people')}</th>
        <th scope="col">{t('command.csv.distance')}</th>
        <th scope="col">{t('command.aff.innermost')}</th>
      </tr>
    </thead>
  );
}
