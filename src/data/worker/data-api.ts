import type { Feature, Position } from 'geojson';
import type { NearestStation } from '../../analysis/nearest-fire-station';
import type { SitingReport } from '../../analysis/siting/types';
import type { RadiusCount } from '../../analysis/targets-within-radii';
import type { LayerId } from '../../domain/layer-ids';
import { fetchBytes, fetchText } from '../fetch-file';
import { readFgbBytes } from '../fgb/read-fgb';
import { readFgbRect } from '../fgb/read-fgb-url';
import type { Rect } from '../fgb/types';
import { type InvalidFeature, validateFeatures } from '../validate-features';
import type { Analysis, NearestFeature, SitingQuery } from './analysis';
import { type FirstView, readKey, startFirstView } from './first-view';

export type { NearestFeature, SitingQuery } from './analysis';
export type { FirstView } from './first-view';

/**
 * The data work of the app that must not run on the main thread: decoding FlatGeobuf (whole files and bbox
 * streams), validating each feature with the layer's zod schema, and analysis over what was loaded. The same
 * object runs inside the Web Worker (data.worker.ts, through comlink) and, where there are no workers (node tests),
 * in the page itself (data-client.ts): one implementation, so both paths give the same answers.
 *
 * The worker keeps the last features it loaded for each layer, so analysis calls send a point, not the features.
 */
export interface LayerRead {
  valid: Feature[];
  invalid: number;
  reasons: InvalidFeature[];
}

export interface DataApi {
  /** a text file (the manifest) */
  fetchText(url: string): Promise<string>;
  /**
   * Starts the reads the first view will ask for as soon as the view is known (first-view.ts), before the page
   * has the manifest; the later call for the same read then gets this one's result. Resolves when they started.
   */
  startFirstView(view: FirstView): Promise<void>;
  /** features of `layer` in `rect`, read by HTTP Range through the file's R-tree, validated; `id` cancels */
  readLayerBBox(id: number, layer: LayerId, url: string, rect: Rect): Promise<LayerRead>;
  /**
   * The same read for an analysis that needs an area the view does not hold (a site's widest zone, an incident's
   * zones): the layer's loaded features, which the map shows and the worker's own queries use, stay as they are.
   */
  readAround(id: number, layer: LayerId, url: string, rect: Rect): Promise<LayerRead>;
  /** a whole `.fgb` layer file, fetched here (its bytes never cross to the page), validated */
  loadLayerUrl(layer: LayerId, url: string): Promise<LayerRead>;
  /** cells of an aggregate file in `rect` (no schema: the build wrote them); without `rect` the whole file */
  readAggregates(id: number, url: string, rect: Rect | null): Promise<Feature[]>;
  /** stops the read started with `id` (its promise then rejects) */
  cancel(id: number): void;
  /** forgets a layer's features (the app moved to aggregates): analysis then sees none */
  clearLayer(layer: LayerId): void;
  loadedCount(layer: LayerId): number;
  /** the k loaded features of `layer` nearest to `origin`, exact WGS84 distances */
  kNearest(layer: LayerId, origin: Position, k: number): Promise<NearestFeature[]>;
  nearestFireStation(origin: Position): Promise<NearestStation | null>;
  targetsWithinRadii(origin: Position, radiiMeters: number[]): Promise<RadiusCount[]>;
  checkSiting(query: SitingQuery): Promise<SitingReport>;
}

export class ReadCancelled extends Error {
  constructor() {
    super('read cancelled');
    this.name = 'AbortError';
  }
}

