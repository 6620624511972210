import './left-tabs.css';
import { type KeyboardEvent, lazy, type ReactNode, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { type LeftTab, useStatsStore } from '../../state/stats-store';
import { ChunkBoundary } from '../chunk-boundary';

// The statistics panel (and, through it, ECharts) is its own chunk: the first load ships only the layer list.
const StatsPanel = lazy(() => import('./stats-panel').then((m) => ({ default: m.StatsPanel })));

const TABS: readonly LeftTab[] = ['layers', 'features', 'stats'];

/**
 * The left panel's tabs, 图层 | 要素 | 统计 (WAI-ARIA tabs: arrow keys move between them).
 *
 * The feature list (with import and export) has its own tab, mounted when first opened and kept mounted afterwards
 * so its scroll position survives a switch. Below the layers it made the panel a scroller ~50,000 px tall from the
 * first paint, which on software WebGL cost the national city view's first render about a quarter of a second
 * (docs/performance.md); on its own tab the first view paints only the layers, which fit the panel.
 */
export function LeftTabs({ layers, features }: { layers: ReactNode; features: ReactNode }) {
  const t = useT();
  const tab = useStatsStore((s) => s.leftTab);
  const setTab = useStatsStore((s) => s.setLeftTab);
  const [featuresOpened, setFeaturesOpened] = useState(tab === 'features');
  if (tab === 'features' && !featuresOpened) setFeaturesOpened(true);
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
      {/* every panel exists, so each tab's aria-controls names an element; only the content waits */}
      <div id="left-tabpanel-features" role="tabpanel" aria-labelledby="left-tab-features" hidden={tab !== 'features'}>
        {featuresOpened && features}
      </div>
      <div id="left-tabpanel-stats" role="tabpanel" aria-labelledby="left-tab-stats" hidden={tab !== 'stats'}>
        {tab === 'stats' && (
          <ChunkBoundary fallback={<p className="note">{t('stats.loading')}</p>}>
            <StatsPanel />
          </ChunkBoundary>
        )}
      </div>
    </>
  );
}
