import type { LedgerColumn, RowIssue } from '../layer-def';
import { cellText, normalizeKey } from '../normalize-text';
import { parseDecimal } from '../parse-number';

export interface NumberRule {
  integer?: boolean;
  /** inclusive */
  min?: number;
  /** inclusive */
  max?: number;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);

/** Label of a column in messages: its Chinese header without the unit (`坝高(m)` → `坝高`). */
export const columnLabel = (col: LedgerColumn): string => col.zh.replace(/[(（][^()（）]*[)）]$/, '');

/**
 * Reads one ledger row by canonical key and collects every problem as a bilingual issue naming the value,
 * so a row reports all its errors at once.
 */
export class RowReader {
  readonly issues: RowIssue[] = [];
  private readonly columns = new Map<string, LedgerColumn>();

  constructor(
    private readonly raw: Record<string, string | undefined>,
    columns: readonly LedgerColumn[],
  ) {
    for (const c of columns) this.columns.set(c.key, c);
  }

  label(key: string): string {
    const col = this.columns.get(key);
    return col ? columnLabel(col) : key;
  }

  issue(column: string, reason: string): void {
    this.issues.push({ column, reason });
  }

  text(key: string): string | null {
    const v = cellText(this.raw[key]);
    if (v === null && this.columns.get(key)?.required) this.issue(key, `${this.label(key)}为空 (${key} is required)`);
    return v;
  }

  number(key: string, rule: NumberRule = {}): number | null {
    const v = this.text(key);
    if (v === null) return null;
    const label = this.label(key);
    const n = parseDecimal(v);
    if (n === null) return this.fail(key, `${label}不是数字: "${v}" (${key} is not a number)`);
    if (rule.integer && !Number.isInteger(n)) {
      return this.fail(key, `${label}不是整数: "${v}" (${key} is not an integer)`);
    }
    const { min, max } = rule;
    if (max !== undefined && min !== undefined && (n < min || n > max)) {
      return this.fail(key, `${label}超出范围 ${min}–${max}: "${v}" (${key} must be between ${min} and ${max})`);
    }
    if (min === 0 && n < 0) return this.fail(key, `${label}不能为负数: "${v}" (${key} must not be negative)`);
    if (min !== undefined && n < min)
      return this.fail(key, `${label}不能小于 ${min}: "${v}" (${key} must be ≥ ${min})`);
    return n;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | null {
    const v = this.text(key);
    if (v === null) return null;
    const hit = values.find((x) => normalizeKey(x) === normalizeKey(v));
    if (hit !== undefined) return hit;
    const list = values.join('/');
    return this.fail(key, `${this.label(key)}取值无效: "${v}"，应为 ${list} (${key} must be one of ${list})`);
  }

  yesNo(key: string): boolean | null {
    const v = this.text(key);
    if (v === null) return null;
    const k = normalizeKey(v);
    if (YES.has(k)) return true;
    if (NO.has(k)) return false;
    return this.fail(key, `${this.label(key)}应为 是/否: "${v}" (${key} must be 是 or 否)`);
  }

  /** YYYY-MM-DD, a real calendar day */
  date(key: string): string | null {
    const v = this.text(key);
    if (v === null) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!d || d.toISOString().slice(0, 10) !== v) {
      return this.fail(key, `${this.label(key)}不是有效日期 YYYY-MM-DD: "${v}" (${key} is not a YYYY-MM-DD date)`);
    }
    return v;
  }

  /** GB/T 2260 county-level code: six digits */
  adcode(key: string): string | null {
    const v = this.text(key);
    if (v === null) return null;
    if (!/^\d{6}$/.test(v)) {
      return this.fail(key, `${this.label(key)}应为六位数字: "${v}" (${key} must be six digits, GB/T 2260)`);
    }
    return v;
  }

  private fail(key: string, reason: string): null {
    this.issue(key, reason);
    return null;
  }
}
