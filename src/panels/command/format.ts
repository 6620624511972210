import type { ZoneProps } from '../../analysis/incident';
import type { MessageKey, Translate } from '../../i18n/use-t';
import { splitDistance } from '../../lib/format';
import type { Lang } from '../../state/store';

/** `500 米`, `1.4 公里` (units from the dictionary). */
export function formatDistance(meters: number, t: Translate): string {
  const { value, unit } = splitDistance(meters);
  return t(unit === 'm' ? 'unit.m' : 'unit.km', { n: value });
}

/** People and counts with grouping in the reader's language (`12,345`). */
export const formatCount = (n: number, lang: Lang): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** Minutes of an estimate, to the whole minute: a straight-line ETA is no better than that. */
export const formatMinutes = (min: number): string => String(Math.max(1, Math.round(min)));

/** The zone's name with its size: `初始隔离区 半径 60 米`, `防护行动区 下风向 1.4 公里`, `距离圈 3 公里`. */
export function zoneTitle(z: ZoneProps, t: Translate): string {
  if (z.zone === 'ring') return t('command.zone.ring', { d: formatDistance(z.radiusM ?? 0, t) });
  const name = t(`command.zone.${z.zone}` as MessageKey);
  const size =
    z.shape === 'circle'
      ? t('command.zone.radius', { d: formatDistance(z.radiusM ?? 0, t) })
      : t('command.zone.downwind', { d: formatDistance((z.distanceKm ?? 0) * 1000, t) });
  return `${name} ${size}${z.plus ? '+' : ''}`;
}

/** Short map label of a zone. */
export function zoneMapLabel(z: ZoneProps, t: Translate): string {
  if (z.zone === 'ring') return formatDistance(z.radiusM ?? 0, t);
  return zoneTitle(z, t);
}

/** An alarm's time in the reader's locale and time zone (24 h); the raw text if it does not parse. */
export function alarmTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false, dateStyle: 'short', timeStyle: 'medium' });
}
