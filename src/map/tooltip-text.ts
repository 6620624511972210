import type { LayerId } from '../domain/layer-ids';
import type { Lang } from '../state/store';
import { LAYER_NAMES, RISK } from '../theme/theme';

/** Hover tooltip content: the feature's name and its grade in words (or type/class for non-risk layers). */
export interface TooltipText {
  name: string;
  grade: string;
  layerName: string;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function levelName(level: unknown, lang: Lang): string {
  const s = RISK[level as keyof typeof RISK];
  return s ? s[lang] : '';
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');

/** Every property tooltipText reads, plus the id a click selects by: the map sources keep these (map-properties.ts). */
export const TOOLTIP_KEYS = [
  'id',
  'name',
  'riskLevel',
  'grade',
  'class',
  'safety',
  'overhead',
  'parkClass',
  'type',
  'status',
  'category',
  'targetClass',
  'dangerLevel',
  'supervision',
  'stage',
  'adcode',
  'level',
  'approximate',
] as const;

export function tooltipText(layer: LayerId, p: Record<string, unknown>, lang: Lang): TooltipText {
  const level = levelName(p.riskLevel, lang);
  let grade: string;
  switch (layer) {
    case 'hazard-sources':
      grade = join(str(p.grade), level);
      break;
    case 'tailings-ponds':
      grade = join(
        str(p.class),
        str(p.safety),
        p.overhead === true ? (lang === 'zh' ? '头顶库' : 'overhead') : '',
        level,
      );
      break;
    case 'chemical-parks':
      grade = join(p.parkClass ? (lang === 'zh' ? `${str(p.parkClass)}类` : `class ${str(p.parkClass)}`) : '', level);
      break;
    case 'fire-stations':
      grade = join(str(p.type), str(p.status));
      break;
    case 'protected-targets':
      grade = join(str(p.category), str(p.targetClass));
      break;
    case 'hidden-dangers':
      grade = join(
        lang === 'zh' ? `${str(p.dangerLevel)}隐患` : str(p.dangerLevel),
        p.supervision ? (lang === 'zh' ? `${str(p.supervision)}挂牌督办` : `listed: ${str(p.supervision)}`) : '',
        str(p.stage),
      );
      break;
    case 'boundaries':
      grade = join(str(p.adcode), str(p.level), p.approximate === true ? (lang === 'zh' ? '示意' : 'approximate') : '');
      break;
  }
  return { name: str(p.name), grade, layerName: LAYER_NAMES[layer][lang] };
}
