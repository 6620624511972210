import { bboxContains } from '../../data/read-plan';
import type { LayerId } from '../../domain/layer-ids';
import type { BBox } from '../../state/store';

/**
 * Whether a check has every feature it needs. A layer read whole has them all. A layer read by bbox (the national
 * data) holds only the features around the view (src/data/read-plan.ts padBBox), and none at all while the map draws
 * it as grid cells: a verdict from it could miss a hazard just outside, so the panel asks for the site in view (or
 * for a closer zoom) instead of giving one.
 */
export type Coverage = 'ok' | 'grid' | 'outside';

export interface LayerCoverage {
  layer: LayerId;
  mode: 'whole' | 'bbox';
  /** the map draws this layer as grid counts (no features loaded) */
  grid: boolean;
}

/**
 * `needed`: the box every feature that can matter lies in (the site grown by the check's widest zone);
 * `read`: the area a bbox layer holds, or null while the view is not known yet.
 */
export function coverageOf(layers: readonly LayerCoverage[], needed: BBox, read: BBox | null): Coverage {
  const streamed = layers.filter((l) => l.mode === 'bbox');
  if (streamed.some((l) => l.grid)) return 'grid';
  if (streamed.length > 0 && (!read || !bboxContains(read, needed))) return 'outside';
  return 'ok';
}
