import { bbox } from '@turf/bbox';
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fireCoverage } from '../../analysis/incident/fire-coverage';
import { representativePoint } from '../../analysis/representative-point';
import { type AroundState, useFeaturesAround } from '../../data/features-around';
import { type LayerLoad, layerSource, useLayerFeatures } from '../../data/layer-store';
import { bboxContains } from '../../data/read-plan';
import type { LayerId } from '../../domain/layer-ids';
import { type CommandState, useCommandStore } from '../../state/command-store';
import { type BBox, useAppStore } from '../../state/store';
import { useStationReach } from '../station-reach';
import { analyseIncident, type IncidentAnalysis, type IncidentInput, type IncidentLayers } from './analyse-incident';

/** The incident the user described, from the command store, as analyseIncident takes it. */
export const incidentIntent = (s: CommandState): IncidentInput => ({
  point: s.point,
  sourceId: s.source?.id ?? null,
  substance: s.substance,
  spill: s.spill,
  time: s.time,
  windFromDeg: s.windFromDeg,
  windSpeedMs: s.windSpeedMs,
  rings: s.rings,
  speciality: s.speciality,
  roadFactor: s.roadFactor,
  speedKmh: s.speedKmh,
  coverage: s.coverage,
  coveragePlanned: s.coveragePlanned,
});

/** Whether the station lists computed on stations read within `reachM` are the true nearest (none can be missing). */
export function stationListsComplete(a: IncidentAnalysis, reachM: number): boolean {
  const within = (rs: readonly { distanceM: number }[], n: number) =>
    rs.length >= n && rs.every((r) => r.distanceM <= reachM);
  return (
    within(a.responders, 5) &&
    (a.speciality === null || within(a.specialists, 3)) &&
    (!a.chemical || a.rescueBases.some((r) => r.distanceM <= reachM))
  );
}

/** Whether the incident's lists wait for features beyond the view, and what was read (the panel says so). */
export interface IncidentAround {
  status: 'loading' | 'ready' | 'error';
  errors: { layer: LayerId; error: string }[];
  retry: () => void;
  /** layers read around the incident beyond what the view holds */
  beyondView: LayerId[];
  /** the radius the stations were read within, m, when they were read beyond the view */
  stationReachM: number | null;
}

const layersFrom = (f: AroundState['features'], fallback: IncidentLayers): IncidentLayers => ({
  targets: f['protected-targets'] ?? fallback.targets,
  hazards: f['hazard-sources'] ?? fallback.hazards,
  tailings: f['tailings-ponds'] ?? fallback.tailings,
  parks: f['chemical-parks'] ?? fallback.parks,
  stations: f['fire-stations'] ?? fallback.stations,
});

/**
 * Fire coverage where a layer is streamed by the view (the national data). The loaded risk objects and stations are
 * those around the view, so coverage is counted for the risk objects whose point is in the view: their stations
 * all lie within the stations' read area, which reaches at least MIN_PAD_M (2 km) beyond the view, more than the
 * widest district (建标152 7 km² → 1.49 km). Null while the stations are not loaded for this view (grid cells).
 */
export function viewFireCoverage(
  stations: LayerLoad,
  riskLayers: readonly LayerLoad[],
  view: BBox | null,
  includePlanned: boolean,
): IncidentAnalysis['coverage'] {
  if (!view || stations.status !== 'ready') return null;
  const cover = stations.mode === 'whole' ? view : layerSource('fire-stations')?.cover;
  if (!cover || !bboxContains(cover, view)) return null;
  const inView = riskLayers
    .flatMap((l) => l.features)
    .filter((f) => {
      const [x = Number.NaN, y = Number.NaN] = representativePoint(f) ?? [];
      return bboxContains(view, [x, y, x, y]);
    });
  return fireCoverage(stations.features, inView, { includePlanned });
}

/** Whether fire coverage is a figure of the view: some layer it uses (`loads`) is streamed by the view. */
const coverageByView = (loads: readonly LayerLoad[]): boolean => loads.some((l) => l.mode === 'bbox');

/** coverageByView on the layers fire coverage uses (viewFireCoverage), for a panel that has not got them. */
export function useCoverageByView(): boolean {
  return coverageByView([
    useLayerFeatures('fire-stations'),
    useLayerFeatures('hazard-sources'),
    useLayerFeatures('tailings-ponds'),
    useLayerFeatures('chemical-parks'),
  ]);
}

/**
 * analyseIncident on the store's intent and the layers, recomputed only when one of them changes. Where a layer is
 * streamed by the view, the features within the incident's zones and the stations around it are read for it
 * (data/features-around.ts), so what is listed does not depend on where the map is; until they are in, the lists
 * stay empty and `around` says why.
 */
