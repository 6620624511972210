import { currentDataSource, knownDataset } from '../config/data-source';
import { useT } from '../i18n/use-t';
import { SearchBox } from '../panels/search-box';
import { useAppStore, WORKSPACES } from '../state/store';
import { BasemapSelect } from './basemap-select';

/**
 * Title · region · search · workspaces · basemap · language (ux.md desktop layout). The region is the dataset's
 * (岳阳市 for the sample, 全国 for the national build; the manifest names no region); a base the app does not know
 * (a VITE_DATA_BASE of someone else's data) shows none rather than a wrong one.
 */
export function TopBar() {
  const t = useT();
  const dataset = knownDataset(currentDataSource());
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const workspace = useAppStore((s) => s.workspace);
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  return (
    <header className="top-bar">
      <h1 className="app-title">{t('app.title')}</h1>
      {dataset && (
        <span className="region" data-testid="region" title={t('app.regionLabel')}>
          <span className="visually-hidden">
            {t('app.regionLabel')}
            {lang === 'zh' ? '：' : ': '}
          </span>
          {t(`app.region.${dataset}`)}
        </span>
      )}
      <SearchBox />
      <nav className="workspaces" aria-label={t('ws.label')}>
        {WORKSPACES.map((w) => (
          <button
            key={w}
            type="button"
            className={w === workspace ? 'workspace active' : 'workspace'}
            data-testid={`workspace-${w}`}
            aria-current={w === workspace ? 'page' : undefined}
            onClick={() => setWorkspace(w)}
          >
            {t(`ws.${w}`)}
          </button>
        ))}
      </nav>
      <div className="top-tools">
        <BasemapSelect />
        <button
          type="button"
          className="lang-switch"
          data-testid="lang-switch"
          aria-label={t('lang.label')}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.button')}
        </button>
      </div>
    </header>
  );
}
