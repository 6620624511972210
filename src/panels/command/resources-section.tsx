import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { type SpecialityChoice, useCommandStore } from '../../state/command-store';
import type { IncidentAnalysis } from './analyse-incident';
import { specialityKey } from './row-labels';
import { useCoverageByView } from './use-incident-analysis';

const SPECIALITIES: SpecialityChoice[] = ['auto', '危化', '矿山', '水上', 'none'];

/** A number field that lets the user type freely and applies only valid values within [min, max]. */
function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: string;
  testId: string;
  onValue: (n: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(props.value));
  const n = Number(text);
  const invalid = text.trim() === '' || !Number.isFinite(n) || n < props.min || n > props.max;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        step={props.step}
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          const x = Number(v);
          if (v.trim() !== '' && Number.isFinite(x) && x >= props.min && x <= props.max) props.onValue(x);
        }}
      />
    </div>
  );
}

/** 响应力量 settings (speciality, ETA assumptions) and the 5-minute fire coverage toggle with its figures. */
export function ResourcesSection({ analysis }: { analysis: IncidentAnalysis }) {
  const t = useT();
  const id = useId();
  const s = useCommandStore();
  const cov = analysis.coverage;
  // on data read by the view, coverage counts the risk objects in view (use-incident-analysis.ts viewFireCoverage)
  const streamed = useCoverageByView();
  const pct = (f: { pct: number | null; covered: number; total: number }) =>
    f.pct === null ? '—' : t('command.cov.figure', { pct: f.pct.toFixed(1), covered: f.covered, total: f.total });
  return (
    <>
      <section className="cmd-section" aria-labelledby={`${id}-resp`}>
        <h3 id={`${id}-resp`}>{t('command.resp.settings')}</h3>
        <div className="field">
          <label htmlFor={`${id}-spec`}>{t('command.resp.speciality')}</label>
          <select
            id={`${id}-spec`}
            data-testid="speciality-select"
            value={s.speciality}
            onChange={(e) => s.set({ speciality: e.currentTarget.value as SpecialityChoice })}
          >
            {SPECIALITIES.map((v) => (
              <option key={v} value={v}>
                {t(specialityKey(v))}
              </option>
            ))}
          </select>
        </div>
        <div className="field-pair">
          <NumberField
            label={t('command.resp.roadFactor')}
            value={s.roadFactor}
            min={1}
            max={3}
            step="0.05"
            testId="road-factor"
            onValue={(roadFactor) => s.set({ roadFactor })}
          />
          <NumberField
            label={t('command.resp.speed')}
            value={s.speedKmh}
            min={5}
            max={120}
            step="1"
            testId="speed-kmh"
            onValue={(speedKmh) => s.set({ speedKmh })}
          />
        </div>
        <p className="note">{t('command.resp.etaBasis', { lambda: s.roadFactor, speed: s.speedKmh })}</p>
      </section>
      <section className="cmd-section" aria-labelledby={`${id}-cov`} data-testid="coverage-section">
        <h3 id={`${id}-cov`}>{t('command.cov.title')}</h3>
        <label className="check">
          <input
            type="checkbox"
            data-testid="coverage-toggle"
            checked={s.coverage}
            onChange={(e) => s.set({ coverage: e.currentTarget.checked })}
          />
          {t('command.cov.toggle')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            data-testid="coverage-planned"
            checked={s.coveragePlanned}
            disabled={!s.coverage}
            onChange={(e) => s.set({ coveragePlanned: e.currentTarget.checked })}
          />
          {t('command.cov.planned')}
        </label>
        {cov && (
          <div className="coverage-figures" data-testid="coverage-figures">
            <dl>
              <dt>{t('command.cov.before')}</dt>
              <dd data-testid="coverage-before" data-pct={cov.before.pct ?? ''}>
                {pct(cov.before)}
              </dd>
              <dt>{t('command.cov.after')}</dt>
              <dd data-testid="coverage-after" data-pct={cov.after.pct ?? ''}>
                {pct(cov.after)}
              </dd>
            </dl>
            <p className="note" data-testid="coverage-uncovered" data-count={cov.uncovered.length}>
              {t(s.coveragePlanned ? 'command.cov.uncoveredAfter' : 'command.cov.uncovered', {
                n: cov.uncovered.length,
              })}
            </p>
            {cov.noDistrict.length > 0 && (
              <p className="note">{t('command.cov.noDistrict', { n: cov.noDistrict.length })}</p>
            )}
            {/* the panel computes coverage by the caps only; another method would show the analysis's own basis */}
            <p className="note" data-testid="coverage-basis">
              {cov.method === 'cap' ? t('command.cov.basis.cap') : cov.basis}
            </p>
            {streamed && (
              <p className="note" data-testid="coverage-view-only">
                {t('command.cov.viewOnly')}
              </p>
            )}
          </div>
        )}
        {s.coverage && !cov && streamed && (
          <p className="note" data-testid="coverage-zoom-in">
            {t('command.cov.zoomIn')}
          </p>
        )}
      </section>
    </>
  );
}
