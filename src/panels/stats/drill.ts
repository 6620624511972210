import type { CountyIndex } from '../../analysis/stats/county-index';
import { useAppStore } from '../../state/store';

/**
 * Drill down to a county: every panel and the map filter to it (store `county`, URL `c=`) and the map frames it.
 * The same call for a click on the map, on a chart bar or on a table row.
 */
export function drillTo(adcode: string, index: CountyIndex): void {
  const area = index.byCode.get(adcode);
  const s = useAppStore.getState();
  s.setCounty(adcode);
  if (area) s.flyTo({ bounds: area.bbox });
}

/** Back to the whole city; the view is left where it is. */
export const clearDrill = (): void => useAppStore.getState().setCounty(null);
