import { type Remote, wrap } from 'comlink';
import type { Feature, Position } from 'geojson';
import type { NearestStation } from '../../analysis/nearest-fire-station';
import type { SitingReport } from '../../analysis/siting/types';
import type { RadiusCount } from '../../analysis/targets-within-radii';
import type { LayerId } from '../../domain/layer-ids';
import type { Rect } from '../fgb/types';
import type { DataApi, FirstView, LayerRead, NearestFeature, SitingQuery } from './data-api';

/**
 * The page's side of the data worker. Parsing and validation of every layer file, bbox stream and aggregate
 * read, and the analysis over loaded features, run in one module Web Worker, so a pan that brings in thousands of
 * features never blocks the main thread; only the finished, plain results are copied back (structured clone).
 * Where `Worker` does not exist (node tests) the same functions run in the page ('inline').
 *
 * Cancelling: an AbortSignal cannot cross to a worker, so each read has an id the worker can be told to cancel;
 * the page stops waiting at once, and the worker aborts the read's range requests.
 */
export interface DataClient {
  readonly mode: 'worker' | 'inline';
  /** Starts the worker now (it loads and compiles its module meanwhile) instead of on the first call. */
  start(): void;
  /** the manifest's text, fetched by the worker (which reads it for the first view too) */
  fetchText(url: string): Promise<string>;
  /** the view is known: the worker starts its reads now (data-api.ts startFirstView); never rejects */
  startFirstView(view: FirstView): void;
  readLayerBBox(layer: LayerId, url: string, rect: Rect, signal?: AbortSignal): Promise<LayerRead>;
  /** features of `layer` in `rect` for an analysis, leaving the layer's loaded features alone (data-api.ts) */
  readAround(layer: LayerId, url: string, rect: Rect, signal?: AbortSignal): Promise<LayerRead>;
  loadLayerUrl(layer: LayerId, url: string): Promise<LayerRead>;
  readAggregates(url: string, rect: Rect | null, signal?: AbortSignal): Promise<Feature[]>;
  clearLayer(layer: LayerId): Promise<void>;
  kNearest(layer: LayerId, origin: Position, k: number): Promise<NearestFeature[]>;
  nearestFireStation(origin: Position): Promise<NearestStation | null>;
  targetsWithinRadii(origin: Position, radiiMeters: number[]): Promise<RadiusCount[]>;
  checkSiting(query: SitingQuery): Promise<SitingReport>;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('aborted', 'AbortError');
}

export const WORKER_FAILED_MESSAGE = '数据处理线程无法启动，改在页面内处理 (data worker failed; working in the page)';

type Api = DataApi | Remote<DataApi>;

export function createDataClient(prefer: 'worker' | 'inline' = 'worker'): DataClient {
  let mode: 'worker' | 'inline' = prefer === 'worker' && typeof Worker !== 'undefined' ? 'worker' : 'inline';
  let api: Api | null = null;
  // Rejects if the worker cannot start (script blocked or missing): a comlink call would otherwise wait forever.
  let failWorker: (e: Error) => void = () => {};
  const workerFailed = new Promise<never>((_, reject) => {
    failWorker = reject;
  });
  workerFailed.catch(() => {});

  // The in-page API is the whole worker (parsers, schemas, siting engine): imported only when needed, so the
  // first load does not ship it twice (the worker file has its own copy).
  let inline: Promise<DataApi> | null = null;
  const inlineApi = (): Promise<DataApi> => {
    inline ??= import('./data-api').then((m) => m.createDataApi());
    return inline;
  };

  const current = async (): Promise<Api> => {
    if (api) return api;
    if (mode === 'worker') {
      try {
        const worker = new Worker(new URL('./data.worker.ts', import.meta.url), {
          type: 'module',
          name: 'riskatlas-data',
        });
        worker.addEventListener(
          'error',
          () => {
            worker.terminate();
            mode = 'inline';
            api = null;
            failWorker(new Error(WORKER_FAILED_MESSAGE));
          },
          { once: true },
        );
        api = wrap<DataApi>(worker);
        return api;
      } catch {
        mode = 'inline'; // e.g. a Content-Security-Policy without worker-src: slower, but the app still works
      }
    }
    const a = await inlineApi();
    api ??= a;
    return api;
  };

  const inPage = () => mode === 'inline';

  /** One call; if the worker dies meanwhile, the call runs again in the page, or fails with why. */
  async function call<T>(f: (a: Api) => Promise<T> | T): Promise<T> {
    const a = await current();
    if (inPage()) return f(a);
    try {
      return await Promise.race([Promise.resolve(f(a)), workerFailed]);
    } catch (e) {
      if (inPage()) return f(await current()); // the error listener switched to the page meanwhile
      throw e;
    }
  }

  let nextId = 1;

  /** Runs a cancellable read: rejects with the signal's reason as soon as it aborts, and tells the worker. */
  async function cancellable<T>(
    signal: AbortSignal | undefined,
    read: (a: Api, id: number) => Promise<T> | T,
  ): Promise<T> {
    const id = nextId++;
    if (!signal) return call((a) => read(a, id));
    signal.throwIfAborted();
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        const a = api;
        if (a) void Promise.resolve(a.cancel(id)).catch(() => {});
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => {});
    const run = call((a) => read(a, id));
    run.catch(() => {}); // a cancelled read rejects after nobody waits for it any more
    try {
      return await Promise.race([run, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  return {
    get mode() {
      return mode;
    },
    start: () => void current().catch(() => {}),
    fetchText: (url) => call((a) => a.fetchText(url)),
    startFirstView: (view) => void call((a) => a.startFirstView(view)).catch(() => {}),
    readLayerBBox: (layer, url, rect, signal) => cancellable(signal, (a, id) => a.readLayerBBox(id, layer, url, rect)),
    readAround: (layer, url, rect, signal) => cancellable(signal, (a, id) => a.readAround(id, layer, url, rect)),
    loadLayerUrl: (layer, url) => call((a) => a.loadLayerUrl(layer, url)),
    readAggregates: (url, rect, signal) => cancellable(signal, (a, id) => a.readAggregates(id, url, rect)),
    clearLayer: (layer) => call((a) => a.clearLayer(layer)),
    kNearest: (layer, origin, k) => call((a) => a.kNearest(layer, origin, k)),
    nearestFireStation: (origin) => call((a) => a.nearestFireStation(origin)),
    targetsWithinRadii: (origin, radii) => call((a) => a.targetsWithinRadii(origin, radii)),
    checkSiting: (query) => call((a) => a.checkSiting(query)),
  };
}

let shared: DataClient | null = null;

/** The app's one data worker, started on first use (importing this module starts nothing). */
export function dataClient(): DataClient {
  shared ??= createDataClient();
  return shared;
}
