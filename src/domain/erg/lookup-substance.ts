import { aliasesOf, GB18218_2018_TABLE1 } from '../gb18218/table1';
import { normalizeKey } from '../normalize-text';
import { ergSubstanceNames } from './substances';
import type { ErgSubstance } from './types';

const UN_PATTERN = /^(?:un|na|id)?(\d{4})$/;
const LABELLED_CAS = /^([0-9-]+)\s*(?:\((.+)\))?$/;

/** Name with every bracketed qualifier removed: `氯(液氯)` → `氯`. */
function baseName(key: string): string {
  let prev = '';
  let cur = key;
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(/\([^()]*\)/g, '');
  }
  return cur;
}

// Three priority levels, first hit wins: names a substance owns (and its UN number), then names, aliases and CAS
// numbers inherited from its GB 18218-2018 表1 row, then either kind without bracketed qualifiers. Within a level the
// first substance to claim a key keeps it, so a GB row shared by several UN numbers (52 液化石油气 → UN1075, 1978,
// 1011) resolves to the first listed, which owns the row's main name.
const levels: Map<string, ErgSubstance>[] = [new Map(), new Map(), new Map()];
const claim = (level: number, key: string, s: ErgSubstance) => {
  const map = levels[level] as Map<string, ErgSubstance>;
  if (key && !map.has(key)) map.set(key, s);
};

const entries = ergSubstanceNames();
for (const { substance, own } of entries) {
  for (const n of own) claim(0, normalizeKey(n), substance);
  if (substance.un !== null) claim(0, String(substance.un), substance);
}
for (const { substance, own } of entries) {
  const gb = GB18218_2018_TABLE1.find((r) => r.no === substance.gb18218No);
  const inherited = gb ? [gb.name, ...aliasesOf(gb)] : [];
  for (const n of inherited) claim(1, normalizeKey(n), substance);
  for (const entry of gb?.cas?.split(';') ?? []) {
    const m = LABELLED_CAS.exec(entry.trim());
    if (!m?.[1]) continue;
    // A labelled CAS (`74-98-6(丙烷)`) belongs to the substance that owns the label, when there is one.
    const owner = m[2] ? levels[0]?.get(normalizeKey(m[2])) : undefined;
    claim(1, m[1], owner && owner.gb18218No === substance.gb18218No ? owner : substance);
  }
  for (const n of [...own, ...inherited]) claim(2, baseName(normalizeKey(n)), substance);
}

/**
 * Finds the ERG2020 substance for a Chinese or English name, a GB 18218-2018 表1 name or alias, a CAS number of
 * that table, or a UN number (`UN1017`, `1017`). Any bracket width, spacing or case is accepted (normalizeKey).
 *
 * @returns the substance (Table 1 rows and/or orange guide), or undefined when ERG2020 data here does not cover it
 * @example lookupErgSubstance('液氯')?.un // 1017
 * @example lookupErgSubstance('7664-41-7')?.nameZh // '氨（液氨，无水）'
 */
export function lookupErgSubstance(text: string): ErgSubstance | undefined {
  const key = normalizeKey(text);
  if (!key) return undefined;
  const un = UN_PATTERN.exec(key)?.[1];
  if (un) return levels[0]?.get(un);
  return levels[0]?.get(key) ?? levels[1]?.get(key) ?? levels[2]?.get(baseName(key));
}

/** All substances the lookup knows, in table order (for pickers and tests). */
export const ERG2020_SUBSTANCES: readonly ErgSubstance[] = entries.map((e) => e.substance);
