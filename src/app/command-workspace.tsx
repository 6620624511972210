import './command.css';
import { useCallback, useMemo, useState } from 'react';
import { useActiveAlarms, useAlarmFeedConnection } from '../data/alarm-store';
import { reloadData, useLayerFeatures } from '../data/layer-store';
import { type MessageKey, useT } from '../i18n/use-t';
import { AlarmMarkers } from '../map/command/alarm-markers';
import { CommandLayers } from '../map/command/command-layers';
import { FitIncident } from '../map/command/fit-incident';
import { captureMapImage } from '../map/command/map-capture';
import { MapCaptureRegistrar } from '../map/command/map-capture-registrar';
import { PlaceIncident } from '../map/command/place-incident';
import { MapView } from '../map/map-view';
import { AffectedList } from '../panels/command/affected-list';
import { AlarmList } from '../panels/command/alarm-list';
import { AroundNotice } from '../panels/command/around-notice';
import { IncidentPanel } from '../panels/command/incident-panel';
import { KpiStrip } from '../panels/command/kpi-strip';
import { commandMapData } from '../panels/command/map-data';
import { ReportView } from '../panels/command/report-view';
import { RespondersList } from '../panels/command/responders-list';
import { useIncidentAnalysis } from '../panels/command/use-incident-analysis';
import { Legend } from '../panels/legend';
import { useCommandStore } from '../state/command-store';

interface ReportState {
  at: Date;
  /** undefined while the map image is being made */
  image: string | null | undefined;
}

const fileStamp = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};

/** The layers the command analysis needs that failed to load: the wall says what is missing, never a silent gap. */
function DataErrors() {
  const t = useT();
  const layers = [
    useLayerFeatures('hazard-sources'),
    useLayerFeatures('protected-targets'),
    useLayerFeatures('fire-stations'),
    useLayerFeatures('tailings-ponds'),
    useLayerFeatures('chemical-parks'),
  ];
  const failed = layers.find((l) => l.status === 'error');
  if (!failed) return null;
  return (
    <div className="command-data-error" role="alert">
      {t('command.dataError', { error: failed.error ?? '' })}
      <button type="button" onClick={reloadData}>
        {t('command.retry')}
      </button>
    </div>
  );
}

/**
 * 应急指挥: the dark wall layout (ux.md) — KPI tiles across the top, map centre, incident panel right, lists below
 * (影响目标, 响应力量, 实时报警). Everything here is lazy-loaded with this chunk. One analysis feeds the map, the
 * panels and the report, so they always show the same numbers.
 */
export default function CommandWorkspace() {
  const t = useT();
  useAlarmFeedConnection();
  const { analysis, around } = useIncidentAnalysis();
  const point = useCommandStore((s) => s.point);
  const source = useCommandStore((s) => s.source);
  const hazards = useLayerFeatures('hazard-sources').features;
  const alarms = useActiveAlarms();
  const [report, setReport] = useState<ReportState | null>(null);

  const mapData = useMemo(() => commandMapData(analysis, point, t), [analysis, point, t]);
  const fitKey = point ? `${point.join(',')}|${analysis.substance?.key ?? ''}` : null;
  const sourceName = source
    ? String(hazards.find((f) => String(f.properties?.id) === source.id)?.properties?.name ?? source.id)
    : null;

  const openReport = useCallback(async () => {
    setReport({ at: new Date(), image: undefined });
    const image = await captureMapImage(mapData.bounds);
    setReport((r) => (r ? { ...r, image } : r));
  }, [mapData.bounds]);

  return (
    <div className="command-body">
      <KpiStrip analysis={analysis} />
      <div className="command-status">
        <DataErrors />
        <AroundNotice around={around} />
      </div>
      <main className="command-map map-area" aria-label={t('app.mapLabel')}>
        <MapView mode="dark">
          <CommandLayers
            zones={mapData.zones}
            point={mapData.point}
            responders={mapData.responders}
            districts={mapData.districts}
            uncovered={mapData.uncovered}
          />
          <AlarmMarkers
            alarms={alarms}
            hazards={hazards}
            levelText={(l) => t(`command.level.${l}` as MessageKey)}
            describe={(name, n, l) =>
              t('command.map.alarmMarker', { name, n, level: t(`command.level.${l}` as MessageKey) })
            }
          />
          <PlaceIncident />
          <FitIncident fitKey={fitKey} bounds={mapData.bounds} />
          <MapCaptureRegistrar />
        </MapView>
        <Legend />
      </main>
      <IncidentPanel analysis={analysis} onReport={openReport} />
      <div className="command-lists">
        <AffectedList analysis={analysis} stamp={fileStamp} />
        <RespondersList analysis={analysis} />
        <AlarmList />
      </div>
      {report && (
        <ReportView
          analysis={analysis}
          image={report.image}
          generatedAt={report.at}
          sourceName={sourceName}
          onClose={() => setReport(null)}
        />
      )}
    </div>
  );
}
