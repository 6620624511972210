import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import { useMemo } from 'react';
import {
  buildFeatureIndex,
  type CensusResult,
  checkProposedHazard,
  checkSiting,
  type ProposedHazardReport,
  protectiveDistanceCensus,
  type SitingReport,
} from '../../analysis/siting';
import { degreeBox } from '../../analysis/siting/degree-box';
import { type AroundState, useFeaturesAround } from '../../data/features-around';
import { type LayerLoad, layerSource, reloadData, useLayerFeatures } from '../../data/layer-store';
import type { LayerId } from '../../domain/layer-ids';
import { applyScenario, type EffectiveRules } from '../../domain/siting/apply-scenario';
import { useSitingStore } from '../../state/siting-store';
import { type BBox, useAppStore } from '../../state/store';
import { type CensusScope, censusHazards, censusScope, censusTargets as targetsOf } from './census-scope';

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
  /** the layers as the map holds them (whole, or by bbox around the view) */
  loads: Partial<Record<LayerId, LayerLoad>>;
  hazards: DataState;
  targets: DataState;
  /** the loaded protected targets (the census indexes them when it runs) */
  targetFeatures: Feature[];
  /** features by layer, then by id (read around a site included): zones and census lines need their geometry */
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
  /**
   * The hazards within the site's widest zone (data/features-around.ts: read for it where the view does not hold
   * them); no verdict until they are in. Null without a site.
   */
  siteHazards: AroundState | null;
  /** the same for the targets around a proposed hazard (反向核查) */
  inverseTargets: AroundState | null;
  /** the widest zone of the rules in force, m: how far around a site or a proposed hazard the check looks */
  reachM: number;
  siting: Outcome<SitingReport>;
  inverse: Outcome<ProposedHazardReport>;
  /** what the census covers (census-scope.ts): the loaded data, or on streamed data the hazards in view */
  censusScope: CensusScope;
  /** on streamed data, the protected targets within the widest zone around the view (null otherwise) */
  censusTargets: AroundState | null;
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

const idKey = (layer: string, id: string) => `${layer}\u0000${id}`;

/** Features of several layers by layer and id (SitingData.byId). */
function byLayerAndId(groups: readonly (readonly [string, readonly Feature[]])[]): Map<string, Feature> {
  const out = new Map<string, Feature>();
  for (const [layer, fs] of groups) for (const f of fs) out.set(idKey(layer, String(f.properties?.id ?? '')), f);
  return out;
}

export function useSitingData(): SitingData {
  const cp = useLayerFeatures('chemical-parks');
  const hs = useLayerFeatures('hazard-sources');
  const tp = useLayerFeatures('tailings-ponds');
  const pt = useLayerFeatures('protected-targets');
  return useMemo(() => {
    const hazardFeatures: Record<string, Feature[]> = {
      'chemical-parks': cp.features,
      'hazard-sources': hs.features,
      'tailings-ponds': tp.features,
    };
    const lookup = byLayerAndId([...Object.entries(hazardFeatures), ['protected-targets', pt.features]]);
    return {
      loads: { 'chemical-parks': cp, 'hazard-sources': hs, 'tailings-ponds': tp, 'protected-targets': pt },
      hazards: combine([
        { layer: 'chemical-parks', load: cp },
        { layer: 'hazard-sources', load: hs },
        { layer: 'tailings-ponds', load: tp },
      ]),
      targets: combine([{ layer: 'protected-targets', load: pt }]),
      targetFeatures: pt.features,
      byId: (layer, id) => lookup.get(idKey(layer, id)),
      hazardFeatures,
    };
  }, [cp, hs, tp, pt]);
}

const pick = (loads: SitingData['loads'], layers: readonly LayerId[]) =>
  Object.fromEntries(layers.map((l) => [l, loads[l]])) as SitingData['loads'];

/** Looks features up in what was read around a site or a proposed hazard, after the loaded ones. */
function withAround(data: SitingData, around: (AroundState | null)[]): SitingData {
  const extra = byLayerAndId(around.flatMap((a) => Object.entries(a?.features ?? {})));
  if (extra.size === 0) return data;
  return { ...data, byId: (layer, id) => data.byId(layer, id) ?? extra.get(idKey(layer, id)) };
}

