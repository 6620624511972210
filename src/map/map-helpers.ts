import type { LayerId } from '../domain/layer-ids';
import { layerOfStyleLayer } from '../layers';
import type { BBox, FeatureRef, FlyRequest, View } from '../state/store';

/**
 * Pure helpers between MapLibre events and the app store, kept apart from map-view.tsx so they can be tested
 * without WebGL.
 */

export type FlyAction =
  | { kind: 'fitBounds'; bounds: [[number, number], [number, number]]; maxZoom: number }
  | { kind: 'flyTo'; center: [number, number]; zoom?: number }
  | null;

/** A store fly request → the camera call to make. A degenerate bbox (one point) becomes a flyTo. */
export function flyAction(req: FlyRequest | null): FlyAction {
  if (!req) return null;
  if (req.bounds) {
    const [minX, minY, maxX, maxY] = req.bounds;
    if ([minX, minY, maxX, maxY].some((n) => !Number.isFinite(n))) return null;
    if (maxX - minX < 1e-6 && maxY - minY < 1e-6) {
      return { kind: 'flyTo', center: [minX, minY], zoom: req.zoom ?? 15 };
    }
    return {
      kind: 'fitBounds',
      bounds: [
        [minX, minY],
        [maxX, maxY],
      ],
      maxZoom: req.zoom ?? 16,
    };
  }
  if (req.lon === undefined || req.lat === undefined || !Number.isFinite(req.lon) || !Number.isFinite(req.lat)) {
    return null;
  }
  return { kind: 'flyTo', center: [req.lon, req.lat], ...(req.zoom !== undefined ? { zoom: req.zoom } : {}) };
}

const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Map centre/zoom/bounds → store view, rounded so the URL stays short and stable (1e-5° ≈ 1 m). */
export function viewFrom(center: { lng: number; lat: number }, zoom: number, b: [number, number, number, number]) {
  const view: View = { lon: r(center.lng, 5), lat: r(center.lat, 5), zoom: r(zoom, 2) };
  const bounds: BBox = [r(b[0], 5), r(b[1], 5), r(b[2], 5), r(b[3], 5)];
  return { view, bounds };
}

/** The part of a MapLibre rendered feature these helpers read. */
export interface RenderedFeatureLike {
  layer: { id: string };
  source: string;
  properties: Record<string, unknown> | null;
  geometry?: { type: string; coordinates?: unknown };
}

export type Pick =
  | { kind: 'cluster'; layer: LayerId; source: string; clusterId: number; lngLat: [number, number] }
  | { kind: 'feature'; ref: FeatureRef; props: Record<string, unknown> }
  | null;

/** The topmost hit of a click or hover (MapLibre lists features top first): a cluster to expand, or a feature. */
export function pickFeature(features: readonly RenderedFeatureLike[] | undefined): Pick {
  for (const f of features ?? []) {
    const layer = layerOfStyleLayer(f.layer.id);
    const props = f.properties ?? {};
    if (!layer) continue;
    if (props.cluster === true || typeof props.cluster_id === 'number') {
      const c = f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
      if (!c) continue;
      return { kind: 'cluster', layer, source: f.source, clusterId: Number(props.cluster_id), lngLat: [c[0], c[1]] };
    }
    if (props.id === undefined || props.id === null) continue;
    return { kind: 'feature', ref: { layer, id: String(props.id) }, props };
  }
  return null;
}
