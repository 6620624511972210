import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { RISK_LEVELS, type RiskLevel } from '../domain/layer-ids';

/**
 * Names of the runtime icons (drawn on canvas by src/map/icons.ts and added with `map.addImage`). Layers refer to
 * them by these names only, and a test checks that every image a layer asks for is in ICON_IDS.
 */
export type IconLevel = RiskLevel | 'unknown';
export const ICON_LEVELS: readonly IconLevel[] = [...RISK_LEVELS, 'unknown'];

export const tailingsIcon = (level: IconLevel) => `ra-tailings-${level}`;
export const hatchPattern = (level: IconLevel) => `ra-hatch-${level}`;
export const FIRE_ICON = { existing: 'ra-fire-existing', planned: 'ra-fire-planned' } as const;

export const ICON_IDS: readonly string[] = [
  ...ICON_LEVELS.map(tailingsIcon),
  ...ICON_LEVELS.map(hatchPattern),
  FIRE_ICON.existing,
  FIRE_ICON.planned,
];

/** `ra-<kind>-<riskLevel>` with 'unknown' when the level is missing or not one of the four. */
export function levelImage(kind: 'tailings' | 'hatch'): ExpressionSpecification {
  return [
    'concat',
    `ra-${kind}-`,
    ['match', ['get', 'riskLevel'], [...RISK_LEVELS], ['get', 'riskLevel'], 'unknown'],
  ] as ExpressionSpecification;
}
