import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumProcesses } from './chromium-processes';

export const MB = 1024 * 1024;

/**
 * Resident memory of the renderer processes (the page and its workers) among this process's descendants, MB;
 * 0 where /proc is unavailable.
 */
function rendererRssMb(rootPid: number): number {
  let total = 0;
  for (const p of chromiumProcesses(rootPid)) {
    if (p.type !== 'renderer') continue;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
      total += Number(m?.[1] ?? 0) / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/**
 * Samples memory every 250 ms until stopped and keeps the peaks: the page's main-thread JS heap (CDP
 * Performance.getMetrics JSHeapUsedSize), the JS heap of every thread (main + each worker's Runtime.getHeapUsage,
 * reached through CDP auto-attach: MapLibre's workers hold the GeoJSON indexes, ours the last features read) and
 * the renderer processes' resident memory.
 */
export async function sampleMemory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // workers: attach (non-flattened, so plain CDP messages reach them through this session) and ask each for its heap
  const workers = new Set<string>();
  const pending = new Map<number, (used: number) => void>();
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type.includes('worker')) workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) pending.get(m.id)?.(m.result?.usedSize ?? 0);
    if (m.id !== undefined) pending.delete(m.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let nextId = 1;
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => {
        if (pending.delete(id)) resolve(0); // a worker that went away answers nothing
      }, 1_000);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => {
          if (pending.delete(id)) resolve(0);
        });
    });
  const pid = process.pid;
  const peak = { heapMb: 0, allHeapsMb: 0, rssMb: 0 };
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      try {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        const main = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        const inWorkers = (await Promise.all([...workers].map(workerHeap))).reduce((a, b) => a + b, 0);
        peak.heapMb = Math.max(peak.heapMb, main / MB);
        peak.allHeapsMb = Math.max(peak.allHeapsMb, (main + inWorkers) / MB);
      } catch {
        // page closing
      }
      peak.rssMb = Math.max(peak.rssMb, rendererRssMb(pid));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    peak,
    stop: async () => {
      stop = true;
      await loop;
      await cdp.detach().catch(() => {});
    },
  };
}
