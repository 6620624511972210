import { useId, useMemo, useState } from 'react';
import type { ErgSubstance } from '../../domain/erg';
import { useT } from '../../i18n/use-t';
import { PLAIN_RING_CHOICES_M, useCommandStore } from '../../state/command-store';
import { formatDistance } from './format';
import { substanceOptions } from './substances';
import { WindCompass } from './wind-compass';

interface Props {
  substance: ErgSubstance | null;
  substanceUnknown: boolean;
}

function Resolved({ substance }: { substance: ErgSubstance }) {
  const t = useT();
  const basis = substance.table3
    ? t('command.substance.table3')
    : substance.table1.length > 0
      ? t('command.substance.table1')
      : t('command.substance.guideOnly', { guide: substance.guide });
  return (
    <p className="substance-resolved" data-testid="substance-resolved" data-un={substance.un ?? ''}>
      <strong>{substance.nameZh}</strong>
      {substance.nameEn ? ` · ${substance.nameEn}` : ''}
      {substance.un !== null ? ` · UN${substance.un}` : ''}
      {` · ${t('command.substance.guide', { guide: substance.guide })}`}
      <br />
      <span className="note">{basis}</span>
    </p>
  );
}

/** 物质与情景: substance (GB 18218 表1 name, CAS or UN number), spill size, day/night, wind, plain rings. */
export function ScenarioSection({ substance, substanceUnknown }: Props) {
  const t = useT();
  const id = useId();
  const s = useCommandStore();
  const options = useMemo(substanceOptions, []);
  const [speedText, setSpeedText] = useState(s.windSpeedMs === null ? '' : String(s.windSpeedMs));

  const radio = <V extends string>(name: string, value: V, current: V, label: string, onPick: (v: V) => void) => (
    <label key={value}>
      <input
        type="radio"
        name={`${id}-${name}`}
        value={value}
        checked={current === value}
        onChange={() => onPick(value)}
      />
      {label}
    </label>
  );

  return (
    <section className="cmd-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('command.substance.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-substance`}>{t('command.substance.label')}</label>
        <input
          id={`${id}-substance`}
          data-testid="substance-input"
          list={`${id}-substances`}
          value={s.substance}
          placeholder={t('command.substance.placeholder')}
          autoComplete="off"
          aria-invalid={substanceUnknown}
          aria-describedby={`${id}-substance-state`}
          onChange={(e) => s.set({ substance: e.currentTarget.value })}
        />
        <datalist id={`${id}-substances`}>
          {options.map((o) => (
            <option key={o.value} value={o.value} label={o.label} />
          ))}
        </datalist>
        <div id={`${id}-substance-state`} aria-live="polite">
          {substance ? (
            <Resolved substance={substance} />
          ) : substanceUnknown ? (
            <p className="field-error" data-testid="substance-unknown">
              {t('command.substance.unknown', { text: s.substance.trim() })}
            </p>
          ) : (
            <p className="note">{t('command.substance.empty')}</p>
          )}
        </div>
      </div>
      <fieldset className="segmented">
        <legend>{t('command.spill.label')}</legend>
        {radio('spill', 'small', s.spill, t('command.spill.small'), (spill) => s.set({ spill }))}
        {radio('spill', 'large', s.spill, t('command.spill.large'), (spill) => s.set({ spill }))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('command.time.label')}</legend>
        {radio('time', 'day', s.time, t('command.time.day'), (time) => s.set({ time }))}
        {radio('time', 'night', s.time, t('command.time.night'), (time) => s.set({ time }))}
      </fieldset>
      <WindCompass
        value={s.windFromDeg}
        onChange={(windFromDeg) => s.set({ windFromDeg })}
        points={s.compassPoints}
        onPointsChange={(compassPoints) => s.set({ compassPoints })}
      />
      <div className="field">
        <label htmlFor={`${id}-speed`}>{t('command.wind.speed')}</label>
        <input
          id={`${id}-speed`}
          data-testid="wind-speed"
          type="number"
          min={0}
          step="0.1"
          inputMode="decimal"
          value={speedText}
          aria-describedby={`${id}-speed-note`}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSpeedText(v);
            const n = Number(v);
            s.set({ windSpeedMs: v.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n });
          }}
        />
        <p id={`${id}-speed-note`} className="note">
          {t('command.wind.speedNote')}
        </p>
      </div>
      <fieldset className="ring-choices">
        <legend>{t('command.rings.title')}</legend>
        {PLAIN_RING_CHOICES_M.map((r) => (
          <label key={r}>
            <input
              type="checkbox"
              data-testid={`ring-${r}`}
              checked={s.rings.includes(r)}
              onChange={() => s.toggleRing(r)}
            />
            {formatDistance(r, t)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
