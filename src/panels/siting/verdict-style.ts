import type { Confidence, Verdict, Zone } from '../../domain/siting/types';
import type { MessageKey } from '../../i18n/use-t';

/**
 * Colours of the siting answers (ux.md "Siting in three steps": 不建议 red, 有条件 amber, 不反对 green) and of the
 * site outline. Each verdict also carries a symbol and its words, so colour is never the only signal. The map gets
 * these through feature properties, so src/map/siting holds no colour of its own.
 */
export const VERDICT_STYLE: Readonly<Record<Verdict, { fill: string; stroke: string; text: string; icon: string }>> = {
  不建议: { fill: '#C62828', stroke: '#7F1D1D', text: '#FFFFFF', icon: '✕' },
  有条件: { fill: '#FFB300', stroke: '#7C4A00', text: '#000000', icon: '!' },
  不反对: { fill: '#2E7D32', stroke: '#1B4D1F', text: '#FFFFFF', icon: '✓' },
};

/** The proposed site (drawn, uploaded or typed) and the proposed hazard of the inverse check. */
export const SITE_STYLE = { fill: '#3949AB', stroke: '#1A237E', halo: '#FFFFFF' } as const;
/** a hazard whose level is unknown (a proposed hazard below the GB 18218 threshold) */
export const NEUTRAL_HAZARD = { fill: '#616161', stroke: '#212121' } as const;

/** Zone band opacity: inner/middle/outer at 30/18/8 % (ux.md "Colours and symbols"). */
export const ZONE_OPACITY: Readonly<Record<Exclude<Zone, 'outside'>, number>> = {
  inner: 0.3,
  middle: 0.18,
  outer: 0.08,
};

export const VERDICT_KEY: Readonly<Record<Verdict, MessageKey>> = {
  不建议: 'siting.verdict.against',
  有条件: 'siting.verdict.conditional',
  不反对: 'siting.verdict.ok',
};

export const ZONE_KEY: Readonly<Record<Zone, MessageKey>> = {
  inner: 'siting.zone.inner',
  middle: 'siting.zone.middle',
  outer: 'siting.zone.outer',
  outside: 'siting.zone.outside',
};

export const CONFIDENCE_KEY: Readonly<Record<Confidence, MessageKey>> = {
  V: 'siting.conf.V',
  P: 'siting.conf.P',
  U: 'siting.conf.U',
};

/** `300 m`, `1.5 km` with the exact metres kept for ≤ 2 decimals (engine distances are rounded to 0.01 m). */
export function metres(m: number): string {
  if (m >= 10_000) return `${Number((m / 1000).toFixed(1))} km`;
  if (m >= 1000) return `${Number((m / 1000).toFixed(2))} km`;
  return `${Number(m.toFixed(m < 100 ? 2 : 1))} m`;
}

/** A reach in km with one decimal, as the notes about reads beyond the view give it (2000 → `2`, 1500 → `1.5`). */
export const reachKm = (m: number): string => (Math.round(m / 100) / 10).toLocaleString();
