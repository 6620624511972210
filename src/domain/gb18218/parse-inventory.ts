import { roundNoise } from '../format-number';
import { normalizeKey } from '../normalize-text';
import { parseDecimal } from '../parse-number';
import { type HazardSymbol, isHazardSymbol } from './categories';
import { resolveSubstance } from './resolve-substance';
import type { Gb18218Named } from './table1';

export type InventoryEntry =
  | { kind: 'named'; row: Gb18218Named; q: number }
  | { kind: 'category'; symbol: HazardSymbol; name: string | null; q: number };

export interface ParsedInventory {
  /** in ledger order; repeated substances are summed into their first occurrence */
  entries: InventoryEntry[];
  /** bilingual reasons, each naming the offending entry */
  issues: string[];
}

const CATEGORY_PREFIXES = new Set(['类别', 'category']);

function parseQuantity(text: string, what: string, issues: string[]): number | null {
  // Ledgers often write the unit: 12t, 12吨.
  const q = parseDecimal(text.replace(/\s*(?:t|吨)\s*$/i, ''));
  if (q === null) {
    issues.push(`"${what}" 的存在量不是数字: "${text}" (quantity of "${what}" is not a number)`);
    return null;
  }
  if (q <= 0) {
    issues.push(`"${what}" 的存在量必须大于0: "${text}" (quantity of "${what}" must be greater than 0)`);
    return null;
  }
  return q;
}

function parseCategory(parts: string[], raw: string, issues: string[]): InventoryEntry | null {
  if (parts.length !== 3 && parts.length !== 4) {
    issues.push(
      `类别条目格式无效: "${raw}"，应为 类别:符号:名称:吨 (category entry must be 类别:<symbol>:<name>:<tonnes>)`,
    );
    return null;
  }
  const symbolText = (parts[1] ?? '').trim();
  const symbol = symbolText.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const name = parts.length === 4 ? (parts[2] ?? '').trim() || null : null;
  const q = parseQuantity(parts.at(-1) ?? '', name ?? raw, issues);
  if (!isHazardSymbol(symbol)) {
    issues.push(
      `未知的表2类别符号: "${symbolText}"，应为 J1–J5、W1.1–W11 (unknown GB 18218-2018 Table 2 category "${symbolText}")`,
    );
    return null;
  }
  return q === null ? null : { kind: 'category', symbol, name, q };
}

function sameEntry(a: InventoryEntry, b: InventoryEntry): boolean {
  if (a.kind === 'named' && b.kind === 'named') return a.row.no === b.row.no;
  if (a.kind === 'category' && b.kind === 'category') {
    return a.symbol === b.symbol && normalizeKey(a.name ?? '') === normalizeKey(b.name ?? '');
  }
  return false;
}

/**
 * Parses the ledger inventory `名称或CAS:实际存在量(吨)` joined by `;`/`；` (`:`/`：` both accepted), plus
 * `类别:W5.1:甲醇钠:12` entries for substances outside 表1 (GB 18218-2018 4.2: Q from 表2 by category).
 */
export function parseInventory(text: string): ParsedInventory {
  const entries: InventoryEntry[] = [];
  const issues: string[] = [];
  for (const piece of text.split(/[;；\n]/)) {
    const raw = piece.trim();
    if (!raw) continue;
    const parts = raw.split(/[:：]/);
    let entry: InventoryEntry | null = null;
    if (CATEGORY_PREFIXES.has(normalizeKey(parts[0] ?? ''))) {
      entry = parseCategory(parts, raw, issues);
    } else if (parts.length !== 2) {
      issues.push(
        `危险化学品条目格式无效: "${raw}"，应为 名称或CAS:吨 (entry "${raw}" must be <name or CAS>:<tonnes>)`,
      );
    } else {
      const name = (parts[0] ?? '').trim();
      const resolved = resolveSubstance(name);
      const q = parseQuantity(parts[1] ?? '', name, issues);
      if (!resolved.ok) issues.push(resolved.reason);
      else if (q !== null) entry = { kind: 'named', row: resolved.row, q };
    }
    if (!entry) continue;
    const earlier = entries.find((e) => sameEntry(e, entry));
    if (earlier) earlier.q = roundNoise(earlier.q + entry.q);
    else entries.push(entry);
  }
  return { entries, issues };
}

/** Normalised inventory text `名称:吨;…` (表1 names; category entries as `类别:符号:名称:吨`). */
export function formatInventory(entries: readonly InventoryEntry[]): string {
  return entries
    .map((e) =>
      e.kind === 'named' ? `${e.row.name}:${e.q}` : `类别:${e.symbol}:${e.name === null ? '' : `${e.name}:`}${e.q}`,
    )
    .join(';');
}
