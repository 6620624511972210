import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isStreamed } from '../../src/data/read-plan';
import type { LayerId } from '../../src/domain';
import { layerAggregates } from './aggregates';
import { checkReplaceable, writeDirAtomically } from './atomic-dir';
import { processBoundaries } from './boundaries-input';
import { type BuildIssue, formatIssue, LedgerFileError } from './build-issue';
import type { CrsName } from './crs';
import { decodeLedgerText } from './decode-text';
import { layerFgb } from './fgb-output';
import { findLedgers } from './find-ledgers';
import type { LedgerTable } from './ledger-table';
import { buildManifest, type Manifest } from './manifest';
import { type LayerOutcome, processLayer } from './process-layer';
import { readCsvLedger } from './read-csv';
import { readGeojsonLedger } from './read-geojson';
import { readXlsxLedger } from './read-xlsx';
import { rejectedFile } from './rejected-file';
import { layerSearchIndex } from './search-index';
import { stableJson } from './stable-json';
import { summaryTable } from './summary-table';

export interface BuildOptions {
  inDir: string;
  outDir: string;
  /** CRS of rows whose 坐标系 is empty (default CGCS2000) */
  crs?: CrsName;
  /** CRS of boundaries.geojson when the file declares none (else detected; scripts/lib/boundaries-input.ts) */
  boundariesCrs?: CrsName;
  /** write the valid rows and reject the others instead of failing */
  allowInvalid?: boolean;
  /** only LAYERS[layer].publicFields; no rejected rows, no extra */
  public?: boolean;
  /** where errors.json goes when it cannot go into --out (failed or public build) */
  errorsPath?: string;
  /** base for the default errors path (`riskatlas-errors.json`); default process.cwd() */
  cwd?: string;
}

export interface BuildIo {
  out(line: string): void;
  err(line: string): void;
}

export interface BuildResult {
  /** 0 built; 1 invalid ledgers (nothing written); 2 usage or environment problem */
  exitCode: 0 | 1 | 2;
  issues: BuildIssue[];
  manifest: Manifest | null;
  outcomes: LayerOutcome[];
  /** where errors.json was written, if anywhere */
  errorsFile: string | null;
}

export const DEFAULT_ERRORS_FILE = 'riskatlas-errors.json';

const consoleIo: BuildIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

async function readLedger(dir: string, file: string): Promise<LedgerTable> {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return readCsvLedger(file, bytes);
  if (ext === '.xlsx') return readXlsxLedger(file, bytes);
  return readGeojsonLedger(file, bytes);
}

/**
 * The data build (`npm run data`): ledgers in `inDir` → `<layer>.fgb` + manifest.json in `outDir`, written
 * atomically and deterministically. Never exits the process: the CLI maps `exitCode`.
 */
