import { ERG2020_SUBSTANCES, lookupErgSubstance } from '../../domain/erg';
import { casNumbersOf, GB18218_2018_TABLE1 } from '../../domain/gb18218/table1';

/**
 * The first substance of a hazard source's inventory (`名称:吨;…`, ledger order) that the ERG2020 data covers, as
 * written in the inventory, so the substance field shows the enterprise's own word. Null when none is covered.
 *
 * @example firstErgSubstance('氯:139;氢:36') // '氯'
 * @example firstErgSubstance('某溶剂:3;甲醇:20') // '甲醇' (the first entry is not covered)
 */
export function firstErgSubstance(inventory: string): string | null {
  for (const piece of inventory.split(/[;；\n]/)) {
    const name = (piece.split(/[:：]/)[0] ?? '').trim();
    if (name && lookupErgSubstance(name)) return name;
  }
  return null;
}

export interface SubstanceOption {
  /** what goes into the field: a GB 18218 表1 name or the ERG Chinese name */
  value: string;
  /** shown next to it: UN number, CAS, English name */
  label: string;
}

/**
 * Suggestions for the substance field: every GB 18218-2018 表1 name the ERG2020 data covers (with CAS and UN), then
 * the ERG materials not already named. Typing a CAS or UN number works too (lookupErgSubstance); this list only helps.
 */
export function substanceOptions(): SubstanceOption[] {
  const out: SubstanceOption[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const row of GB18218_2018_TABLE1) {
    const s = lookupErgSubstance(row.name);
    if (!s || seen.has(row.name)) continue;
    seen.add(row.name);
    covered.add(s.key);
    const cas = casNumbersOf(row)[0];
    out.push({
      value: row.name,
      label: [s.un !== null ? `UN${s.un}` : null, cas ? `CAS ${cas}` : null, s.nameEn].filter(Boolean).join(' · '),
    });
  }
  for (const s of ERG2020_SUBSTANCES) {
    if (covered.has(s.key) || seen.has(s.nameZh)) continue;
    seen.add(s.nameZh);
    out.push({ value: s.nameZh, label: [s.un !== null ? `UN${s.un}` : null, s.nameEn].filter(Boolean).join(' · ') });
  }
  return out;
}
