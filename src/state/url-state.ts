import { DATASETS, type DatasetName } from '../config/data-source';
import { isLayerId, LAYER_IDS, type LayerId } from '../domain/layer-ids';
import {
  type AppState,
  DEFAULT_VIEW,
  type FeatureRef,
  type Lang,
  type View,
  WORKSPACES,
  type Workspace,
} from './store';

/**
 * The shareable part of the store as a query string (architecture.md Contract 4):
 * `v=lon,lat,zoom` (5/5/2 decimals) · `l=` visible layers · `h=layer:value.value|…` hidden facet values ·
 * `sel=layer:id` · `lang=zh|en` · `bm=` basemap id · `ws=siting|command` workspace · `c=` county code (drill-down).
 * Keys equal to their default are left out to keep links short.
 * Parsing never throws: a malformed or unknown value falls back to the default, so a hand-edited link still opens.
 * `data=<name>` (the dataset) is not store state: src/config/data-source.ts reads it once at start-up, and
 * serializeUrlState writes it first when given one, so a shared link opens the same dataset.
 */
export type UrlState = Pick<
  AppState,
  'view' | 'visibleLayers' | 'hiddenValues' | 'selected' | 'lang' | 'basemap' | 'workspace' | 'county'
>;

export const DEFAULT_BASEMAP = 'offline';
export const DEFAULT_LANG: Lang = 'zh';
export const DEFAULT_WORKSPACE: Workspace = 'overview';

export function defaultUrlState(): UrlState {
  return {
    view: { ...DEFAULT_VIEW },
    visibleLayers: Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>,
    hiddenValues: Object.fromEntries(LAYER_IDS.map((id) => [id, []])) as unknown as Record<LayerId, string[]>,
    selected: null,
    lang: DEFAULT_LANG,
    basemap: DEFAULT_BASEMAP,
    workspace: DEFAULT_WORKSPACE,
    county: null,
  };
}

/** Rounds a view to what the URL keeps: ~1 m in lon/lat, 0.01 zoom. */
export function roundView(v: View): View {
  const r = (x: number, d: number) => Number(x.toFixed(d));
  return { lon: r(v.lon, 5), lat: r(v.lat, 5), zoom: r(v.zoom, 2) };
}

// Facet values and ids are free text; these characters separate them in `h`, so values containing them are dropped.
const VALUE_RE = /^[^.|:]{1,64}$/;
// a basemap id, or `id:url` for user-entered style / PMTiles URLs (src/map/basemaps.ts basemapValue)
const BASEMAP_RE = /^[A-Za-z0-9_-]{1,40}(:\S{1,2000})?$/;

function parseView(raw: string | null): View | null {
  if (raw == null) return null;
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85.06 || zoom < 0 || zoom > 24) return null;
  return { lon, lat, zoom };
}

function parseLayers(raw: string | null): Record<LayerId, boolean> | null {
  if (raw == null) return null;
  const ids = raw.split(',').filter(isLayerId);
  // `l=` (empty) means "no layer"; `l=junk` is treated as absent rather than hiding everything by accident.
  if (ids.length === 0 && raw.trim() !== '') return null;
  return Object.fromEntries(LAYER_IDS.map((id) => [id, ids.includes(id)])) as Record<LayerId, boolean>;
}

function parseHidden(raw: string | null): Record<LayerId, string[]> | null {
  if (raw == null) return null;
  const out = defaultUrlState().hiddenValues;
  for (const group of raw.split('|')) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const layer = group.slice(0, colon);
    if (!isLayerId(layer)) continue;
    const values = group
      .slice(colon + 1)
      .split('.')
      .filter((v) => VALUE_RE.test(v));
    // sorted and unique, the same invariant the store's toggleValue keeps
    out[layer] = [...new Set([...out[layer], ...values])].sort();
  }
  return out;
}

function parseSelected(raw: string | null): FeatureRef | null {
  if (raw == null) return null;
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const layer = raw.slice(0, colon);
  const id = raw.slice(colon + 1);
  if (!isLayerId(layer) || id === '' || id.length > 200) return null;
  return { layer, id };
}

/** Reads a query string (`?v=…&l=…`, leading `?` optional). Missing or bad keys take their defaults. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const d = defaultUrlState();
  const lang = q.get('lang');
  const bm = q.get('bm');
  const ws = q.get('ws');
  return {
    view: parseView(q.get('v')) ?? d.view,
    visibleLayers: parseLayers(q.get('l')) ?? d.visibleLayers,
    hiddenValues: parseHidden(q.get('h')) ?? d.hiddenValues,
    selected: parseSelected(q.get('sel')),
    lang: lang === 'zh' || lang === 'en' ? lang : d.lang,
    basemap: bm != null && BASEMAP_RE.test(bm) ? bm : d.basemap,
    workspace: (WORKSPACES as readonly string[]).includes(ws ?? '') ? (ws as Workspace) : d.workspace,
    // `c=` county drill-down: a GB/T 2260 six-digit code, anything else ignored
    county: /^\d{6}$/.test(q.get('c') ?? '') ? q.get('c') : d.county,
  };
}

// `,` `:` and `|` are legal in a query string and keep the link readable; everything else is percent-encoded.
const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%7C/gi, '|');

/**
 * Writes the query string (without `?`) for a state; `parseUrlState(serializeUrlState(s))` gives `s` back.
 * `dataset`: the `data=` name to keep (data-source.ts datasetParam; null for the default). Only DATASETS names are
 * written, whatever the caller passes: a link never carries a URL for the app to fetch from.
 */
export function serializeUrlState(s: UrlState, dataset: DatasetName | null = null): string {
  const parts: string[] = [];
  if (dataset !== null && (DATASETS as readonly string[]).includes(dataset)) parts.push(`data=${dataset}`);
  const v = roundView(s.view);
  parts.push(`v=${v.lon.toFixed(5)},${v.lat.toFixed(5)},${v.zoom.toFixed(2)}`);
  const visible = LAYER_IDS.filter((id) => s.visibleLayers[id]);
  if (visible.length !== LAYER_IDS.length) parts.push(`l=${enc(visible.join(','))}`);
  const hidden = LAYER_IDS.filter((id) => s.hiddenValues[id].length > 0).map(
    (id) => `${id}:${[...s.hiddenValues[id]].sort().join('.')}`,
  );
  if (hidden.length > 0) parts.push(`h=${enc(hidden.join('|'))}`);
  if (s.selected) parts.push(`sel=${enc(`${s.selected.layer}:${s.selected.id}`)}`);
  if (s.lang !== DEFAULT_LANG) parts.push(`lang=${s.lang}`);
  if (s.basemap !== DEFAULT_BASEMAP) parts.push(`bm=${enc(s.basemap)}`);
  if (s.workspace !== DEFAULT_WORKSPACE) parts.push(`ws=${s.workspace}`);
  if (s.county) parts.push(`c=${s.county}`);
  return parts.join('&');
}

export const pickUrlState = (s: AppState): UrlState => ({
  view: s.view,
  visibleLayers: s.visibleLayers,
  hiddenValues: s.hiddenValues,
  selected: s.selected,
  lang: s.lang,
  basemap: s.basemap,
  workspace: s.workspace,
  county: s.county,
});
