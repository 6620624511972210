import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * MapLibre compiles one GPU program per layer type *and* per way each paint property is bound: a uniform for a
 * constant or a zoom-only function, a vertex attribute for a per-feature function, two attributes for zoom-and-
 * feature. So a constant `circle-color` on one layer and a per-feature one on the next are two programs, each
 * compiled synchronously on the main thread the first time such a layer draws: ~1–20 ms on a GPU (more on
 * Windows' ANGLE/D3D), ~45 ms with software WebGL (the bench measured 19 programs, 846 ms, in the first city view).
 *
 * The properties below are bound the same way in every layer, so all layers of a type share one program. A value
 * keeps its meaning: a constant becomes `coalesce(<absent property>, value)` (per feature, same value), a function
 * of zoom gets each stop wrapped the same way (zoom and feature), a per-feature function is put under a zoom
 * interpolation with equal ends. tests/layers/shared-bindings.test.ts evaluates every layer before and after.
 */
type Binding = 'feature' | 'zoom-and-feature';

export const SHARED_BINDINGS: Readonly<Record<string, Readonly<Record<string, Binding>>>> = {
  circle: {
    'circle-color': 'feature',
    'circle-stroke-color': 'feature',
    'circle-stroke-width': 'feature',
    'circle-opacity': 'feature',
    'circle-stroke-opacity': 'feature',
    'circle-radius': 'zoom-and-feature',
  },
  fill: { 'fill-color': 'feature', 'fill-outline-color': 'feature' },
  line: { 'line-color': 'feature', 'line-width': 'zoom-and-feature' },
  symbol: { 'text-color': 'feature', 'text-opacity': 'feature' },
};

/** No feature has this property (a colon never appears in our column names), so `coalesce` falls through. */
export const ABSENT_PROPERTY = 'riskatlas:none';

/** Style-spec defaults of the shared properties, for layers that leave them unset. */
const DEFAULTS: Readonly<Record<string, string | number>> = {
  'circle-color': '#000000',
  'circle-stroke-color': '#000000',
  'circle-stroke-width': 0,
  'circle-opacity': 1,
  'circle-stroke-opacity': 1,
  'circle-radius': 5,
  'fill-color': '#000000',
  'line-color': '#000000',
  'line-width': 1,
  'text-color': '#000000',
  'text-opacity': 1,
};

const FEATURE_OPS = new Set(['get', 'has', 'properties', 'feature-state', 'id', 'geometry-type']);

/** What a value depends on, read from the expression JSON (`literal` contents are data, not expressions). */
export function dependsOn(value: unknown): { zoom: boolean; feature: boolean } {
  const out = { zoom: false, feature: false };
  const walk = (v: unknown): void => {
    if (!Array.isArray(v) || v.length === 0 || typeof v[0] !== 'string') return;
    const op = v[0];
    if (op === 'literal') return;
    if (op === 'zoom') out.zoom = true;
    if (FEATURE_OPS.has(op)) out.feature = true;
    for (const arg of v.slice(1)) walk(arg);
  };
  walk(value);
  return out;
}

const perFeature = (value: unknown) => ['coalesce', ['get', ABSENT_PROPERTY], value];

/** `["interpolate"|"step", …, ["zoom"], …]` at the top: the only place MapLibre allows `zoom`. */
function isZoomCurve(v: unknown): v is unknown[] {
  if (!Array.isArray(v)) return false;
  if (v[0] === 'interpolate' || v[0] === 'interpolate-hcl' || v[0] === 'interpolate-lab')
    return JSON.stringify(v[2]) === '["zoom"]';
  return v[0] === 'step' && JSON.stringify(v[1]) === '["zoom"]';
}

/** The zoom curve with every output made per-feature (stop inputs stay numbers). */
function curveWithOutputs(curve: unknown[], wrap: (v: unknown) => unknown): unknown[] {
  if (curve[0] === 'step') {
    // ["step", ["zoom"], out0, z1, out1, …]
    return curve.map((v, i) => (i >= 2 && i % 2 === 0 ? wrap(v) : v));
  }
  // ["interpolate", type, ["zoom"], z0, out0, z1, out1, …]
  return curve.map((v, i) => (i >= 4 && i % 2 === 0 ? wrap(v) : v));
}

/**
 * The value bound as `binding`, or unchanged where that cannot keep its meaning (a zoom function under a
 * per-feature binding): that layer then has a program of its own, which the test would report.
 */
function bind(value: unknown, binding: Binding): unknown {
  const { zoom, feature } = dependsOn(value);
  if (binding === 'feature') return zoom || feature ? value : perFeature(value);
  if (zoom && feature) return value;
  if (zoom) {
    if (!isZoomCurve(value)) return value;
    return curveWithOutputs(value, (v) => (dependsOn(v).feature ? v : perFeature(v)));
  }
  const perFeatureValue = feature ? value : perFeature(value);
  return ['interpolate', ['linear'], ['zoom'], 0, perFeatureValue, 24, perFeatureValue];
}

/** The layer with its shared properties bound as SHARED_BINDINGS says (other layer types are returned as is). */
export function withSharedBindings<L extends LayerSpecification>(layer: L): L {
  const shared = SHARED_BINDINGS[layer.type];
  if (!shared) return layer;
  const paint: Record<string, unknown> = { ...((layer as { paint?: object }).paint ?? {}) };
  // a pattern fill is a program of its own (one layer has one); an unset outline colour means "the fill colour"
  if (paint['fill-pattern'] !== undefined) return layer;
  if (layer.type === 'fill') paint['fill-outline-color'] ??= paint['fill-color'] ?? '#000000';
  for (const [prop, binding] of Object.entries(shared)) {
    // a text-less symbol layer (an icon) has no text program to share
    if (prop.startsWith('text-') && !(layer as { layout?: Record<string, unknown> }).layout?.['text-field']) continue;
    paint[prop] = bind(paint[prop] ?? DEFAULTS[prop], binding) as ExpressionSpecification;
  }
  return { ...layer, paint } as L;
}
