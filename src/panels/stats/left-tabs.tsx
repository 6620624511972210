import './left-tabs.css';
import { type KeyboardEvent, lazy, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { type LeftTab, useStatsStore } from '../../state/stats-store';
import { ChunkBoundary } from '../chunk-boundary';

// The statistics panel (and, through it, ECharts) is its own chunk: the first load ships only the layer list.
const StatsPanel = lazy(() => import('./stats-panel').then((m) => ({ default: m.StatsPanel })));

const TABS: readonly LeftTab[] = ['layers', 'stats'];

/**
 * The left panel's tabs, 图层 | 统计 (WAI-ARIA tabs: arrow keys move between them). The layer tab keeps its content
 * mounted when hidden so the skip link's target (#feature-list) and the list's scroll position survive a switch.
 */
export function LeftTabs({ layers }: { layers: ReactNode }) {
  const t = useT();
  const tab = useStatsStore((s) => s.leftTab);
  const setTab = useStatsStore((s) => s.setLeftTab);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = TABS.indexOf(tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'layers';
    setTab(next);
    document.getElementById(`left-tab-${next}`)?.focus();
  };
  return (
    <>
      <div className="left-tabs" role="tablist" aria-label={t('stats.tabsLabel')}>
        {TABS.map((k) => (
          <button
            key={k}
            id={`left-tab-${k}`}
            type="button"
            role="tab"
            data-testid={`left-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`left-tabpanel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
            onKeyDown={onKey}
          >
            {t(`stats.tab.${k}`)}
          </button>
        ))}
      </div>
      <div id="left-tabpanel-layers" role="tabpanel" aria-labelledby="left-tab-layers" hidden={tab !== 'layers'}>
        {layers}
      </div>
      {tab === 'stats' && (
        <div id="left-tabpanel-stats" role="tabpanel" aria-labelledby="left-tab-stats">
          <ChunkBoundary fallback={<p className="note">{t('stats.loading')}</p>}>
            <StatsPanel />
          </ChunkBoundary>
        </div>
      )}
    </>
  );
}
