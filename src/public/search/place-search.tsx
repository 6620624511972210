import { type FormEvent, type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { GazetteerEntry } from '../contract';
import { usePublicT } from '../i18n/public-t';
import type { Place } from '../place';
import { requestPosition } from './request-position';
import { resolveQuery, searchGazetteer } from './search-gazetteer';

export interface PlaceSearchProps {
  places: readonly GazetteerEntry[];
  /** false until the gazetteer is loaded: searching by name needs it, coordinates and location do not */
  ready: boolean;
  onPlace: (place: Omit<Place, 'seq'>) => void;
}

type Message = { kind: 'info' | 'problem'; text: string } | null;

/**
 * "查询我的周边": one text box for a place name or coordinates (an ARIA 1.2 combobox over the offline gazetteer:
 * arrow keys move through the suggestions, Enter picks, Escape closes) and a "use my location" button.
 */
export function PlaceSearch({ places, ready, onPlace }: PlaceSearchProps) {
  const { t, lang } = usePublicT();
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<Message>(null);
  const [locating, setLocating] = useState(false);
  const suggestions = useMemo(() => (ready ? searchGazetteer(query, places) : []), [query, places, ready]);
  const expanded = open && suggestions.length > 0;

  const pick = (entry: GazetteerEntry) => {
    setQuery(entry.name);
    setOpen(false);
    setActive(-1);
    setMessage(null);
    onPlace({ source: 'gazetteer', entry, lon: entry.lon, lat: entry.lat });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
    if (chosen) return pick(chosen);
    const answer = resolveQuery(query, places);
    setOpen(false);
    if (answer.kind === 'empty') return setMessage({ kind: 'problem', text: t('public.search.empty') });
    if (answer.kind === 'none')
      return setMessage({ kind: 'problem', text: t('public.search.notFound', { q: query.trim() }) });
    setMessage(null);
    if (answer.kind === 'coords') onPlace({ source: 'coords', lon: answer.lon, lat: answer.lat });
    else pick(answer.entry);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + suggestions.length) % suggestions.length);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const locate = async () => {
    setLocating(true);
    setMessage({ kind: 'info', text: t('public.search.locating') });
    const answer = await requestPosition();
    setLocating(false);
    if (!answer.ok) return setMessage({ kind: 'problem', text: t(`public.geo.${answer.problem}`) });
    setMessage(null);
    onPlace({ source: 'geolocation', lon: answer.lon, lat: answer.lat });
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  const kindText = (entry: GazetteerEntry) =>
    [t(`public.kind.${entry.kind}`), entry.kind !== 'county' ? entry.county : undefined].filter(Boolean).join(' · ');

  return (
    <section className="pa-card pa-search" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('public.search.heading')}</h2>
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="pa-label">
          {t('public.search.label')}
        </label>
        <div className="pa-search-row">
          <div className="pa-combo">
            <input
              id={inputId}
              data-testid="public-search-input"
              type="text"
              role="combobox"
              autoComplete="off"
              enterKeyHint="search"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
              aria-describedby={hintId}
              placeholder={t('public.search.placeholder')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
            <div
              id={listId}
              role="listbox"
              aria-label={t('public.search.suggestions')}
              className="pa-options"
              hidden={!expanded}
            >
              {suggestions.map((entry, i) => (
                // Keyboard users choose with the arrow keys and Enter in the input (aria-activedescendant, the ARIA
                // combobox pattern); options never take focus, so the click is for pointers only.
                // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input, see above
                <div
                  key={`${entry.kind}-${entry.name}`}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className="pa-option"
                  data-testid="public-search-option"
                  // mousedown would blur the input and close the list before the click lands
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(entry)}
                >
                  <span lang="zh-CN">{entry.name}</span>
                  {lang === 'en' && entry.en ? <span> ({entry.en})</span> : null}
                  <span className="pa-option-kind">{kindText(entry)}</span>
                </div>
              ))}
            </div>
          </div>
          <button type="submit" className="pa-button pa-button-primary" data-testid="public-search-submit">
            {t('public.search.submit')}
          </button>
        </div>
        <p id={hintId} className="pa-hint">
          {t('public.search.hint')}
        </p>
      </form>
      <button
        type="button"
        className="pa-button pa-button-locate"
        onClick={locate}
        disabled={locating}
        data-testid="public-locate"
      >
        {t('public.search.locate')}
      </button>
      <p
        className={`pa-message${message?.kind === 'problem' ? ' pa-message-problem' : ''}`}
        role="status"
        data-testid="public-search-message"
      >
        {message?.text ?? ''}
        {expanded ? (
          <span className="pa-visually-hidden">{t('public.search.suggestionCount', { n: suggestions.length })}</span>
        ) : null}
      </p>
    </section>
  );
}
