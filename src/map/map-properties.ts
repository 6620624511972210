import type { Feature } from 'geojson';

/**
 * The properties a map source needs: those its style reads (`['get', key]` / `['has', key]` anywhere in the layer
 * specs, filters and cluster properties), what the hover tooltip and a click read, and nothing else. Everything
 * sent to a GeoJSON source is copied to MapLibre's worker on every update; a city view of the national data has
 * thousands of hazards, each with a long 分级依据 text, contacts and notes that the map never draws. The detail
 * card and the list read the full features from the layer store, not from the map.
 */
export function styleKeys(...styleParts: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (!Array.isArray(v)) {
      if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
      return;
    }
    if ((v[0] === 'get' || v[0] === 'has') && typeof v[1] === 'string' && v.length === 2) keys.add(v[1]);
    for (const x of v) walk(x);
  };
  for (const p of styleParts) walk(p);
  return keys;
}

const slimCache = new WeakMap<Feature, { keys: ReadonlySet<string>; slim: Feature }>();

/** Each feature with only `keys` in its properties (a cached copy per feature and key set: features are immutable). */
export function withPropertiesOnly(features: readonly Feature[], keys: ReadonlySet<string>): Feature[] {
  return features.map((f) => {
    const hit = slimCache.get(f);
    if (hit && hit.keys === keys) return hit.slim;
    const props: Record<string, unknown> = {};
    const from = f.properties ?? {};
    for (const k of keys) if (k in from) props[k] = from[k];
    const slim: Feature = { type: 'Feature', geometry: f.geometry, properties: props };
    if (f.id !== undefined) slim.id = f.id;
    slimCache.set(f, { keys, slim });
    return slim;
  });
}
