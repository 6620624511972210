import type { Feature, Geometry } from 'geojson';
import { gradeField } from '../domain';
import type { LayerId } from '../domain/layer-ids';
import type { Lang } from '../state/store';
import { FACETS, type FacetValue, LAYER_NAMES } from '../theme/theme';

/** Helpers that read a loaded feature the same way everywhere (chips, list, card, search). */
export type AnyFeature = Feature<Geometry | null>;

export const propsOf = (f: AnyFeature): Record<string, unknown> => (f.properties ?? {}) as Record<string, unknown>;

export const featureId = (f: AnyFeature): string => String(propsOf(f).id ?? f.id ?? '');

export const featureName = (f: AnyFeature): string => String(propsOf(f).name ?? featureId(f));

/** The value of the layer's facet (riskLevel / status / targetClass): what its chip filters and its colour. */
export const facetValueOf = (layer: LayerId, f: AnyFeature): string => String(propsOf(f)[FACETS[layer].key] ?? '');

export const facetStyle = (layer: LayerId, value: string): FacetValue | undefined =>
  FACETS[layer].values.find((v) => v.value === value);

export const layerName = (layer: LayerId, lang: Lang): string => LAYER_NAMES[layer][lang];

/**
 * Grade text such as `一级 · 重大风险`, `A · 重大风险`, `一级站 · 现有`, `高敏感防护目标`: the layer's own grade
 * (gradeField) followed by the facet label, so colour is never the only signal. Repeats are dropped.
 */
export function gradeText(layer: LayerId, f: AnyFeature, lang: Lang): string {
  const p = propsOf(f);
  const own = p[gradeField(layer)];
  const fv = facetStyle(layer, facetValueOf(layer, f));
  const parts: string[] = [];
  if (typeof own === 'string' && own !== '' && own !== fv?.value) {
    // park classes are bare letters in the data; the map labels them `A类`, so the card does too
    parts.push(layer === 'chemical-parks' ? (lang === 'zh' ? `${own}类` : `Class ${own}`) : own);
  }
  if (fv) parts.push(fv[lang]);
  return parts.join(' · ');
}

/** Layers in panel order (risk sources, protected targets, emergency resources), used for lists and search. */
export const PANEL_GROUPS: { key: 'risk' | 'targets' | 'resources' | 'areas'; layers: LayerId[] }[] = [
  { key: 'risk', layers: ['hazard-sources', 'tailings-ponds', 'chemical-parks', 'hidden-dangers'] },
  { key: 'targets', layers: ['protected-targets'] },
  { key: 'resources', layers: ['fire-stations'] },
  { key: 'areas', layers: ['boundaries'] },
];
export const PANEL_LAYER_ORDER: LayerId[] = PANEL_GROUPS.flatMap((g) => g.layers);

/** Layers left out of the list view: every point is inside some 行政区划, so listing the areas adds only noise. */
export const LIST_EXCLUDED_LAYERS: readonly LayerId[] = ['boundaries'];
