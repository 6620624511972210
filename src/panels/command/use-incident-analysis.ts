import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLayerFeatures } from '../../data/layer-store';
import { type CommandState, useCommandStore } from '../../state/command-store';
import { analyseIncident, type IncidentAnalysis, type IncidentInput } from './analyse-incident';

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

/** analyseIncident on the store's intent and the loaded layers, recomputed only when one of them changes. */
export function useIncidentAnalysis(): IncidentAnalysis {
  const targets = useLayerFeatures('protected-targets').features;
  const hazards = useLayerFeatures('hazard-sources').features;
  const tailings = useLayerFeatures('tailings-ponds').features;
  const parks = useLayerFeatures('chemical-parks').features;
  const stations = useLayerFeatures('fire-stations').features;
  // one object, kept while every field is the same (shallow compare), so it can stand as one memo dependency
  const intent = useCommandStore(useShallow(incidentIntent));
  return useMemo(
    () => analyseIncident(intent, { targets, hazards, tailings, parks, stations }),
    [intent, targets, hazards, tailings, parks, stations],
  );
}
