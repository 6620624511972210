const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// Spreadsheets exported with grouping (1,200.5) — only well-formed groups of three are accepted.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Parses a ledger number (full-width digits allowed); null for anything that is not a plain finite decimal. */
export function parseDecimal(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  const plain = GROUPED.test(t) ? t.replace(/,/g, '') : t;
  if (!DECIMAL.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}
