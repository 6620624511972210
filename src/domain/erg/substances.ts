import { ERG2020_GUIDE_MATERIALS } from './guide-materials';
import { ERG2020_TABLE1 } from './table1';
import { ERG2020_TABLE3 } from './table3';
import type { ErgSubstance, ErgTable1Row } from './types';

/** Chinese aliases and GB 18218 pairings added to Table 1 materials (naming aids, not ERG values). */
const TABLE1_EXTRAS: Readonly<Record<number, { aliasesZh?: string[]; gb18218No?: number; note?: string }>> = {
  1067: { aliasesZh: ['二氧化氮', '四氧化二氮'] },
  // 煤气 is a CO/H₂/CH₄ mixture; looking it up as carbon monoxide is a project analogy [U], said in the zone note.
  1016: {
    aliasesZh: ['煤气'],
    gb18218No: 13,
    note: '煤气（GB 18218 表1 序号13，CO/H₂/CH₄ 混合物）按一氧化碳 UN1016 查表，项目类比 [U]（coal gas looked up as carbon monoxide: project analogy）',
  },
  1741: { aliasesZh: ['三氯化硼'] },
  1831: { aliasesZh: ['发烟硫酸'] },
};

export interface SubstanceNames {
  substance: ErgSubstance;
  /** names the substance owns (its Chinese and English names, UN forms) */
  own: string[];
}

function fromTable1(): SubstanceNames[] {
  const byUn = new Map<number, ErgTable1Row[]>();
  for (const r of ERG2020_TABLE1) byUn.set(r.un, [...(byUn.get(r.un) ?? []), r]);
  const tableThree = new Set(ERG2020_TABLE3.map((r) => r.un));
  return [...byUn.entries()].map(([un, rows]) => {
    const first = rows[0] as ErgTable1Row;
    const extra = TABLE1_EXTRAS[un] ?? {};
    const nameEn = first.name.replace(/\s*\(when spilled (on land|in water)\)/, '');
    return {
      substance: {
        key: `UN${un}`,
        un,
        nameZh: first.nameZh,
        nameEn,
        guide: first.guide,
        gb18218No: first.gb18218No ?? extra.gb18218No ?? null,
        table1: rows,
        table3: tableThree.has(un),
        state: null,
        note: extra.note ?? null,
      },
      own: [first.nameZh, ...nameEn.split(' / '), ...(extra.aliasesZh ?? [])],
    };
  });
}

function fromGuides(): SubstanceNames[] {
  return ERG2020_GUIDE_MATERIALS.map((m) => ({
    substance: {
      key: m.un === null ? `GB${m.gb18218No}` : `UN${m.un}`,
      un: m.un,
      nameZh: m.nameZh,
      nameEn: m.nameEn ?? null,
      guide: m.guide,
      gb18218No: m.gb18218No ?? null,
      table1: [],
      table3: false,
      state: m.state,
      note: m.note ?? null,
    },
    own: [m.nameZh, ...(m.aliasesZh ?? []), ...(m.nameEn ? [m.nameEn] : [])],
  }));
}

/**
 * Every substance the ERG data covers, with the names it owns: Table 1 materials first (one entry per UN number,
 * land/water rows together), then orange-guide-only materials. GB 18218 names, aliases and CAS numbers are added by
 * the lookup from `gb18218No`.
 */
export function ergSubstanceNames(): SubstanceNames[] {
  return [...fromTable1(), ...fromGuides()];
}
