import { bbox } from '@turf/bbox';
import { useId, useState } from 'react';
import type { CensusResult, TargetPair } from '../../analysis/siting';
import { downloadBlob, downloadText } from '../../data/export/formats';
import { reloadData, useManifest } from '../../data/layer-store';
import { useT } from '../../i18n/use-t';
import { useSitingStore } from '../../state/siting-store';
import { useAppStore } from '../../state/store';
import { AdjustedBadge } from './adjusted-badge';
import { type CensusMeta, censusCsvText, censusXlsxBlob, scopeText, today } from './census-export';
import type { CensusScope } from './census-scope';
import { DataNotice } from './data-notice';
import { categoryName } from './step-development';
import { layerLabel, RuleLine, VerdictChip } from './tables';
import type { SitingData, SitingResults } from './use-siting-results';
import { metres, reachKm, ZONE_KEY } from './verdict-style';

/** the table shows this many pairs until the planner asks for all (the export always has all) */
const FIRST_ROWS = 50;

/**
 * 防护距离普查: every hazard against every protected target of the loaded data. The violating pairs as a table and
 * on the map, the relocation candidates, CSV and XLSX exports.
 */
export function CensusTab({ results }: { results: SitingResults }) {
  const t = useT();
  const id = useId();
  const { data, censusScope: scope, censusTargets: around } = results;
  const { result, error } = results.census;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('siting.census.title')}</h3>
      {scope.kind === 'loaded' ? (
        <p className="note">{t('siting.census.help')}</p>
      ) : (
        <p
          className="note"
          data-testid="census-scope"
          data-view={scope.kind === 'view' ? scope.view.join(',') : undefined}
        >
          {t('siting.census.viewScope', { km: reachKm(results.reachM) })}
        </p>
      )}
      {data.hazards.status !== 'ready' ? (
        <DataNotice state={data.hazards} what={t('siting.data.hazards')} />
      ) : data.targets.status !== 'ready' ? (
        <DataNotice state={data.targets} what={t('siting.data.targets')} />
      ) : scope.kind === 'zoomIn' ? (
        <p className="note" role="status" data-testid="census-zoom-in">
          {t('siting.census.zoomIn')}
        </p>
      ) : scope.kind === 'reading' ? (
        <DataNotice state={{ status: 'loading', errors: [], retry: reloadData }} what={t('siting.data.hazards')} />
      ) : around && around.reads.status !== 'ready' ? (
        <DataNotice state={around.reads} what={t('siting.data.targets')} />
      ) : error ? (
        <p className="siting-error" role="alert">
          {t('siting.engineError', { error })}
        </p>
      ) : result ? (
        <CensusResultView result={result} data={data} scope={scope} reachM={results.reachM} />
      ) : null}
    </section>
  );
}

