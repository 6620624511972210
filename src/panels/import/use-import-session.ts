import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrsId } from '../../data/import/crs';
import { detectFormat } from '../../data/import/detect-format';
import type { ImportPreview, ProcessResult } from '../../data/import/engine';
import { type LocationWarning, locationWarnings } from '../../data/import/location-warnings';
import { kmlToGeojsonText } from '../../data/import/read-kml';
import { ImportFileError, type ImportIssue, type ImportSettings, type ReadProgress } from '../../data/import/types';
import { addDataset } from '../../data/import-store';
import { createImportClient, ImportCancelled, type ImportClient } from '../../data/worker-import/import-client';
import { useAppStore } from '../../state/store';
import { extentOf, flyBounds } from './extent';
import { dataBbox, existingIds, fieldsOf, loadLand, nearLon, stem } from './import-context';

export type SessionPhase = 'choose' | 'reading' | 'review' | 'saving';

export interface ImportSession {
  phase: SessionPhase;
  /** a read or validation is running (progress shown, cancel offered) */
  busy: boolean;
  progress: ReadProgress | null;
  fileName: string | null;
  preview: ImportPreview | null;
  settings: ImportSettings | null;
  name: string;
  result: ProcessResult | null;
  warnings: LocationWarning[];
  /** a file-level error (unreadable file, duplicate columns): nothing can be imported */
  error: { message: string; issues: ImportIssue[] } | null;
  cancelled: boolean;
  openFile(file: File): Promise<void>;
  update(patch: Partial<ImportSettings>): void;
  setName(name: string): void;
  cancel(): void;
  confirm(): Promise<string | null>;
  downloadRejected(): Promise<{ name: string; bytes: Uint8Array } | null>;
  reset(): void;
}

/**
 * One import in the dialog: read → review (auto-validated, re-validated on every change of layer, columns or CRS)
 * → confirm. Work runs in the import worker; `cancel` terminates it (the file must then be chosen again).
 */
