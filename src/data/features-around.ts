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
  const wanted = useMemo(
    () => (box ? (Object.keys(loads) as LayerId[]).filter((l) => loads[l] && !holds(l, loads[l], box)) : []),
    [loads, box],
  );

  useEffect(() => {
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
  }, [box, wanted, attempt, debounceMs]);

  // reads still running when the panel goes are not wanted any more
  useEffect(() => {
    const map = current.current;
    return () => {
      for (const c of map.values()) c.ctl.abort();
      map.clear();
    };
  }, []);

  return useMemo((): AroundState | null => {
    if (!box) return null;
    const features: Partial<Record<LayerId, Feature[]>> = {};
    const errors: AroundState['errors'] = [];
    let loading = false;
    for (const layer of Object.keys(loads) as LayerId[]) {
      const load = loads[layer];
      if (!load) continue;
      if (!wanted.includes(layer)) {
        if (load.status === 'error') errors.push({ layer, error: load.error ?? '' });
        else if (load.status === 'loading') loading = true;
        else features[layer] = load.features;
        continue;
      }
      const read = reads[layer];
      if (!read || !bboxContains(read.area, box) || read.status === 'loading') loading = true;
      else if (read.status === 'error') errors.push({ layer, error: read.error ?? '' });
      // what the user imported into the layer is in the page, not in the file read
      else features[layer] = [...read.features, ...load.features.filter(isImportedFeature)];
    }
    // a layer that failed to load at all is loaded again; failed reads around the box are read again
    const loadFailed = (Object.values(loads) as LayerLoad[]).some((l) => l.status === 'error');
    const retry = () => {
      if (loadFailed) reloadData();
      setAttempt((n) => n + 1);
    };
    const status = errors.length > 0 ? 'error' : loading ? 'loading' : 'ready';
    return { status, features, errors, readBeyondView: wanted, retry };
  }, [loads, reads, box, wanted]);
}