export function useSitingResults(): SitingResults {
  const loaded = useSitingData();
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
  const reach = useMemo(() => Math.max(0, ...effective.rules.map((r) => r.zones.outer)), [effective]);
  const siteBox = useMemo(() => (site ? degreeBox(bbox(site.geometry) as BBox, reach) : null), [site, reach]);
  const hazardLoads = useMemo(() => pick(loaded.loads, SITING_HAZARD_LAYERS), [loaded.loads]);
  const siteHazards = useFeaturesAround(hazardLoads, siteBox);
  // a proposed hazard's zones are not known before its grade: the widest zone of any rule stands in
  const at = proposed.location;
  const inverseBox = useMemo(
    (): BBox | null => (at ? degreeBox([at[0], at[1], at[0], at[1]], reach) : null),
    [at, reach],
  );
  const targetLoads = useMemo(() => pick(loaded.loads, ['protected-targets']), [loaded.loads]);
  const inverseTargets = useFeaturesAround(targetLoads, inverseBox);

  // the census runs while its tab is open (every hazard × every target), and is kept while inputs stay the same
  const censusWanted = tab === 'census';
  const view = useAppStore((s) => s.bounds);
  const scope = useMemo(
    () =>
      censusScope(hazardLoads, loaded.loads['protected-targets'], view, reach, (l) => layerSource(l)?.cover ?? null),
    [hazardLoads, loaded.loads, view, reach],
  );
  const censusBox = censusWanted && scope.kind === 'view' ? scope.targetsBox : null;
  const censusTargets = useFeaturesAround(targetLoads, censusBox);
  const data = useMemo(
    () => withAround(loaded, [siteHazards, inverseTargets, censusTargets]),
    [loaded, siteHazards, inverseTargets, censusTargets],
  );

  // indexes once per set of features (a read, a load), not per keystroke or per step of a dragged vertex
  const siteReady = siteHazards?.status === 'ready';
  const [cpAround, hsAround, tpAround] = SITING_HAZARD_LAYERS.map((l) => siteHazards?.features[l]);
  const siteIndexes = useMemo(
    () =>
      siteReady
        ? {
            'chemical-parks': buildFeatureIndex(cpAround ?? []),
            'hazard-sources': buildFeatureIndex(hsAround ?? []),
            'tailings-ponds': buildFeatureIndex(tpAround ?? []),
          }
        : null,
    [siteReady, cpAround, hsAround, tpAround],
  );
  const inverseReady = inverseTargets?.status === 'ready';
  const ptAround = inverseTargets?.features['protected-targets'];
  const inverseIndex = useMemo(
    () => (inverseReady ? buildFeatureIndex(ptAround ?? []) : null),
    [inverseReady, ptAround],
  );

  const siting = useMemo((): Outcome<SitingReport> => {
    if (!site || !development.category || !siteIndexes) return NONE;
    return run(() =>
      checkSiting({
        site: site.geometry,
        development: {
          category: development.category,
          people: development.people,
          dwellings: development.dwellings,
          floorAreaM2: development.floorAreaM2,
        },
        hazards: siteIndexes,
        effective,
      }),
    );
  }, [site, development, siteIndexes, effective]);

  const inverse = useMemo((): Outcome<ProposedHazardReport> => {
    if (!proposed.location || !inverseIndex) return NONE;
    const location = proposed.location;
    return run(() =>
      checkProposedHazard({
        location: { type: 'Point', coordinates: location },
        ...(proposed.name.trim() ? { name: proposed.name.trim() } : {}),
        chemicals: proposed.chemicals.trim() || null,
        people500m: proposed.people500m,
        targets: inverseIndex,
        effective,
      }),
    );
  }, [proposed, inverseIndex, effective]);

  const censusTargetFeatures =
    scope.kind === 'loaded'
      ? loaded.targetFeatures
      : censusTargets?.status === 'ready'
        ? censusTargets.features['protected-targets']
        : undefined;
  const census = useMemo((): Outcome<CensusResult> => {
    if (!censusWanted || loaded.hazards.status !== 'ready' || loaded.targets.status !== 'ready') return NONE;
    if (!censusTargetFeatures || (scope.kind !== 'loaded' && scope.kind !== 'view')) return NONE;
    const hazards = censusHazards(loaded.hazardFeatures, scope);
    const targets = targetsOf(censusTargetFeatures, scope);
    return run(() => protectiveDistanceCensus({ hazards, targets, effective }));
  }, [censusWanted, loaded, scope, censusTargetFeatures, effective]);

  return {
    data,
    effective,
    scenarioError,
    siteHazards,
    inverseTargets,
    reachM: reach,
    siting,
    inverse,
    censusScope: scope,
    censusTargets: scope.kind === 'view' ? censusTargets : null,
    census,
  };
}
