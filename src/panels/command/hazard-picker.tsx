import type { Feature, Geometry } from 'geojson';
import { useMemo, useState } from 'react';
import { useIndexSearch } from '../../data/use-index-search';
import { useLang, useT } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import { RISK } from '../../theme/theme';
import { featureId, featureName, propsOf } from '../feature-utils';
import { indexHitFeature, searchFeatures } from '../search-features';
import { useCombobox } from '../use-combobox';

type AnyFeature = Feature<Geometry | null>;

const LEVEL_ORDER: Record<string, number> = { red: 0, orange: 1, yellow: 2, blue: 3 };
const MAX_OPTIONS = 60;

export interface HazardPickerProps {
  hazards: readonly AnyFeature[];
  onPick: (f: AnyFeature) => void;
}

const INDEX_LAYERS = ['hazard-sources'] as const;

/**
 * Pick the hazard source the incident is at (ARIA combobox): with an empty field the list shows every loaded source,
 * most severe first; typing filters by name or 编号, and on data read by the view also finds sources anywhere by
 * the beginning of their 编号 or name (the layer's index, src/data/search-index.ts), listed after the loaded ones
 * with their position. ↑/↓ move, Enter picks, Esc closes.
 */
export function HazardPicker({ hazards, onPick }: HazardPickerProps) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const indexed = useIndexSearch(query, INDEX_LAYERS);

  const { options, fromIndex } = useMemo(() => {
    const fromIndex = new WeakSet<AnyFeature>();
    if (query.trim() === '') {
      const options = [...hazards]
        .sort(
          (a, b) =>
            (LEVEL_ORDER[String(propsOf(a).riskLevel)] ?? 9) - (LEVEL_ORDER[String(propsOf(b).riskLevel)] ?? 9) ||
            featureId(a).localeCompare(featureId(b)),
        )
        .slice(0, MAX_OPTIONS);
      return { options, fromIndex };
    }
    const local = searchFeatures(query, { 'hazard-sources': hazards }, MAX_OPTIONS).map((h) => h.feature);
    const loaded = new Set(local.map(featureId));
    const more = indexed.hits.filter((h) => !loaded.has(h.id)).map(indexHitFeature);
    for (const f of more) fromIndex.add(f);
    return { options: [...local, ...more].slice(0, MAX_OPTIONS), fromIndex };
  }, [query, hazards, indexed.hits]);

  const { expanded, active, ids, inputProps, optionProps } = useCombobox({
    query,
    setQuery,
    options,
    onChoose: (f) => {
      onPick(f);
      setQuery(featureName(f));
    },
    listBlank: true,
  });

  return (
    <div className="hazard-picker">
      <label htmlFor={ids.input}>{t('command.place.hazard')}</label>
      <input {...inputProps} data-testid="hazard-pick-input" placeholder={t('command.place.hazardPlaceholder')} />
      <span id={ids.hint} className="visually-hidden">
        {t('command.place.hazardHint')}
      </span>
      <div className={expanded ? 'picker-popup' : 'picker-popup hidden'}>
        <div id={ids.list} role="listbox" aria-label={t('command.place.hazard')}>
          {expanded &&
            options.map((f, i) => {
              const p = propsOf(f);
              const level = RISK[p.riskLevel as keyof typeof RISK];
              return (
                <div
                  key={featureId(f)}
                  {...optionProps(i, f)}
                  data-testid="hazard-pick-option"
                  data-id={featureId(f)}
                  className={i === active ? 'picker-option active' : 'picker-option'}
                >
                  <span
                    className="grade-chip"
                    style={level ? { background: level.fill, color: level.text, borderColor: level.stroke } : undefined}
                  >
                    {String(p.grade ?? '')}
                  </span>
                  <span className="option-name">{featureName(f)}</span>
                  <span className="option-meta">
                    {featureId(f)}
                    {level ? ` · ${level[lang]}` : ''}
                    {/* found in the index, not loaded: where it is tells same-named sites apart */}
                    {f.geometry?.type === 'Point' && fromIndex.has(f)
                      ? ` · ${formatLonLat(f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0, 2)}`
                      : ''}
                  </span>
                </div>
              );
            })}
        </div>
        {expanded && indexed.status === 'loading' && <p className="picker-empty">{t('search.indexLoading')}</p>}
        {expanded && indexed.status === 'error' && (
          <p className="picker-empty" role="alert">
            {t('search.indexError', { error: indexed.error ?? '' })}
          </p>
        )}
        {expanded && options.length === 0 && indexed.status !== 'loading' && (
          <p className="picker-empty">{t('command.place.hazardNone')}</p>
        )}
      </div>
    </div>
  );
}
