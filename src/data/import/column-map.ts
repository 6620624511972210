import { GEOMETRY_LEDGER_COLUMNS, LAYERS, resolveHeader } from '../../domain';
import { LAYER_IDS, type LayerId } from '../../domain/layer-ids';
import { normalizeKey } from '../../domain/normalize-text';
import type { ColumnMapping } from './types';

/**
 * Header spellings of the coordinate columns, after normalizeKey. The ledger forms (`经度 [lon]`) are matched by
 * the domain's resolveHeader first; these cover other exports: GIS (x/y, lng), survey tables (东坐标/北坐标) and
 * web maps. X is taken as east, as in GIS; surveyors' X = north is caught by the swap warning.
 */
const LON_ALIASES = [
  '经度',
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  'x坐标',
  '东坐标',
  '东向坐标',
  'easting',
  '东经',
  'point_x',
  'pointx',
];
const LAT_ALIASES = [
  '纬度',
  'lat',
  'latitude',
  'y',
  'y坐标',
  '北坐标',
  '北向坐标',
  'northing',
  '北纬',
  'point_y',
  'pointy',
];
const GEOMETRY_ALIASES = ['几何', 'geometry', 'wkt', 'geom', 'the_geom', 'shape'];

function find(headers: readonly string[], key: 'lon' | 'lat' | 'geometry', aliases: readonly string[]): string {
  const ledger = headers.find((h) => h.trim() && resolveHeader(h, GEOMETRY_LEDGER_COLUMNS) === key);
  if (ledger !== undefined) return ledger;
  for (const alias of aliases) {
    const hit = headers.find((h) => normalizeKey(h) === normalizeKey(alias));
    if (hit !== undefined) return hit;
  }
  return '';
}

/** Auto-detected coordinate columns: 经度/纬度, lon/lat, lng, x/y, 东坐标/北坐标, or a WKT 几何 column. */
export function detectColumns(headers: readonly string[]): ColumnMapping {
  return {
    lon: find(headers, 'lon', LON_ALIASES),
    lat: find(headers, 'lat', LAT_ALIASES),
    geometry: find(headers, 'geometry', GEOMETRY_ALIASES),
  };
}

export interface LayerMatch {
  layer: LayerId;
  /** own columns of the layer found in the file */
  matched: number;
  /** required columns (common + own) the file lacks, as their Chinese headers */
  missing: string[];
}

const COMMON_KEYS = new Set(['id', 'name', 'adcode', 'status', 'source', 'updated', 'contact', 'phone']);

/** How well the headers fit each built-in layer, best first. */
export function matchLayers(headers: readonly string[]): LayerMatch[] {
  return LAYER_IDS.map((layer) => {
    const cols = LAYERS[layer].ledgerColumns;
    const found = new Set(headers.map((h) => (h.trim() ? resolveHeader(h, cols) : undefined)).filter(Boolean));
    return {
      layer,
      matched: cols.filter((c) => !COMMON_KEYS.has(c.key) && found.has(c.key)).length,
      missing: cols.filter((c) => c.required && !found.has(c.key)).map((c) => c.zh),
    };
  }).sort((a, b) => a.missing.length - b.missing.length || b.matched - a.matched);
}

/**
 * The built-in layer a file is a ledger of: every required column present and at least one column of the layer's
 * own (so a file with only 编号/名称 stays generic). Null → a generic layer.
 */
export function detectLayer(headers: readonly string[]): LayerId | null {
  const best = matchLayers(headers)[0];
  return best && best.missing.length === 0 && best.matched > 0 ? best.layer : null;
}
