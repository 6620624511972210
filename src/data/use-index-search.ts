import { useEffect, useState } from 'react';
import type { LayerId } from '../domain/layer-ids';
import { dataFileUrl, useManifest } from './layer-store';
import { type IndexHit, lookupIds, searchLayerIndex } from './search-index';

export interface IndexSearch {
  /** idle: no query, or no layer with an index (data read whole: the loaded features are all there is) */
  status: 'idle' | 'loading' | 'ready' | 'error';
  hits: IndexHit[];
  error?: string;
}

/** Typing pauses this long before the indexes are read, so a word typed fast costs one query. */
const DEBOUNCE_MS = 200;

const IDLE: IndexSearch = { status: 'idle', hits: [] };

/** Where a layer's index (its manifest entry) is served. */
const indexUrls = (s: { file: string; blocksFile: string }) => ({
  file: dataFileUrl(s.file),
  blocks: dataFileUrl(s.blocksFile),
});

/**
 * The top-bar search over the name and 编号 indexes of the layers read by the view (./search-index.ts), `limit`
 * per layer, in `order`. The loaded features are searched by the caller as before; this finds the rest.
 */
export function useIndexSearch(query: string, order: readonly LayerId[], limit = 10): IndexSearch {
  const { manifest } = useManifest();
  const [state, setState] = useState<{ query: string; result: IndexSearch }>({ query: '', result: IDLE });
  const q = query.trim();
  const layers = order.filter((l) => manifest?.layers[l]?.search);
  const key = layers.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the layers by value (key)
  useEffect(() => {
    if (q === '' || layers.length === 0) return;
    const ctl = new AbortController();
    const timer = setTimeout(async () => {
      setState({ query: q, result: { status: 'loading', hits: [] } });
      try {
        const per = await Promise.all(
          layers.map((l) => {
            const s = manifest?.layers[l]?.search;
            if (!s) return [];
            return searchLayerIndex(l, indexUrls(s), q, limit, ctl.signal);
          }),
        );
        if (!ctl.signal.aborted) setState({ query: q, result: { status: 'ready', hits: per.flat() } });
      } catch (e) {
        if (ctl.signal.aborted) return;
        setState({
          query: q,
          result: { status: 'error', hits: [], error: e instanceof Error ? e.message : String(e) },
        });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q, key, limit, manifest]);

  if (q === '' || layers.length === 0) return IDLE;
  // until this query's read starts, it is loading (not the previous query's hits)
  return state.query === q ? state.result : { status: 'loading', hits: [] };
}

/**
 * The features of `layer` with these 编号, looked up in the layer's index (lookupIds) where it has one; answers are
 * kept, so a list that grows (a live alarm feed) looks up only its new 编号. Empty while reading, and on data read
 * whole (no index: the loaded features are all there is).
 */
export function useIdLookup(layer: LayerId, ids: readonly string[]): ReadonlyMap<string, IndexHit | null> {
  const { manifest } = useManifest();
  const entry = manifest?.layers[layer]?.search;
  const [found, setFound] = useState<ReadonlyMap<string, IndexHit | null>>(new Map());
  const missing = [...new Set(ids)].filter((id) => !found.has(id)).sort();
  const key = missing.join('\n');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the 编号 by value (key)
  useEffect(() => {
    if (!entry || missing.length === 0) return;
    const ctl = new AbortController();
    lookupIds(layer, indexUrls(entry), missing, ctl.signal)
      .then((m) => {
        if (!ctl.signal.aborted) setFound((prev) => new Map([...prev, ...m]));
      })
      // not found is not an error worth a wall alert: the list keeps naming the 编号 it has
      .catch(() => {});
    return () => ctl.abort();
  }, [key, entry, layer]);

  return found;
}
