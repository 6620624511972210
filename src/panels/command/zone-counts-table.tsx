import type { AffectedCounts } from '../../analysis/incident';
import { TARGET_CLASSES } from '../../domain/protected/gb36894-class';
import { useLang, useT } from '../../i18n/use-t';
import type { IncidentAnalysis } from './analyse-incident';
import { formatCount, zoneTitle } from './format';
import { shortClassName } from './row-labels';

/**
 * Per-zone counts: protected targets and people, by GB 36894-2018 class; other hazard sources (domino); chemical
 * parks touched; and the union (each feature once). Shared by the lists and the report, so both show one number.
 * Rows carry `data-zone`, `data-count` and `data-people` for tests and for anyone reading the page's data.
 */
export function ZoneCountsTable({ analysis, testId }: { analysis: IncidentAnalysis; testId: string }) {
  const t = useT();
  const lang = useLang();
  const { affected, zones } = analysis;
  if (!affected) return null;
  // Only the classes present, in GB 36894 order: five mostly empty columns would not fit a wall's third or an A4 page.
  const byClass = (c: AffectedCounts) => {
    const parts = TARGET_CLASSES.flatMap((cls) => {
      const x = c.targets.byClass[cls];
      return x
        ? [
            <span key={cls} className="class-part" data-class={cls} data-count={x.count} data-people={x.people}>
              {shortClassName(cls, lang)} {formatCount(x.count, lang)}/{formatCount(x.people, lang)}
            </span>,
          ]
        : [];
    });
    return parts.length > 0 ? parts : '—';
  };
  const row = (key: string, title: string, c: AffectedCounts, strong = false) => (
    <tr
      key={key}
      data-testid={testId}
      data-zone={key}
      data-count={c.targets.count}
      data-people={c.targets.people}
      data-hazards={c.hazards.count}
      data-parks={c.parks.count}
      className={strong ? 'union-row' : undefined}
    >
      <th scope="row">{title}</th>
      <td className="num">{formatCount(c.targets.count, lang)}</td>
      <td className="num">{formatCount(c.targets.people, lang)}</td>
      <td className="by-class">{byClass(c)}</td>
      <td className="num">{formatCount(c.hazards.count, lang)}</td>
      <td className="num">{formatCount(c.parks.count, lang)}</td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="counts-table">
        <caption className="visually-hidden">{t('command.aff.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('command.aff.zone')}</th>
            <th scope="col">{t('command.aff.targets')}</th>
            <th scope="col">{t('command.aff.people')}</th>
            <th scope="col" title={t('command.aff.classHint')}>
              {t('command.aff.byClass')}
              <span className="unit">{t('command.aff.countPeople')}</span>
            </th>
            <th scope="col">{t('command.aff.domino')}</th>
            <th scope="col">{t('command.aff.parks')}</th>
          </tr>
        </thead>
        <tbody>
          {affected.zones.map((z, i) => {
            const info = zones[i];
            return info ? row(info.key, zoneTitle(info.feature.properties, t), z) : null;
          })}
          {row('union', t('command.aff.union'), affected.union, true)}
        </tbody>
      </table>
    </div>
  );
}
