import { useT } from '../i18n/use-t';
import { SearchBox } from '../panels/search-box';
import { useAppStore, WORKSPACES } from '../state/store';
import { BasemapSelect } from './basemap-select';

/** Title · region · search · workspaces · basemap · language (ux.md desktop layout). */
export function TopBar() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const workspace = useAppStore((s) => s.workspace);
  const setWorkspace = useAppStore((s) => s.setWorkspace);
  return (
    <header className="top-bar">
      <h1 className="app-title">{t('app.title')}</h1>
      <span className="region" title={t('app.regionLabel')}>
        <span className="visually-hidden">{t('app.regionLabel')}：</span>
        {t('app.region')}
      </span>
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
