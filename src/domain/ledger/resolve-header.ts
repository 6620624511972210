import type { LedgerColumn } from '../layer-def';
import { normalizeKey } from '../normalize-text';
import { columnLabel } from './row-reader';

/**
 * Canonical key of a ledger header: `坝高(m)`, `坝高`, `damHeightM` (any case) and `坝高(m) [damHeightM]` all give
 * `damHeightM`; full-width brackets and spaces are tolerated. Undefined for an unknown column (kept as extra).
 */
export function resolveHeader(header: string, columns: readonly LedgerColumn[]): string | undefined {
  const h = header.normalize('NFKC').trim();
  const both = /^(.*?)\s*\[\s*([^\]]+?)\s*\]$/.exec(h);
  const candidates = both ? [both[2] ?? '', both[1] ?? ''] : [h];
  for (const candidate of candidates) {
    const k = normalizeKey(candidate);
    if (!k) continue;
    const col = columns.find(
      (c) => normalizeKey(c.key) === k || normalizeKey(c.zh) === k || normalizeKey(columnLabel(c)) === k,
    );
    if (col) return col.key;
  }
  return undefined;
}
