import type { CommonProps } from '../feature-props';
import type { ParseResult } from '../layer-def';
import { type CommonValues, commonProps } from '../ledger/common-columns';
import type { RowReader } from '../ledger/row-reader';

type CommonKey = keyof ReturnType<typeof commonProps>;

/** A layer's own props: everything but the common columns, which it may still narrow (boundaries: `adcode`). */
export type OwnProps<P extends CommonProps> = Omit<P, 'extra' | CommonKey> & Partial<Pick<P, CommonKey>>;

type Present<V extends readonly unknown[]> = { [K in keyof V]: NonNullable<V[K]> };

/**
 * The end of every layer's parseRow. A row with any issue, or missing one of the `needed` values its grade is
 * computed from, is rejected with all its issues at once; otherwise `build` gets those values narrowed and returns
 * the layer's own props, which follow the common columns. `build` may still reject the row by recording an issue
 * on `r` and returning null.
 *
 * @example
 * return finishRow(r, common, [type], (type) => ({ type, riskLevel: null, gradeBasis: basisOf(type) }));
 */
export function finishRow<P extends CommonProps, V extends readonly unknown[]>(
  r: RowReader,
  common: CommonValues,
  needed: readonly [...V],
  build: (...values: Present<V>) => OwnProps<P> | null,
): ParseResult<P> {
  if (r.issues.length > 0 || needed.some((v) => v === null || v === undefined)) return { ok: false, issues: r.issues };
  const own = build(...(needed as Present<V>));
  if (own === null) return { ok: false, issues: r.issues };
  // the cast: TypeScript cannot see that the common keys plus OwnProps<P> make up Omit<P, 'extra'>
  return { ok: true, props: { ...commonProps(common), ...own } as unknown as Omit<P, 'extra'> };
}
