import { useT } from '../../i18n/use-t';
import { useCommandStore } from '../../state/command-store';
import type { IncidentAnalysis } from './analyse-incident';
import { LocationSection } from './location-section';
import { ResourcesSection } from './resources-section';
import { ScenarioSection } from './scenario-section';
import { ZonesSection } from './zones-section';

/** The incident panel (right): place, substance and weather, zones, responder settings, coverage; 生成简报. */
export function IncidentPanel({ analysis, onReport }: { analysis: IncidentAnalysis; onReport: () => void }) {
  const t = useT();
  const point = useCommandStore((s) => s.point);
  return (
    <aside className="incident-panel" aria-labelledby="incident-panel-title" data-testid="incident-panel">
      <div className="incident-panel-head">
        <h2 id="incident-panel-title">{t('command.panel.title')}</h2>
        <button
          type="button"
          className="primary"
          data-testid="report-open"
          disabled={!point}
          title={point ? undefined : t('command.report.needIncident')}
          onClick={onReport}
        >
          {t('command.report.open')}
        </button>
        <button
          type="button"
          data-testid="incident-clear"
          disabled={!point}
          onClick={() => useCommandStore.getState().clear()}
        >
          {t('command.clear')}
        </button>
      </div>
      {analysis.error && (
        <p className="field-error" role="alert">
          {t('command.analysisError', { error: analysis.error })}
        </p>
      )}
      <LocationSection />
      <ScenarioSection substance={analysis.substance} substanceUnknown={analysis.substanceUnknown} />
      <ZonesSection analysis={analysis} />
      <ResourcesSection analysis={analysis} />
    </aside>
  );
}
