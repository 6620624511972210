import { RISK_LEVELS, type RiskLevel } from '../../domain/layer-ids';
import { splitDistance } from '../../lib/format';
import type { PublicT } from '../i18n/public-t';
import type { NearbySummary, RingSummary } from './summarise-nearby';

const km = (m: number) => String(Number((m / 1000).toFixed(1)));

/** "2 处较大风险、1 处一般风险" / "2 high-risk sites, 1 moderate-risk site", most severe first; '' when none. */
export function countList(t: PublicT, byLevel: Record<RiskLevel, number>): string {
  return RISK_LEVELS.filter((l) => byLevel[l] > 0)
    .map((l) =>
      t(byLevel[l] === 1 ? 'public.count.one' : 'public.count.other', {
        n: byLevel[l],
        level: t(`public.level.${l}`),
      }),
    )
    .join(t('public.report.listSeparator'));
}

/**
 * The one sentence a resident reads first: the smallest radius that has any risk site, with its counts
 * ("您周边 3 公里内有 2 处较大风险、1 处一般风险。"), or that there is none within the largest radius.
 */
export function nearbyHeadline(t: PublicT, summary: NearbySummary): string {
  const first = summary.rings.find((r) => r.total > 0);
  if (!first) {
    const last = summary.rings[summary.rings.length - 1];
    return t('public.report.headline.none', { km: km(last?.radiusM ?? 0) });
  }
  return t('public.report.headline.some', { km: km(first.radiusM), list: countList(t, first.byLevel) });
}

/** "3 公里内：2 处较大风险、1 处一般风险" for one ring. */
export function ringLine(t: PublicT, ring: RingSummary): { label: string; text: string } {
  return {
    label: t('public.report.ring', { km: km(ring.radiusM) }),
    text: ring.total > 0 ? countList(t, ring.byLevel) : t('public.report.ring.none'),
  };
}

/** "约 1.25 公里" / "about 640 m". */
export function formatDistance(t: PublicT, meters: number): string {
  const { value, unit } = splitDistance(meters);
  return t('public.report.distance', { d: t(unit === 'm' ? 'public.unit.m' : 'public.unit.km', { n: value }) });
}

export { km as formatKm };
