import './table.css';
import { lazy } from 'react';
import { useT } from '../../i18n/use-t';
import { type DrawerTab, useStatsStore } from '../../state/stats-store';
import { ChunkBoundary } from '../chunk-boundary';

// Both tabs are their own chunks (the indicators bring ECharts): nothing of them loads until a tab is opened.
const TableView = lazy(() => import('./table-view').then((m) => ({ default: m.TableView })));
const IndicatorsPanel = lazy(() => import('../stats/indicators-panel').then((m) => ({ default: m.IndicatorsPanel })));

const TABS: readonly DrawerTab[] = ['table', 'indicators'];

/**
 * The drawer under the map: 一张表 (any layer as a table) and 规划指标 (the seeds' indicators). Closed it is one
 * bar of tab buttons; a tab button opens it, the same button (or 收起) closes it. The map shrinks to make room.
 */
export function BottomDrawer() {
  const t = useT();
  const drawer = useStatsStore((s) => s.drawer);
  const setDrawer = useStatsStore((s) => s.setDrawer);
  return (
    <section className={drawer ? 'bottom-drawer open' : 'bottom-drawer'} aria-label={t('drawer.label')}>
      <div className="drawer-bar">
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            data-testid={`drawer-tab-${k}`}
            aria-expanded={drawer === k}
            aria-controls="drawer-body"
            className={drawer === k ? 'drawer-tab active' : 'drawer-tab'}
            onClick={() => setDrawer(drawer === k ? null : k)}
          >
            {t(`drawer.${k}`)}
          </button>
        ))}
        {drawer && (
          <button type="button" className="icon-button drawer-close" onClick={() => setDrawer(null)}>
            {t('drawer.close')}
          </button>
        )}
      </div>
      {drawer && (
        <div id="drawer-body" className="drawer-body">
          <ChunkBoundary fallback={<p className="note">{t('stats.loading')}</p>}>
            {drawer === 'table' ? <TableView /> : <IndicatorsPanel />}
          </ChunkBoundary>
        </div>
      )}
    </section>
  );
}
