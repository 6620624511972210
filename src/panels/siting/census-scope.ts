import type { Feature } from 'geojson';
import { featureInBounds } from '../../analysis/feature-in-bounds';
import { degreeBox } from '../../analysis/siting/degree-box';
import type { LayerLoad } from '../../data/layer-store';
import { bboxContains } from '../../data/read-plan';
import type { LayerId } from '../../domain/layer-ids';
import type { BBox } from '../../state/store';

/**
 * What the 防护距离普查 covers. On data read whole (the 岳阳 sample, a city's ledgers) it is every loaded hazard
 * against every loaded target, the same as `npm run census`. On data streamed by the view (the national data) "what
 * is loaded" is the view plus a margin that depends on how the map got there: a hazard in the margin may have its
 * targets just outside the area read, and would be listed with too few pairs. There the census covers the hazards
 * in view, against every protected target within the widest zone of the rules around the view (read for it where
 * the view does not hold them), so each hazard it lists is checked completely, wherever the map came from.
 */
export type CensusScope =
  /** every loaded hazard × every loaded target */
  | { kind: 'loaded' }
  /** the hazards in `view` × the targets in `targetsBox` (the view grown by the widest zone) */
  | { kind: 'view'; view: BBox; targetsBox: BBox }
  /** a streamed layer shows grid cells in this view (no features): zoom in first */
  | { kind: 'zoomIn' }
  /** a streamed layer is still reading the view's features */
  | { kind: 'reading' };

/**
 * `loads`: the hazard layers and the protected targets as the map holds them; `view`: the map's bounds; `reachM`:
 * the widest zone of the rules in force; `coverOf`: the area a streamed layer holds features for (layerSource's
 * `cover`, null while it shows grid cells).
 */
export function censusScope(
  hazardLoads: Partial<Record<LayerId, LayerLoad>>,
  targetLoad: LayerLoad | undefined,
  view: BBox | null,
  reachM: number,
  coverOf: (layer: LayerId) => BBox | null,
): CensusScope {
  const streamed = [...Object.values(hazardLoads), targetLoad].some((l) => l?.mode === 'bbox');
  if (!streamed) return { kind: 'loaded' };
  if (!view) return { kind: 'reading' };
  const loads = { ...hazardLoads, 'protected-targets': targetLoad };
  for (const [layer, load] of Object.entries(loads) as [LayerId, LayerLoad | undefined][]) {
    if (load?.mode !== 'bbox') continue;
    const cover = coverOf(layer);
    if (!cover) return { kind: 'zoomIn' };
    // a pan beyond the area read: the new read is on its way (read-plan.ts debounce)
    if (!bboxContains(cover, view)) return { kind: 'reading' };
  }
  return { kind: 'view', view, targetsBox: degreeBox(view, reachM) };
}

/** The hazards the census covers: all of them, or those in the view (a point inside, a polygon overlapping it). */
export function censusHazards(hazards: Record<string, Feature[]>, scope: CensusScope): Record<string, Feature[]> {
  if (scope.kind !== 'view') return hazards;
  return Object.fromEntries(
    Object.entries(hazards).map(([layer, fs]) => [layer, fs.filter((f) => featureInBounds(f, scope.view))]),
  );
}

/** The protected targets the census counts: all of them, or those within the widest zone around the view. */
export function censusTargets(targets: Feature[], scope: CensusScope): Feature[] {
  if (scope.kind !== 'view') return targets;
  return targets.filter((f) => featureInBounds(f, scope.targetsBox));
}
