import { useMemo, useState } from 'react';
import { representativePoint } from '../analysis/representative-point';
import { useLang, useT } from '../i18n/use-t';
import { formatLonLat } from '../lib/format';
import { parseCoordinates } from '../lib/parse-coordinates';
import { useAppStore } from '../state/store';
import { type AnyFeature, gradeText, layerName } from './feature-utils';
import { type SearchHit, searchFeatures } from './search-features';
import { useCombobox } from './use-combobox';
import { useAllLayers } from './use-layers';

type Option = { kind: 'coord'; lon: number; lat: number } | ({ kind: 'feature' } & SearchHit);

const MIN_FEATURE_ZOOM = 13;

/**
 * Top-bar search (ARIA combobox): names and 编号 across every loaded layer, or a coordinate pair
 * (`113.12,29.36`, space or Chinese comma) that flies there and drops a marker. ↑/↓ move, Enter picks, Esc closes.
 */
export function SearchBox() {
  const t = useT();
  const lang = useLang();
  const layers = useAllLayers();
  const [query, setQuery] = useState('');

  const options = useMemo<Option[]>(() => {
    const out: Option[] = [];
    const coord = parseCoordinates(query);
    if (coord) out.push({ kind: 'coord', ...coord });
    const byLayer = Object.fromEntries(
      Object.entries(layers).map(([id, r]) => [id, r.features as AnyFeature[]]),
    ) as Parameters<typeof searchFeatures>[1];
    for (const hit of searchFeatures(query, byLayer, 10)) out.push({ kind: 'feature', ...hit });
    return out;
  }, [query, layers]);

  const choose = (o: Option) => {
    const s = useAppStore.getState();
    const zoom = Math.max(s.view.zoom, MIN_FEATURE_ZOOM);
    if (o.kind === 'coord') {
      s.setMarker({ lon: o.lon, lat: o.lat });
      s.flyTo({ lon: o.lon, lat: o.lat, zoom });
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
                data-layer={o.kind === 'feature' ? o.layer : undefined}
                data-id={o.kind === 'feature' ? o.id : undefined}
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
                    </span>
                  </>
                )}
              </div>
            ))}
        </div>
        {expanded && options.length === 0 && <p className="search-empty">{t('search.none')}</p>}
        <p className="visually-hidden" role="status">
          {expanded ? t('search.count', { n: options.length }) : ''}
        </p>
      </div>
    </form>
  );
}