export function useIncidentAnalysis(): { analysis: IncidentAnalysis; around: IncidentAround } {
  const pt = useLayerFeatures('protected-targets');
  const hs = useLayerFeatures('hazard-sources');
  const tp = useLayerFeatures('tailings-ponds');
  const cp = useLayerFeatures('chemical-parks');
  const fs = useLayerFeatures('fire-stations');
  // one object, kept while every field is the same (shallow compare), so it can stand as one memo dependency
  const intent = useCommandStore(useShallow(incidentIntent));
  const loaded = useMemo(
    (): IncidentLayers => ({
      targets: pt.features,
      hazards: hs.features,
      tailings: tp.features,
      parks: cp.features,
      stations: fs.features,
    }),
    [pt, hs, tp, cp, fs],
  );
  // on data streamed by the view, coverage counts the risk objects in view (viewFireCoverage), computed below
  const viewScoped = coverageByView([fs, hs, tp, cp]);
  // the zones do not depend on the features: a first pass on what is loaded gives the area to read
  const first = useMemo(
    () => analyseIncident({ ...intent, coverage: intent.coverage && !viewScoped }, loaded),
    [intent, viewScoped, loaded],
  );
  const zonesBox = useMemo((): BBox | null => {
    if (first.zones.length === 0) return null;
    return bbox({ type: 'FeatureCollection', features: first.zones.map((z) => z.feature) }) as BBox;
  }, [first.zones]);
  const zoneLoads = useMemo(
    () => ({ 'protected-targets': pt, 'hazard-sources': hs, 'tailings-ponds': tp, 'chemical-parks': cp }),
    [pt, hs, tp, cp],
  );
  // an incident moves by discrete steps (placed, a substance typed), not by dragging: no need to wait
  const zoneAround = useFeaturesAround(zoneLoads, zonesBox, 0);

  const point = intent.point;
  const { reach, box: stationBox, last, widen: widenReach } = useStationReach(point ? point.join(',') : '', point);
  const stationLoads = useMemo(() => ({ 'fire-stations': fs }), [fs]);
  const stationAround = useFeaturesAround(stationLoads, stationBox, 0);

  // only the reads beyond the view are awaited here: a layer that failed to load is the wall's DataErrors, and the
  // lists show what is loaded meanwhile, as they always did
  const statuses = [zoneAround?.reads.status, stationAround?.reads.status];
  const status = statuses.includes('error') ? 'error' : statuses.includes('loading') ? 'loading' : 'ready';
  const view = useAppStore((st) => st.bounds);
  const coverage = useMemo(
    () =>
      !intent.coverage || !viewScoped
        ? first.coverage
        : viewFireCoverage(fs, [hs, tp, cp], view, intent.coveragePlanned),
    [intent.coverage, intent.coveragePlanned, viewScoped, first.coverage, fs, hs, tp, cp, view],
  );
  // streamed stations: the lists are complete only within the distance looked at, whether the view held it or not
  const stationsStreamed = fs.mode === 'bbox' && point !== null;
  const analysis = useMemo((): IncidentAnalysis => {
    if (status !== 'ready') return { ...first, coverage };
    const beyond = [zoneAround, stationAround].some((a) => (a?.readBeyondView.length ?? 0) > 0);
    const features = { ...(zoneAround?.features ?? {}), ...(stationAround?.features ?? {}) };
    // fire coverage is a figure of the view, not of the incident's surroundings: not computed again on these
    const again = () => analyseIncident({ ...intent, coverage: false }, layersFrom(features, loaded));
    const a = { ...(beyond ? again() : first), coverage };
    if (!stationsStreamed) return a;
    // a station farther than the distance looked at may have a closer one just outside the area read: not listed
    const within = <T extends { distanceM: number }>(rs: T[]) => rs.filter((r) => r.distanceM <= reach);
    return {
      ...a,
      responders: within(a.responders),
      specialists: within(a.specialists),
      rescueBases: within(a.rescueBases),
    };
  }, [status, first, zoneAround, stationAround, intent, loaded, stationsStreamed, reach, coverage]);

  // widen until the lists are complete within the distance looked at
  const widen = status === 'ready' && stationsStreamed && !last && !stationListsComplete(analysis, reach);
  useEffect(() => {
    if (widen) widenReach();
  }, [widen, widenReach]);

  const around = useMemo((): IncidentAround => {
    const parts = [zoneAround, stationAround].filter((a): a is AroundState => a !== null);
    return {
      status: widen ? 'loading' : status,
      errors: parts.flatMap((a) => a.reads.errors),
      retry: () => {
        for (const a of parts) a.reads.retry();
      },
      beyondView: parts.flatMap((a) => a.readBeyondView),
      stationReachM: stationsStreamed ? reach : null,
    };
  }, [widen, status, zoneAround, stationAround, stationsStreamed, reach]);
  // no list from part of the data: until the reads are in, the zones show and the lists wait
  const shown = useMemo(
    (): IncidentAnalysis =>
      around.status === 'ready'
        ? analysis
        : { ...analysis, affected: null, rows: [], responders: [], specialists: [], rescueBases: [] },
    [analysis, around.status],
  );
  return { analysis: shown, around };
}
