import { z } from 'zod';
import type { ChemicalParkProps } from '../feature-props';
import type { LayerDef, LedgerColumn, ParseContext, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import { COMMON_PUBLIC_FIELDS, commonShape, numberOrNull, riskLevel, textOrNull } from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { PARK_CLASSES, PARK_RULE_SOURCE, type ParkBand, parkRiskBand } from '../parks/park-class';
import { parkRiskLevel, RISK_LEVEL_ZH } from '../risk-level-mapping';
import { finishRow } from './finish-row';

/** Ledger 面积 may differ from the drawn polygon by at most this share of the polygon's area (project rule). */
export const PARK_AREA_TOLERANCE = 0.2;

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'riskScore', zh: '安全风险评估得分', required: true },
  { key: 'recognition', zh: '认定状态', required: false },
  { key: 'areaKm2', zh: '面积(km²)', required: false },
];

const ledgerColumns = withCommonColumns(OWN_COLUMNS);

const bandText = (b: ParkBand): string =>
  !Number.isFinite(b.min)
    ? `得分 < ${b.max}`
    : !Number.isFinite(b.max)
      ? `得分 ≥ ${b.min}`
      : `${b.min} ≤ 得分 < ${b.max}`;

function parseRow(raw: Record<string, string | undefined>, ctx: ParseContext): ParseResult<ChemicalParkProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r);
  // 化工园区安全风险评估表 满分 100 (standards.md §3.1)
  const riskScore = r.number('riskScore', { min: 0, max: 100 });
  const recognition = r.text('recognition');
  const areaKm2 = r.number('areaKm2', { min: 0 });
  const geomAreaKm2 = ctx.geomAreaKm2;
  if (geomAreaKm2 === undefined) {
    r.issue('geometry', '缺少园区范围面，无法计算面积 (the park has no polygon to measure)');
  } else if (areaKm2 !== null && Math.abs(areaKm2 - geomAreaKm2) > PARK_AREA_TOLERANCE * geomAreaKm2) {
    const g = Number(geomAreaKm2.toFixed(2));
    r.issue(
      'areaKm2',
      `面积与几何面积相差超过20%: 填报 "${raw.areaKm2?.trim()}" km²，几何 ${g} km² (areaKm2 ${areaKm2} differs from the geometry area ${g} km² by more than 20%)`,
    );
  }
  return finishRow(r, common, [riskScore, geomAreaKm2], (riskScore, geomAreaKm2) => {
    const band = parkRiskBand(riskScore);
    const level = parkRiskLevel(band.cls);
    return {
      riskScore,
      recognition,
      areaKm2,
      geomAreaKm2,
      parkClass: band.cls,
      riskLevel: level,
      gradeBasis: `安全风险评估得分 ${riskScore} → ${band.cls}类 ${band.zh}（${PARK_RULE_SOURCE}：${bandText(band)}）→ ${RISK_LEVEL_ZH[level]}`,
    };
  });
}

const propsSchema: z.ZodType<ChemicalParkProps> = z.object({
  ...commonShape(riskLevel(), true),
  riskScore: z.number(),
  recognition: textOrNull(),
  areaKm2: numberOrNull(),
  geomAreaKm2: z.number(),
  parkClass: z.enum(PARK_CLASSES),
});

export const chemicalParksLayer: LayerDef<ChemicalParkProps> = {
  id: 'chemical-parks',
  zh: '化工园区',
  en: 'Chemical parks',
  geometry: 'Polygon',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'riskScore', type: 'double', nullable: false },
    { key: 'recognition', type: 'string', nullable: true },
    { key: 'areaKm2', type: 'double', nullable: true },
    { key: 'geomAreaKm2', type: 'double', nullable: false },
    { key: 'parkClass', type: 'string', nullable: false },
    ...commonTailOutput(false),
  ],
  parseRow,
  publicFields: [
    ...COMMON_PUBLIC_FIELDS,
    'riskScore',
    'recognition',
    'areaKm2',
    'geomAreaKm2',
    'parkClass',
    'gradeBasis',
  ],
  propsSchema,
};
