import type { Feature, Geometry } from 'geojson';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n/use-t';
import { RISK } from '../../theme/theme';
import { featureId, featureName, propsOf } from '../feature-utils';
import { searchFeatures } from '../search-features';

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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

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

  const choose = (f: AnyFeature) => {
    onPick(f);
    setQuery(featureName(f));
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (n > 0) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === 'Enter' && open) {
      const f = options[Math.min(active, n - 1)];
      if (f) {
        e.preventDefault();
        choose(f);
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="hazard-picker">
      <label htmlFor={`${listId}-input`}>{t('command.place.hazard')}</label>
      <input
        id={`${listId}-input`}
        data-testid="hazard-pick-input"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length > 0 ? optionId(Math.min(active, options.length - 1)) : undefined}
        aria-describedby={`${listId}-hint`}
        placeholder={t('command.place.hazardPlaceholder')}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${listId}-hint`} className="visually-hidden">
        {t('command.place.hazardHint')}
      </span>
      <div className={open ? 'picker-popup' : 'picker-popup hidden'}>
        <div id={listId} role="listbox" aria-label={t('command.place.hazard')}>
          {open &&
            options.map((f, i) => {
              const p = propsOf(f);
              const level = RISK[p.riskLevel as keyof typeof RISK];
              return (
                <div
                  key={featureId(f)}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  data-testid="hazard-pick-option"
                  data-id={featureId(f)}
                  className={i === active ? 'picker-option active' : 'picker-option'}
                  // mousedown: the input's blur would close the list before a click landed
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(f);
                  }}
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
        {open && options.length === 0 && <p className="picker-empty">{t('command.place.hazardNone')}</p>}
      </div>
    </div>
  );
}
