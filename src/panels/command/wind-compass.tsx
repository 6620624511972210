import { type KeyboardEvent, type MouseEvent, useEffect, useId, useState } from 'react';
import { type MessageKey, useT } from '../../i18n/use-t';
import { bearingOf, isPoint, keyStep, nearest16, norm360, snap } from './compass';

const SIZE = 164;
const C = SIZE / 2;
const R = 52;

const dirKey = (i: number) => `command.dir.${i}` as MessageKey;
const fmtDeg = (d: number) => String(Math.round(norm360(d) * 10) / 10);

/** A point on the dial at `bearing`, `r` from the centre (SVG y grows downward). */
const at = (bearing: number, r: number) => {
  const a = (bearing * Math.PI) / 180;
  return { x: C + r * Math.sin(a), y: C - r * Math.cos(a) };
};

export interface WindCompassProps {
  /** where the wind comes from, degrees clockwise from north */
  value: number;
  onChange: (deg: number) => void;
  points: 8 | 16;
  onPointsChange: (points: 8 | 16) => void;
}

/**
 * Wind direction control: a dial (WAI-ARIA slider: arrows step one point, PageUp/PageDown a quarter, Home north;
 * click to set), the named points as a list, and the exact degrees. The arrow runs with the wind, from where it
 * comes from to where the plume goes, so the picture matches the downwind zone on the map.
 */
export function WindCompass({ value, onChange, points, onPointsChange }: WindCompassProps) {
  const t = useT();
  const id = useId();
  const deg = norm360(value);
  const [text, setText] = useState(fmtDeg(deg));
  // typed text follows the value when it changes elsewhere (dial, list), but is not overwritten while typing it
  useEffect(() => {
    setText((cur) => (Number(cur) === deg && cur.trim() !== '' ? cur : fmtDeg(deg)));
  }, [deg]);

  const name = (d: number) => t(dirKey(nearest16(d)));
  const to = norm360(deg + 180);
  const valueText = t('command.wind.valueText', {
    name: name(deg),
    deg: fmtDeg(deg),
    to: fmtDeg(to),
    toName: name(to),
  });

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = keyStep(deg, e.key, points);
    if (next === null) return;
    e.preventDefault();
    onChange(next);
  };
  const onDialClick = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const dx = e.clientX - (box.left + box.width / 2);
    const dy = e.clientY - (box.top + box.height / 2);
    if (Math.hypot(dx, dy) < 6) return; // the centre has no direction
    onChange(snap(bearingOf(dx, dy), points));
  };

  const from = at(deg, R);
  const head = at(to, R);
  // arrowhead: 14 px back from the tip along the shaft, 6 px either side of it
  const ux = (head.x - from.x) / (2 * R);
  const uy = (head.y - from.y) / (2 * R);
  const left = { x: head.x - 14 * ux - 6 * uy, y: head.y - 14 * uy + 6 * ux };
  const right = { x: head.x - 14 * ux + 6 * uy, y: head.y - 14 * uy - 6 * ux };
  const options = Array.from({ length: points }, (_, i) => (i * 360) / points);

  return (
    <fieldset className="wind-compass" data-testid="wind-compass">
      <legend>{t('command.wind.direction')}</legend>
      <div className="compass-row">
        <div
          className="compass-dial"
          role="slider"
          tabIndex={0}
          aria-label={t('command.wind.direction')}
          aria-valuemin={0}
          aria-valuemax={359}
          aria-valuenow={Math.round(deg)}
          aria-valuetext={valueText}
          aria-describedby={`${id}-hint`}
          data-testid="wind-dial"
          onKeyDown={onKey}
          onClick={onDialClick}
        >
          <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
            <circle cx={C} cy={C} r={R + 6} className="compass-ring" />
            {Array.from({ length: 16 }, (_, i) => {
              const b = i * 22.5;
              const a = at(b, R + 6);
              const c = at(b, i % 2 === 0 ? R - 2 : R + 1);
              return <line key={b} x1={a.x} y1={a.y} x2={c.x} y2={c.y} className="compass-tick" />;
            })}
            {[0, 90, 180, 270].map((b) => {
              const p = at(b, R + 15);
              return (
                <text key={b} x={p.x} y={p.y} className="compass-label" textAnchor="middle" dominantBaseline="central">
                  {t(dirKey(b / 22.5))}
                </text>
              );
            })}
            <line x1={from.x} y1={from.y} x2={head.x} y2={head.y} className="compass-arrow" />
            <polygon
              points={`${head.x},${head.y} ${left.x},${left.y} ${right.x},${right.y}`}
              className="compass-head"
            />
            <circle cx={from.x} cy={from.y} r={5} className="compass-tail" />
          </svg>
        </div>
        <div className="compass-fields">
          <div className="field">
            <label htmlFor={`${id}-named`}>{t('command.wind.named')}</label>
            <select
              id={`${id}-named`}
              data-testid="wind-named"
              value={isPoint(deg, points) ? String(snap(deg, points)) : 'custom'}
              onChange={(e) => {
                if (e.currentTarget.value !== 'custom') onChange(Number(e.currentTarget.value));
              }}
            >
              {!isPoint(deg, points) && (
                <option value="custom">{t('command.wind.custom', { deg: fmtDeg(deg) })}</option>
              )}
              {options.map((d) => (
                <option key={d} value={String(d)}>
                  {t('command.wind.option', { name: name(d), deg: fmtDeg(d) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-deg`}>{t('command.wind.degrees')}</label>
            <input
              id={`${id}-deg`}
              data-testid="wind-degrees"
              type="number"
              inputMode="decimal"
              min={0}
              max={359.9}
              step="any"
              value={text}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setText(v);
                const n = Number(v);
                if (v.trim() !== '' && Number.isFinite(n)) onChange(norm360(n));
              }}
            />
          </div>
          <fieldset className="segmented small">
            <legend className="visually-hidden">{t('command.wind.points')}</legend>
            {([8, 16] as const).map((p) => (
              <label key={p}>
                <input type="radio" name={`${id}-points`} checked={points === p} onChange={() => onPointsChange(p)} />
                {t(p === 8 ? 'command.wind.points8' : 'command.wind.points16')}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <p className="compass-value" aria-hidden="true">
        {valueText}
      </p>
      <p id={`${id}-hint`} className="note">
        {t('command.wind.dialHint')}
      </p>
    </fieldset>
  );
}
