import type { RiskLevel } from '../../domain/layer-ids';
import { usePublicT } from '../i18n/public-t';
import { PUBLIC_RISK_COLOURS } from '../theme/contrast';

/** The level in its colour and in words ("橙色 · 较大风险"), so colour is never the only signal. */
export function LevelBadge({ level, short = false }: { level: RiskLevel; short?: boolean }) {
  const { t } = usePublicT();
  const c = PUBLIC_RISK_COLOURS[level];
  return (
    <span
      className="pa-badge"
      data-level={level}
      data-testid="public-level-badge"
      style={{ backgroundColor: c.fill, color: c.text, borderColor: c.stroke }}
    >
      {short ? t(`public.level.${level}`) : `${t(`public.colour.${level}`)} · ${t(`public.level.${level}`)}`}
    </span>
  );
}
