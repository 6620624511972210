import { developmentSensitivity, isDevelopmentCategory } from '../../domain/siting/sensitivity';
import type { SensitivityLevel } from '../../domain/siting/types';
import { geodesicAreaHa } from './geodesic-area';
import type { GeometryParts } from './geometry-parts';

export interface TargetSensitivity {
  /** category used for rule matching: the target's own, or 其他 when the siting list does not know it */
  category: string;
  level: SensitivityLevel;
  gb36894Class: string;
  people: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Sensitivity of an existing protected target from its built properties (category, people, dwellings) and, for a
 * polygon, its site area — the same rules a proposed development of that type gets. An unknown category is judged
 * as 其他 by its people; a stored GB 36894 class of 高敏感/重要 still lifts it to level 3.
 *
 * @example targetSensitivity({ category: '学校', people: 900 }, parts).level // 3
 */
export function targetSensitivity(props: Readonly<Record<string, unknown>>, parts: GeometryParts): TargetSensitivity {
  const raw = typeof props.category === 'string' ? props.category : '其他';
  const category = isDevelopmentCategory(raw) ? raw : '其他';
  const people = num(props.people) ?? 0;
  const s = developmentSensitivity({
    category,
    people,
    dwellings: num(props.dwellings),
    siteAreaHa: geodesicAreaHa(parts),
  });
  const stored = typeof props.targetClass === 'string' ? props.targetClass : null;
  const lifted = category === '其他' && (stored === '高敏感' || stored === '重要') && s.level < 3;
  return {
    category,
    level: lifted ? 3 : s.level,
    gb36894Class: stored ?? s.gb36894Class,
    people,
  };
}
