import { memo, useDeferredValue, useMemo } from 'react';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import type { Lang } from '../state/store';
import { useAppStore } from '../state/store';
import { FACETS } from '../theme/theme';
import {
  type AnyFeature,
  facetStyle,
  featureId,
  featureName,
  gradeText,
  layerName,
  PANEL_LAYER_ORDER,
} from './feature-utils';
import { useViewFeatures, type ViewFeature } from './use-layers';

/**
 * Rendering thousands of buttons would stall the page; past this the list asks the user to zoom or filter. 1000:
 * the whole 岳阳 sample (~600 features with the hidden dangers) fits, so the city view lists everything it draws.
 */
export const LIST_CAP = 1000;

const rank = (v: ViewFeature) => {
  const values = FACETS[v.layer].values;
  const i = values.findIndex((x) => x.value === v.facet);
  return i < 0 ? values.length : i;
};

// One collator for every comparison: `localeCompare(…, 'zh-CN')` builds one per call, which made sorting a city
// view of the national data (thousands of features, on every pan) take hundreds of milliseconds.
const collator = new Intl.Collator('zh-CN');

/** Layer order, then severity, then name (pinyin order): the keys computed once per item, not per comparison. */
export function sortForList(items: readonly ViewFeature[]): ViewFeature[] {
  const keyed = items.map((v) => ({
    v,
    order: PANEL_LAYER_ORDER.indexOf(v.layer),
    rank: rank(v),
    name: featureName(v.feature),
  }));
  keyed.sort((a, b) => a.order - b.order || a.rank - b.rank || collator.compare(a.name, b.name));
  return keyed.map((k) => k.v);
}

/**
 * The list view: an accessible alternative to the map with exactly what the map shows (visible layers, facet
 * chips, current bounds), most severe first. Activating an item selects the feature, like a click on the map.
 */
export function FeatureList({ id = 'feature-list' }: { id?: string }) {
  const t = useT();
  const lang = useLang();
  // Deferred: a pan that streams in thousands of features re-renders the list in an interruptible background
  // render (time-sliced), not inside the store update, so the map keeps its frames (no long main-thread task).
  const items = useDeferredValue(useViewFeatures());
  const selected = useAppStore((s) => s.selected);

  const sorted = useMemo(() => sortForList(items), [items]);

  const shown = sorted.slice(0, LIST_CAP);
  return (
    <section id={id} className="feature-list" data-testid="feature-list" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('list.title')}
      </h2>
      {/* not a live region: it changes on every pan and would talk over the user */}
      <p className="list-summary">{t('list.summary', { n: items.length })}</p>
      {items.length === 0 ? (
        <p className="list-empty">{t('list.empty')}</p>
      ) : (
        <ul className="feature-list-items">
          {shown.map((v) => {
            const fid = featureId(v.feature);
            return (
              <ListItem
                key={`${v.layer}:${fid}`}
                layer={v.layer}
                feature={v.feature}
                facet={v.facet}
                lang={lang}
                selected={selected?.layer === v.layer && selected.id === fid}
              />
            );
          })}
        </ul>
      )}
      {sorted.length > LIST_CAP && <p className="list-more">{t('list.more', { n: sorted.length - LIST_CAP })}</p>}
    </section>
  );
}

/**
 * One item. Memoised: as the layers of a big view arrive one after another, and on every pan, the list re-renders
 * with mostly the same features (the same objects from the store): only new or changed items render again.
 */
const ListItem = memo(function ListItem({
  layer,
  feature,
  facet,
  lang,
  selected,
}: {
  layer: LayerId;
  feature: AnyFeature;
  facet: string;
  lang: Lang;
  selected: boolean;
}) {
  const select = useAppStore((s) => s.select);
  const fid = featureId(feature);
  const style = facetStyle(layer, facet);
  return (
    <li>
      <button
        type="button"
        className={selected ? 'feature-list-item selected' : 'feature-list-item'}
        data-testid="feature-list-item"
        data-layer={layer}
        data-id={fid}
        data-facet={facet}
        aria-current={selected ? 'true' : undefined}
        onClick={() => select({ layer, id: fid })}
      >
        <span
          className="swatch"
          style={style ? { background: style.fill, borderColor: style.stroke } : undefined}
          aria-hidden="true"
        />
        <span className="item-name">{featureName(feature)}</span>
        <span className="item-meta">
          {gradeText(layer, feature, lang)} · {layerName(layer, lang)}
        </span>
      </button>
    </li>
  );
});
