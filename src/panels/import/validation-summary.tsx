import { crsLabel } from '../../data/import/crs';
import type { ProcessResult } from '../../data/import/engine';
import type { LocationWarning } from '../../data/import/location-warnings';
import type { ImportSettings } from '../../data/import/types';
import { type MessageKey, useT } from '../../i18n/use-t';

/** Rows listed in the dialog; the rest are in the rejected-rows download. */
export const ISSUES_SHOWN = 200;

interface Props {
  result: ProcessResult;
  warnings: LocationWarning[];
  settings: ImportSettings;
  onFix: (patch: Partial<ImportSettings>) => void;
  onDownloadRejected: () => void;
}

/** Counts (accepted + rejected = rows read), location warnings with their fixes, the row-level error table. */
export function ValidationSummary({ result, warnings, settings, onFix, onDownloadRejected }: Props) {
  const t = useT();
  const ok = result.features.length;
  const bad = result.rejectedRows.length;
  const shown = result.issues.slice(0, ISSUES_SHOWN);
  return (
    <div className="import-result">
      <p
        className="import-summary"
        data-testid="import-summary"
        data-read={result.rowsRead}
        data-accepted={ok}
        data-rejected={bad}
        role="status"
      >
        {ok + bad === 0 ? t('import.summary.none') : t('import.summary', { read: result.rowsRead, ok, bad })}
        {result.blankRows > 0 && <span className="note"> · {t('import.blank', { n: result.blankRows })}</span>}
      </p>

      {warnings.length > 0 && (
        <section className="import-warnings" aria-labelledby="import-warn-title">
          <h4 id="import-warn-title">{t('import.warn.title')}</h4>
          <ul>
            {warnings.map((w) => {
              const fixCrs = w.fix?.crs;
              return (
                <li key={w.kind} className="import-warning" data-testid="import-warning" data-kind={w.kind}>
                  <span>{t(`import.warn.${w.kind}` as MessageKey, { n: w.n, total: w.total, km: w.km ?? 0 })}</span>
                  {w.fix && (
                    <button
                      type="button"
                      className="icon-button"
                      data-testid={`import-fix-${w.kind}`}
                      onClick={() =>
                        onFix({
                          ...(fixCrs ? { crs: fixCrs } : {}),
                          ...(w.fix?.swap
                            ? { mapping: { ...settings.mapping, lon: settings.mapping.lat, lat: settings.mapping.lon } }
                            : {}),
                        })
                      }
                    >
                      {fixCrs
                        ? t(`import.warn.${w.kind}.fix` as MessageKey, { crs: crsLabel(fixCrs) })
                        : t('import.warn.swap.fix')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {bad > 0 && (
        <section className="import-issues" aria-labelledby="import-issues-title">
          <div className="import-issues-head">
            <h4 id="import-issues-title">{t('import.issues')}</h4>
            <button
              type="button"
              className="icon-button"
              data-testid="import-download-rejected"
              onClick={onDownloadRejected}
            >
              ⤓ {t('import.downloadRejected')}
            </button>
          </div>
          <div className="import-table-wrap">
            <table data-testid="import-issues">
              <thead>
                <tr>
                  <th scope="col">{t('import.issues.row')}</th>
                  <th scope="col">{t('import.issues.column')}</th>
                  <th scope="col">{t('import.issues.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several issues on one column
                  <tr key={k} data-testid="import-issue-row" data-row={i.row}>
                    <td>{i.row}</td>
                    <td>{i.column}</td>
                    <td>{i.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.issues.length > shown.length && (
            <p className="note">{t('import.issues.more', { n: result.issues.length - shown.length })}</p>
          )}
        </section>
      )}
    </div>
  );
}
