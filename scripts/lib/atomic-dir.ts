import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a build writes; anything else in an existing --out means the user pointed it at the wrong folder. */
// `<layer>.agg-<cell°>.fgb`: grid counts of big layers (scripts/lib/aggregates.ts)
// `<layer>.search.jsonl`, `<layer>.search-blocks.json`: name and 编号 index of streamed layers (search-index.ts)
const BUILD_ENTRY =
  /^(manifest\.json|errors\.json|[a-z-]+\.fgb|[a-z-]+\.agg-[0-9.]+\.fgb|[a-z-]+\.search\.jsonl|[a-z-]+\.search-blocks\.json|rejected)$/;

/** Refuses to replace an --out folder holding files the build did not write (it would delete them). */
export function checkReplaceable(outDir: string): string | null {
  if (!existsSync(outDir)) return null;
  if (!statSync(outDir).isDirectory()) return `--out ${outDir} 不是文件夹 / is not a directory`;
  const foreign = readdirSync(outDir).filter((n) => !BUILD_ENTRY.test(n));
  return foreign.length > 0
    ? `--out ${outDir} 含有非构建产物，拒绝覆盖 / holds files the build did not write, refusing to replace it: ${foreign.join(', ')}`
    : null;
}

/**
 * Writes `files` (relative path → bytes) as the whole new content of `outDir`, atomically as far as the
 * filesystem allows: everything goes into a temp folder beside it (same filesystem, so rename is atomic), and
 * only when that is complete does it replace the old folder. A failure before the swap leaves `outDir` untouched.
 */
export function writeDirAtomically(outDir: string, files: ReadonlyMap<string, Uint8Array>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(outDir)}.old-${stamp}`);
  try {
    mkdirSync(tmp);
    for (const [rel, bytes] of files) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), bytes);
    }
    const hadOld = existsSync(outDir);
    if (hadOld) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (hadOld) renameSync(old, outDir);
      throw e;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
