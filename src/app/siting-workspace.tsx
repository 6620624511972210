import { useT } from '../i18n/use-t';
import { MapView } from '../map/map-view';
import { LayerPanel } from '../panels/layer-panel';
import { Legend } from '../panels/legend';

/** Placeholder for the Siting workspace until its panels land; keeps the map usable. */
export default function SitingWorkspace() {
  const t = useT();
  return (
    <div className="workspace-body">
      <div className="left-panel">
        <LayerPanel />
      </div>
      <main className="map-area" aria-label={t('app.mapLabel')}>
        <MapView />
        <Legend />
      </main>
    </div>
  );
}
