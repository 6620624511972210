import { z } from 'zod';
import type { FireStationProps } from '../feature-props';
import {
  FIRE_SPECIALITIES,
  FIRE_STATION_DISTRICT_CAPS,
  FIRE_STATION_STATUSES,
  FIRE_STATION_TYPES,
  fireStationBasis,
} from '../fire/fire-station-caps';
import type { LayerDef, LedgerColumn, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import {
  COMMON_PUBLIC_FIELDS,
  commonShape,
  intOrNull,
  noRiskLevel,
  numberOrNull,
  textOrNull,
} from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { finishRow } from './finish-row';

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'type', zh: '类型', required: true },
  { key: 'plannedYear', zh: '规划年份', required: false },
  { key: 'vehicles', zh: '车辆数', required: false },
  { key: 'staff', zh: '人员数', required: false },
  { key: 'districtKm2', zh: '辖区面积(km²)', required: false },
  { key: 'speciality', zh: '专业', required: false },
];

// 状态 (现有/规划) is the layer's facet, so every station must state it.
const ledgerColumns = withCommonColumns(OWN_COLUMNS, true);

function parseRow(raw: Record<string, string | undefined>): ParseResult<FireStationProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r, FIRE_STATION_STATUSES);
  const type = r.oneOf('type', FIRE_STATION_TYPES);
  const plannedYear = r.number('plannedYear', { integer: true, min: 1900, max: 2100 });
  const vehicles = r.number('vehicles', { integer: true, min: 0 });
  const staff = r.number('staff', { integer: true, min: 0 });
  const districtKm2 = r.number('districtKm2', { min: 0 });
  const speciality = r.oneOf('speciality', FIRE_SPECIALITIES);
  if (common.status === '规划' && plannedYear === null && !raw.plannedYear?.trim()) {
    r.issue('plannedYear', '状态为“规划”时规划年份不能为空: "" (plannedYear is required when status is 规划)');
  }
  return finishRow(r, common, [type], (type) => {
    const basis = [fireStationBasis(type, districtKm2)];
    if (common.status === '规划') basis.push(`规划 ${plannedYear} 年`);
    if (speciality !== null) basis.push(`专业 ${speciality}`);
    return {
      type,
      plannedYear,
      vehicles,
      staff,
      districtKm2,
      districtCapKm2: FIRE_STATION_DISTRICT_CAPS[type].capKm2,
      speciality,
      riskLevel: null,
      gradeBasis: basis.join('；'),
    };
  });
}

const propsSchema: z.ZodType<FireStationProps> = z.object({
  ...commonShape(noRiskLevel(), true),
  type: z.enum(FIRE_STATION_TYPES),
  plannedYear: intOrNull(),
  vehicles: intOrNull(),
  staff: intOrNull(),
  districtKm2: numberOrNull(),
  districtCapKm2: numberOrNull(),
  speciality: textOrNull(),
});

export const fireStationsLayer: LayerDef<FireStationProps> = {
  id: 'fire-stations',
  zh: '消防站',
  en: 'Fire stations',
  geometry: 'Point',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'type', type: 'string', nullable: false },
    { key: 'plannedYear', type: 'int', nullable: true },
    { key: 'vehicles', type: 'int', nullable: true },
    { key: 'staff', type: 'int', nullable: true },
    { key: 'districtKm2', type: 'double', nullable: true },
    { key: 'districtCapKm2', type: 'double', nullable: true },
    { key: 'speciality', type: 'string', nullable: true },
    ...commonTailOutput(true),
  ],
  parseRow,
  publicFields: [
    ...COMMON_PUBLIC_FIELDS,
    'type',
    'plannedYear',
    'vehicles',
    'staff',
    'districtKm2',
    'districtCapKm2',
    'speciality',
    'gradeBasis',
  ],
  propsSchema,
};
