import { DEFAULT_WEIGHTS, type RiskWeights } from '../../analysis/stats/risk-weights';
import { RISK_LEVELS } from '../../domain/layer-ids';
import { useLang, useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { RISK } from '../../theme/theme';

/** Weights are user input: non-negative, at most 100 (a bound only to keep typos like 800 from swamping the map). */
const MAX_WEIGHT = 100;
const clamp = (n: number) => (Number.isFinite(n) ? Math.min(MAX_WEIGHT, Math.max(0, n)) : 0);

/**
 * The weights of the composite index and the density map, always on screen next to the results they drive and
 * labelled illustrative (seeds-requirements §3.9). Editing one reruns the statistics and the map at once.
 */
export function WeightsEditor() {
  const t = useT();
  const lang = useLang();
  const chosen = useStatsStore((s) => s.weights);
  const setWeights = useStatsStore((s) => s.setWeights);
  const w: RiskWeights = chosen ?? DEFAULT_WEIGHTS;
  const set = (next: RiskWeights) => setWeights(next);
  return (
    <fieldset className="weights" data-testid="stats-weights">
      <legend>{t('stats.weights')}</legend>
      <div className="weights-grid">
        {RISK_LEVELS.map((level) => (
          <label key={level}>
            <span
              className="swatch"
              style={{ background: RISK[level].fill, borderColor: RISK[level].stroke }}
              aria-hidden="true"
            />{' '}
            {RISK[level][lang]}
            <input
              type="number"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={w.level[level]}
              data-testid={`stats-weight-${level}`}
              onChange={(e) => set({ ...w, level: { ...w.level, [level]: clamp(e.currentTarget.valueAsNumber) } })}
            />
          </label>
        ))}
        {(['重大', '一般'] as const).map((lv) => (
          <label key={lv}>
            {t(lv === '重大' ? 'stats.weightMajorDanger' : 'stats.weightDanger')}
            <input
              type="number"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={w.danger[lv]}
              data-testid={`stats-weight-danger-${lv === '重大' ? 'major' : 'general'}`}
              onChange={(e) => set({ ...w, danger: { ...w.danger, [lv]: clamp(e.currentTarget.valueAsNumber) } })}
            />
          </label>
        ))}
      </div>
      <p className="note">{t('stats.weightsNote')}</p>
      <button type="button" className="icon-button" disabled={chosen === null} onClick={() => setWeights(null)}>
        {t('stats.weightsReset')}
      </button>
    </fieldset>
  );
}
