import type { ReactNode } from 'react';
import type { Verdict } from '../../domain/siting/types';
import { useT } from '../../i18n/use-t';
import { AdjustedBadge } from './adjusted-badge';
import { VERDICT_KEY, VERDICT_STYLE } from './verdict-style';

/**
 * The answer first: 不建议 (red) / 有条件 (amber) / 不反对 (green), each with its symbol and words, then one line of
 * what it means. `已调整规则` rides on the banner when a scenario changed the rules behind it.
 */
export function VerdictBanner({
  verdict,
  adjusted,
  testId,
  children,
}: {
  verdict: Verdict;
  adjusted: boolean;
  testId: string;
  children?: ReactNode;
}) {
  const t = useT();
  const s = VERDICT_STYLE[verdict];
  return (
    <div
      className="verdict-banner"
      role="status"
      data-testid={testId}
      data-verdict={verdict}
      style={{ background: s.fill, color: s.text, borderColor: s.stroke }}
    >
      <p className="verdict-word">
        <span className="verdict-icon" aria-hidden="true">
          {s.icon}
        </span>
        {t(VERDICT_KEY[verdict])}
        {adjusted && <AdjustedBadge testId={`${testId}-adjusted`} />}
      </p>
      {children && <p className="verdict-text">{children}</p>}
    </div>
  );
}
