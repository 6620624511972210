import { type FormEvent, useId, useState } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import type { ProposedHazardReport } from '../../analysis/siting';
import { useT } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import { parseCoordinates } from '../../lib/parse-coordinates';
import { useSitingStore } from '../../state/siting-store';
import { useAppStore } from '../../state/store';
import { AroundNote } from './around-note';
import { DataNotice } from './data-notice';
import { categoryName, parseSize } from './step-development';
import { RuleLine, RulesUsedTable, VerdictChip } from './tables';
import type { SitingResults } from './use-siting-results';
import { VerdictBanner } from './verdict-banner';
import { metres, ZONE_KEY } from './verdict-style';

/**
 * 反向核查: a proposed new hazard (inventory `氯:12;液氨:30` + people within 500 m) at a point → its GB 18218-2018
 * grade → its zones → the existing protected targets inside them, each with its verdict.
 */
export function InverseTab({ results }: { results: SitingResults }) {
  const t = useT();
  const proposed = useSitingStore((s) => s.proposed);
  const setProposed = useSitingStore((s) => s.setProposed);
  const picking = useSitingStore((s) => s.pickingProposed);
  const setPicking = useSitingStore((s) => s.setPickingProposed);
  const site = useSitingStore((s) => s.site);
  const id = useId();
  const [coords, setCoords] = useState('');
  const [coordsError, setCoordsError] = useState(false);

  const onCoords = (e: FormEvent) => {
    e.preventDefault();
    const c = parseCoordinates(coords);
    setCoordsError(!c);
    if (c) place([c.lon, c.lat]);
  };
  // a typed or copied location may be anywhere: bring it into view (a map pick already is)
  const place = (at: [number, number]) => {
    setProposed({ location: at });
    useAppStore.getState().flyTo({ lon: at[0], lat: at[1], zoom: 13 });
  };
  const takeSite = () => {
    if (!site) return;
    const p = representativePoint({ type: 'Feature', geometry: site.geometry, properties: {} });
    if (p) place([p[0] as number, p[1] as number]);
  };
  const { result, error } = results.inverse;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('siting.inverse.title')}</h3>
      <p className="note">{t('siting.inverse.help')}</p>
      <div className="siting-row">
        <button type="button" data-testid="inverse-pick" aria-pressed={picking} onClick={() => setPicking(!picking)}>
          {t('siting.inverse.pick')}
        </button>
        <button type="button" disabled={!site} onClick={takeSite}>
          {t('siting.inverse.useSite')}
        </button>
      </div>
      {picking && (
        <p className="siting-drawing" role="status">
          {t('siting.inverse.picking')}
        </p>
      )}
      <form className="siting-field" onSubmit={onCoords}>
        <label htmlFor={`${id}-coords`}>{t('siting.inverse.coords')}</label>
        <div className="siting-row">
          <input
            id={`${id}-coords`}
            type="text"
            value={coords}
            placeholder="113.12,29.36"
            data-testid="inverse-coords"
            aria-invalid={coordsError}
            onChange={(e) => setCoords(e.target.value)}
          />
          <button type="submit">{t('siting.apply')}</button>
        </div>
        {coordsError && (
          <p className="siting-error" role="alert">
            {t('siting.err.badPair', { n: 1, text: coords })}
          </p>
        )}
      </form>
      <p data-testid="inverse-location">
        {proposed.location
          ? t('siting.inverse.at', { coords: formatLonLat(proposed.location[0], proposed.location[1], 5) })
          : t('siting.inverse.noLocation')}
      </p>
      <div className="siting-field">
        <label htmlFor={`${id}-name`}>{t('siting.inverse.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={proposed.name}
          placeholder={t('siting.inverse.namePlaceholder')}
          onChange={(e) => setProposed({ name: e.target.value })}
        />
      </div>
      <div className="siting-field">
        <label htmlFor={`${id}-chem`}>{t('siting.inverse.chemicals')}</label>
        <input
          id={`${id}-chem`}
          type="text"
          value={proposed.chemicals}
          data-testid="inverse-chemicals"
          aria-describedby={`${id}-chem-help`}
          onChange={(e) => setProposed({ chemicals: e.target.value })}
        />
        <p id={`${id}-chem-help`} className="note">
          {t('siting.inverse.chemicalsHelp')}
        </p>
      </div>
      <div className="siting-field">
        <label htmlFor={`${id}-people`}>{t('siting.inverse.people500m')}</label>
        <input
          id={`${id}-people`}
          type="number"
          min={0}
          step={1}
          value={proposed.people500m ?? ''}
          data-testid="inverse-people500m"
          onChange={(e) => setProposed({ people500m: parseSize(e.target.value) })}
        />
      </div>
      <div aria-live="polite">
        {results.inverseTargets && results.inverseTargets.status !== 'ready' ? (
          <DataNotice state={results.inverseTargets} what={t('siting.data.targets')} />
        ) : error ? (
          <p className="siting-error" role="alert">
            {t('siting.engineError', { error })}
          </p>
        ) : result ? (
          <>
            <InverseResult report={result} />
            <AroundNote around={results.inverseTargets} what={t('siting.data.targets')} reachM={results.reachM} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function InverseResult({ report }: { report: ProposedHazardReport }) {
  const t = useT();
  const h = report.hazard;
  const s = report.summary;
  return (
    <div className="inverse-result" data-testid="inverse-result">
      <VerdictBanner verdict={report.verdict} adjusted={report.adjusted} testId="inverse-verdict">
        {t('siting.inverse.summary', {
          n: report.targets.length,
          a: s.不建议,
          c: s.有条件,
          people: s.peopleAdvisedAgainst,
        })}
      </VerdictBanner>
      <p data-testid="inverse-grade">
        <strong>{h.grade ? t('siting.inverse.grade', { grade: h.grade }) : t('siting.inverse.notMajor')}</strong>
      </p>
      {h.gradeBasis && <p className="note">{h.gradeBasis}</p>}
      <h4>{t('siting.reasons')}</h4>
      <ol className="siting-reasons">
        {report.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      {report.zones.length > 0 && (
        <>
          <h4>{t('siting.inverse.zones')}</h4>
          <RulesUsedTable rules={report.zones} testId="inverse-zones" />
        </>
      )}
      {report.targets.length > 0 && (
        <>
          <h4>{t('siting.inverse.targets')}</h4>
          <table className="siting-table" data-testid="inverse-targets">
            <caption className="visually-hidden">{t('siting.inverse.targets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('siting.col.target')}</th>
                <th scope="col">{t('siting.col.zone')}</th>
                <th scope="col">{t('siting.col.required')}</th>
                <th scope="col">{t('siting.col.actual')}</th>
              </tr>
            </thead>
            {report.targets.map((p) => (
              <tbody key={p.targetId} className="row-group">
                <tr data-testid="inverse-target-row" data-id={p.targetId} data-verdict={p.verdict}>
                  <th scope="row">
                    <span className="hazard-name">{p.targetName || p.targetId}</span>
                    <span className="note">
                      {categoryName(t, p.category)} · {t('siting.level', { level: p.level })} · {p.people}{' '}
                      {t('siting.peopleUnit')}
                    </span>
                    <VerdictChip verdict={p.verdict} />
                  </th>
                  <td>{t(ZONE_KEY[p.zone])}</td>
                  <td className="num">{p.requiredM > 0 ? metres(p.requiredM) : '—'}</td>
                  <td className="num">{metres(p.actualM)}</td>
                </tr>
                <RuleLine
                  ruleId={p.ruleId}
                  confidence={p.confidence}
                  adjusted={report.adjustedRules.some((a) => a.ruleId === p.ruleId)}
                  span={4}
                />
              </tbody>
            ))}
          </table>
        </>
      )}
      {report.caveats.length > 0 && (
        <details className="siting-details">
          <summary>{t('siting.caveats')}</summary>
          <ul>
            {report.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
