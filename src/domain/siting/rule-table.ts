import type { SitingRule } from './types';

/*
 * The siting rule table: configurable data, one row per (hazard kind × development group). A scenario can change
 * any row (./apply-scenario.ts) and the report then says 已调整规则.
 *
 * Why the hazard-source and chemical-park zones are defaults [U], and how they were chosen
 * ----------------------------------------------------------------------------------------
 * No Chinese standard tabulates consultation zones by grade. GB/T 37243-2019 makes the external safety distance an
 * output of a per-plant analysis: the consequence method for explosives, QRA against the GB 36894-2018
 * individual-risk contours (3×10⁻⁷ … 3×10⁻⁵ /年 by target class) when toxic/flammable gases reach S ≥ 1, code
 * spacings otherwise (standards.md §4.2 [V]). A map without those studies can only screen, so the rows below are
 * labelled defaults, built from three anchors:
 *  - outer zone ≥ 500 m even for 四级: GB 18218-2018 表5 counts the people within 500 m of a hazard source to
 *    grade it (α), i.e. the standard itself treats 500 m as the exposed neighbourhood [V];
 *  - inner zone ≥ 100–150 m: GB 50160 表4.1.9 keeps 甲乙类工艺装置 100 m and 液化烃罐组 150 m from 居民区 (values [U]);
 *  - growth with grade roughly ×4 from 四级 to 一级, because R (GB 18218 4.3) grows with the quantity and toxicity
 *    whose consequence distances scale about with Q^(1/3) … Q^(1/2); a 1 t TNT-equivalent reaches the 2 kPa
 *    (GB 6722) threshold at ≈ 590 m (standards.md §4.2), a ten-fold inventory ≈ 1.3 km.
 * Replace them with each plant's GB/T 37243 distance where one exists (scenario override or per-site rows).
 */

const SRC_HAZARD_GRADE = 'GB/T 37243-2019 + GB 36894-2018（无固定距离表，按 GB 18218-2018 分级的项目默认值）';
const HAZARD_POINT = '危险源点位（实际应从装置/设施外缘量起）';

// GB 50160 表4.1.9 居民区、公共福利设施、村庄 row: the development groups it protects.
const RESIDENTIAL_WELFARE = [
  '居民区',
  '学校',
  '幼儿园',
  '托儿所',
  '医院',
  '卫生院',
  '养老院',
  '福利院',
  '文化活动中心',
];
// GB 50160 表4.1.9 相邻工厂 row.
const NEIGHBOUR_PLANTS = ['工厂', '危险化学品项目'];
// GB 50156-2021 附录B.0.1 重要公共建筑物 (each with a size threshold in the standard, see the row note).
const IMPORTANT_PUBLIC = [
  '学校',
  '幼儿园',
  '托儿所',
  '医院',
  '养老院',
  '党政机关',
  '文物保护单位',
  '图书馆',
  '博物馆',
  '体育场馆',
  '商场',
];

