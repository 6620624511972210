import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import { useMemo } from 'react';
import {
  buildFeatureIndex,
  type CensusResult,
  checkProposedHazard,
  checkSiting,
  type FeatureIndex,
  type ProposedHazardReport,
  protectiveDistanceCensus,
  type SitingReport,
} from '../../analysis/siting';
import { degreeBox } from '../../analysis/siting/degree-box';
import { aggregatesShown, useLayerAggregates } from '../../data/aggregates';
import { type LayerLoad, reloadData, useLayerFeatures } from '../../data/layer-store';
import { padBBox } from '../../data/read-plan';
import type { LayerId } from '../../domain/layer-ids';
import { applyScenario, type EffectiveRules } from '../../domain/siting/apply-scenario';
import { useSitingStore } from '../../state/siting-store';
import { type BBox, useAppStore } from '../../state/store';
import { type Coverage, coverageOf, type LayerCoverage } from './coverage';

/**
 * Every result of the 规划选址 workspace, derived from the store and the loaded layers with the siting engine
 * (src/analysis/siting: the same code as scripts/siting.ts and scripts/census.ts). Computed once in the workspace
 * and handed to the panel and the map, so both show the same numbers.
 */

/** Hazard layers the app loads and the rule table covers (pipelines / gas stations are not built yet). */
export const SITING_HAZARD_LAYERS = ['chemical-parks', 'hazard-sources', 'tailings-ponds'] as const satisfies LayerId[];

export interface DataState {
  status: 'loading' | 'ready' | 'error';
  /** layers that failed, with their error, so the panel can say what failed */
  errors: { layer: LayerId; error: string }[];
  retry: () => void;
}

export interface SitingData {
  /** how each hazard layer, and the targets, are held (whole, by bbox around the view, or as grid cells) */
  hazardCoverage: LayerCoverage[];
  targetCoverage: LayerCoverage[];
  hazards: DataState;
  targets: DataState;
  hazardIndexes: Record<string, FeatureIndex>;
  targetIndex: FeatureIndex;
  /** features by layer, then by id: zones and census lines need each hazard's and target's geometry */
  byId: (layer: string, id: string) => Feature | undefined;
  hazardFeatures: Record<string, Feature[]>;
}

export interface Outcome<T> {
  result: T | null;
  /** engine error (bad inventory, unknown category…), shown instead of a result */
  error: string | null;
}

export interface SitingResults {
  data: SitingData;
  effective: EffectiveRules;
  /** a scenario the engine refused (zones not inner ≤ middle ≤ outer); the defaults are used meanwhile */
  scenarioError: string | null;
  /** whether the hazards loaded cover the site's widest zone (./coverage.ts); no verdict unless 'ok' */
  siteCoverage: Coverage;
  /** the same for the targets around a proposed hazard (反向核查) */
  inverseCoverage: Coverage;
  siting: Outcome<SitingReport>;
  inverse: Outcome<ProposedHazardReport>;
  census: Outcome<CensusResult>;
}

function combine(loads: { layer: LayerId; load: LayerLoad }[]): DataState {
  const errors = loads
    .filter((l) => l.load.status === 'error')
    .map((l) => ({ layer: l.layer, error: l.load.error ?? '' }));
  const status = errors.length > 0 ? 'error' : loads.every((l) => l.load.status === 'ready') ? 'ready' : 'loading';
  return { status, errors, retry: reloadData };
}

