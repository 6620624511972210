import type { Feature } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LayerId } from '../domain/layer-ids';
import type { BBox } from '../state/store';
import { isImportedFeature } from './import-store';
import { type LayerLoad, layerSource, reloadData } from './layer-store';
import { bboxContains, padBBox, rectOf } from './read-plan';
import { dataClient } from './worker/data-client';

/**
 * The features an analysis needs in a box, whatever the map shows. A layer read whole already holds them. A layer
 * streamed by the view (the national data, read-plan.ts) holds only the area around the view, and nothing while the
 * map draws it as grid cells; a siting check or an incident whose zones reach beyond that would silently miss the
 * hazards, targets or stations outside. For those layers the box is read on its own (data-api.ts readAround), and
 * the answer waits for it; the map's own features stay as they are.
 */
export interface AroundState {
  status: 'loading' | 'ready' | 'error';
  /** per requested layer: every feature that can lie in the box (imported ones included) */
  features: Partial<Record<LayerId, Feature[]>>;
  errors: { layer: LayerId; error: string }[];
  /** the streamed layers read for this box beyond what the view holds (the panels say so) */
  readBeyondView: LayerId[];
  /** loads or reads the failed layers again */
  retry: () => void;
  /** the reads beyond the view alone (not the layers' own loading): what is awaited, what failed, 重试 for them */
  reads: { status: 'loading' | 'ready' | 'error'; errors: { layer: LayerId; error: string }[]; retry: () => void };
}

interface Read {
  /** the area read: the box asked for, padded so that small edits of a site stay inside it */
  area: BBox;
  status: 'loading' | 'ready' | 'error';
  features: Feature[];
  error?: string;
}

/** By default a new read waits this long, so that dragging a site's vertex does not start a read per pixel. */
const AROUND_DEBOUNCE_MS = 150;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Whether `load` (a layer as the map holds it) has every feature of `box`. */
function holds(layer: LayerId, load: LayerLoad, box: BBox): boolean {
  if (load.mode === 'whole') return true;
  const cover = layerSource(layer)?.cover;
  return load.status === 'ready' && !!cover && bboxContains(cover, box);
}

/**
 * `loads`: the layers the analysis uses, as `useLayerFeatures` gives them, and `box`: where every feature that can
 * change its answer lies (null: nothing asked, returns null). Both memoised by the caller: a new object is a new ask.
 * `debounceMs`: 0 where the box moves only by discrete steps (an incident placed), not by dragging.
 */
export function useFeaturesAround(
  loads: Partial<Record<LayerId, LayerLoad>>,
  box: BBox | null,
  debounceMs = AROUND_DEBOUNCE_MS,
): AroundState | null {
  const [reads, setReads] = useState<Partial<Record<LayerId, Read>>>({});
  const [attempt, setAttempt] = useState(0);
  // the read in flight or done per layer, outside React state so that its own updates do not restart it
  const current = useRef(new Map<LayerId, { area: BBox; ctl: AbortController; failed: boolean; attempt: number }>());

  // the streamed layers whose loaded features do not cover the box
  const wantedNow = box ? (Object.keys(loads) as LayerId[]).filter((l) => loads[l] && !holds(l, loads[l], box)) : [];
  // kept by value: a re-render with the same box and layers (the map streaming another layer, a new box object with
  // the same corners) must not restart the debounce, or a read could be put off for as long as the map keeps moving
  const key = `${box?.join(',') ?? ''}|${wantedNow.join(',')}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is box and wanted by value
  const ask = useMemo(() => ({ box, wanted: wantedNow }), [key]);

  useEffect(() => {
    const { box, wanted } = ask;
    if (!box) return;
    const stale = wanted.filter((l) => {
      const c = current.current.get(l);
      // a failed read is tried again on 重试 (a new attempt), not on every render
      return !c || (c.failed && c.attempt < attempt) || !bboxContains(c.area, box);
    });
    if (stale.length === 0) return;
    const area = padBBox(box);
    const timer = setTimeout(() => {
      for (const layer of stale) {
        current.current.get(layer)?.ctl.abort();
        const entry = { area, ctl: new AbortController(), failed: false, attempt };
        current.current.set(layer, entry);
        const done = (read: Read) => {
          if (entry.ctl.signal.aborted) return;
          entry.failed = read.status === 'error';
          setReads((r) => ({ ...r, [layer]: read }));
        };
        setReads((r) => ({ ...r, [layer]: { area, status: 'loading', features: [] } }));
        const source = layerSource(layer);
        if (!source) {
          done({ area, status: 'error', features: [], error: 'no such layer in the manifest' });
          continue;
        }
        dataClient()
          .readAround(layer, source.url, rectOf(area), entry.ctl.signal)
          .then(
            (read) => done({ area, status: 'ready', features: read.valid }),
            (e: unknown) => done({ area, status: 'error', features: [], error: message(e) }),
          );
      }
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [ask, attempt, debounceMs]);

  // reads still running when the panel goes are not wanted any more
  useEffect(() => {
    const map = current.current;
    return () => {
      for (const c of map.values()) c.ctl.abort();
      map.clear();
    };
  }, []);

  // one merged array per read and load, so that what is built on it (spatial indexes) is built once per read
  const merged = useRef(new WeakMap<Read, { from: Feature[]; features: Feature[] }>());

  return useMemo((): AroundState | null => {
    const box = ask.box;
    if (!box) return null;
    const features: Partial<Record<LayerId, Feature[]>> = {};
    const loadErrors: AroundState['errors'] = [];
    const readErrors: AroundState['errors'] = [];
    let loading = false;
    let reading = false;
    for (const layer of Object.keys(loads) as LayerId[]) {
      const load = loads[layer];
      if (!load) continue;
      if (!ask.wanted.includes(layer)) {
        if (load.status === 'error') loadErrors.push({ layer, error: load.error ?? '' });
        else if (load.status === 'loading') loading = true;
        else features[layer] = load.features;
        continue;
      }
      const read = reads[layer];
      if (!read || !bboxContains(read.area, box) || read.status === 'loading') reading = true;
      else if (read.status === 'error') readErrors.push({ layer, error: read.error ?? '' });
      else {
        // what the user imported into the layer is in the page, not in the file read
        let m = merged.current.get(read);
        if (!m || m.from !== load.features) {
          m = { from: load.features, features: [...read.features, ...load.features.filter(isImportedFeature)] };
          merged.current.set(read, m);
        }
        features[layer] = m.features;
      }
    }
    const retryReads = () => setAttempt((n) => n + 1);
    // a layer that failed to load at all is loaded again; failed reads around the box are read again
    const retry = () => {
      if (loadErrors.length > 0) reloadData();
      retryReads();
    };
    const errors = [...loadErrors, ...readErrors];
    const status = errors.length > 0 ? 'error' : loading || reading ? 'loading' : 'ready';
    const readStatus = readErrors.length > 0 ? 'error' : reading ? 'loading' : 'ready';
    return {
      status,
      features,
      errors,
      readBeyondView: ask.wanted,
      retry,
      reads: { status: readStatus, errors: readErrors, retry: retryReads },
    };
  }, [loads, reads, ask]);
}
