import { useMemo } from 'react';
import type { SitingReport } from '../../analysis/siting';
import { downloadText } from '../../data/export/formats';
import type { Verdict } from '../../domain/siting/types';
import { type MessageKey, useT } from '../../i18n/use-t';
import { useSitingStore } from '../../state/siting-store';
import { AroundNote } from './around-note';
import { DataNotice } from './data-notice';
import { categoryName } from './step-development';
import { HazardTable, RulesUsedTable } from './tables';
import type { SitingResults } from './use-siting-results';
import { VerdictBanner } from './verdict-banner';

const VERDICT_TEXT: Readonly<Record<Verdict, MessageKey>> = {
  不建议: 'siting.verdict.against.text',
  有条件: 'siting.verdict.conditional.text',
  不反对: 'siting.verdict.ok.text',
};

/**
 * Step 3 结论: the banner, then the reasons, then the hazard table; rules used and caveats fold below. Actions:
 * 导出报告 (the A4 print view) and 导出分区 (GeoJSON of the site and the zones drawn).
 */
export function StepVerdict({
  results,
  zonesGeoJson,
}: {
  results: SitingResults;
  zonesGeoJson: () => GeoJSON.FeatureCollection;
}) {
  const t = useT();
  const site = useSitingStore((s) => s.site);
  const category = useSitingStore((s) => s.development.category);
  const setReportOpen = useSitingStore((s) => s.setReportOpen);
  const { result: report, error } = results.siting;

  let body: React.ReactNode;
  if (!site || !category) {
    body = <p className="note">{t(!site ? 'siting.step3.needSite' : 'siting.step3.needCategory')}</p>;
  } else if (results.siteHazards && results.siteHazards.status !== 'ready') {
    body = <DataNotice state={results.siteHazards} what={t('siting.data.hazards')} />;
  } else if (error) {
    body = (
      <p className="siting-error" role="alert">
        {t('siting.engineError', { error })}
      </p>
    );
  } else if (report) {
    body = (
      <>
        <VerdictView
          report={report}
          category={categoryName(t, category)}
          onReport={() => setReportOpen(true)}
          onZones={() =>
            downloadText(JSON.stringify(zonesGeoJson(), null, 2), 'siting-zones.geojson', 'application/geo+json')
          }
        />
        <AroundNote around={results.siteHazards} what={t('siting.data.hazards')} reachM={results.reachM} />
      </>
    );
  }

  return (
    <section aria-labelledby="siting-step3" aria-live="polite">
      <h3 id="siting-step3" className="step-title">
        <span className="step-no" aria-hidden="true">
          3
        </span>
        {t('siting.step3')}
      </h3>
      {body}
    </section>
  );
}

function VerdictView({
  report,
  category,
  onReport,
  onZones,
}: {
  report: SitingReport;
  category: string;
  onReport: () => void;
  onZones: () => void;
}) {
  const t = useT();
  const adjustedIds = useMemo(() => new Set(report.adjustedRules.map((a) => a.ruleId)), [report]);
  return (
    <>
      <VerdictBanner verdict={report.verdict} adjusted={report.adjusted} testId="siting-verdict">
        {t(VERDICT_TEXT[report.verdict], { category })}
      </VerdictBanner>
      <h4>{t('siting.reasons')}</h4>
      <ol className="siting-reasons" data-testid="siting-reasons">
        {report.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      {report.hazards.length > 0 ? (
        <HazardTable rows={report.hazards} adjustedIds={adjustedIds} />
      ) : (
        <p className="note">{t('siting.noHazards')}</p>
      )}
      {report.adjustedRules.length > 0 && (
        <div className="siting-adjusted-list" data-testid="siting-adjusted-list">
          <h4>{t('siting.adjustedList')}</h4>
          <ul>
            {report.adjustedRules.map((a) => (
              <li key={`${a.ruleId}-${a.field}`}>{a.text}</li>
            ))}
          </ul>
        </div>
      )}
      {report.rulesUsed.length > 0 && (
        <details className="siting-details">
          <summary>{t('siting.rulesUsed', { n: report.rulesUsed.length })}</summary>
          <RulesUsedTable rules={report.rulesUsed} testId="siting-rules-used" />
        </details>
      )}
      <details className="siting-details">
        <summary>{t('siting.caveats')}</summary>
        <ul>
          {report.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
          <li>{report.method.distance}</li>
        </ul>
      </details>
      <div className="siting-actions">
        <button type="button" data-testid="siting-report-button" onClick={onReport}>
          {t('siting.report')}
        </button>
        <button type="button" data-testid="siting-zones-export" onClick={onZones}>
          {t('siting.exportZones')}
        </button>
      </div>
    </>
  );
}
