import type { Feature } from 'geojson';
import type { IndexHit } from '../data/search-index';
import type { LayerId } from '../domain/layer-ids';
import { type AnyFeature, featureId, featureName, PANEL_LAYER_ORDER } from './feature-utils';

/**
 * A hit of a layer's name and 编号 index as a feature: its point and the properties the index keeps (id, name,
 * grade and level), so lists show it as they show a loaded one. The full feature comes with the view's read.
 */
export const indexHitFeature = (h: IndexHit): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [h.lon, h.lat] },
  properties: { ...h.props, id: h.id, name: h.name },
});

export interface SearchHit {
  layer: LayerId;
  feature: AnyFeature;
  id: string;
  name: string;
  /** 0 exact 编号, 1 exact name, 2 prefix, 3 substring: lower is better */
  rank: number;
}

/**
 * Name / 编号 search across loaded layers: case-insensitive substring, ranked exact 编号 → exact name → prefix →
 * substring, then by layer order and name. Linear scan: a city's ledgers are thousands of rows, not millions.
 *
 * @example searchFeatures('化工', layers, 10)
 */
export function searchFeatures(
  query: string,
  layers: Partial<Record<LayerId, readonly AnyFeature[]>>,
  limit = 10,
): SearchHit[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const layer of PANEL_LAYER_ORDER) {
    for (const feature of layers[layer] ?? []) {
      const id = featureId(feature);
      const name = featureName(feature);
      const lid = id.toLocaleLowerCase();
      const lname = name.toLocaleLowerCase();
      let rank: number;
      if (lid === q) rank = 0;
      else if (lname === q) rank = 1;
      else if (lname.startsWith(q) || lid.startsWith(q)) rank = 2;
      else if (lname.includes(q) || lid.includes(q)) rank = 3;
      else continue;
      hits.push({ layer, feature, id, name, rank });
    }
  }
  const order = (l: LayerId) => PANEL_LAYER_ORDER.indexOf(l);
  hits.sort((a, b) => a.rank - b.rank || order(a.layer) - order(b.layer) || a.name.localeCompare(b.name, 'zh-CN'));
  return hits.slice(0, limit);
}
