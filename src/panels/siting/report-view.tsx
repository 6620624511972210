import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SitingReport } from '../../analysis/siting';
import { useManifest } from '../../data/layer-store';
import { useT } from '../../i18n/use-t';
import { useSitingStore } from '../../state/siting-store';
import { today } from './census-export';
import { ReportBody } from './report-body';

/** A picture of the map taken by src/map/siting (canvas.toDataURL, the canvas keeps its drawing buffer). */
export interface MapSnapshot {
  dataUrl: string;
  /** image size in CSS pixels of the map */
  width: number;
  height: number;
  /** ground metres per CSS pixel at the image centre */
  metresPerPixel: number;
  /** map bearing, degrees clockwise from north */
  bearing: number;
}
export type CaptureMap = (opts: {
  bounds: [number, number, number, number] | null;
  /** width / height of the picture */
  aspect: number;
}) => Promise<MapSnapshot>;

/** wider than tall, so the map leaves room for the verdict and the tables on the first A4 page */
const ASPECT = 1.75;

/**
 * 导出报告: the A4 report as a page of its own over the app (a portal on <body>), printed with the browser
 * (打印 → 另存为 PDF). While it is open the print stylesheet hides the app, so only the report prints. Always in
 * Chinese: it is a document for the file, whatever the UI language.
 */
export function ReportView({
  report,
  capture,
  bounds,
}: {
  report: SitingReport;
  capture: CaptureMap | null;
  bounds: [number, number, number, number] | null;
}) {
  const t = useT();
  const setOpen = useSitingStore((s) => s.setReportOpen);
  const site = useSitingStore((s) => s.site);
  const { manifest } = useManifest();
  const [snapshot, setSnapshot] = useState<MapSnapshot | null>(null);
  const [mapState, setMapState] = useState<'busy' | 'done' | 'failed'>(capture ? 'busy' : 'failed');
  const printRef = useRef<HTMLButtonElement>(null);

  // the picture is taken once, when the report opens, framed on the site and its zones
  // biome-ignore lint/correctness/useExhaustiveDependencies: one picture per opening
  useEffect(() => {
    if (!capture) return;
    let live = true;
    capture({ bounds, aspect: ASPECT })
      .then((s) => {
        if (!live) return;
        setSnapshot(s);
        setMapState('done');
      })
      .catch(() => {
        if (live) setMapState('failed');
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    document.body.classList.add('siting-printing');
    printRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('siting-printing');
      document.removeEventListener('keydown', onKey);
      returnTo?.focus();
    };
  }, [setOpen]);

  return createPortal(
    <div
      className="siting-report-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('siting.report.dialog')}
      data-testid="siting-report-dialog"
    >
      <div className="report-toolbar">
        <button type="button" ref={printRef} data-testid="siting-report-print" onClick={() => window.print()}>
          {t('siting.report.print')}
        </button>
        <button type="button" data-testid="siting-report-close" onClick={() => setOpen(false)}>
          {t('siting.report.close')}
        </button>
        <span className="report-toolbar-note" role="status">
          {mapState === 'busy' ? t('siting.report.mapBusy') : t('siting.report.printHint')}
        </span>
      </div>
      <ReportBody
        report={report}
        site={site}
        snapshot={snapshot}
        mapState={mapState}
        date={today()}
        dataVersion={manifest?.dataVersion ?? null}
        synthetic={manifest?.synthetic ?? false}
      />
    </div>,
    document.body,
  );
}
