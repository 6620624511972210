import type { ImportEngine, ImportPreview, ProcessResult, ReadOptions } from '../import/engine';
import { ImportFileError, type ImportIssue, type ImportSettings, type ProgressFn } from '../import/types';

/**
 * The engine's calls as plain results: comlink passes only an Error's name and message across the worker
 * boundary, so a file error travels as `{ ok: false, message, issues }` and is rebuilt on the other side.
 */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; issues: ImportIssue[]; fileError: boolean };

async function settle<T>(f: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof Error ? e.message : String(e),
      issues: e instanceof ImportFileError ? e.issues : [],
      fileError: e instanceof ImportFileError,
    };
  }
}

export interface EngineApi {
  read(name: string, bytes: Uint8Array, opts: ReadOptions, onProgress?: ProgressFn): Promise<Result<ImportPreview>>;
  process(settings: ImportSettings, onProgress?: ProgressFn): Promise<Result<ProcessResult>>;
  rejected(rows: number[]): Promise<Result<{ name: string; bytes: Uint8Array }>>;
}

export function engineApi(engine: ImportEngine): EngineApi {
  return {
    read: (name, bytes, opts, onProgress) => settle(() => engine.read(name, bytes, opts, onProgress)),
    process: (settings, onProgress) => settle(() => engine.process(settings, onProgress)),
    rejected: (rows) => settle(() => engine.rejected(rows)),
  };
}

export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  if (r.fileError) throw new ImportFileError(r.message, r.issues);
  throw new Error(r.message);
}