/** Code-unit order of one property (not localeCompare: the order must not depend on the machine's locale). */
const byProperty = (key: string) => (a: Feature, b: Feature) => {
  const x = String(a.properties?.[key] ?? '');
  const y = String(b.properties?.[key] ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
};
const byIdProperty = byProperty('id');
const byCell = byProperty('cell');

export function createDataApi(): DataApi {
  const controllers = new Map<number, AbortController>();
  const loaded = new Map<LayerId, Feature[]>();
  const features = (layer: LayerId): Feature[] => loaded.get(layer) ?? [];
  const setLoaded = (layer: LayerId, fs: Feature[]) => loaded.set(layer, fs);
  // The analysis (geodesics, spatial indexes, the siting rules) is a chunk of its own, loaded on the first query,
  // so opening the map loads only the parser (vite.config.ts builds workers as ES modules, which can split).
  // Indexes are built on the first query and cached per loaded array (./analysis.ts).
  let analysisChunk: Promise<Analysis> | null = null;
  const analysis = (): Promise<Analysis> => {
    analysisChunk ??= import('./analysis').then((m) => m.createAnalysis(features));
    return analysisChunk;
  };

  /** Runs a read the page can cancel by `id` (cancel() aborts its signal; the read then rejects). */
  async function cancellable<T>(id: number, read: (signal: AbortSignal) => Promise<T>): Promise<T> {
    controllers.get(id)?.abort();
    const ctl = new AbortController();
    controllers.set(id, ctl);
    try {
      const out = await read(ctl.signal);
      if (ctl.signal.aborted) throw new ReadCancelled();
      return out;
    } catch (e) {
      if (ctl.signal.aborted) throw new ReadCancelled();
      throw e;
    } finally {
      if (controllers.get(id) === ctl) controllers.delete(id);
    }
  }

  // Reads the first view started early, by the key of the call that will take them (once).
  const early = new Map<string, Promise<unknown>>();
  const keep = (key: string, read: Promise<unknown>) => {
    read.catch(() => {}); // a failure is reported to the call that takes it, not as an unhandled rejection
    early.set(key, read);
    // what no call took within a minute (the user moved on) is dropped
    setTimeout(() => {
      if (early.get(key) === read) early.delete(key);
    }, 60_000);
  };
  const take = <T>(key: string): Promise<T> | undefined => {
    const read = early.get(key) as Promise<T> | undefined;
    early.delete(key);
    return read;
  };
  const manifests = new Map<string, Promise<string>>();

  const bboxRead = async (layer: LayerId, url: string, rect: Rect, signal?: AbortSignal): Promise<LayerRead> => {
    const read = await readFgbRect(url, rect, { signal });
    if (signal?.aborted) throw new ReadCancelled();
    // file order is the R-tree's (Hilbert) order: put them in id order, as a whole-file layer is, so the list
    // reads the same whichever way a layer was loaded (stable lists and map updates, reproducible analysis)
    read.sort(byIdProperty);
    return validateFeatures(layer, read);
  };
  const cellsRead = async (url: string, rect: Rect | null, signal?: AbortSignal): Promise<Feature[]> => {
    const cells = rect ? await readFgbRect(url, rect, { signal }) : readFgbBytes(await fetchBytes(url, signal));
    if (signal?.aborted) throw new ReadCancelled();
    return cells.sort(byCell);
  };
  const wholeRead = async (layer: LayerId, url: string): Promise<LayerRead> =>
    validateFeatures(layer, readFgbBytes(await fetchBytes(url)));

  // the first view's start reads the manifest the page asked for: one request for both
  const manifestText = (url: string): Promise<string> => {
    const text = fetchText(url);
    manifests.set(url, text);
    text.catch(() => manifests.delete(url));
    return text;
  };

  return {
    fetchText: manifestText,
    async startFirstView(view) {
      early.clear(); // a new first view (a reload) supersedes what an earlier one started
      const reads = {
        text: (url: string) => manifests.get(url) ?? manifestText(url),
        whole: wholeRead,
        cells: (url: string, rect: Rect | null) => cellsRead(url, rect),
        bbox: (layer: LayerId, url: string, rect: Rect) => bboxRead(layer, url, rect),
      };
      await startFirstView(view, reads, keep);
    },
    async readLayerBBox(id, layer, url, rect) {
      const started = take<LayerRead | null>(readKey.bbox(layer, url, rect));
      // cancellable either way: a read the page gave up must not replace the features of a newer one.
      // null: the early start kept the grid on screen, which the page did not (it saw another view): read now
      const result = await cancellable(
        id,
        async (signal) => (started && (await started)) ?? bboxRead(layer, url, rect, signal),
      );
      setLoaded(layer, result.valid);
      return result;
    },
    readAround(id, layer, url, rect) {
      return cancellable(id, (signal) => bboxRead(layer, url, rect, signal));
    },
    async loadLayerUrl(layer, url) {
      const result = await (take<LayerRead>(readKey.whole(layer, url)) ?? wholeRead(layer, url));
      setLoaded(layer, result.valid);
      return result;
    },
    async readAggregates(id, url, rect) {
      const started = take<Feature[]>(readKey.cells(url, rect));
      if (started) return started;
      return cancellable(id, (signal) => cellsRead(url, rect, signal));
    },
    cancel(id) {
      controllers.get(id)?.abort();
    },
    clearLayer(layer) {
      setLoaded(layer, []);
    },
    loadedCount(layer) {
      return features(layer).length;
    },
    async kNearest(layer, origin, k) {
      return (await analysis()).kNearest(layer, origin, k);
    },
    async nearestFireStation(origin) {
      return (await analysis()).nearestFireStation(origin);
    },
    async targetsWithinRadii(origin, radiiMeters) {
      return (await analysis()).targetsWithinRadii(origin, radiiMeters);
    },
    async checkSiting(query) {
      return (await analysis()).checkSiting(query);
    },
  };
}
