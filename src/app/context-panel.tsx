import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { DetailCard } from '../panels/detail-card';
import { useAppStore } from '../state/store';

/** Right panel (380 px): the detail card, or a hint when nothing is selected. Collapsible to a thin strip. */
export function ContextPanel() {
  const t = useT();
  const selected = useAppStore((s) => s.selected);
  const [collapsed, setCollapsed] = useState(false);
  // a new selection is a request to see it: reopen the panel
  useEffect(() => {
    if (selected) setCollapsed(false);
  }, [selected]);
  return (
    <aside className={collapsed ? 'context-panel collapsed' : 'context-panel'} aria-label={t('context.title')}>
      <button
        type="button"
        className="collapse-toggle"
        aria-expanded={!collapsed}
        aria-controls="context-panel-body"
        onClick={() => setCollapsed(!collapsed)}
        title={collapsed ? t('context.expand') : t('context.collapse')}
      >
        <span aria-hidden="true">{collapsed ? '‹' : '›'}</span>
        <span className="visually-hidden">{collapsed ? t('context.expand') : t('context.collapse')}</span>
      </button>
      <div id="context-panel-body" className="context-body" hidden={collapsed}>
        {selected ? <DetailCard /> : <p className="context-empty">{t('context.empty')}</p>}
      </div>
    </aside>
  );
}
