import { RISK_LEVELS, type RiskLevel } from '../../domain/layer-ids';
import { RISK } from '../../theme/theme';

/** WCAG 2.1 relative luminance of a `#RRGGBB` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`relativeLuminance: expected #RRGGBB, got ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h as string, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1–21) between two `#RRGGBB` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `fill`. */
export const textOn = (fill: string): '#000000' | '#FFFFFF' =>
  contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';

/**
 * The four risk colours of the shared theme with the text colour chosen here by contrast, not taken from the
 * theme: white on the theme's red (#E53935) is only about 4.2:1, short of WCAG AA for normal text.
 */
export const PUBLIC_RISK_COLOURS: Record<RiskLevel, { fill: string; stroke: string; text: string }> =
  Object.fromEntries(
    RISK_LEVELS.map((l) => [l, { fill: RISK[l].fill, stroke: RISK[l].stroke, text: textOn(RISK[l].fill) }]),
  ) as Record<RiskLevel, { fill: string; stroke: string; text: string }>;
