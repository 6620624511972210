import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import type { Rect } from '../../src/data/fgb/types';
import type { LayerId } from '../../src/domain/layer-ids';
import { HAZARDS, PARKS, STATIONS, state, TAILINGS, TARGETS } from './fixtures';

/**
 * Stand-in for src/data/worker/data-client in panel tests: `readAround` answers from the whole fixture layer (the
 * "file" behind a streamed layer), the features whose bbox meets the rect, as the FlatGeobuf R-tree read does.
 */
const FILES: Partial<Record<LayerId, Feature[]>> = {
  'hazard-sources': HAZARDS,
  'tailings-ponds': TAILINGS,
  'chemical-parks': PARKS,
  'fire-stations': STATIONS,
  'protected-targets': TARGETS,
};

const meets = (f: Feature, r: Rect) => {
  const [x0, y0, x1, y1] = bbox(f);
  return x0 <= r.maxX && x1 >= r.minX && y0 <= r.maxY && y1 >= r.minY;
};

export function dataClient() {
  return {
    async readAround(layer: LayerId, _url: string, rect: Rect) {
      state.around.reads.push({ layer, rect });
      if (state.around.fail) throw new Error(state.around.fail);
      return { valid: (FILES[layer] ?? []).filter((f) => meets(f, rect)), invalid: 0, reasons: [] };
    },
  };
}
