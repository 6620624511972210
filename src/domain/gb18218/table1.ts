/**
 * GB 18218-2018 表1 危险化学品名称及其临界量, all 85 rows, copied verbatim from shared/domain/standards.md §1.3 [V].
 * `alias` and `cas` keep the standard's `;`-joined form (CAS entries may carry a label such as `74-82-8(甲烷)`);
 * `aliasesOf` / `casNumbersOf` split them. Q in tonnes.
 */
export interface Gb18218Named {
  no: number;
  name: string;
  alias?: string;
  cas?: string;
  Q: number;
}

export const GB18218_RULE_SET = 'GB18218-2018';

// GB 18218-2018 表1 [V] (standards.md §1.3, sources S1, S3)
export const GB18218_2018_TABLE1: readonly Gb18218Named[] = [
  { no: 1, name: '氨', alias: '液氨;氨气', cas: '7664-41-7', Q: 10 },
  { no: 2, name: '二氟化氧', alias: '一氧化二氟', cas: '7783-41-7', Q: 1 },
  { no: 3, name: '二氧化氮', cas: '10102-44-0', Q: 1 },
  { no: 4, name: '二氧化硫', alias: '亚硫酸酐', cas: '7446-09-5', Q: 20 },
  { no: 5, name: '氟', cas: '7782-41-4', Q: 1 },
  { no: 6, name: '碳酰氯', alias: '光气', cas: '75-44-5', Q: 0.3 },
  { no: 7, name: '环氧乙烷', alias: '氧化乙烯', cas: '75-21-8', Q: 10 },
  { no: 8, name: '甲醛(含量>90%)', alias: '蚁醛', cas: '50-00-0', Q: 5 },
  { no: 9, name: '磷化氢', alias: '磷化三氢;膦', cas: '7803-51-2', Q: 1 },
  { no: 10, name: '硫化氢', cas: '7783-06-4', Q: 5 },
  { no: 11, name: '氯化氢(无水)', cas: '7647-01-0', Q: 20 },
  { no: 12, name: '氯', alias: '液氯;氯气', cas: '7782-50-5', Q: 5 },
  { no: 13, name: '煤气(CO，CO和H2、CH4的混合物等)', Q: 20 },
  { no: 14, name: '砷化氢', alias: '砷化三氢;胂', cas: '7784-42-1', Q: 1 },
  { no: 15, name: '锑化氢', alias: '三氢化锑;锑化三氢', cas: '7803-52-3', Q: 1 },
  { no: 16, name: '硒化氢', cas: '7783-07-5', Q: 1 },
  { no: 17, name: '溴甲烷', alias: '甲基溴', cas: '74-83-9', Q: 10 },
  { no: 18, name: '丙酮氰醇', alias: '丙酮合氰化氢;2-羟基异丁腈;氰丙醇', cas: '75-86-5', Q: 20 },
  { no: 19, name: '丙烯醛', alias: '烯丙醛;败脂醛', cas: '107-02-8', Q: 20 },
  { no: 20, name: '氟化氢', cas: '7664-39-3', Q: 1 },
  { no: 21, name: '1-氯-2,3-环氧丙烷', alias: '环氧氯丙烷(3-氯-1,2-环氧丙烷)', cas: '106-89-8', Q: 20 },
  { no: 22, name: '3-溴-1,2-环氧丙烷', alias: '环氧溴丙烷;溴甲基环氧乙烷;表溴醇', cas: '3132-64-7', Q: 20 },
  { no: 23, name: '甲苯二异氰酸酯', alias: '二异氰酸甲苯酯;TDI', cas: '26471-62-5', Q: 100 },
  { no: 24, name: '一氯化硫', alias: '氯化硫', cas: '10025-67-9', Q: 1 },
  { no: 25, name: '氰化氢', alias: '无水氢氰酸', cas: '74-90-8', Q: 1 },
  { no: 26, name: '三氧化硫', alias: '硫酸酐', cas: '7446-11-9', Q: 75 },
  { no: 27, name: '3-氨基丙烯', alias: '烯丙胺', cas: '107-11-9', Q: 20 },
  { no: 28, name: '溴', alias: '溴素', cas: '7726-95-6', Q: 20 },
  { no: 29, name: '乙撑亚胺', alias: '吖丙啶;1-氮杂环丙烷;氮丙啶', cas: '151-56-4', Q: 20 },
  { no: 30, name: '异氰酸甲酯', alias: '甲基异氰酸酯', cas: '624-83-9', Q: 0.75 },
  { no: 31, name: '叠氮化钡', alias: '叠氮钡', cas: '18810-58-7', Q: 0.5 },
  { no: 32, name: '叠氮化铅', cas: '13424-46-9', Q: 0.5 },
  { no: 33, name: '雷汞', alias: '二雷酸汞;雷酸汞', cas: '628-86-4', Q: 0.5 },
  { no: 34, name: '三硝基苯甲醚', alias: '三硝基茴香醚', cas: '28653-16-9', Q: 5 },
  { no: 35, name: '2,4,6-三硝基甲苯', alias: '梯恩梯;TNT', cas: '118-96-7', Q: 5 },
  { no: 36, name: '硝化甘油', alias: '硝化丙三醇;甘油三硝酸酯', cas: '55-63-0', Q: 1 },
  { no: 37, name: '硝化纤维素[干的或含水(或乙醇)<25%]', alias: '硝化棉', cas: '9004-70-0', Q: 1 },
  { no: 38, name: '硝化纤维素(未改型的，或增塑的，含增塑剂<18%)', alias: '硝化棉', cas: '9004-70-0', Q: 1 },
  { no: 39, name: '硝化纤维素(含乙醇≥25%)', alias: '硝化棉', cas: '9004-70-0', Q: 10 },
  { no: 40, name: '硝化纤维素(含氮≤12.6%)', alias: '硝化棉', cas: '9004-70-0', Q: 50 },
  { no: 41, name: '硝化纤维素(含水≥25%)', alias: '硝化棉', cas: '9004-70-0', Q: 50 },
  { no: 42, name: '硝化纤维素溶液(含氮量≤12.6%，含硝化纤维素≤55%)', alias: '硝化棉溶液', cas: '9004-70-0', Q: 50 },
  { no: 43, name: '硝酸铵(含可燃物>0.2%，包括以碳计算的任何有机物，但不包括任何其他添加剂)', cas: '6484-52-2', Q: 5 },
  { no: 44, name: '硝酸铵(含可燃物≤0.2%)', cas: '6484-52-2', Q: 50 },
  { no: 45, name: '硝酸铵肥料(含可燃物≤0.4%)', Q: 200 },
  { no: 46, name: '硝酸钾', cas: '7757-79-1', Q: 1000 },
  { no: 47, name: '1,3-丁二烯', alias: '联乙烯', cas: '106-99-0', Q: 5 },
  { no: 48, name: '二甲醚', alias: '甲醚', cas: '115-10-6', Q: 50 },
  { no: 49, name: '甲烷，天然气', cas: '74-82-8(甲烷);8006-14-2(天然气)', Q: 50 },
  { no: 50, name: '氯乙烯', alias: '乙烯基氯', cas: '75-01-4', Q: 50 },
  { no: 51, name: '氢', alias: '氢气', cas: '1333-74-0', Q: 5 },
  {
    no: 52,
    name: '液化石油气(含丙烷、丁烷及其混合物)',
    alias: '石油气(液化的)',
    cas: '68476-85-7;74-98-6(丙烷);106-97-8(丁烷)',
    Q: 50,
  },
  { no: 53, name: '一甲胺', alias: '氨基甲烷;甲胺', cas: '74-89-5', Q: 5 },
  { no: 54, name: '乙炔', alias: '电石气', cas: '74-86-2', Q: 1 },
  { no: 55, name: '乙烯', cas: '74-85-1', Q: 50 },
  { no: 56, name: '氧(压缩的或液化的)', alias: '液氧;氧气', cas: '7782-44-7', Q: 200 },
  { no: 57, name: '苯', alias: '纯苯', cas: '71-43-2', Q: 50 },
  { no: 58, name: '苯乙烯', alias: '乙烯苯', cas: '100-42-5', Q: 500 },
  { no: 59, name: '丙酮', alias: '二甲基酮', cas: '67-64-1', Q: 500 },
  { no: 60, name: '2-丙烯腈', alias: '丙烯腈;乙烯基氰;氰基乙烯', cas: '107-13-1', Q: 50 },
  { no: 61, name: '二硫化碳', cas: '75-15-0', Q: 50 },
  { no: 62, name: '环己烷', alias: '六氢化苯', cas: '110-82-7', Q: 500 },
  { no: 63, name: '1,2-环氧丙烷', alias: '氧化丙烯;甲基环氧乙烷', cas: '75-56-9', Q: 10 },
  { no: 64, name: '甲苯', alias: '甲基苯;苯基甲烷', cas: '108-88-3', Q: 500 },
  { no: 65, name: '甲醇', alias: '木醇;木精', cas: '67-56-1', Q: 500 },
  { no: 66, name: '汽油(乙醇汽油、甲醇汽油)', cas: '86290-81-5(汽油)', Q: 200 },
  { no: 67, name: '乙醇', alias: '酒精', cas: '64-17-5', Q: 500 },
  { no: 68, name: '乙醚', alias: '二乙基醚', cas: '60-29-7', Q: 10 },
  { no: 69, name: '乙酸乙酯', alias: '醋酸乙酯', cas: '141-78-6', Q: 500 },
  { no: 70, name: '正己烷', alias: '己烷', cas: '110-54-3', Q: 500 },
  { no: 71, name: '过乙酸', alias: '过醋酸;过氧乙酸;乙酰过氧化氢', cas: '79-21-0', Q: 10 },
  { no: 72, name: '过氧化甲基乙基酮(10%<有效氧含量≤10.7%，含A型稀释剂≥48%)', cas: '1338-23-4', Q: 10 },
  { no: 73, name: '白磷', alias: '黄磷', cas: '12185-10-3', Q: 50 },
  { no: 74, name: '烷基铝', alias: '三烷基铝', Q: 1 },
  { no: 75, name: '戊硼烷', alias: '五硼烷', cas: '19624-22-7', Q: 1 },
  { no: 76, name: '过氧化钾', cas: '17014-71-0', Q: 20 },
  { no: 77, name: '过氧化钠', alias: '双氧化钠;二氧化钠', cas: '1313-60-6', Q: 20 },
  { no: 78, name: '氯酸钾', cas: '3811-04-9', Q: 100 },
  { no: 79, name: '氯酸钠', cas: '7775-09-9', Q: 100 },
  { no: 80, name: '发烟硝酸', cas: '52583-42-3', Q: 20 },
  { no: 81, name: '硝酸(发红烟的除外，含硝酸>70%)', cas: '7697-37-2', Q: 100 },
  { no: 82, name: '硝酸胍', alias: '硝酸亚氨脲', cas: '506-93-4', Q: 50 },
  { no: 83, name: '碳化钙', alias: '电石', cas: '75-20-7', Q: 100 },
  { no: 84, name: '钾', alias: '金属钾', cas: '7440-09-7', Q: 1 },
  { no: 85, name: '钠', alias: '金属钠', cas: '7440-23-5', Q: 10 },
];

const LABELLED_CAS = /^([0-9-]+)\s*(?:\((.+)\))?$/;

/** Aliases of a row: its `alias` list plus the labels attached to its CAS numbers (e.g. 甲烷, 天然气, 丙烷). */
export function aliasesOf(row: Gb18218Named): string[] {
  const aliases = row.alias ? row.alias.split(';') : [];
  for (const entry of row.cas?.split(';') ?? []) {
    const label = LABELLED_CAS.exec(entry.trim())?.[2];
    if (label && !aliases.includes(label)) aliases.push(label);
  }
  return aliases;
}

/** The bare CAS numbers of a row (labels removed). */
export function casNumbersOf(row: Gb18218Named): string[] {
  return (row.cas?.split(';') ?? []).map((e) => LABELLED_CAS.exec(e.trim())?.[1] ?? e.trim());
}
