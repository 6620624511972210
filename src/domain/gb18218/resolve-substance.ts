import { normalizeKey } from '../normalize-text';
import { aliasesOf, casNumbersOf, GB18218_2018_TABLE1, type Gb18218Named } from './table1';
import { GB18218_TABLE3, type ToxicGasBeta } from './toxic-gas-beta';

export type ResolveResult = { ok: true; row: Gb18218Named } | { ok: false; reason: string };

const CAS_PATTERN = /^\d{2,7}-\d{2}-\d$/;

/** CAS registry check digit: digits right to left (excluding the check digit) weighted 1, 2, 3, … mod 10. */
export function casChecksumOk(cas: string): boolean {
  const digits = cas.replace(/-/g, '');
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i + 1);
  return sum % 10 === Number(digits.at(-1));
}

export const isCasLike = (text: string): boolean => CAS_PATTERN.test(normalizeKey(text));

/** Name with every bracketed qualifier removed: `氯化氢(无水)` → `氯化氢`. */
function baseName(key: string): string {
  let prev = '';
  let cur = key;
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(/\([^()]*\)/g, '');
  }
  return cur;
}

function addTo(map: Map<string, Set<number>>, key: string, no: number): void {
  if (!key) return;
  const set = map.get(key) ?? new Set<number>();
  set.add(no);
  map.set(key, set);
}

// Exact names and aliases win over base names, so `硝化棉溶液` (row 42 only) is not confused with `硝化棉`.
const exactIndex = new Map<string, Set<number>>();
const baseIndex = new Map<string, Set<number>>();
const casIndex = new Map<string, Set<number>>();
const byNo = new Map<number, Gb18218Named>();
for (const row of GB18218_2018_TABLE1) {
  byNo.set(row.no, row);
  for (const n of [row.name, ...aliasesOf(row)]) {
    addTo(exactIndex, normalizeKey(n), row.no);
    addTo(baseIndex, baseName(normalizeKey(n)), row.no);
  }
  for (const cas of casNumbersOf(row)) addTo(casIndex, cas, row.no);
}

const rowsOf = (set: Set<number>): Gb18218Named[] =>
  [...set].sort((a, b) => a - b).map((no) => byNo.get(no) as Gb18218Named);

function ambiguous(text: string, rows: Gb18218Named[]): ResolveResult {
  const zh = rows.map((r) => `${r.no} ${r.name}`).join('；');
  const en = rows.map((r) => r.no).join(', ');
  return {
    ok: false,
    reason: `"${text}" 对应表1多个条目（${zh}），请写全称 ("${text}" matches GB 18218-2018 Table 1 rows ${en}; write the full name)`,
  };
}

function single(text: string, set: Set<number> | undefined): ResolveResult | undefined {
  if (!set) return undefined;
  const rows = rowsOf(set);
  const [only] = rows;
  return rows.length === 1 && only ? { ok: true, row: only } : ambiguous(text, rows);
}

/** 表3 gas named by name, alias or CAS (used for β of 表2 category entries and for hints). */
export function findTable3Gas(text: string): ToxicGasBeta | undefined {
  const key = normalizeKey(text);
  return GB18218_TABLE3.find(
    (g) => g.cas === key || normalizeKey(g.name) === key || (g.alias !== undefined && normalizeKey(g.alias) === key),
  );
}

/** 表1 row matched by exact name, alias or CAS only (no qualifier stripping). */
export function matchTable1Exact(text: string): Gb18218Named | undefined {
  const key = normalizeKey(text);
  const set = CAS_PATTERN.test(key) ? casIndex.get(key) : exactIndex.get(key);
  const rows = set ? rowsOf(set) : [];
  return rows.length === 1 ? rows[0] : undefined;
}

/**
 * Resolves a ledger substance (name, alias or CAS; any bracket width, spacing or case) to its GB 18218-2018 表1 row.
 * A name without its bracketed qualifier (`甲醛` for `甲醛(含量>90%)`) matches when only one row has that base name.
 */
export function resolveSubstance(text: string): ResolveResult {
  const key = normalizeKey(text);
  if (CAS_PATTERN.test(key)) {
    if (!casChecksumOk(key)) {
      return { ok: false, reason: `CAS号校验位错误: "${text}" (CAS number "${text}" has a wrong check digit)` };
    }
    return (
      single(text, casIndex.get(key)) ?? {
        ok: false,
        reason: `CAS号不在 GB 18218-2018 表1: "${text}"，表1外物质请写为 类别:符号:名称:吨 (CAS "${text}" is not in Table 1; write others as 类别:<symbol>:<name>:<tonnes>)`,
      }
    );
  }
  const hit = single(text, exactIndex.get(key)) ?? single(text, baseIndex.get(baseName(key)));
  if (hit) return hit;
  const gas = findTable3Gas(text);
  if (gas) {
    return {
      ok: false,
      reason: `"${text}" 列于表3但不在表1，请按表2类别写为 类别:符号:${gas.name}:吨 ("${text}" is in Table 3 but not Table 1; write 类别:<symbol>:${gas.name}:<tonnes>)`,
    };
  }
  return {
    ok: false,
    reason: `未知物质: "${text}"，不在 GB 18218-2018 表1，表1外物质请写为 类别:符号:名称:吨 (unknown substance "${text}": not in Table 1; write others as 类别:<symbol>:<name>:<tonnes>)`,
  };
}
