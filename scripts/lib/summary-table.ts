import { RISK_LEVEL_ZH, RISK_LEVELS } from '../../src/domain';
import type { ManifestLayer } from './manifest';
import type { LayerOutcome } from './process-layer';

/** Terminal width of a string: CJK and full-width characters take two cells. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, n: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

function levelText(m: ManifestLayer | undefined): string {
  if (!m) return '';
  const levels = RISK_LEVELS.filter((l) => l in m.byRiskLevel);
  const counts =
    levels.length > 0
      ? levels.map((l) => [RISK_LEVEL_ZH[l], m.byRiskLevel[l] ?? 0] as const)
      : Object.entries(m.byGrade);
  return counts.map(([k, n]) => `${k} ${n}`).join(' · ');
}

/** layer | rows | accepted | rejected | by level (by grade/type for layers without a four-colour level). */
export function summaryTable(
  outcomes: readonly LayerOutcome[],
  layers: Partial<Record<string, ManifestLayer>>,
): string[] {
  const head = ['layer', 'rows', 'accepted', 'rejected', 'by level'];
  const body = outcomes.map((o) => [
    o.layer,
    String(o.table.rows.length),
    String(o.features.length),
    String(o.rejected.length),
    levelText(layers[o.layer]),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i >= 1 && i <= 3))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}
