import { readdirSync, readFileSync } from 'node:fs';

/**
 * The bench's Chromium processes, read from /proc: the browser Playwright started below this process, and its
 * children by type (`renderer`: the page and its workers; `gpu-process`: on this machine software WebGL and
 * compositing, SwiftShader; `utility`: network and the like). Empty where /proc is unavailable. Only one browser
 * runs at a time, so they are the page being measured.
 */
export interface ChromiumProcess {
  pid: number;
  /** `--type=` of its command line; the browser process has none */
  type: string;
  /** CPU time so far (user + system, all threads), ms, as read during the walk */
  cpuMs: number;
}

/** Linux reports CPU time in clock ticks of USER_HZ, 100 per second on every mainstream build (getconf CLK_TCK). */
const TICK_MS = 10;

/** ppid and CPU time (user + system, all threads) from a /proc/PID/stat line; its name field may hold spaces and ')'. */
export function parseStat(stat: string): { ppid: number; cpuMs: number } {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields after the name, from 3 (state): ppid is 4, utime 14, stime 15 (proc(5))
  return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
}

export function chromiumProcesses(rootPid: number = process.pid): ChromiumProcess[] {
  const children = new Map<number, number[]>();
  const cpuMs = new Map<number, number>();
  for (const d of safeList('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const stat = safeRead(`/proc/${d}/stat`);
    if (stat === null) continue; // gone meanwhile
    const parsed = parseStat(stat);
    children.set(parsed.ppid, [...(children.get(parsed.ppid) ?? []), Number(d)]);
    cpuMs.set(Number(d), parsed.cpuMs);
  }
  const out: ChromiumProcess[] = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    for (const c of children.get(pid) ?? []) {
      stack.push(c);
      const cmd = safeRead(`/proc/${c}/cmdline`);
      if (cmd === null || !cmd.includes('chromium')) continue;
      out.push({ pid: c, type: /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser', cpuMs: cpuMs.get(c) ?? 0 });
    }
  }
  return out;
}

/**
 * CPU time spent between two readings of chromiumProcesses, ms, summed by process type. A process that started
 * after `before` counts from zero; one that ended before `after` is left out (its last part unseen: the bench keeps
 * its browser open).
 */
export function cpuMsByType(
  before: readonly ChromiumProcess[],
  after: readonly ChromiumProcess[],
): Record<string, number> {
  const start = new Map(before.map((p) => [p.pid, p.cpuMs]));
  const out: Record<string, number> = {};
  for (const p of after) out[p.type] = (out[p.type] ?? 0) + p.cpuMs - (start.get(p.pid) ?? 0);
  return out;
}

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
