import { parseInventory } from '../gb18218/parse-inventory';
import type { SubstanceCategory } from './types';

/*
 * Which GB 50160-2008(2018) 表4.1.9 column an inventory falls under. GB 50160 classes by fire hazard (液化烃 =
 * 15 °C vapour pressure > 0.1 MPa; 甲B/乙A liquids by flash point), which the ledger does not carry, so the
 * mapping is by GB 18218-2018 表1 序号 and 表2 category: labelled defaults [U].
 */
const LIQUEFIED_HYDROCARBON_ROWS = new Set([
  47, // 1,3-丁二烯
  48, // 二甲醚
  50, // 氯乙烯
  52, // 液化石油气(含丙烷、丁烷及其混合物)
  55, // 乙烯
]);
const FLAMMABLE_LIQUID_ROWS = new Set([
  57, // 苯
  58, // 苯乙烯
  59, // 丙酮
  60, // 丙烯腈
  61, // 二硫化碳
  62, // 环己烷
  63, // 1,2-环氧丙烷
  64, // 甲苯
  65, // 甲醇
  66, // 汽油
  67, // 乙醇
  68, // 乙醚
  69, // 乙酸乙酯
  70, // 正己烷
]);
// GB 18218 表2 易燃液体 W5.1–W5.3 (GHS 类别1–2 and 工作温度高于沸点的类别3) ≈ 甲B/乙A [U]
const FLAMMABLE_LIQUID_SYMBOLS = new Set(['W5.1', 'W5.2', 'W5.3']);

const cache = new Map<string, SubstanceCategory[]>();

/**
 * GB 50160 substance categories present in a hazard source's inventory text (`名称:吨;…`). Unparseable entries are
 * ignored here: the data build has already rejected them.
 *
 * @example substanceCategoriesOf('液化石油气:60;甲醇:20') // ['液化烃', '甲乙类可燃液体']
 */
export function substanceCategoriesOf(chemicals: string | null | undefined): SubstanceCategory[] {
  if (!chemicals) return [];
  const hit = cache.get(chemicals);
  if (hit) return hit;
  const found = new Set<SubstanceCategory>();
  for (const e of parseInventory(chemicals).entries) {
    if (e.kind === 'named') {
      if (LIQUEFIED_HYDROCARBON_ROWS.has(e.row.no)) found.add('液化烃');
      if (FLAMMABLE_LIQUID_ROWS.has(e.row.no)) found.add('甲乙类可燃液体');
    } else if (FLAMMABLE_LIQUID_SYMBOLS.has(e.symbol)) {
      found.add('甲乙类可燃液体');
    }
  }
  const out = [...found].sort();
  if (cache.size > 10_000) cache.clear();
  cache.set(chemicals, out);
  return out;
}
