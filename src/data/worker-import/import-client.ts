import { proxy, type Remote, transfer, wrap } from 'comlink';
import { ImportEngine, type ImportPreview, type ProcessResult, type ReadOptions } from '../import/engine';
import type { ImportSettings, ProgressFn } from '../import/types';
import { type EngineApi, engineApi, unwrap } from './engine-api';

export class ImportCancelled extends Error {
  constructor() {
    super('已取消 (cancelled)');
    this.name = 'ImportCancelled';
  }
}

/**
 * The import engine seen from the page. Large files (200 000 rows) are read and validated in a Web Worker so the
 * map stays responsive; progress comes back through a comlink proxy. Cancel terminates the worker at once (a
 * busy worker would not read a "stop" message until its loop ended) and rejects what is pending; the next call
 * starts a fresh worker, so after a cancel the file must be read again.
 */
export interface ImportClient {
  read(name: string, bytes: Uint8Array, opts: ReadOptions, onProgress?: ProgressFn): Promise<ImportPreview>;
  process(settings: ImportSettings, onProgress?: ProgressFn): Promise<ProcessResult>;
  rejected(rows: number[]): Promise<{ name: string; bytes: Uint8Array }>;
  cancel(): void;
  dispose(): void;
  /** 'worker' normally; 'inline' where workers are unavailable (tests) */
  readonly mode: 'worker' | 'inline';
}

interface Backend {
  api: EngineApi | Remote<EngineApi>;
  stop(): void;
}

function startWorker(): Backend {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'riskatlas-import',
  });
  return { api: wrap<EngineApi>(worker), stop: () => worker.terminate() };
}

function startInline(): Backend {
  return { api: engineApi(new ImportEngine()), stop: () => {} };
}

export function createImportClient(prefer: 'worker' | 'inline' = 'worker'): ImportClient {
  const mode = prefer === 'worker' && typeof Worker !== 'undefined' ? 'worker' : 'inline';
  const start = mode === 'worker' ? startWorker : startInline;
  let backend: Backend | null = null;
  let cancelPending: (() => void) | null = null;
  const current = () => {
    backend ??= start();
    return backend;
  };
  /** Each call can be abandoned by cancel(): the race loses to the cancel promise. */
  const run = <T>(call: (api: EngineApi | Remote<EngineApi>) => Promise<T>): Promise<T> => {
    const cancelled = new Promise<never>((_, reject) => {
      const prev = cancelPending;
      cancelPending = () => {
        prev?.();
        reject(new ImportCancelled());
      };
    });
    // A call that finished first leaves this promise to reject on a later cancel: nobody awaits it then.
    cancelled.catch(() => {});
    return Promise.race([call(current().api), cancelled]);
  };
  const wrapProgress = (f?: ProgressFn) => (f && mode === 'worker' ? proxy(f) : f);
  return {
    mode,
    read: (name, bytes, opts, onProgress) =>
      run(async (api) =>
        unwrap(
          await api.read(
            name,
            mode === 'worker' ? transfer(bytes, [bytes.buffer]) : bytes,
            opts,
            wrapProgress(onProgress),
          ),
        ),
      ),
    process: (settings, onProgress) =>
      run(async (api) => unwrap(await api.process(settings, wrapProgress(onProgress)))),
    rejected: (rows) => run(async (api) => unwrap(await api.rejected(rows))),
    cancel() {
      backend?.stop();
      backend = null;
      const c = cancelPending;
      cancelPending = null;
      c?.();
    },
    dispose() {
      backend?.stop();
      backend = null;
      cancelPending = null;
    },
  };
}
