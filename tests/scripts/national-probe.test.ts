import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PROBE } from '../../scripts/bench/national-probe';

/** Runs the bench's page probe in a bare context with a hand-driven requestAnimationFrame. */
function probePage() {
  const frames = new Map<number, (t: number) => void>();
  let nextId = 1;
  const page: Record<string, unknown> = {
    requestAnimationFrame: (cb: (t: number) => void) => {
      frames.set(nextId, cb);
      return nextId++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
    setInterval: () => 0,
    clearInterval: () => {},
    performance: { now: () => 0 },
    PerformanceObserver: class {
      observe() {}
    },
  };
  page.window = page;
  page.self = page;
  runInNewContext(PROBE, page);
  /** runs the frame callbacks pending now, as one vsync at time t */
  const vsync = (t: number) => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb(t);
  };
  const bench = page.__bench as { deltas: number[]; record: (on: boolean) => void };
  return { bench, vsync, pending: () => frames.size };
}

describe('national bench page probe', () => {
  it('asks for no animation frame while the page loads: the recorder starts only when switched on', () => {
    const { bench, vsync, pending } = probePage();
    expect(pending()).toBe(0);
    bench.record(true);
    expect(pending()).toBe(1);
    vsync(100);
    vsync(116);
    vsync(150);
    expect(bench.deltas).toEqual([16, 34]);
    bench.record(false);
    expect(pending()).toBe(0);
    vsync(200);
    expect(bench.deltas).toEqual([16, 34]);
  });

  it('starts a new recording without a delta spanning the pause', () => {
    const { bench, vsync } = probePage();
    bench.record(true);
    vsync(10);
    vsync(20);
    bench.record(false);
    bench.record(true);
    vsync(500);
    vsync(517);
    expect(bench.deltas).toEqual([10, 17]);
  });
});
