import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chromiumProcesses, cpuMsByType, parseStat } from '../../scripts/bench/chromium-processes';

describe('parseStat', () => {
  it('reads ppid and user + system ticks after a name holding spaces and parentheses', () => {
    // a GPU process thread's real shape: pid (comm) state ppid … utime stime … (proc(5): fields 4, 14, 15)
    const line = '4242 (Chrome_ChildIOT) (x)) S 4100 4100 4100 0 -1 4194624 5000 0 12 0 137 29 0 0 20 0 18 0 1234 0 0';
    expect(parseStat(line)).toEqual({ ppid: 4100, cpuMs: (137 + 29) * 10 });
  });
});

describe('cpuMsByType', () => {
  it('sums the time between two readings by process type; a new process counts from zero, a gone one not at all', () => {
    const before = [
      { pid: 1, type: 'browser', cpuMs: 100 },
      { pid: 2, type: 'renderer', cpuMs: 50 },
      { pid: 4, type: 'gpu-process', cpuMs: 1000 },
      { pid: 5, type: 'utility', cpuMs: 10 }, // gone by the second reading
    ];
    const after = [
      { pid: 1, type: 'browser', cpuMs: 130 },
      { pid: 2, type: 'renderer', cpuMs: 80 },
      { pid: 3, type: 'renderer', cpuMs: 700 }, // started after the first reading
      { pid: 4, type: 'gpu-process', cpuMs: 2400 },
    ];
    expect(cpuMsByType(before, after)).toEqual({ browser: 30, renderer: 730, 'gpu-process': 1400 });
  });
});

describe('chromiumProcesses', () => {
  it('finds only Chromium descendants of the given process, typed from their command line', async () => {
    // a stand-in "chromium" renderer below this process, and an unrelated child beside it
    const fake = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)', 'chromium', '--type=renderer'], {
      stdio: 'ignore',
    });
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const found = chromiumProcesses(process.pid);
      const renderer = found.find((p) => p.pid === fake.pid);
      expect(renderer?.type).toBe('renderer');
      expect(renderer?.cpuMs).toBeGreaterThanOrEqual(0);
      expect(found.some((p) => p.pid === other.pid)).toBe(false);
      // unrelated trees are not searched: from the fake renderer down there is nothing
      expect(chromiumProcesses(fake.pid as number)).toEqual([]);
    } finally {
      fake.kill();
      other.kill();
    }
  });
});
