import { GB18218_CATEGORY, type HazardSymbol } from './categories';

/**
 * β for 表1 substances that are not named in 表3. The standard takes β from the substance's GHS category (表4),
 * which lives in 《危险化学品分类信息表》, not in GB 18218 itself. These are labelled defaults (默认值，待核实)
 * following standards.md §1.4 [U]; where a substance has several categories the largest β is taken (§1.4 [U]).
 * Override per substance (by 表1 序号) through the `betaOverrides` option of `assessHazardSource`.
 */
export interface BetaDefault {
  /** 表4 category the default β comes from; absent for the rule-of-practice values (煤气) */
  category?: HazardSymbol;
  beta: number;
  /** why this β, shown in 分级依据 */
  basis: string;
  status: 'U';
}

const cat = (category: HazardSymbol): BetaDefault => ({
  category,
  beta: GB18218_CATEGORY[category].beta,
  basis: `${category} ${GB18218_CATEGORY[category].zh}`,
  status: 'U',
});

// GB 18218-2018 4.3 / 表4 via standards.md §1.4: default categories per 表1 序号 [U] 默认值，待核实
export const GB18218_BETA_DEFAULTS: Readonly<Record<number, BetaDefault>> = {
  2: cat('J1'), // 二氟化氧: toxic gas, category 1 (§1.4)
  5: cat('J1'), // 氟
  8: cat('J3'), // 甲醛(>90%): toxic gas cat. 3 (β 2) outranks flammable gas (β 1.5)
  13: { beta: 2, basis: '含CO，按表3一氧化碳', status: 'U' }, // 煤气: practitioners use CO's 表3 β (§1.4)
  14: cat('J1'), // 砷化氢
  15: cat('J1'), // 锑化氢
  16: cat('J1'), // 硒化氢
  18: cat('J2'), // 丙酮氰醇: toxic liquid
  19: cat('J2'), // 丙烯醛
  21: cat('J5'), // 环氧氯丙烷
  22: cat('J5'), // 3-溴-1,2-环氧丙烷
  23: cat('J5'), // TDI
  24: cat('J5'), // 一氯化硫
  26: cat('J5'), // 三氧化硫
  27: cat('J5'), // 烯丙胺
  28: cat('J5'), // 溴
  29: cat('J2'), // 乙撑亚胺
  31: cat('W1.1'), // 叠氮化钡: explosive (§1.4 爆炸物 β 2)
  32: cat('W1.1'), // 叠氮化铅
  33: cat('W1.1'), // 雷汞
  34: cat('W1.1'), // 三硝基苯甲醚
  35: cat('W1.1'), // TNT
  36: cat('W1.1'), // 硝化甘油
  37: cat('W1.1'), // 硝化纤维素(干的或含水<25%)
  38: cat('W1.1'), // 硝化纤维素(未改型或增塑<18%)
  39: cat('W10'), // 硝化纤维素(含乙醇≥25%): flammable solid
  40: cat('W10'), // 硝化纤维素(含氮≤12.6%)
  41: cat('W10'), // 硝化纤维素(含水≥25%)
  42: cat('W5.3'), // 硝化纤维素溶液: flammable liquid
  43: cat('W1.1'), // 硝酸铵(含可燃物>0.2%): explosive
  44: cat('W9.2'), // 硝酸铵(≤0.2%): oxidising solid
  45: cat('W9.2'), // 硝酸铵肥料
  46: cat('W9.2'), // 硝酸钾
  47: cat('W2'), // 1,3-丁二烯: flammable gas (§1.4)
  48: cat('W2'), // 二甲醚
  49: cat('W2'), // 甲烷，天然气
  50: cat('W2'), // 氯乙烯
  51: cat('W2'), // 氢
  52: cat('W2'), // 液化石油气
  53: cat('W2'), // 一甲胺
  54: cat('W2'), // 乙炔
  55: cat('W2'), // 乙烯
  56: cat('W4'), // 氧: oxidising gas (§1.4)
  57: cat('W5.3'), // 苯: flammable liquid cat. 2 (§1.4; W5.1 above boiling point)
  58: cat('W5.4'), // 苯乙烯: flammable liquid cat. 3
  59: cat('W5.3'), // 丙酮
  60: cat('W5.3'), // 丙烯腈
  61: cat('W5.3'), // 二硫化碳 (§1.4)
  62: cat('W5.3'), // 环己烷
  63: cat('W5.1'), // 1,2-环氧丙烷: bp ≤ 35 ℃ (§1.4)
  64: cat('W5.3'), // 甲苯
  65: cat('W5.3'), // 甲醇
  66: cat('W5.3'), // 汽油 (§1.4)
  67: cat('W5.3'), // 乙醇
  68: cat('W5.1'), // 乙醚 (§1.4)
  69: cat('W5.3'), // 乙酸乙酯
  70: cat('W5.3'), // 正己烷
  71: cat('W7.2'), // 过乙酸: organic peroxide type D
  72: cat('W7.1'), // 过氧化甲基乙基酮(≤10.7%, ≥48% A型稀释剂): type B
  73: cat('W8'), // 白磷: pyrophoric solid
  74: cat('W8'), // 烷基铝: pyrophoric liquid
  75: cat('W8'), // 戊硼烷
  76: cat('W9.1'), // 过氧化钾
  77: cat('W9.1'), // 过氧化钠
  78: cat('W9.1'), // 氯酸钾
  79: cat('W9.1'), // 氯酸钠
  80: cat('W9.1'), // 发烟硝酸
  81: cat('W9.2'), // 硝酸(>70%)
  82: cat('W9.2'), // 硝酸胍
  83: cat('W11'), // 碳化钙
  84: cat('W11'), // 钾
  85: cat('W11'), // 钠
};
