import './import.css';
import { type DragEvent, lazy, useState } from 'react';
import { useImportStore } from '../../data/import-store';
import { useT } from '../../i18n/use-t';
import { ChunkBoundary } from '../chunk-boundary';
import { DatasetItem } from './dataset-item';
import { ExportControls } from './export-controls';
import { firstFile } from './first-file';

// The dialog brings the readers (XLSX, Shapefile, KML, proj4 zones, the worker client): loaded when first opened,
// so the first load of the map does not carry them.
const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })));

/**
 * Left-panel section 导入与导出: the import button (also a drop target for a file), the imported datasets with their
 * styling, filters and removal, and the export of any layer or selection. Data stays in the browser (IndexedDB).
 */
export function ImportPanel() {
  const t = useT();
  const datasets = useImportStore((s) => s.datasets);
  const status = useImportStore((s) => s.status);
  const loadError = useImportStore((s) => s.error);
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  // mounted on first open and kept, so a reopened dialog keeps its state
  const [wanted, setWanted] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = firstFile(e);
    if (f) {
      setDropped(f);
      setWanted(true);
      setOpen(true);
    }
  };

  return (
    // a drop target; the 导入文件 button is the keyboard path
    <section
      className={dragging ? 'import-panel dragging' : 'import-panel'}
      aria-labelledby="import-panel-title"
      data-testid="import-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="import-panel-title" className="panel-title">
        {t('import.title')}
      </h2>
      <div className="import-open-row">
        <button
          type="button"
          data-testid="import-open"
          onClick={() => {
            setDropped(null);
            setWanted(true);
            setOpen(true);
          }}
        >
          ⇪ {t('import.open')}
        </button>
        <span className="note">{t('import.dropHint')}</span>
      </div>
      <p className="note">{t('import.local')}</p>
      {status === 'error' && (
        <p className="note error" role="alert">
          {t('import.loadError', { error: loadError ?? '' })}
        </p>
      )}
      <h3 className="import-subtitle">{t('import.datasets')}</h3>
      {datasets.length === 0 ? (
        <p className="note">{t('import.datasets.none')}</p>
      ) : (
        <ul className="import-datasets" data-testid="imported-datasets">
          {datasets.map((d) => (
            <DatasetItem key={d.id} ds={d} />
          ))}
        </ul>
      )}
      <ExportControls />
      {wanted && (
        <ChunkBoundary
          fallback={
            <p className="note" role="status">
              {t('import.loading')}
            </p>
          }
        >
          <ImportDialog
            open={open}
            initialFile={dropped}
            onClose={() => {
              setOpen(false);
              setDropped(null);
            }}
          />
        </ChunkBoundary>
      )}
    </section>
  );
}
