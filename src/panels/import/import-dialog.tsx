import { type DragEvent, useEffect, useRef } from 'react';
import { downloadBlob } from '../../data/export/formats';
import { ACCEPTED_EXTENSIONS } from '../../data/import/detect-format';
import { useT } from '../../i18n/use-t';
import { firstFile } from './first-file';
import { ImportProgress } from './import-progress';
import { MappingForm } from './mapping-form';
import { useImportSession } from './use-import-session';
import { ValidationSummary } from './validation-summary';

interface Props {
  open: boolean;
  /** a file dropped on the panel before the dialog opened */
  initialFile: File | null;
  onClose: () => void;
}

/**
 * The import dialog (a modal <dialog>: focus stays inside, Esc closes): choose or drop a file, then review the
 * detected layer, columns and CRS with the validation result, and import. Nothing leaves the browser.
 */
export function ImportDialog({ open, initialFile, onClose }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const s = useImportSession();
  const { openFile, reset } = s;

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // jsdom (unit tests) has no showModal: the open attribute is the same thing without the focus trap.
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  // Each dropped file is opened once, however often the effect re-runs.
  const opened = useRef<File | null>(null);
  useEffect(() => {
    if (open && initialFile && opened.current !== initialFile) {
      opened.current = initialFile;
      void openFile(initialFile);
    }
  }, [open, initialFile, openFile]);

  const close = () => {
    reset();
    onClose();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const f = firstFile(e);
    if (f) void openFile(f);
  };

  const downloadRejected = async () => {
    const file = await s.downloadRejected();
    if (file) downloadBlob(new Blob([file.bytes as unknown as BlobPart]), file.name);
  };

  const confirm = async () => {
    const id = await s.confirm();
    if (id) close();
  };

  const accepted = s.result?.features.length ?? 0;
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      data-testid="import-dialog"
      aria-labelledby="import-dialog-title"
      onClose={() => {
        if (open) close();
      }}
    >
      <header className="import-dialog-head">
        <h2 id="import-dialog-title">{t('import.dialog.title')}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('import.dialog.close')}>
          ✕
        </button>
      </header>

      <div className="import-dialog-body">
        {s.phase === 'choose' && (
          // biome-ignore lint/a11y/noStaticElementInteractions: drop target only; the button inside is the keyboard path
          <div className="import-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <p>
              {t('import.dropHere')}{' '}
              <button type="button" onClick={() => input.current?.click()}>
                {t('import.choose')}
              </button>
            </p>
            <p className="note">{t('import.formats')}</p>
            <p className="note">{t('import.local')}</p>
            <input
              ref={input}
              type="file"
              className="visually-hidden"
              data-testid="import-file-input"
              accept={ACCEPTED_EXTENSIONS}
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void openFile(f);
              }}
            />
          </div>
        )}

        {s.cancelled && s.phase === 'choose' && (
          <p className="note" role="status" data-testid="import-cancelled">
            {t('import.cancelled')}
          </p>
        )}
        {s.error && (
          <div className="import-error" role="alert" data-testid="import-error">
            <p>{t('import.fileError', { error: s.error.message })}</p>
            {s.error.issues.length > 1 && (
              <ul>
                {s.error.issues.slice(0, 20).map((i) => (
                  <li key={`${i.row}:${i.column}:${i.reason}`}>
                    {i.row > 0 ? `${t('import.issues.row')} ${i.row}` : ''} {i.column} {i.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}

        {s.fileName && s.preview && s.settings && s.phase !== 'choose' && (
          <>
            <p className="import-file">
              {t('import.file', { file: s.preview.file, n: s.preview.rowsRead })}
              {s.preview.encoding && (
                <span className="note"> · {t('import.encoding', { enc: s.preview.encoding })}</span>
              )}
            </p>
            {s.preview.notes.map((n) => (
              <p key={n} className="note warn">
                {n}
              </p>
            ))}
            <MappingForm
              preview={s.preview}
              settings={s.settings}
              name={s.name}
              onChange={s.update}
              onName={s.setName}
            />
            {s.result && !s.busy && (
              <ValidationSummary
                result={s.result}
                warnings={s.warnings}
                settings={s.settings}
                onFix={s.update}
                onDownloadRejected={downloadRejected}
              />
            )}
            <PreviewTable headers={s.preview.headers} rows={s.preview.sample} />
          </>
        )}

        {s.busy && <ImportProgress progress={s.progress} onCancel={s.cancel} />}
      </div>

      <footer className="import-dialog-foot">
        <button type="button" onClick={close}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="import-confirm"
          disabled={s.phase !== 'review' || s.busy || accepted === 0}
          onClick={confirm}
        >
          {s.phase === 'saving' ? t('import.saving') : t('import.confirm', { n: accepted })}
        </button>
      </footer>
    </dialog>
  );
}

function PreviewTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const t = useT();
  if (rows.length === 0 || headers.length === 0) return null;
  return (
    <details className="import-preview">
      <summary>{t('import.preview', { n: rows.length })}</summary>
      <div className="import-table-wrap">
        <table>
          <thead>
            <tr>
              {headers.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity
              <tr key={i}>
                {headers.map((_, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells by position
                  <td key={j}>{r[j] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
