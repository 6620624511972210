import { useMemo, useState } from 'react';
import { representativePoint } from '../analysis/representative-point';
import type { IndexHit } from '../data/search-index';
import { useIndexSearch } from '../data/use-index-search';
import type { LayerId } from '../domain/layer-ids';
import { normalizeKey } from '../domain/normalize-text';
import { useLang, useT } from '../i18n/use-t';
import { formatLonLat } from '../lib/format';
import { parseCoordinates } from '../lib/parse-coordinates';
import { useAppStore } from '../state/store';
import { type AnyFeature, gradeText, layerName, PANEL_LAYER_ORDER } from './feature-utils';
import { indexHitFeature, type SearchHit, searchFeatures } from './search-features';
import { useCombobox } from './use-combobox';
import { useAllLayers } from './use-layers';

type Option =
  | { kind: 'coord'; lon: number; lat: number }
  | ({ kind: 'feature' } & SearchHit)
  | ({ kind: 'indexed'; feature: AnyFeature } & IndexHit);

const MIN_FEATURE_ZOOM = 13;
/** results listed at most (a coordinate pair comes on top of these) */
const MAX_RESULTS = 10;

/**
 * The loaded hits (searchFeatures: exact, starts with, contains) and those of the layers' name and 编号 indexes
 * (data read by the view: anywhere in the country; exact or starts with), exact ones first, each feature once.
 */
export function mergeHits(
  query: string,
  local: readonly SearchHit[],
  indexed: readonly IndexHit[],
  limit: number,
): Option[] {
  const order = (l: LayerId) => PANEL_LAYER_ORDER.indexOf(l);
  const q = normalizeKey(query);
  // listed by what matched: `WXY-00001` lists 编号 in order, `瑞源` names in order
  const matched = (h: { id: string; name: string }) => (normalizeKey(h.id).includes(q) ? h.id : h.name);
  const loaded = new Set(local.map((h) => `${h.layer}:${h.id}`));
  const all: (Exclude<Option, { kind: 'coord' }> & { rank: number })[] = [
    ...local.map((h) => ({ kind: 'feature' as const, ...h })),
    ...indexed
      .filter((h) => !loaded.has(`${h.layer}:${h.id}`))
      .map((h) => ({ kind: 'indexed' as const, ...h, feature: indexHitFeature(h), rank: h.exact ? 0 : 2 })),
  ];
  all.sort(
    (a, b) => a.rank - b.rank || order(a.layer) - order(b.layer) || matched(a).localeCompare(matched(b), 'zh-CN'),
  );
  return all.slice(0, limit);
}

/**
 * Top-bar search (ARIA combobox): names and 编号 across every loaded layer and, for data read by the view, the
 * layers' indexes (so a feature anywhere in the country is found, not only around the view), or a coordinate pair
 * (`113.12,29.36`, space or Chinese comma) that flies there and drops a marker. ↑/↓ move, Enter picks, Esc closes.
 */
export function SearchBox() {
  const t = useT();
  const lang = useLang();
  const layers = useAllLayers();
  const [query, setQuery] = useState('');
  const indexed = useIndexSearch(query, PANEL_LAYER_ORDER);

  const options = useMemo<Option[]>(() => {
    const out: Option[] = [];
    const coord = parseCoordinates(query);
    if (coord) out.push({ kind: 'coord', ...coord });
    const byLayer = Object.fromEntries(
      Object.entries(layers).map(([id, r]) => [id, r.features as AnyFeature[]]),
    ) as Parameters<typeof searchFeatures>[1];
    out.push(...mergeHits(query, searchFeatures(query, byLayer, MAX_RESULTS), indexed.hits, MAX_RESULTS));
    return out;
  }, [query, layers, indexed.hits]);

  const choose = (o: Option) => {
    const s = useAppStore.getState();
    const zoom = Math.max(s.view.zoom, MIN_FEATURE_ZOOM);
    if (o.kind === 'coord') {
      s.setMarker({ lon: o.lon, lat: o.lat });
      s.flyTo({ lon: o.lon, lat: o.lat, zoom });
    } else if (o.kind === 'indexed') {
      // not loaded yet: the flight takes the map there, the view's read brings the feature and its card
      if (!s.visibleLayers[o.layer]) s.setLayerVisible(o.layer, true);
      s.select({ layer: o.layer, id: o.id });
      s.flyTo({ lon: o.lon, lat: o.lat, zoom });
      setQuery(o.name);
    } else {
      // the user asked for this feature: make sure its layer is drawn
      if (!s.visibleLayers[o.layer]) s.setLayerVisible(o.layer, true);
      s.select({ layer: o.layer, id: o.id });
      const c = representativePoint(o.feature);
      if (c) s.flyTo({ lon: c[0] as number, lat: c[1] as number, zoom });
      setQuery(o.name);
    }
  };

  const { expanded, active, ids, inputProps, optionProps } = useCombobox({
    query,
    setQuery,
    options,
    onChoose: choose,
    enterWhenClosed: true,
    escapeClears: true,
  });

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and pre-2023 browsers; a form with role=search is the same landmark
    <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={ids.input} className="visually-hidden">
        {t('search.label')}
      </label>
      <input {...inputProps} data-testid="search-input" placeholder={t('search.placeholder')} />
      <span id={ids.hint} className="visually-hidden">
        {t('search.hint')}
      </span>
      <div className={expanded ? 'search-popup' : 'search-popup hidden'}>
        <div id={ids.list} role="listbox" aria-label={t('search.label')}>
          {expanded &&
            options.map((o, i) => (
              <div
                key={o.kind === 'coord' ? 'coord' : `${o.layer}:${o.id}`}
                {...optionProps(i, o)}
                data-testid="search-result"
                data-kind={o.kind}
                data-layer={o.kind === 'coord' ? undefined : o.layer}
                data-id={o.kind === 'coord' ? undefined : o.id}
                className={i === active ? 'search-option active' : 'search-option'}
              >
                {o.kind === 'coord' ? (
                  t('search.goToCoord', { coord: formatLonLat(o.lon, o.lat, 5) })
                ) : (
                  <>
                    <span className="option-name">{o.name}</span>
                    <span className="option-meta">
                      {o.id} · {layerName(o.layer, lang)}
                      {gradeText(o.layer, o.feature, lang) ? ` · ${gradeText(o.layer, o.feature, lang)}` : ''}
                      {/* beyond the loaded area: where it is tells same-named sites apart */}
                      {o.kind === 'indexed' ? ` · ${formatLonLat(o.lon, o.lat, 2)}` : ''}
                    </span>
                  </>
                )}
              </div>
            ))}
        </div>
        {expanded && indexed.status === 'loading' && (
          <p className="search-empty" data-testid="search-index-loading">
            {t('search.indexLoading')}
          </p>
        )}
        {expanded && indexed.status === 'error' && (
          <p className="search-empty" role="alert" data-testid="search-index-error">
            {t('search.indexError', { error: indexed.error ?? '' })}
          </p>
        )}
        {expanded && options.length === 0 && indexed.status !== 'loading' && (
          <p className="search-empty">{t('search.none')}</p>
        )}
        <p className="visually-hidden" role="status">
          {expanded ? t('search.count', { n: options.length }) : ''}
        </p>
      </div>
    </form>
  );
}
