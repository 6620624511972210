import type { Feature } from 'geojson';
import { LAYER_IDS, type LayerId } from '../../domain/layer-ids';
import type { BBox } from '../../state/store';
import type { Rect } from '../fgb/types';
import { parseManifest } from '../manifest';
import { aggregateLevelFor, cityViewChoice, finestLevel, isStreamed, levelRead, padBBox, rectOf } from '../read-plan';

/** What the page knows before anything has loaded: the dataset and the first view (from the link and its size). */
export interface FirstView {
  manifestUrl: string;
  /** the dataset's base URL, as the layer store prefixes its file names */
  base: string;
  bounds: BBox;
  zoom: number;
}

/** The reads of the data API the first view starts early; each resolves to what that call would return. */
export interface EarlyReads<R> {
  text(url: string): Promise<string>;
  whole(layer: LayerId, url: string): Promise<R>;
  cells(url: string, rect: Rect | null): Promise<Feature[]>;
  bbox(layer: LayerId, url: string, rect: Rect): Promise<R>;
}

export const readKey = {
  whole: (layer: LayerId, url: string) => `whole ${layer} ${url}`,
  cells: (url: string, rect: Rect | null) => `cells ${url} ${JSON.stringify(rect)}`,
  bbox: (layer: LayerId, url: string, rect: Rect) => `bbox ${layer} ${url} ${JSON.stringify(rect)}`,
};

/**
 * The reads the layer store will ask for once the page has the manifest (the same decisions, from read-plan.ts),
 * started now: the map's start keeps the main thread busy for a while, and the worker need not wait for it. Each
 * read goes to `keep` under the key of the later call that will take it (`readKey`); the decision for a city view
 * (features or grid) needs the grid first, so that feature read waits for it here, without a trip to the page.
 */
export async function startFirstView<R>(
  view: FirstView,
  reads: EarlyReads<R>,
  keep: (key: string, read: Promise<unknown>) => void,
): Promise<void> {
  const manifest = parseManifest(await reads.text(view.manifestUrl));
  const rect = rectOf(padBBox(view.bounds));
  for (const layer of LAYER_IDS) {
    const entry = manifest.layers[layer];
    if (!entry) continue;
    const url = view.base + entry.file;
    if (!isStreamed(entry)) {
      keep(readKey.whole(layer, url), reads.whole(layer, url));
      continue;
    }
    const agg = entry.aggregates;
    const level = agg ? aggregateLevelFor(agg, view.zoom) : null;
    if (agg && level) {
      const r = levelRead(view.base, level, rect);
      keep(readKey.cells(r.url, r.rect), reads.cells(r.url, r.rect));
    } else if (agg && agg.levels.length > 0) {
      const finest = finestLevel(agg);
      const r = levelRead(view.base, finest, rect);
      const cells = reads.cells(r.url, r.rect);
      keep(readKey.cells(r.url, r.rect), cells);
      const features = cells.then((c) =>
        cityViewChoice(c, finest, rect) === 'features' ? reads.bbox(layer, url, rect) : null,
      );
      keep(readKey.bbox(layer, url, rect), features);
    } else {
      keep(readKey.bbox(layer, url, rect), reads.bbox(layer, url, rect));
    }
  }
}
