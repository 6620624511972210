/** Recursively sorts object keys so the same data always serialises to the same bytes. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // Code-unit order, not localeCompare: the result must not depend on the machine's locale.
    for (const k of Object.keys(o).sort(compareCodeUnits)) out[k] = sortKeys(o[k]);
    return out;
  }
  return v;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with sorted keys, 2-space indent and a trailing newline (manifest.json, errors.json). */
export function stableJson(v: unknown): string {
  return `${JSON.stringify(sortKeys(v), null, 2)}\n`;
}

/** Compact JSON with sorted keys (the `extra` column). */
export function stableJsonCompact(v: unknown): string {
  return JSON.stringify(sortKeys(v));
}