function run<T>(f: () => T): Outcome<T> {
  try {
    return { result: f(), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

const NONE: Outcome<never> = { result: null, error: null };

export function useSitingData(): SitingData {
  const cp = useLayerFeatures('chemical-parks');
  const hs = useLayerFeatures('hazard-sources');
  const tp = useLayerFeatures('tailings-ponds');
  const pt = useLayerFeatures('protected-targets');
  const gridCp = aggregatesShown(useLayerAggregates('chemical-parks'));
  const gridHs = aggregatesShown(useLayerAggregates('hazard-sources'));
  const gridTp = aggregatesShown(useLayerAggregates('tailings-ponds'));
  const gridPt = aggregatesShown(useLayerAggregates('protected-targets'));
  return useMemo(() => {
    const hazardFeatures: Record<string, Feature[]> = {
      'chemical-parks': cp.features,
      'hazard-sources': hs.features,
      'tailings-ponds': tp.features,
    };
    const hazardIndexes = Object.fromEntries(
      Object.entries(hazardFeatures).map(([layer, fs]) => [layer, buildFeatureIndex(fs)]),
    );
    const lookup = new Map<string, Feature>();
    for (const [layer, fs] of [...Object.entries(hazardFeatures), ['protected-targets', pt.features] as const]) {
      for (const f of fs) lookup.set(`${layer}\u0000${String(f.properties?.id ?? '')}`, f);
    }
    return {
      hazardCoverage: [
        { layer: 'chemical-parks', mode: cp.mode, grid: gridCp },
        { layer: 'hazard-sources', mode: hs.mode, grid: gridHs },
        { layer: 'tailings-ponds', mode: tp.mode, grid: gridTp },
      ],
      targetCoverage: [{ layer: 'protected-targets', mode: pt.mode, grid: gridPt }],
      hazards: combine([
        { layer: 'chemical-parks', load: cp },
        { layer: 'hazard-sources', load: hs },
        { layer: 'tailings-ponds', load: tp },
      ]),
      targets: combine([{ layer: 'protected-targets', load: pt }]),
      hazardIndexes,
      targetIndex: buildFeatureIndex(pt.features),
      byId: (layer, id) => lookup.get(`${layer}\u0000${id}`),
      hazardFeatures,
    };
  }, [cp, hs, tp, pt, gridCp, gridHs, gridTp, gridPt]);
}

export function useSitingResults(): SitingResults {
  const data = useSitingData();
  const tab = useSitingStore((s) => s.tab);
  const site = useSitingStore((s) => s.site);
  const development = useSitingStore((s) => s.development);
  const overrides = useSitingStore((s) => s.overrides);
  const scenarioName = useSitingStore((s) => s.scenarioName);
  const proposed = useSitingStore((s) => s.proposed);

  const { effective, scenarioError } = useMemo(() => {
    if (overrides.length === 0) return { effective: applyScenario(null), scenarioError: null };
    try {
      return {
        effective: applyScenario({ ...(scenarioName.trim() ? { name: scenarioName.trim() } : {}), overrides }),
        scenarioError: null,
      };
    } catch (e) {
      return { effective: applyScenario(null), scenarioError: e instanceof Error ? e.message : String(e) };
    }
  }, [overrides, scenarioName]);

  // every hazard that can change the verdict lies within the widest zone of the rules in force (scenario included)
  const bounds = useAppStore((s) => s.bounds);
  const reach = useMemo(() => Math.max(0, ...effective.rules.map((r) => r.zones.outer)), [effective]);
  const read = useMemo(() => (bounds ? padBBox(bounds) : null), [bounds]);
  const siteCoverage = useMemo((): Coverage => {
    if (!site) return 'ok';
    return coverageOf(data.hazardCoverage, degreeBox(bbox(site.geometry) as BBox, reach), read);
  }, [site, reach, data.hazardCoverage, read]);
  // a proposed hazard's zones are not known before its grade: the widest zone of any rule stands in
  const inverseCoverage = useMemo((): Coverage => {
    const at = proposed.location;
    if (!at) return 'ok';
    return coverageOf(data.targetCoverage, degreeBox([at[0], at[1], at[0], at[1]], reach), read);
  }, [proposed.location, reach, data.targetCoverage, read]);

  const siting = useMemo((): Outcome<SitingReport> => {
    if (!site || !development.category || data.hazards.status !== 'ready' || siteCoverage !== 'ok') return NONE;
    return run(() =>
      checkSiting({
        site: site.geometry,
        development: {
          category: development.category,
          people: development.people,
          dwellings: development.dwellings,
          floorAreaM2: development.floorAreaM2,
        },
        hazards: data.hazardIndexes,
        effective,
      }),
    );
  }, [site, development, data, effective, siteCoverage]);

  const inverse = useMemo((): Outcome<ProposedHazardReport> => {
    if (!proposed.location || data.targets.status !== 'ready' || inverseCoverage !== 'ok') return NONE;
    const location = proposed.location;
    return run(() =>
      checkProposedHazard({
        location: { type: 'Point', coordinates: location },
        ...(proposed.name.trim() ? { name: proposed.name.trim() } : {}),
        chemicals: proposed.chemicals.trim() || null,
        people500m: proposed.people500m,
        targets: data.targetIndex,
        effective,
      }),
    );
  }, [proposed, data, effective, inverseCoverage]);

  // the census runs while its tab is open (every hazard × every target), and is kept while inputs stay the same
  const censusWanted = tab === 'census';
  const census = useMemo((): Outcome<CensusResult> => {
    if (!censusWanted || data.hazards.status !== 'ready' || data.targets.status !== 'ready') return NONE;
    return run(() => protectiveDistanceCensus({ hazards: data.hazardFeatures, targets: data.targetIndex, effective }));
  }, [censusWanted, data, effective]);

  return { data, effective, scenarioError, siteCoverage, inverseCoverage, siting, inverse, census };
}
