import type { CSSProperties } from 'react';
import { useHtmlLang, useT } from '../i18n/use-t';
import { MapView } from '../map/map-view';
import { FeatureList } from '../panels/feature-list';
import { LayerPanel } from '../panels/layer-panel';
import { Legend } from '../panels/legend';
import { CHROME } from '../theme/theme';
import { ContextPanel } from './context-panel';
import { StatusBar } from './status-bar';
import { TopBar } from './top-bar';

// Chrome colours come from the theme (one source for every colour); app.css reads them as custom properties.
const chromeVars = Object.fromEntries(
  Object.entries(CHROME.light).map(([k, v]) => [`--chrome-${k}`, v]),
) as CSSProperties;

/** The 一张图 workspace: top bar, layers + list (left), map with legend (centre), details (right), status bar. */
export function App() {
  const t = useT();
  useHtmlLang();
  return (
    <div className="app" style={chromeVars}>
      {/* the list section has tabIndex -1, so following the fragment moves keyboard focus there, not only the view */}
      <a className="skip-link" href="#feature-list">
        {t('app.skipToList')}
      </a>
      <TopBar />
      <div className="workspace-body">
        <div className="left-panel">
          <LayerPanel />
          <FeatureList id="feature-list" />
        </div>
        <main className="map-area" aria-label={t('app.mapLabel')}>
          <MapView />
          <Legend />
        </main>
        <ContextPanel />
      </div>
      <StatusBar />
    </div>
  );
}
