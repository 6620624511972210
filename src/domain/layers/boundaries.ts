import { z } from 'zod';
import { ADMIN_LEVELS, levelOfAdcode, parentOfAdcode, readAdminLevel } from '../boundaries/admin-level';
import type { BoundaryProps } from '../feature-props';
import type { LayerDef, LedgerColumn, ParseContext, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import { COMMON_PUBLIC_FIELDS, commonShape, internalBool, noRiskLevel, textOrNull } from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { finishRow } from './finish-row';

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'level', zh: '级别', required: false },
  { key: 'parent', zh: '上级代码', required: false },
  { key: 'approximate', zh: '示意', required: false },
];

// A boundary is identified by its code, so 行政区划代码 is required here. DataV files have no 编号: the build fills it
// from the code (scripts/lib/boundaries-input.ts) before the row gets here.
const ledgerColumns = withCommonColumns(OWN_COLUMNS).map((c) => (c.key === 'adcode' ? { ...c, required: true } : c));

function parseRow(raw: Record<string, string | undefined>, ctx: ParseContext): ParseResult<BoundaryProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r);
  const levelText = r.text('level');
  const parent = r.adcode('parent');
  const approximate = r.yesNo('approximate') ?? false;
  const adcode = common.adcode;
  let level = adcode === null ? null : levelOfAdcode(adcode);
  if (levelText !== null) {
    const given = readAdminLevel(levelText);
    if (given === null) {
      r.issue('level', `级别取值无效: "${levelText}"，应为 省级/地级/县级 (level must be 省级, 地级 or 县级)`);
    } else if (level !== null && given !== level) {
      // GB/T 2260: the zeros of the code say the level, so a disagreement means a mistyped code or level
      r.issue(
        'level',
        `级别 "${levelText}" 与行政区划代码 ${adcode}（${level}）不符 (level ${levelText} contradicts code ${adcode})`,
      );
    }
    level = given ?? level;
  }
  if (ctx.geomAreaKm2 === undefined) r.issue('geometry', '缺少区划范围面 (the area has no polygon)');
  return finishRow(r, common, [adcode, level, ctx.geomAreaKm2], (adcode, level, geomAreaKm2) => {
    const basis = [`行政区划代码 ${adcode}（GB/T 2260，${level}）`];
    if (approximate) basis.push('示意范围，非官方界线，不得作为权属或执法依据');
    return {
      adcode,
      level,
      parent: parent ?? parentOfAdcode(adcode),
      approximate,
      geomAreaKm2,
      riskLevel: null,
      gradeBasis: basis.join('；'),
    };
  });
}

const propsSchema: z.ZodType<BoundaryProps> = z.object({
  ...commonShape(noRiskLevel(), true),
  // a boundary without its code cannot be joined to anything: required here, unlike in the point layers
  adcode: z.string().regex(/^\d{6}$/),
  level: z.enum(ADMIN_LEVELS),
  parent: textOrNull(),
  approximate: internalBool(),
  geomAreaKm2: z.number(),
});

export const boundariesLayer: LayerDef<BoundaryProps> = {
  id: 'boundaries',
  zh: '行政区划',
  en: 'Administrative areas',
  geometry: 'Polygon',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'level', type: 'string', nullable: false },
    { key: 'parent', type: 'string', nullable: true },
    { key: 'approximate', type: 'bool', nullable: false },
    { key: 'geomAreaKm2', type: 'double', nullable: false },
    ...commonTailOutput(true).map((c) => (c.key === 'adcode' ? { ...c, nullable: false } : c)),
  ],
  parseRow,
  publicFields: [...COMMON_PUBLIC_FIELDS, 'level', 'parent', 'approximate', 'geomAreaKm2', 'gradeBasis'],
  propsSchema,
};
