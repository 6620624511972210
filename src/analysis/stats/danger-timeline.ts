/**
 * A hidden danger's state on a given day, from the ledger's 发现日期 / 核销日期 / 整改期限 and current 治理阶段.
 * Dates are ISO `YYYY-MM-DD` strings, which order correctly as strings. The same rules drive the map's replay
 * expressions (src/layers/hidden-dangers.ts), so a count and the map never disagree.
 */
export interface DangerDates {
  stage: string;
  openedDate: string;
  dueDate: string | null;
  closedDate: string | null;
}

/** Found on or before `asOf` (null = the ledger as it stands: every danger). */
export const isFoundBy = (d: DangerDates, asOf: string | null): boolean => asOf === null || d.openedDate <= asOf;

/** Closed (核销) on or before `asOf`; with no date, closed exactly when the ledger says 核销. */
export const isClosedBy = (d: DangerDates, asOf: string | null): boolean =>
  d.closedDate !== null && (asOf === null || d.closedDate <= asOf);

/** Found and not yet closed on `asOf`. */
export const isOpenAt = (d: DangerDates, asOf: string | null): boolean => isFoundBy(d, asOf) && !isClosedBy(d, asOf);

/**
 * Stage on `asOf`, null before it was found. The ledger holds only the current stage, so a danger closed after
 * `asOf` is taken to have been at 治理 (the step before 核销) in between: an approximation, stated in the UI.
 */
export function stageAt(d: DangerDates, asOf: string | null): string | null {
  if (!isFoundBy(d, asOf)) return null;
  if (isClosedBy(d, asOf)) return '核销';
  return d.stage === '核销' ? '治理' : d.stage;
}

/** Open on `asOf` and past its 整改期限. With no as-of date there is no "late": false. */
export const isOverdueAt = (d: DangerDates, asOf: string | null): boolean =>
  asOf !== null && isOpenAt(d, asOf) && d.dueDate !== null && d.dueDate < asOf;

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of the month of an ISO date. */
export function monthEnd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(last)}`;
}

/**
 * The time slider's steps: the end of every month from the earliest date to `until`, the last step being `until`
 * itself (the data version: no step may show a future the ledger has not seen).
 */
export function monthSteps(dates: readonly string[], until: string): string[] {
  const first = dates.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
  if (first === null || first > until) return [until];
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const end = monthEnd(`${y}-${pad(m)}-01`);
    if (end >= until) break;
    out.push(end);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  out.push(until);
  return out;
}
