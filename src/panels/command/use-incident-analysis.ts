import { useMemo } from 'react';
import { useLayerFeatures } from '../../data/layer-store';
import { useCommandStore } from '../../state/command-store';
import { analyseIncident, type IncidentAnalysis } from './analyse-incident';

/** analyseIncident on the store's intent and the loaded layers, recomputed only when one of them changes. */
export function useIncidentAnalysis(): IncidentAnalysis {
  const targets = useLayerFeatures('protected-targets').features;
  const hazards = useLayerFeatures('hazard-sources').features;
  const tailings = useLayerFeatures('tailings-ponds').features;
  const parks = useLayerFeatures('chemical-parks').features;
  const stations = useLayerFeatures('fire-stations').features;
  const point = useCommandStore((s) => s.point);
  const source = useCommandStore((s) => s.source);
  const substance = useCommandStore((s) => s.substance);
  const spill = useCommandStore((s) => s.spill);
  const time = useCommandStore((s) => s.time);
  const windFromDeg = useCommandStore((s) => s.windFromDeg);
  const windSpeedMs = useCommandStore((s) => s.windSpeedMs);
  const rings = useCommandStore((s) => s.rings);
  const speciality = useCommandStore((s) => s.speciality);
  const roadFactor = useCommandStore((s) => s.roadFactor);
  const speedKmh = useCommandStore((s) => s.speedKmh);
  const coverage = useCommandStore((s) => s.coverage);
  const coveragePlanned = useCommandStore((s) => s.coveragePlanned);
  return useMemo(
    () =>
      analyseIncident(
        {
          point,
          sourceId: source?.id ?? null,
          substance,
          spill,
          time,
          windFromDeg,
          windSpeedMs,
          rings,
          speciality,
          roadFactor,
          speedKmh,
          coverage,
          coveragePlanned,
        },
        { targets, hazards, tailings, parks, stations },
      ),
    [
      point,
      source,
      substance,
      spill,
      time,
      windFromDeg,
      windSpeedMs,
      rings,
      speciality,
      roadFactor,
      speedKmh,
      coverage,
      coveragePlanned,
      targets,
      hazards,
      tailings,
      parks,
      stations,
    ],
  );
}