export function useImportSession(): ImportSession {
  const client = useRef<ImportClient | null>(null);
  const seq = useRef(0);
  const [phase, setPhase] = useState<SessionPhase>('choose');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [settings, setSettingsState] = useState<ImportSettings | null>(null);
  // The latest settings for callbacks, without re-creating them on every change.
  const settingsRef = useRef<ImportSettings | null>(null);
  const setSettings = useCallback((s: ImportSettings | null) => {
    settingsRef.current = s;
    setSettingsState(s);
  }, []);
  const [name, setName] = useState('');
  const [result, setResult] = useState<ProcessResult | null>(null);
  const [warnings, setWarnings] = useState<LocationWarning[]>([]);
  const [error, setError] = useState<ImportSession['error']>(null);
  const [cancelled, setCancelled] = useState(false);

  const getClient = useCallback(() => {
    client.current ??= createImportClient();
    return client.current;
  }, []);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const fail = useCallback((e: unknown) => {
    if (e instanceof ImportCancelled) return;
    if (e instanceof ImportFileError) setError({ message: e.message, issues: e.issues });
    else setError({ message: e instanceof Error ? e.message : String(e), issues: [] });
  }, []);

  const validate = useCallback(
    async (next: ImportSettings) => {
      const my = ++seq.current;
      setBusy(true);
      setError(null);
      setProgress({ stage: 'validate', fraction: 0 });
      try {
        const withIds: ImportSettings =
          next.target === 'generic' ? next : { ...next, existingIds: existingIds(next.target) };
        const r = await getClient().process(withIds, (p) => {
          if (seq.current === my) setProgress(p);
        });
        if (seq.current !== my) return;
        setResult(r);
        const land = await loadLand();
        if (seq.current !== my) return;
        setWarnings(
          locationWarnings({
            crs: next.crs,
            sample: r.sample,
            features: r.features,
            dataBbox: dataBbox(),
            land,
            nearLon: nearLon(),
          }),
        );
      } catch (e) {
        if (seq.current === my) {
          setResult(null);
          setWarnings([]);
          fail(e);
        }
      } finally {
        if (seq.current === my) {
          setBusy(false);
          setProgress(null);
        }
      }
    },
    [fail, getClient],
  );

  const reset = useCallback(() => {
    seq.current++;
    client.current?.dispose();
    client.current = null;
    setPhase('choose');
    setBusy(false);
    setProgress(null);
    setFileName(null);
    setPreview(null);
    setSettings(null);
    setResult(null);
    setWarnings([]);
    setError(null);
  }, [setSettings]);

  const openFile = useCallback(
    async (file: File) => {
      reset();
      setCancelled(false);
      const my = seq.current;
      setFileName(file.name);
      setName(stem(file.name));
      setPhase('reading');
      setBusy(true);
      setProgress({ stage: 'read', fraction: 0 });
      try {
        let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
        const format = detectFormat(file.name, bytes);
        // Workers have no DOMParser: KML becomes GeoJSON here, the rest happens in the worker.
        if (format === 'kml') bytes = kmlToGeojsonText(bytes, new DOMParser());
        if (seq.current !== my) return;
        const p = await getClient().read(
          file.name,
          bytes,
          { nearLon: nearLon(), format: format ?? undefined },
          (pr) => {
            if (seq.current === my) setProgress(pr);
          },
        );
        if (seq.current !== my) return;
        const s: ImportSettings = {
          target: p.detected.target,
          mapping: p.detected.swap
            ? { ...p.detected.mapping, lon: p.detected.mapping.lat, lat: p.detected.mapping.lon }
            : p.detected.mapping,
          crs: p.detected.crs,
        };
        setPreview(p);
        setSettings(s);
        setPhase('review');
        await validate(s);
      } catch (e) {
        if (seq.current !== my) return;
        setPhase('choose');
        setBusy(false);
        setProgress(null);
        fail(e);
      }
    },
    [reset, validate, fail, setSettings, getClient],
  );

  const update = useCallback(
    (patch: Partial<ImportSettings>) => {
      const prev = settingsRef.current;
      if (!prev) return;
      const next = { ...prev, ...patch, mapping: { ...prev.mapping, ...(patch.mapping ?? {}) } };
      setSettings(next);
      void validate(next);
    },
    [validate, setSettings],
  );

  const cancel = useCallback(() => {
    seq.current++;
    client.current?.cancel();
    client.current = null;
    setBusy(false);
    setProgress(null);
    setPhase('choose');
    setPreview(null);
    setSettings(null);
    setResult(null);
    setWarnings([]);
    setCancelled(true);
  }, [setSettings]);

  const downloadRejected = useCallback(async () => {
    if (!result || result.rejectedRows.length === 0) return null;
    return getClient().rejected(result.rejectedRows);
  }, [result, getClient]);

  const confirm = useCallback(async () => {
    if (!preview || !settings || !result || result.features.length === 0) return null;
    setPhase('saving');
    try {
      const rejectedFile = result.rejectedRows.length > 0 ? await getClient().rejected(result.rejectedRows) : null;
      const fields = settings.target === 'generic' ? fieldsOf(result.features) : [];
      const id = await addDataset({
        meta: {
          name: name.trim() || stem(preview.file),
          fileName: preview.file,
          format: preview.format,
          target: settings.target,
          crs: settings.crs,
          fields,
          counts: { read: result.rowsRead, accepted: result.features.length, rejected: result.rejectedRows.length },
        },
        features: result.features,
        rejectedFile,
      });
      const b = flyBounds(extentOf(result.features));
      if (b) useAppStore.getState().flyTo({ bounds: b });
      return id;
    } catch (e) {
      setPhase('review');
      fail(e);
      return null;
    }
  }, [preview, settings, result, name, fail, getClient]);

  return {
    phase,
    busy,
    progress,
    fileName,
    preview,
    settings,
    name,
    result,
    warnings,
    error,
    cancelled,
    openFile,
    update,
    setName,
    cancel,
    confirm,
    downloadRejected,
    reset,
  };
}

export type { CrsId };
