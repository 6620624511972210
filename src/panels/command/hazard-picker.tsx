import type { Feature, Geometry } from 'geojson';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/use-t';
import { RISK } from '../../theme/theme';
import { featureId, featureName, propsOf } from '../feature-utils';
import { searchFeatures } from '../search-features';
import { useCombobox } from '../use-combobox';

type AnyFeature = Feature<Geometry | null>;

const LEVEL_ORDER: Record<string, number> = { red: 0, orange: 1, yellow: 2, blue: 3 };
const MAX_OPTIONS = 60;

export interface HazardPickerProps {
  hazards: readonly AnyFeature[];
  onPick: (f: AnyFeature) => void;
}

/**
 * Pick the hazard source the incident is at (ARIA combobox): with an empty field the list shows every source,
 * most severe first; typing filters by name or 编号. ↑/↓ move, Enter picks, Esc closes.
 */
export function HazardPicker({ hazards, onPick }: HazardPickerProps) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');

  const options = useMemo(() => {
    if (query.trim() === '') {
      return [...hazards]
        .sort(
          (a, b) =>
            (LEVEL_ORDER[String(propsOf(a).riskLevel)] ?? 9) - (LEVEL_ORDER[String(propsOf(b).riskLevel)] ?? 9) ||
            featureId(a).localeCompare(featureId(b)),
        )
        .slice(0, MAX_OPTIONS);
    }
    return searchFeatures(query, { 'hazard-sources': hazards }, MAX_OPTIONS).map((h) => h.feature);
  }, [query, hazards]);

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
                  </span>
                </div>
              );
            })}
        </div>
        {expanded && options.length === 0 && <p className="picker-empty">{t('command.place.hazardNone')}</p>}
      </div>
    </div>
  );
}