function CensusResultView({
  result,
  data,
  scope,
  reachM,
}: {
  result: CensusResult;
  data: SitingData;
  scope: CensusScope;
  reachM: number;
}) {
  const t = useT();
  const id = useId();
  const onMap = useSitingStore((s) => s.censusOnMap);
  const setOnMap = useSitingStore((s) => s.setCensusOnMap);
  const { manifest } = useManifest();
  const [all, setAll] = useState(false);
  const [xlsxState, setXlsxState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const s = result.summary;
  const meta: CensusMeta = {
    dataVersion: manifest?.dataVersion ?? null,
    synthetic: manifest?.synthetic ?? false,
    date: today(),
    scope: scopeText(scope, reachM),
  };
  const stamp = `${meta.dataVersion ?? 'data'}${result.adjusted ? '-adjusted' : ''}`;

  const exportXlsx = async () => {
    setXlsxState('busy');
    try {
      downloadBlob(await censusXlsxBlob(result, meta), `census-${stamp}.xlsx`);
      setXlsxState('idle');
    } catch {
      setXlsxState('failed');
    }
  };
  const locate = (v: TargetPair) => {
    const a = data.byId(v.layer, v.hazardId);
    const b = data.byId('protected-targets', v.targetId);
    if (!a?.geometry || !b?.geometry) return;
    const box = bbox({ type: 'GeometryCollection', geometries: [a.geometry, b.geometry] });
    useAppStore.getState().flyTo({ bounds: [box[0], box[1], box[2], box[3]] });
  };
  const rows = all ? result.violations : result.violations.slice(0, FIRST_ROWS);
  const showAll = () => {
    const geometries = result.violations.flatMap((v) =>
      [data.byId(v.layer, v.hazardId)?.geometry, data.byId('protected-targets', v.targetId)?.geometry].filter(
        (g): g is NonNullable<typeof g> => Boolean(g),
      ),
    );
    if (geometries.length === 0) return;
    const box = bbox({ type: 'GeometryCollection', geometries });
    useAppStore.getState().flyTo({ bounds: [box[0], box[1], box[2], box[3]] });
  };

  return (
    <div data-testid="census-result">
      {result.adjusted && <AdjustedBadge testId="census-adjusted" />}
      <p data-testid="census-summary">
        {t('siting.census.summary', {
          hazards: s.hazards,
          targets: s.targets,
          n: s.violations,
          a: s.advisedAgainst,
          c: s.conditional,
          h: s.hazardsWithViolations,
        })}
      </p>
      {s.onUnverifiedRules > 0 && <p className="note">{t('siting.census.unverified', { n: s.onUnverifiedRules })}</p>}
      {s.inactiveSkipped > 0 && <p className="note">{t('siting.census.inactive', { n: s.inactiveSkipped })}</p>}
      <div className="siting-row">
        <input
          id={`${id}-onmap`}
          type="checkbox"
          checked={onMap}
          data-testid="census-on-map"
          onChange={(e) => setOnMap(e.target.checked)}
        />
        <label htmlFor={`${id}-onmap`}>{t('siting.census.onMap')}</label>
        {result.violations.length > 0 && (
          <button type="button" className="icon-button" data-testid="census-zoom" onClick={showAll}>
            {t('siting.census.zoom')}
          </button>
        )}
      </div>
      <div className="siting-actions">
        <button
          type="button"
          data-testid="census-csv"
          onClick={() => downloadText(censusCsvText(result), `census-${stamp}.csv`, 'text/csv')}
        >
          {t('siting.census.csv')}
        </button>
        <button
          type="button"
          data-testid="census-xlsx"
          disabled={xlsxState === 'busy'}
          onClick={() => void exportXlsx()}
        >
          {xlsxState === 'busy' ? t('siting.census.xlsxBusy') : t('siting.census.xlsx')}
        </button>
      </div>
      {xlsxState === 'failed' && (
        <p className="siting-error" role="alert">
          {t('siting.census.xlsxFailed')}
        </p>
      )}
      <h4>{t('siting.census.relocation')}</h4>
      {result.relocation.length === 0 ? (
        <p className="note">{t('siting.census.none')}</p>
      ) : (
        <ol className="census-relocation" data-testid="census-relocation">
          {result.relocation.map((c) => (
            <li key={`${c.layer}:${c.hazardId}`} data-id={c.hazardId}>
              <strong>{c.hazardName || c.hazardId}</strong>{' '}
              <span className="note">
                {layerLabel(t, c.layer)} {c.grade ?? ''}
              </span>
              <br />
              {t('siting.census.candidate', {
                a: c.advisedAgainst,
                c: c.conditional,
                people: c.peopleAdvisedAgainst,
              })}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('siting.census.pairs', { n: result.violations.length })}</h4>
      {result.violations.length > 0 && (
        <table className="siting-table" data-testid="census-table">
          <caption className="visually-hidden">{t('siting.census.pairsLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('siting.col.pair')}</th>
              <th scope="col">{t('siting.col.zone')}</th>
              <th scope="col">{t('siting.col.required')}</th>
              <th scope="col">{t('siting.col.actual')}</th>
            </tr>
          </thead>
          {rows.map((v) => (
            <tbody key={`${v.layer}:${v.hazardId}:${v.targetId}`} className="row-group">
              <tr data-testid="census-row" data-hazard={v.hazardId} data-target={v.targetId} data-verdict={v.verdict}>
                <th scope="row">
                  <span className="hazard-name">{v.hazardName || v.hazardId}</span>
                  <span className="note">
                    {layerLabel(t, v.layer)} {v.grade ?? ''} →
                  </span>
                  <span className="hazard-name">{v.targetName || v.targetId}</span>
                  <span className="note">
                    {categoryName(t, v.category)} · {v.people} {t('siting.peopleUnit')}
                  </span>
                  <VerdictChip verdict={v.verdict} />{' '}
                  <button type="button" className="icon-button" onClick={() => locate(v)}>
                    {t('siting.locate')}
                  </button>
                </th>
                <td>{t(ZONE_KEY[v.zone])}</td>
                <td className="num">{v.requiredM > 0 ? metres(v.requiredM) : '—'}</td>
                <td className="num">{metres(v.actualM)}</td>
              </tr>
              <RuleLine
                ruleId={v.ruleId}
                confidence={v.confidence}
                adjusted={result.adjustedRules.some((a) => a.ruleId === v.ruleId)}
                span={4}
              />
            </tbody>
          ))}
        </table>
      )}
      {result.violations.length > FIRST_ROWS && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? t('siting.census.fewer') : t('siting.census.all', { n: result.violations.length })}
        </button>
      )}
    </div>
  );
}
