import { READY_PROBE } from './first-load';
// Runs in the page before the app: ready time, long tasks from the start, a rAF recorder switched on for the pans.
// A string, not a function: tsx would add helpers that do not exist inside the page (see first-load.ts).
export const PROBE = `(() => {
  window.__bench = { tasks: [], deltas: [], glMs: 0, programs: 0 };
  // Time the main thread waits for WebGL program compile + link (the first status query blocks until done):
  // on software GL (SwiftShader, this bench's only GL) each of MapLibre's programs costs ~100 ms; on a GPU, ~1 ms.
  for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const name of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter']) {
      const f = C.prototype[name];
      C.prototype[name] = function (...a) {
        const t = performance.now();
        try { return f.apply(this, a); } finally {
          window.__bench.glMs += performance.now() - t;
          if (name === 'linkProgram') window.__bench.programs++;
        }
      };
    }
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.tasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // The frame recorder runs only while recording (the pans): a rAF loop from navigation on made the page run a
  // frame on every vsync while it loads, which cost the measured first render ~60 ms (bench:ab-style pairs,
  // −63 ± 28 ms without it, 10 of 14) that the app itself never spends.
  let last = 0;
  let raf = 0;
  const tick = (t) => {
    if (last) window.__bench.deltas.push(t - last);
    last = t;
    raf = requestAnimationFrame(tick);
  };
  window.__bench.record = (on) => {
    cancelAnimationFrame(raf);
    last = 0;
    if (on) raf = requestAnimationFrame(tick);
  };
  ${READY_PROBE}
})();`;
