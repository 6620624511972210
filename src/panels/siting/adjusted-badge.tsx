import { useT } from '../../i18n/use-t';

/** 已调整规则: shown wherever a result rests on a scenario-changed rule table (ux.md), with a symbol besides colour. */
export function AdjustedBadge({ testId = 'siting-adjusted' }: { testId?: string }) {
  const t = useT();
  return (
    <span className="adjusted-badge" data-testid={testId}>
      <span aria-hidden="true">⚠ </span>
      {t('siting.adjusted')}
    </span>
  );
}
