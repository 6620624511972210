// The tests read the served data with flatgeobuf directly, not with the app's reader (src/data/fgb): an independent
// reader is the oracle the app is checked against.
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../../src/domain/layer-ids';

export interface DataFeature {
  layer: LayerId;
  id: string;
  name: string;
  /** the point itself, or the first vertex of a polygon (only point features are clicked or searched) */
  lon: number;
  lat: number;
  point: boolean;
  props: Record<string, unknown>;
}

interface Manifest {
  layers: Partial<Record<LayerId, { file: string; featureCount: number }>>;
}

export async function fetchManifest(baseURL: string): Promise<Manifest> {
  const res = await fetch(`${baseURL}/data/manifest.json`);
  if (!res.ok) throw new Error(`GET /data/manifest.json: HTTP ${res.status}`);
  return (await res.json()) as Manifest;
}

/** Every feature of a layer as served to the app (`/data/<file>` from the manifest). */
export async function loadLayer(baseURL: string, layer: LayerId): Promise<DataFeature[]> {
  const manifest = await fetchManifest(baseURL);
  const entry = manifest.layers[layer];
  if (!entry) return [];
  const res = await fetch(`${baseURL}/data/${entry.file}`);
  if (!res.ok) throw new Error(`GET /data/${entry.file}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const out: DataFeature[] = [];
  for await (const f of deserialize(bytes) as AsyncGenerator<Feature<Geometry>>) {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const [lon, lat] = firstPosition(f.geometry);
    out.push({
      layer,
      id: String(props.id),
      name: String(props.name),
      lon,
      lat,
      point: f.geometry.type === 'Point',
      props,
    });
  }
  return out;
}

function firstPosition(g: Geometry): [number, number] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates[0] ?? Number.NaN, g.coordinates[1] ?? Number.NaN];
    case 'Polygon':
      return [g.coordinates[0]?.[0]?.[0] ?? Number.NaN, g.coordinates[0]?.[0]?.[1] ?? Number.NaN];
    case 'MultiPolygon':
      return [g.coordinates[0]?.[0]?.[0]?.[0] ?? Number.NaN, g.coordinates[0]?.[0]?.[0]?.[1] ?? Number.NaN];
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

/** Great-circle distance in metres (haversine; ample for a 100 m tolerance). */
export function distanceMetres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Every feature of every layer in the manifest. */
export async function loadAll(baseURL: string): Promise<DataFeature[]> {
  const manifest = await fetchManifest(baseURL);
  const layers = Object.keys(manifest.layers) as LayerId[];
  return (await Promise.all(layers.map((l) => loadLayer(baseURL, l)))).flat();
}

/** Of `candidates`, the point feature farthest from any other point feature: a click on it can only hit it. */
export function mostIsolated(candidates: readonly DataFeature[], all: readonly DataFeature[]): DataFeature {
  let best: DataFeature | undefined;
  let bestGap = -1;
  for (const c of candidates) {
    if (!c.point) continue;
    let gap = Number.POSITIVE_INFINITY;
    for (const o of all) {
      if (!o.point || (o.layer === c.layer && o.id === c.id)) continue;
      gap = Math.min(gap, distanceMetres(c, o));
    }
    if (gap > bestGap) {
      bestGap = gap;
      best = c;
    }
  }
  if (!best) throw new Error('no point feature among the candidates');
  return best;
}

/** A feature whose name no other feature's name contains, so a search for it has one right answer. */
export function uniquelyNamed(candidates: readonly DataFeature[], all: readonly DataFeature[]): DataFeature {
  const found = candidates.find(
    (c) =>
      c.point &&
      c.name.length >= 2 &&
      all.every((o) => (o.layer === c.layer && o.id === c.id) || !o.name.includes(c.name)),
  );
  if (!found) throw new Error('no uniquely named point feature among the candidates');
  return found;
}
