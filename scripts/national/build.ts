import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The data build holds every parsed row and feature of a layer in memory: a million hazard sources peak at about
 * 5.5 GB, past Node's default heap limit (~4 GB). The generator therefore re-runs itself once with a larger heap,
 * sized from the machine's memory, instead of asking users to remember a NODE_OPTIONS flag.
 */
const WANT_HEAP_MB = 12_288;
const MIN_HEAP_MB = 4_096;
const CHILD_MARK = 'RISKATLAS_NATIONAL_HEAP';

export function heapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
}

/** Heap to ask for: up to 12 GB, never more than 75 % of the machine's memory. */
export function wantedHeapMb(): number {
  const cap = Math.floor((totalmem() / 1024 / 1024) * 0.75);
  return Math.max(MIN_HEAP_MB, Math.min(WANT_HEAP_MB, cap));
}

/**
 * Re-runs this process with `--max-old-space-size` when the current heap limit is below what the build wants.
 * Returns the child's exit code, or null when this process should carry on itself (already large enough, or
 * already the re-run).
 */
export function rerunWithLargerHeap(): number | null {
  const want = wantedHeapMb();
  if (process.env[CHILD_MARK] || heapLimitMb() >= want * 0.95) return null;
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${want}`.trim();
  // execArgv carries tsx's loader flags, so the child runs the same TypeScript entry point
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions, [CHILD_MARK]: '1' },
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}
