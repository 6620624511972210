import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { useEffect, useMemo, useState } from 'react';
import type { MapMode } from '../theme/map-theme';
import { offlineBasemapStyle } from './basemap-style';
import { type Bilingual, basemapStyle, parseBasemap, type ResolvedBasemap } from './basemaps';
import { pmtilesBasemapStyle } from './pmtiles-style';

export interface BasemapState {
  style: StyleSpecification | string;
  /** stable identity of the basemap shown, for keying the data layers after a style switch */
  key: string;
  /** why the chosen basemap is not shown (the offline basemap is shown instead) */
  error: Bilingual | null;
  pending: boolean;
}

/**
 * The style for `store.basemap`. Never leaves the map blank: whatever fails (no 天地图 key, AMap refused, bad URL,
 * unreadable PMTiles), the offline basemap is shown and `error` says why.
 */
export function useBasemapStyle(value: string, mode: MapMode): BasemapState {
  const choice = useMemo(() => parseBasemap(value), [value]);
  const [pm, setPm] = useState<{ for: string; result: ResolvedBasemap } | null>(null);
  const pmKey = `${choice.url ?? ''}|${mode}`;

  useEffect(() => {
    if (choice.id !== 'pmtiles') return;
    let live = true;
    void pmtilesBasemapStyle(choice.url, mode).then((result) => {
      if (live) setPm({ for: pmKey, result });
    });
    return () => {
      live = false;
    };
  }, [choice, mode, pmKey]);

  return useMemo((): BasemapState => {
    const offline = () => offlineBasemapStyle(mode);
    if (choice.id === 'pmtiles') {
      const r = pm?.for === pmKey ? pm.result : null;
      if (!r) return { style: offline(), key: `offline|${mode}`, error: null, pending: true };
      if ('error' in r) return { style: offline(), key: `offline|${mode}`, error: r.error, pending: false };
      return { style: r.style, key: `pmtiles|${pmKey}`, error: null, pending: false };
    }
    const r = basemapStyle(choice, mode);
    if ('error' in r) return { style: offline(), key: `offline|${mode}`, error: r.error, pending: false };
    return { style: r.style, key: `${value}|${mode}`, error: null, pending: false };
  }, [choice, mode, pm, pmKey, value]);
}
