import { useT } from '../i18n/use-t';
import { SearchBox } from '../panels/search-box';
import { useAppStore } from '../state/store';
import { BasemapSelect } from './basemap-select';

const WORKSPACES = [
  { key: 'ws.overview', ready: true },
  { key: 'ws.siting', ready: false },
  { key: 'ws.command', ready: false },
] as const;

/** Title · region · search · workspaces · basemap · language (ux.md desktop layout). */
export function TopBar() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <header className="top-bar">
      <h1 className="app-title">{t('app.title')}</h1>
      <span className="region" title={t('app.regionLabel')}>
        <span className="visually-hidden">{t('app.regionLabel')}：</span>
        {t('app.region')}
      </span>
      <SearchBox />
      <nav className="workspaces" aria-label={t('ws.label')}>
        {WORKSPACES.map((w) =>
          w.ready ? (
            <span key={w.key} className="workspace active" aria-current="page">
              {t(w.key)}
            </span>
          ) : (
            // not built yet: shown so users know it is coming, disabled so nobody lands on an empty screen
            <button key={w.key} type="button" className="workspace" disabled title={t('ws.soon')}>
              {t(w.key)} <small>{t('ws.soon')}</small>
            </button>
          ),
        )}
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
