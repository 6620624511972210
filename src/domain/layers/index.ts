import type { LayerDef, PropsOf } from '../layer-def';
import type { LayerId } from '../layer-ids';
import { boundariesLayer } from './boundaries';
import { chemicalParksLayer } from './chemical-parks';
import { fireStationsLayer } from './fire-stations';
import { hazardSourcesLayer } from './hazard-sources';
import { hiddenDangersLayer } from './hidden-dangers';
import { protectedTargetsLayer } from './protected-targets';
import { tailingsPondsLayer } from './tailings-ponds';

export const LAYERS: { [K in LayerId]: LayerDef<PropsOf<K>> } = {
  'chemical-parks': chemicalParksLayer,
  'tailings-ponds': tailingsPondsLayer,
  'hazard-sources': hazardSourcesLayer,
  'protected-targets': protectedTargetsLayer,
  'fire-stations': fireStationsLayer,
  'hidden-dangers': hiddenDangersLayer,
  boundaries: boundariesLayer,
};

export type GradeField = 'grade' | 'class' | 'parkClass' | 'type' | 'targetClass' | 'dangerLevel' | 'level';

const GRADE_FIELDS: Record<LayerId, GradeField> = {
  'hazard-sources': 'grade',
  'tailings-ponds': 'class',
  'chemical-parks': 'parkClass',
  'fire-stations': 'type',
  'protected-targets': 'targetClass',
  'hidden-dangers': 'dangerLevel',
  boundaries: 'level',
};

/** The property holding a layer's own grade (一级 / 三等 / A / 一级站 / 高敏感), as opposed to the shared riskLevel. */
export const gradeField = (layer: LayerId): GradeField => GRADE_FIELDS[layer];
