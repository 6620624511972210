import type { HazardRow, RuleUsed } from '../../analysis/siting';
import { layerZh } from '../../analysis/siting/layer-names';
import type { Confidence, Verdict } from '../../domain/siting/types';
import { type Translate, useT } from '../../i18n/use-t';
import { CONFIDENCE_KEY, metres, VERDICT_KEY, VERDICT_STYLE, ZONE_KEY } from './verdict-style';

/**
 * The tables of the siting answer: one row per hazard (hazard, grade, zone, required and actual distance, rule
 * source, confidence) and the rule rows the answer used. `[U]` rules say 默认值，待核实 in words.
 */

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  const t = useT();
  const s = VERDICT_STYLE[verdict];
  return (
    <span className="verdict-chip" style={{ background: s.fill, color: s.text, borderColor: s.stroke }}>
      <span aria-hidden="true">{s.icon} </span>
      {t(VERDICT_KEY[verdict])}
    </span>
  );
}

export function ConfidenceCell({ confidence }: { confidence: Confidence }) {
  const t = useT();
  return (
    <span className={`confidence confidence-${confidence}`} data-confidence={confidence}>
      [{confidence}] {t(CONFIDENCE_KEY[confidence])}
    </span>
  );
}

/** Layer name in the UI language. */
export const layerLabel = (t: Translate, layer: string): string =>
  layer === 'hazard-sources'
    ? t('siting.layer.hazard-sources')
    : layer === 'tailings-ponds'
      ? t('siting.layer.tailings-ponds')
      : layer === 'chemical-parks'
        ? t('siting.layer.chemical-parks')
        : layerZh(layer);

/**
 * The second line of a row: rule, its source and its confidence. Tables in the 380 px panel keep four or five
 * narrow columns and put these long texts on a full-width line below, labelled, instead of scrolling them away.
 */
export function RuleLine({
  ruleId,
  source,
  confidence,
  adjusted,
  span,
}: {
  ruleId: string;
  source?: string;
  confidence: Confidence;
  adjusted: boolean;
  span: number;
}) {
  const t = useT();
  return (
    <tr className="rule-line">
      <td colSpan={span}>
        <span className="rule-line-label">{t('siting.col.source')}：</span>
        <code>{ruleId}</code>
        {adjusted && <span className="adjusted-mark"> ⚠ {t('siting.adjustedShort')}</span>}
        {source && <span className="rule-line-source"> {source}</span>}
        <span className="rule-line-label"> · {t('siting.col.confidence')}：</span>
        <ConfidenceCell confidence={confidence} />
      </td>
    </tr>
  );
}

export function HazardTable({ rows, adjustedIds }: { rows: readonly HazardRow[]; adjustedIds: ReadonlySet<string> }) {
  const t = useT();
  return (
    <table className="siting-table" data-testid="siting-hazard-table">
      <caption className="visually-hidden">{t('siting.table.hazards')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('siting.col.hazard')}</th>
          <th scope="col">{t('siting.col.grade')}</th>
          <th scope="col">{t('siting.col.zone')}</th>
          <th scope="col">{t('siting.col.required')}</th>
          <th scope="col">{t('siting.col.actual')}</th>
        </tr>
      </thead>
      {rows.map((r) => (
        <tbody key={`${r.layer}:${r.id}`} className="row-group">
          <tr
            data-testid="siting-hazard-row"
            data-id={r.id}
            data-layer={r.layer}
            data-zone={r.zone}
            data-verdict={r.verdict}
          >
            <th scope="row">
              <span className="hazard-name">{r.name || r.id}</span>
              <span className="note">
                {layerLabel(t, r.layer)} · {r.id}
              </span>
              <VerdictChip verdict={r.verdict} />
            </th>
            <td>{r.grade ?? '—'}</td>
            <td>{r.fixed ? t('siting.zone.fixed') : t(ZONE_KEY[r.zone])}</td>
            <td className="num">{r.requiredM > 0 ? metres(r.requiredM) : '—'}</td>
            <td className="num">{metres(r.actualM)}</td>
          </tr>
          <RuleLine
            ruleId={r.ruleId}
            source={r.source}
            confidence={r.confidence}
            adjusted={adjustedIds.has(r.ruleId)}
            span={5}
          />
        </tbody>
      ))}
    </table>
  );
}

/** `300 / 1000 / 2000 m`, or `150 m（固定结论 不建议）` for a code minimum. */
export function zonesText(t: Translate, r: { zones: RuleUsed['zones']; fixed?: string | null }): string {
  const z = r.zones;
  if (r.fixed) return t('siting.rule.fixed', { d: metres(z.inner), verdict: t(VERDICT_KEY[r.fixed as Verdict]) });
  return `${z.inner} / ${z.middle} / ${z.outer} m`;
}

export function RulesUsedTable({ rules, testId }: { rules: readonly RuleUsed[]; testId: string }) {
  const t = useT();
  return (
    <table className="siting-table" data-testid={testId}>
      <caption className="visually-hidden">{t('siting.table.rules')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('siting.col.rule')}</th>
          <th scope="col">{t('siting.col.zones')}</th>
          <th scope="col">{t('siting.col.confidence')}</th>
        </tr>
      </thead>
      {rules.map((r) => (
        <tbody key={r.id} className="row-group">
          <tr data-rule={r.id} data-adjusted={r.adjusted}>
            <th scope="row">
              <code>{r.id}</code>
              <span className="note">{layerLabel(t, r.layer)}</span>
              {r.adjusted && <span className="adjusted-mark">⚠ {t('siting.adjusted')}</span>}
            </th>
            <td className="num">{zonesText(t, r)}</td>
            <td>
              <ConfidenceCell confidence={r.confidence} />
            </td>
          </tr>
          <tr className="rule-line">
            <td colSpan={3}>
              <span className="rule-line-label">{t('siting.col.source')}：</span>
              {r.source}
              <span className="note">{r.note}</span>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
