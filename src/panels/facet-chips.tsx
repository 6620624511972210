import { useMemo } from 'react';
import { featureInBounds } from '../analysis/feature-in-bounds';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { FACETS } from '../theme/theme';
import { type AnyFeature, facetValueOf, layerName } from './feature-utils';

/**
 * Features inside the current view, counted per facet value (every value a feature has, listed or not, so the
 * counts add up to the features in view). Counted regardless of the chips' state, so a hidden value still says how
 * many it hides.
 */
export function useInViewCounts(layer: LayerId, features: readonly AnyFeature[]): ReadonlyMap<string, number> {
  const bounds = useAppStore((s) => s.bounds);
  return useMemo(() => {
    const c = new Map<string, number>();
    for (const f of features) {
      if (!featureInBounds(f, bounds)) continue;
      const v = facetValueOf(layer, f);
      c.set(v, (c.get(v) ?? 0) + 1);
    }
    return c;
  }, [features, bounds, layer]);
}

/**
 * One toggle button per facet value (four risk levels, 现有/规划, five target classes). Each shows a swatch and a
 * text label (colour is never the only signal) and the live count of that value inside the current view
 * (`counts`, from useInViewCounts). `aria-pressed` = shown on the map.
 */
export function FacetChips({ layer, counts }: { layer: LayerId; counts: ReadonlyMap<string, number> }) {
  const t = useT();
  return (
    <FacetChipList
      layer={layer}
      count={(value) => String(counts.get(value) ?? 0)}
      title={(value, n) => t('facet.chipTitle', { value, n })}
    />
  );
}

/**
 * The chips themselves, whatever counts them (features in view here, grid totals in ./grid-chips.tsx): swatch,
 * text label, count, and `aria-pressed` toggling the value on the map.
 */
export function FacetChipList({
  layer,
  count,
  title,
}: {
  layer: LayerId;
  count: (value: string) => string;
  title: (label: string, n: string) => string;
}) {
  const t = useT();
  const lang = useLang();
  const hidden = useAppStore((s) => s.hiddenValues[layer]);
  const toggleValue = useAppStore((s) => s.toggleValue);
  const facet = FACETS[layer];
  return (
    <ul
      className="facet-chips"
      aria-label={t('facet.label', { layer: layerName(layer, lang), facet: t(`facet.${facet.key}`) })}
    >
      {facet.values.map((v) => {
        const n = count(v.value);
        const label = v[lang];
        return (
          <li key={v.value}>
            <button
              type="button"
              className="facet-chip"
              data-testid={`facet-chip-${layer}-${v.value}`}
              aria-pressed={!hidden.includes(v.value)}
              title={title(label, n)}
              onClick={() => toggleValue(layer, v.value)}
            >
              <span className="swatch" style={{ background: v.fill, borderColor: v.stroke }} aria-hidden="true" />
              <span className="chip-label">{label}</span> <span className="chip-count">{n}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