export async function runBuild(opts: BuildOptions, io: BuildIo = consoleIo): Promise<BuildResult> {
  const result: BuildResult = { exitCode: 2, issues: [], manifest: null, outcomes: [], errorsFile: null };
  const crs = opts.crs ?? 'CGCS2000';
  const isPublic = opts.public ?? false;
  const errorsOutside = resolve(opts.cwd ?? process.cwd(), opts.errorsPath ?? DEFAULT_ERRORS_FILE);

  if (!existsSync(opts.inDir) || !statSync(opts.inDir).isDirectory()) {
    io.err(`--in ${opts.inDir}: 文件夹不存在 / not a directory`);
    return result;
  }
  const notReplaceable = checkReplaceable(opts.outDir);
  if (notReplaceable) {
    io.err(notReplaceable);
    return result;
  }

  const fail = (issues: BuildIssue[]): BuildResult => {
    for (const i of issues) io.err(formatIssue(i));
    writeFileSync(errorsOutside, stableJson(issues));
    io.err(
      `${issues.length} 个问题，未写入任何输出 / ${issues.length} problem(s), nothing written (${opts.outDir} unchanged)`,
    );
    io.err(`errors: ${errorsOutside}`);
    return { ...result, exitCode: 1, issues, errorsFile: errorsOutside };
  };

  let found: ReturnType<typeof findLedgers>;
  try {
    found = findLedgers(opts.inDir);
  } catch (e) {
    if (e instanceof LedgerFileError) return fail(e.issues);
    throw e;
  }
  if (found.byLayer.size === 0) {
    io.err(`--in ${opts.inDir}: 没有台账文件 <layer>.csv|xlsx|geojson / no ledger files found`);
    return result;
  }
  for (const name of found.ignored) io.out(`ignored (not a layer ledger): ${name}`);
  if (found.absent.length > 0) io.out(`not built (no ledger in ${opts.inDir}): ${found.absent.join(', ')}`);

  // Read and check every file before stopping, so one run reports every problem.
  const outcomes: LayerOutcome[] = [];
  const fileIssues: BuildIssue[] = [];
  // 行政区划 last: its coordinate system may be detected against the point layers (boundaries-input.ts)
  const ordered = [...found.byLayer].sort(([a], [b]) => Number(a === 'boundaries') - Number(b === 'boundaries'));
  for (const [layer, file] of ordered) {
    try {
      const table = await readLedger(opts.inDir, file);
      if (table.encoding) io.out(`${file}: encoding ${table.encoding}`);
      if (layer === 'boundaries') {
        const doc =
          table.format === 'geojson'
            ? JSON.parse(decodeLedgerText(new Uint8Array(readFileSync(join(opts.inDir, file)))).text)
            : null;
        const b = { doc, defaultCrs: crs, built: outcomes, log: io.out };
        outcomes.push(processBoundaries(table, opts.boundariesCrs ? { ...b, optionCrs: opts.boundariesCrs } : b));
        continue;
      }
      outcomes.push(processLayer(layer, table, crs));
    } catch (e) {
      if (e instanceof LedgerFileError) fileIssues.push(...e.issues);
      else throw e;
    }
  }
  const issues = [...fileIssues, ...outcomes.flatMap((o) => o.issues)];
  if (fileIssues.length > 0 || (issues.length > 0 && !opts.allowInvalid)) return fail(issues);

  const files = new Map<string, Uint8Array>();
  const fgbs = new Map<LayerId, Uint8Array>();
  for (const o of outcomes) {
    const bytes = layerFgb(o.layer, o.features, isPublic);
    fgbs.set(o.layer, bytes);
    files.set(`${o.layer}.fgb`, bytes);
    if (!isPublic && o.rejected.length > 0) {
      const r = rejectedFile(o.layer, o.table, o.rejected);
      files.set(`rejected/${r.name}`, r.bytes);
    }
  }
  const manifest = buildManifest(outcomes, fgbs, isPublic);
  // Grid counts for big layers (scripts/lib/aggregates.ts): the app draws them at low zoom instead of the features.
  for (const o of outcomes) {
    const agg = layerAggregates(o.layer, o.features);
    const entry = manifest.layers[o.layer];
    if (!agg || !entry) continue;
    for (const [name, bytes] of agg.files) files.set(name, bytes);
    entry.aggregates = agg.entry;
  }
  // Name and 编号 index of the layers the app reads by the view: search finds them anywhere, not only in view.
  for (const o of outcomes) {
    const entry = manifest.layers[o.layer];
    if (!entry || !isStreamed(entry)) continue;
    const index = layerSearchIndex(o.layer, o.features, isPublic);
    if (!index) continue;
    for (const [name, bytes] of index.files) files.set(name, bytes);
    entry.search = index.entry;
  }
  files.set('manifest.json', new TextEncoder().encode(stableJson(manifest)));
  let errorsFile: string | null = null;
  if (opts.allowInvalid) {
    // Public output carries no rejected rows, and reasons quote cell values: keep errors.json out of it.
    errorsFile = isPublic ? errorsOutside : join(opts.outDir, 'errors.json');
    if (!isPublic) files.set('errors.json', new TextEncoder().encode(stableJson(issues)));
  }
  writeDirAtomically(opts.outDir, files);
  if (isPublic && errorsFile) writeFileSync(errorsFile, stableJson(issues));

  for (const i of issues) io.err(formatIssue(i));
  for (const line of summaryTable(outcomes, manifest.layers)) io.out(line);
  const rejected = outcomes.reduce((n, o) => n + o.rejected.length, 0);
  io.out(
    `built ${outcomes.length} layer(s) into ${opts.outDir}${isPublic ? ' (public)' : ''}` +
      (rejected > 0 ? `; ${rejected} row(s) rejected${isPublic ? '' : ` → ${join(opts.outDir, 'rejected')}`}` : ''),
  );
  if (errorsFile) io.out(`errors: ${errorsFile}`);
  return { exitCode: 0, issues, manifest, outcomes, errorsFile };
}
