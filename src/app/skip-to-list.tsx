import type { MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/use-t';
import { useStatsStore } from '../state/stats-store';

export const FEATURE_LIST_ID = 'feature-list';

/**
 * The page's first focusable element: moves keyboard focus to the feature list (the accessible alternative to the
 * map), in the 一张图 workspace, the only one with the list. The list lives on the left panel's 要素 tab, so the link
 * opens that tab before focusing it; the list section has tabIndex -1, so focus lands on it, not only the view.
 */
export function SkipToList() {
  const t = useT();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    // synchronously, so the tab and its list are in the page when focus moves
    flushSync(() => useStatsStore.getState().setLeftTab('features'));
    document.getElementById(FEATURE_LIST_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${FEATURE_LIST_ID}`} onClick={onClick}>
      {t('app.skipToList')}
    </a>
  );
}
