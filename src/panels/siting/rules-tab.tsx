import { type FormEvent, useId, useState } from 'react';
import { applyScenario } from '../../domain/siting/apply-scenario';
import { SITING_RULES } from '../../domain/siting/rule-table';
import type { SitingRule, ZoneDistances } from '../../domain/siting/types';
import { useT } from '../../i18n/use-t';
import { useSitingStore } from '../../state/siting-store';
import { AdjustedBadge } from './adjusted-badge';
import { ConfidenceCell, layerLabel, zonesText } from './tables';
import type { SitingResults } from './use-siting-results';
import { ZONE_KEY } from './verdict-style';

/** Layers the app has data for: rows of pipelines / gas stations stay in the table but cannot change a result yet. */
const LOADED_LAYERS = new Set(['hazard-sources', 'tailings-ponds', 'chemical-parks']);

/**
 * 规则情景: a planner changes a rule row's inner/middle/outer distance for a scenario. Every result computed with
 * it says 已调整规则 and lists the change; 恢复 drops it. The defaults themselves are never edited.
 */
export function RulesTab({ results }: { results: SitingResults }) {
  const t = useT();
  const id = useId();
  const name = useSitingStore((s) => s.scenarioName);
  const setName = useSitingStore((s) => s.setScenarioName);
  const overrides = useSitingStore((s) => s.overrides);
  const resetOverrides = useSitingStore((s) => s.resetOverrides);
  const [editing, setEditing] = useState<string | null>(null);
  const { effective, scenarioError } = results;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('siting.rules.title')}</h3>
      <p className="note">{t('siting.rules.help')}</p>
      <div className="siting-field">
        <label htmlFor={`${id}-name`}>{t('siting.rules.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          placeholder={t('siting.rules.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      {scenarioError && (
        <p className="siting-error" role="alert">
          {scenarioError}
        </p>
      )}
      {effective.adjustedRules.length > 0 ? (
        <div className="siting-adjusted-list" data-testid="rules-adjusted-list">
          <AdjustedBadge testId="rules-adjusted" />
          <ul>
            {effective.adjustedRules.map((a) => (
              <li key={`${a.ruleId}-${a.field}`}>{a.text}</li>
            ))}
          </ul>
          <button type="button" onClick={resetOverrides}>
            {t('siting.rules.resetAll')}
          </button>
        </div>
      ) : (
        <p className="note">{t('siting.rules.none')}</p>
      )}
      <ul className="rule-list" data-testid="rules-list">
        {effective.rules.map((r) => {
          const base = SITING_RULES.find((b) => b.id === r.id);
          const adjusted = overrides.some((o) => o.ruleId === r.id);
          return (
            <li key={r.id} className="rule-item" data-rule={r.id} data-adjusted={adjusted}>
              <div className="rule-head">
                <code>{r.id}</code>
                <span className="note">{layerLabel(t, r.layer)}</span>
                {!LOADED_LAYERS.has(r.layer) && <span className="note">{t('siting.rules.noData')}</span>}
                {adjusted && <span className="adjusted-mark">⚠ {t('siting.adjusted')}</span>}
              </div>
              <div className="rule-body">
                <span className="num">{zonesText(t, r)}</span> <ConfidenceCell confidence={r.confidence} />
              </div>
              <p className="note">{r.source}</p>
              {editing === r.id ? (
                <RuleEditor rule={r} base={base ?? r} onDone={() => setEditing(null)} />
              ) : (
                <button
                  type="button"
                  className="icon-button"
                  data-testid={`rule-edit-${r.id}`}
                  onClick={() => setEditing(r.id)}
                >
                  {t('siting.rules.edit')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const ZONE_FIELDS = ['inner', 'middle', 'outer'] as const;

function RuleEditor({ rule, base, onDone }: { rule: SitingRule; base: SitingRule; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const overrides = useSitingStore((s) => s.overrides);
  const setOverride = useSitingStore((s) => s.setOverride);
  const [values, setValues] = useState<Record<keyof ZoneDistances, string>>({
    inner: String(rule.zones.inner),
    middle: String(rule.zones.middle),
    outer: String(rule.zones.outer),
  });
  const [error, setError] = useState<string | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const zones = Object.fromEntries(ZONE_FIELDS.map((k) => [k, Number(values[k])])) as unknown as ZoneDistances;
    if (ZONE_FIELDS.some((k) => values[k].trim() === '' || !Number.isFinite(zones[k]) || zones[k] < 0)) {
      setError(t('siting.rules.badNumber'));
      return;
    }
    const same = ZONE_FIELDS.every((k) => zones[k] === base.zones[k]);
    const next = same ? null : { ruleId: rule.id, zones };
    // try the whole scenario first: the engine refuses zones that are not inner ≤ middle ≤ outer
    try {
      applyScenario({ overrides: [...overrides.filter((o) => o.ruleId !== rule.id), ...(next ? [next] : [])] });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    }
    setOverride(rule.id, next);
    onDone();
  };

  return (
    <form className="rule-editor" onSubmit={apply} data-testid={`rule-editor-${rule.id}`}>
      <div className="siting-sizes">
        {ZONE_FIELDS.map((k) => (
          <div key={k} className="siting-size">
            <label htmlFor={`${id}-${k}`}>{t('siting.rules.field', { zone: t(ZONE_KEY[k]) })}</label>
            <input
              id={`${id}-${k}`}
              type="number"
              min={0}
              step="any"
              value={values[k]}
              data-testid={`rule-${k}`}
              onChange={(e) => setValues({ ...values, [k]: e.target.value })}
            />
          </div>
        ))}
      </div>
      <p className="note">
        {t('siting.rules.default', { zones: `${base.zones.inner} / ${base.zones.middle} / ${base.zones.outer} m` })}
      </p>
      {error && (
        <p className="siting-error" role="alert">
          {error}
        </p>
      )}
      <div className="siting-actions">
        <button type="submit" data-testid="rule-apply">
          {t('siting.rules.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOverride(rule.id, null);
            onDone();
          }}
        >
          {t('siting.rules.reset')}
        </button>
        <button type="button" onClick={onDone}>
          {t('siting.cancel')}
        </button>
      </div>
    </form>
  );
}
