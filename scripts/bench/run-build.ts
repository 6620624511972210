import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild } from '../lib/run-build';

/**
 * Wall time of one data build, run in-process through the same `runBuild` the CLI calls (scripts/build-data.ts), so
 * the time is the build's alone, without tsx start-up. Build output lines are swallowed; a failed build throws with
 * its first messages, since a time for a build that wrote nothing means nothing.
 */
export async function timeBuild(inDir: string, outDir: string, errorsPath: string): Promise<number> {
  const messages: string[] = [];
  const io = { out: () => {}, err: (line: string) => messages.push(line) };
  const t0 = performance.now();
  const result = await runBuild({ inDir, outDir, errorsPath }, io);
  const ms = performance.now() - t0;
  if (result.exitCode !== 0) {
    throw new Error(`build of ${inDir} exited with ${result.exitCode}: ${messages.slice(0, 3).join(' / ')}`);
  }
  return ms;
}

/** Total size of the files in a folder (recursive). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await folderBytes(p) : (await stat(p)).size;
  }
  return total;
}