export const SITING_RULES: readonly SitingRule[] = [
  // ── 重大危险源 by GB 18218-2018 grade ────────────────────────────────────────────────────────────────────────
  {
    id: 'hs-grade-1',
    layer: 'hazard-sources',
    where: { grade: ['一级'] },
    zones: { inner: 300, middle: 1000, outer: 2000 }, // GB/T 37243-2019 no table: project default [U]
    measureFrom: HAZARD_POINT,
    source: SRC_HAZARD_GRADE,
    confidence: 'U',
    note: '一级重大危险源咨询区，默认值，待核实；有外部安全防护距离评估报告时以报告为准',
  },
  {
    id: 'hs-grade-2',
    layer: 'hazard-sources',
    where: { grade: ['二级'] },
    zones: { inner: 200, middle: 700, outer: 1500 }, // GB/T 37243-2019 no table: project default [U]
    measureFrom: HAZARD_POINT,
    source: SRC_HAZARD_GRADE,
    confidence: 'U',
    note: '二级重大危险源咨询区，默认值，待核实',
  },
  {
    id: 'hs-grade-3',
    layer: 'hazard-sources',
    where: { grade: ['三级'] },
    zones: { inner: 150, middle: 500, outer: 1000 }, // GB/T 37243-2019 no table: project default [U]
    measureFrom: HAZARD_POINT,
    source: SRC_HAZARD_GRADE,
    confidence: 'U',
    note: '三级重大危险源咨询区，默认值，待核实',
  },
  {
    id: 'hs-grade-4',
    layer: 'hazard-sources',
    where: { grade: ['四级'] },
    zones: { inner: 100, middle: 300, outer: 500 }, // GB 18218-2018 表5 500 m census ring as outer edge; rest [U]
    measureFrom: HAZARD_POINT,
    source: SRC_HAZARD_GRADE,
    confidence: 'U',
    note: '四级重大危险源咨询区，外区边界取 GB 18218-2018 表5 的 500 m 统计范围，其余默认值，待核实',
  },
  // ── GB 50160-2008(2018年版) 表4.1.9 code spacings, by what the inventory holds ─────────────────────────────────
  {
    id: 'gb50160-lpg-residential',
    layer: 'hazard-sources',
    substance: '液化烃',
    appliesTo: RESIDENTIAL_WELFARE,
    zones: { inner: 150, middle: 150, outer: 150 }, // GB 50160 表4.1.9 液化烃罐组–居民区 150 m [U]
    fixed: '不建议',
    measureFrom: '罐外壁（以危险源点位近似）',
    source: 'GB 50160-2008(2018年版) 表4.1.9 液化烃罐组–居民区、公共福利设施、村庄',
    confidence: 'U',
    note: '4.1.9 为强制性条文 [V]，数值待核实 [U]；适用于石油化工企业',
  },
  {
    id: 'gb50160-lpg-plant',
    layer: 'hazard-sources',
    substance: '液化烃',
    appliesTo: NEIGHBOUR_PLANTS,
    zones: { inner: 120, middle: 120, outer: 120 }, // GB 50160 表4.1.9 液化烃罐组–相邻工厂 120 m [U]
    fixed: '不建议',
    measureFrom: '罐外壁至相邻工厂围墙或用地边界线（以点位近似）',
    source: 'GB 50160-2008(2018年版) 表4.1.9 液化烃罐组–相邻工厂',
    confidence: 'U',
    note: '4.1.9 为强制性条文 [V]，数值待核实 [U]',
  },
  {
    id: 'gb50160-liquid-residential',
    layer: 'hazard-sources',
    substance: '甲乙类可燃液体',
    appliesTo: RESIDENTIAL_WELFARE,
    zones: { inner: 100, middle: 100, outer: 100 }, // GB 50160 表4.1.9 甲乙类液体罐组–居民区 100 m [U]
    fixed: '不建议',
    measureFrom: '罐外壁（以危险源点位近似）',
    source: 'GB 50160-2008(2018年版) 表4.1.9 甲乙类液体罐组–居民区、公共福利设施、村庄',
    confidence: 'U',
    note: '4.1.9 为强制性条文 [V]，数值待核实 [U]；适用于石油化工企业',
  },
  {
    id: 'gb50160-liquid-plant',
    layer: 'hazard-sources',
    substance: '甲乙类可燃液体',
    appliesTo: NEIGHBOUR_PLANTS,
    zones: { inner: 70, middle: 70, outer: 70 }, // GB 50160 表4.1.9 甲乙类液体罐组–相邻工厂 70 m [U]
    fixed: '不建议',
    measureFrom: '罐外壁至相邻工厂围墙或用地边界线（以点位近似）',
    source: 'GB 50160-2008(2018年版) 表4.1.9 甲乙类液体罐组–相邻工厂',
    confidence: 'U',
    note: '4.1.9 为强制性条文 [V]，数值待核实 [U]',
  },
  // ── 尾矿库: 头顶库 1 km ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'tp-overhead-1km',
    layer: 'tailings-ponds',
    zones: { inner: 1000, middle: 1000, outer: 1000 }, // 应急〔2020〕15号: 初期坝坡脚起下游 1 公里 [V]
    measureFrom: '尾矿库点位（规则为初期坝坡脚起沿下游流经路径）',
    source: '应急〔2020〕15号《防范化解尾矿库安全风险工作方案》头顶库定义；不再产生新的"头顶库"',
    confidence: 'V',
    note: '下游 1 km 内新增居民或重要设施即形成新的头顶库',
    approximation: '圆形近似：以尾矿库点位为圆心 1 km，未考虑流向；上游或侧向场地需按实际下游流经路径复核',
  },
  // ── 化工园区 by A–D class, from the park boundary (0 inside) ─────────────────────────────────────────────────
  {
    id: 'cp-class-A',
    layer: 'chemical-parks',
    where: { parkClass: ['A'] },
    except: ['危险化学品项目'],
    zones: { inner: 500, middle: 1000, outer: 2000 }, // 化工园区导则 A 类 no distance table: project default [U]
    measureFrom: '园区边界（园区内为 0）',
    source: '《化工园区安全风险排查治理导则》A 类高安全风险（无距离表，项目默认值）',
    confidence: 'U',
    note: '园区整体咨询区，默认值，待核实；与一级重大危险源同量级',
  },
  {
    id: 'cp-class-B',
    layer: 'chemical-parks',
    where: { parkClass: ['B'] },
    except: ['危险化学品项目'],
    zones: { inner: 300, middle: 700, outer: 1500 }, // project default [U]
    measureFrom: '园区边界（园区内为 0）',
    source: '《化工园区安全风险排查治理导则》B 类较高安全风险（无距离表，项目默认值）',
    confidence: 'U',
    note: '园区整体咨询区，默认值，待核实',
  },
  {
    id: 'cp-class-C',
    layer: 'chemical-parks',
    where: { parkClass: ['C'] },
    except: ['危险化学品项目'],
    zones: { inner: 200, middle: 500, outer: 1000 }, // project default [U]
    measureFrom: '园区边界（园区内为 0）',
    source: '《化工园区安全风险排查治理导则》C 类一般安全风险（无距离表，项目默认值）',
    confidence: 'U',
    note: '园区整体咨询区，默认值，待核实',
  },
  {
    id: 'cp-class-D',
    layer: 'chemical-parks',
    where: { parkClass: ['D'] },
    except: ['危险化学品项目'],
    zones: { inner: 100, middle: 300, outer: 500 }, // project default [U]
    measureFrom: '园区边界（园区内为 0）',
    source: '《化工园区安全风险排查治理导则》D 类较低安全风险（无距离表，项目默认值）',
    confidence: 'U',
    note: '园区整体咨询区，默认值，待核实',
  },
  {
    id: 'cp-A-no-new-hazchem',
    layer: 'chemical-parks',
    where: { parkClass: ['A'] },
    appliesTo: ['危险化学品项目'],
    zones: { inner: 0, middle: 0, outer: 0 }, // inside the park boundary
    fixed: '不建议',
    measureFrom: '园区边界（园区内为 0）',
    source: '应急〔2019〕78号《化工园区安全风险排查治理导则（试行）》：A 类原则上不得新、改、扩建危险化学品建设项目',
    confidence: 'V',
    note: '仅对园区内的危险化学品项目',
  },
  {
    id: 'cp-B-limit-hazchem',
    layer: 'chemical-parks',
    where: { parkClass: ['B'] },
    appliesTo: ['危险化学品项目'],
    zones: { inner: 0, middle: 0, outer: 0 }, // inside the park boundary
    fixed: '有条件',
    measureFrom: '园区边界（园区内为 0）',
    source: '应急〔2019〕78号：B 类从企业规模、社会可接受风险和安全距离等方面认真审查，原则上限制新、改、扩建',
    confidence: 'V',
    note: '仅对园区内的危险化学品项目',
  },
  // ── 油气输送管道 (layer not built yet) ────────────────────────────────────────────────────────────────────────
  {
    id: 'pl-art30-5m',
    layer: 'pipelines',
    zones: { inner: 5, middle: 5, outer: 5 }, // 石油天然气管道保护法 第三十条: 中心线两侧各 5 m 禁止建房 [V]
    fixed: '不建议',
    measureFrom: '管道中心线',
    source: '《石油天然气管道保护法》第三十条：管道中心线两侧各 5 m 内禁止建房及其他建（构）筑物',
    confidence: 'V',
    note: '城镇燃气管道和厂区内管道不适用',
  },
  {
    id: 'pl-art35-bands',
    layer: 'pipelines',
    zones: { inner: 5, middle: 50, outer: 200 }, // 管道保护法 第三十条 5 m / 第三十五条 5–50 m, 200 m [V]
    measureFrom: '管道中心线',
    source: '《石油天然气管道保护法》第三十条 5 m、第三十五条 50 m/200 m（施工许可范围）',
    confidence: 'V',
    note: '距离为法定范围 [V]；作为内/中/外咨询区使用是项目约定；人口密集建筑物距离按第三十一条另查 GB 50251/50253',
  },
  // ── 加油站 (layer not built yet) ────────────────────────────────────────────────────────────────────────────
  {
    id: 'gb50156-important-50m',
    layer: 'gas-stations',
    appliesTo: IMPORTANT_PUBLIC,
    zones: { inner: 50, middle: 50, outer: 50 }, // GB 50156 埋地油罐/加油机/通气管–重要公共建筑物 50 m [V 2002, U 2021]
    fixed: '不建议',
    measureFrom: '埋地油罐、加油机、通气管管口（以点位近似）；有围墙者从围墙中心线算起',
    source: 'GB 50156-2021 表4.0.4 重要公共建筑物 50 m（附录B.0.1）',
    confidence: 'P',
    note: '2002 版表值已核实，2021 版同值待核实；附录B 有规模门槛（如 >500 人中小学、>200 人幼儿园、≥150 床医院/养老院）',
  },
];
