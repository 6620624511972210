const BRACKETS: Record<string, string> = {
  '[': '(',
  ']': ')',
  '【': '(',
  '】': ')',
  '〔': '(',
  '〕': ')',
  '{': '(',
  '}': ')',
};

/**
 * Canonical form for matching ledger text: NFKC folds full-width letters, digits and brackets (（）→ ()),
 * every bracket style becomes (), dashes become '-', whitespace goes and case is ignored.
 */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[[\]【】〔〕{}]/g, (c) => BRACKETS[c] ?? c)
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Trimmed cell text, or null for an empty cell. */
export function cellText(v: string | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}
