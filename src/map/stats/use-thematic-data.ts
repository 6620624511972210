import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import { compositeIndex } from '../../analysis/stats/composite-index';
import { countyIndexOf } from '../../analysis/stats/county-index';
import { type HexProps, hexDensity, type WeightedPoint } from '../../analysis/stats/hex-density';
import { type ClassRange, rankClasses } from '../../analysis/stats/rank-classes';
import { DEFAULT_WEIGHTS, featureWeight, WEIGHTED_LAYERS } from '../../analysis/stats/risk-weights';
import { useLayerFeatures, useManifest } from '../../data/layer-store';
import type { LayerId } from '../../domain/layer-ids';
import { useStatsStore } from '../../state/stats-store';
import { useCountyFilter } from './use-county-filter';

/** Five classes (THEMATIC.classes), by rank: see rankClasses. */
export const CLASS_COUNT = 5;

export interface Thematic<P> {
  fc: FeatureCollection<Polygon | MultiPolygon, P>;
  /** the value range of each class, for the legend */
  legend: ClassRange[];
}

export interface ChoroplethProps {
  adcode: string;
  name: string;
  /** composite index 0–100, rounded */
  index: number;
  cls: number;
  /** the index as text, drawn on the map so colour is not the only signal */
  label: string;
}

export type HexCellProps = HexProps & { cls: number };

/** The effective as-of day of every replay: the slider's, else the data version. */
export function useAsOf(): string | null {
  const slider = useStatsStore((s) => s.asOf);
  const { manifest } = useManifest();
  return slider ?? manifest?.dataVersion ?? null;
}

/** What a thematic layer that is switched off gives: nothing to draw, computed once. */
const NONE: Thematic<never> = { fc: { type: 'FeatureCollection', features: [] }, legend: [] };

const useLayer = (layer: LayerId) => useLayerFeatures(layer).features as Feature<Geometry | null>[];

/** County areas with their composite index, for the choropleth (all counties: the others are context). */
export function useChoropleth(enabled = true): Thematic<ChoroplethProps> {
  const boundaries = useLayer('boundaries');
  const hazards = useLayer('hazard-sources');
  const ponds = useLayer('tailings-ponds');
  const parks = useLayer('chemical-parks');
  const dangers = useLayer('hidden-dangers');
  const weights = useStatsStore((s) => s.weights) ?? DEFAULT_WEIGHTS;
  const basis = useStatsStore((s) => s.basis);
  const asOf = useAsOf();
  return useMemo(() => {
    // computed only while shown: each pan of a big layer would otherwise redo it for nothing
    if (!enabled) return NONE;
    const index = countyIndexOf(boundaries);
    const layers = {
      'hazard-sources': hazards,
      'tailings-ponds': ponds,
      'chemical-parks': parks,
      'hidden-dangers': dangers,
    };
    const scores = new Map(compositeIndex(layers, index, weights, { asOf, basis }).map((s) => [s.adcode, s]));
    const values = index.areas.map((a) => Math.round(scores.get(a.adcode)?.index ?? 0));
    const { classes, ranges } = rankClasses(values, CLASS_COUNT);
    return {
      legend: ranges,
      fc: {
        type: 'FeatureCollection',
        features: index.areas.map((a, k) => ({
          type: 'Feature',
          geometry: a.geometry,
          properties: {
            adcode: a.adcode,
            name: a.name,
            index: values[k] ?? 0,
            cls: classes[k] ?? 0,
            label: String(values[k] ?? 0),
          },
        })),
      },
    };
  }, [enabled, boundaries, hazards, ponds, parks, dangers, weights, basis, asOf]);
}

/**
 * Hexagon density of weighted risk (open hidden dangers on the as-of day) and of protected-target occupants,
 * following the county drill-down.
 */
export function useHexDensity(enabled = true): Thematic<HexCellProps> {
  const byCounty = useCountyFilter();
  const hazards = useLayer('hazard-sources');
  const ponds = useLayer('tailings-ponds');
  const parks = useLayer('chemical-parks');
  const dangers = useLayer('hidden-dangers');
  const targets = useLayer('protected-targets');
  const weights = useStatsStore((s) => s.weights) ?? DEFAULT_WEIGHTS;
  const hexKm = useStatsStore((s) => s.hexKm);
  const asOf = useAsOf();
  const { manifest } = useManifest();
  // one origin per dataset (the data's centre to 0.1°), so cells do not jump when filters or the drill-down change
  const origin = useMemo((): [number, number] => {
    const boxes = Object.values(manifest?.layers ?? {}).flatMap((l) => (l?.bbox ? [l.bbox] : []));
    if (boxes.length === 0) return [0, 0];
    const r1 = (x: number) => Math.round(x * 10) / 10;
    const cx = (Math.min(...boxes.map((b) => b[0])) + Math.max(...boxes.map((b) => b[2]))) / 2;
    const cy = (Math.min(...boxes.map((b) => b[1])) + Math.max(...boxes.map((b) => b[3]))) / 2;
    return [r1(cx), r1(cy)];
  }, [manifest]);

  return useMemo(() => {
    // computed only while shown: each pan of a big layer would otherwise redo it for nothing
    if (!enabled) return NONE;
    const sources: Partial<Record<LayerId, Feature<Geometry | null>[]>> = {
      'hazard-sources': hazards,
      'tailings-ponds': ponds,
      'chemical-parks': parks,
      'hidden-dangers': dangers,
    };
    const points: WeightedPoint[] = [];
    const add = (f: Feature<Geometry | null>, weight: number, people: number) => {
      const p = representativePoint(f);
      if (p) points.push({ lon: p[0] as number, lat: p[1] as number, weight, people });
    };
    for (const layer of WEIGHTED_LAYERS) {
      for (const f of byCounty(layer, sources[layer] ?? [])) add(f, featureWeight(layer, f, weights, asOf), 0);
    }
    for (const f of byCounty('protected-targets', targets)) {
      const n = (f.properties as { people?: unknown } | null)?.people;
      add(f, 0, typeof n === 'number' ? n : 0);
    }
    const fc = hexDensity(points, { edgeKm: hexKm, origin });
    // classes among the cells that carry risk; cells with occupants only stay unfilled (class -1)
    const risky = fc.features.filter((f) => f.properties.value > 0);
    const { classes, ranges } = rankClasses(
      risky.map((f) => f.properties.value),
      CLASS_COUNT,
    );
    const clsOf = new Map(risky.map((f, i) => [f.properties.cell, classes[i] ?? 0]));
    return {
      legend: ranges,
      fc: {
        type: 'FeatureCollection',
        features: fc.features.map((f) => ({
          ...f,
          properties: { ...f.properties, cls: clsOf.get(f.properties.cell) ?? -1 },
        })),
      },
    };
  }, [enabled, hazards, ponds, parks, dangers, targets, weights, hexKm, asOf, byCounty, origin]);
}
