import { type KeyboardEvent, useRef, useState } from 'react';
import { type MessageKey, useT } from '../../i18n/use-t';
import { type SitingTab, useSitingStore } from '../../state/siting-store';
import { AdjustedBadge } from './adjusted-badge';
import { CensusTab } from './census-tab';
import { CheckTab } from './check-tab';
import { InverseTab } from './inverse-tab';
import { type CaptureMap, ReportView } from './report-view';
import { RulesTab } from './rules-tab';
import type { SitingResults } from './use-siting-results';

const TABS: readonly { id: SitingTab; key: MessageKey }[] = [
  { id: 'check', key: 'siting.tab.check' },
  { id: 'inverse', key: 'siting.tab.inverse' },
  { id: 'census', key: 'siting.tab.census' },
  { id: 'rules', key: 'siting.tab.rules' },
];

export interface SitingPanelProps {
  results: SitingResults;
  /** takes the map picture for the report (wired by the workspace: only src/map touches MapLibre) */
  capture: CaptureMap | null;
  /** [minX, minY, maxX, maxY] of the site and its zones, for framing the report map */
  reportBounds: [number, number, number, number] | null;
  /** the site and zones as GeoJSON (导出分区) */
  zonesGeoJson: () => GeoJSON.FeatureCollection;
}

/**
 * The right context panel (380 px) of 规划选址: four tabs — 选址核查 (the three steps), 反向核查 (a proposed hazard),
 * 距离普查 (census), 规则情景 (scenario). Tabs follow the WAI-ARIA pattern: arrow keys move between them.
 */
export function SitingPanel({ results, capture, reportBounds, zonesGeoJson }: SitingPanelProps) {
  const t = useT();
  const tab = useSitingStore((s) => s.tab);
  const setTab = useSitingStore((s) => s.setTab);
  const reportOpen = useSitingStore((s) => s.reportOpen);
  const [collapsed, setCollapsed] = useState(false);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const adjusted = results.effective.adjustedRules.length > 0;

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = (TABS[next] as (typeof TABS)[number]).id;
    setTab(id);
    tabRefs.current[id]?.focus();
  };

  return (
    <aside
      className={collapsed ? 'context-panel siting-panel collapsed' : 'context-panel siting-panel'}
      aria-label={t('siting.panel')}
      data-testid="siting-panel"
    >
      <button
        type="button"
        className="collapse-toggle"
        aria-expanded={!collapsed}
        aria-controls="siting-panel-body"
        onClick={() => setCollapsed(!collapsed)}
        title={collapsed ? t('context.expand') : t('context.collapse')}
      >
        <span aria-hidden="true">{collapsed ? '‹' : '›'}</span>
        <span className="visually-hidden">{collapsed ? t('context.expand') : t('context.collapse')}</span>
      </button>
      <div id="siting-panel-body" className="context-body" hidden={collapsed}>
        <h2 className="siting-title">
          {t('siting.title')}
          {adjusted && <AdjustedBadge />}
        </h2>
        <div className="siting-tabs" role="tablist" aria-label={t('siting.tabs')} onKeyDown={onTabKey}>
          {TABS.map((x) => (
            <button
              key={x.id}
              ref={(el) => {
                tabRefs.current[x.id] = el;
              }}
              type="button"
              role="tab"
              id={`siting-tab-${x.id}`}
              data-testid={`siting-tab-${x.id}`}
              aria-selected={tab === x.id}
              aria-controls={`siting-tabpanel-${x.id}`}
              tabIndex={tab === x.id ? 0 : -1}
              onClick={() => setTab(x.id)}
            >
              {t(x.key)}
            </button>
          ))}
        </div>
        <div
          className="siting-tabpanel"
          role="tabpanel"
          id={`siting-tabpanel-${tab}`}
          aria-labelledby={`siting-tab-${tab}`}
        >
          {tab === 'check' && <CheckTab results={results} zonesGeoJson={zonesGeoJson} />}
          {tab === 'inverse' && <InverseTab results={results} />}
          {tab === 'census' && <CensusTab results={results} />}
          {tab === 'rules' && <RulesTab results={results} />}
        </div>
      </div>
      {reportOpen && results.siting.result && (
        <ReportView report={results.siting.result} capture={capture} bounds={reportBounds} />
      )}
    </aside>
  );
}
