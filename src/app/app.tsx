import { type CSSProperties, lazy } from 'react';
import { useHtmlLang, useT } from '../i18n/use-t';
import { ImportedLayers } from '../map/imported-layers';
import { MapView } from '../map/map-view';
import { StatsMapLayers } from '../map/stats/stats-map-layers';
import { ChunkBoundary } from '../panels/chunk-boundary';
import { FeatureList } from '../panels/feature-list';
import { ImportPanel } from '../panels/import/import-panel';
import { LayerPanel } from '../panels/layer-panel';
import { Legend } from '../panels/legend';
import { LeftTabs } from '../panels/stats/left-tabs';
import { BottomDrawer } from '../panels/table/bottom-drawer';
import { useAppStore } from '../state/store';
import { CHROME } from '../theme/theme';
import { ContextPanel } from './context-panel';
import { FEATURE_LIST_ID, SkipToList } from './skip-to-list';
import { StatusBar } from './status-bar';
import { TopBar } from './top-bar';

// Analysis workspaces are split into their own chunks and loaded on demand: the first load ships only the map.
const SitingWorkspace = lazy(() => import('./siting-workspace'));
const CommandWorkspace = lazy(() => import('./command-workspace'));

// Chrome colours come from the theme (one source for every colour); app.css reads them as custom properties.
const chromeVars = (mode: 'light' | 'dark') =>
  Object.fromEntries(Object.entries(CHROME[mode]).map(([k, v]) => [`--chrome-${k}`, v])) as CSSProperties;

/** The 一张图 workspace: top bar, layers | features | statistics (left), map with legend (centre), details (right), status bar. */
function Overview() {
  const t = useT();
  return (
    <div className="workspace-body">
      <div className="left-panel">
        {/* 图层 | 要素 | 统计 tabs (src/panels/stats) */}
        <LeftTabs
          layers={<LayerPanel />}
          features={
            <>
              <ImportPanel />
              <FeatureList id={FEATURE_LIST_ID} />
            </>
          }
        />
      </div>
      <main className="map-area stats-host" aria-label={t('app.mapLabel')}>
        <div className="map-stack">
          <MapView>
            <ImportedLayers />
            <StatsMapLayers />
          </MapView>
          <Legend />
        </div>
        {/* 一张表 / 规划指标 drawer under the map */}
        <BottomDrawer />
      </main>
      <ContextPanel />
    </div>
  );
}

export function App() {
  const t = useT();
  const workspace = useAppStore((s) => s.workspace);
  useHtmlLang();
  const mode = workspace === 'command' ? 'dark' : 'light';
  return (
    <div className={`app app-${workspace}`} style={chromeVars(mode)}>
      {workspace === 'overview' && <SkipToList />}
      <TopBar />
      {workspace === 'overview' ? (
        <Overview />
      ) : (
        <ChunkBoundary
          fallback={
            <div className="workspace-loading" role="status">
              {t('app.loadingMap')}
            </div>
          }
        >
          {workspace === 'siting' ? <SitingWorkspace /> : <CommandWorkspace />}
        </ChunkBoundary>
      )}
      <StatusBar />
    </div>
  );
}
