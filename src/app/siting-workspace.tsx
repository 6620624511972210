import './siting.css';
import { useCallback, useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/map-view';
import { MapCapture, useMapCapture } from '../map/siting/map-capture';
import { ProposedPick } from '../map/siting/proposed-pick';
import { SiteDraw } from '../map/siting/site-draw';
import { SitingLayers } from '../map/siting/siting-layers';
import { LayerPanel } from '../panels/layer-panel';
import { Legend } from '../panels/legend';
import { mapDataBounds, sitingMapData, zonesGeoJson } from '../panels/siting/map-data';
import { SitingPanel } from '../panels/siting/siting-panel';
import { useSitingResults } from '../panels/siting/use-siting-results';
import { SITE_STYLE } from '../panels/siting/verdict-style';
import { useSitingStore } from '../state/siting-store';

/**
 * The 规划选址 workspace (`ws=siting`), loaded as its own chunk: layers on the left, the map with the siting
 * overlays and the drawing tool in the centre, the siting panel on the right. Results are computed here once
 * (src/panels/siting/use-siting-results) and handed to both the map and the panel; this file is the only importer
 * of the siting engine, terra-draw and the exports, so the 一张图 first load ships none of them.
 */
export default function SitingWorkspace() {
  const t = useT();
  const results = useSitingResults();
  const tab = useSitingStore((s) => s.tab);
  const site = useSitingStore((s) => s.site);
  const category = useSitingStore((s) => s.development.category);
  const proposedAt = useSitingStore((s) => s.proposed.location);
  const censusOnMap = useSitingStore((s) => s.censusOnMap);
  const capture = useMapCapture((s) => s.capture);

  const mapData = useMemo(
    () =>
      sitingMapData({
        tab,
        site,
        category,
        siting: results.siting.result,
        inverse: results.inverse.result,
        proposedAt,
        census: results.census.result,
        censusOnMap,
        effective: results.effective,
        data: results.data,
        t,
      }),
    [tab, site, category, proposedAt, censusOnMap, results, t],
  );
  // the report and the zone export are actions of the 选址核查 tab, so the map shows that tab's picture
  const reportBounds = useMemo(() => mapDataBounds(mapData), [mapData]);
  const exportZones = useCallback(() => zonesGeoJson(mapData, results.siting.result), [mapData, results]);

  return (
    <div className="workspace-body siting-body">
      <div className="left-panel">
        <LayerPanel />
      </div>
      <main className="map-area" aria-label={t('app.mapLabel')}>
        <MapView>
          <SitingLayers {...mapData} />
          <SiteDraw colours={SITE_STYLE} />
          <ProposedPick />
          <MapCapture />
        </MapView>
        <Legend />
      </main>
      <SitingPanel results={results} capture={capture} reportBounds={reportBounds} zonesGeoJson={exportZones} />
    </div>
  );
}
