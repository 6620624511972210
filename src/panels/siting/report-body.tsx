import type { SitingReport } from '../../analysis/siting';
import { geodesicAreaHa } from '../../analysis/siting/geodesic-area';
import { geometryParts } from '../../analysis/siting/geometry-parts';
import { layerZh } from '../../analysis/siting/layer-names';
import type { Confidence, Verdict } from '../../domain/siting/types';
import { translate } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import type { Site } from '../../state/siting-store';
import { ReportMap } from './report-map';
import type { MapSnapshot } from './report-view';
import { metres, VERDICT_KEY, VERDICT_STYLE, ZONE_KEY } from './verdict-style';

type Key = Parameters<typeof translate>[1];
const z = (key: Key, vars?: Record<string, string | number>) => translate('zh', key, vars);

const CONF: Readonly<Record<Confidence, Key>> = { V: 'siting.conf.V', P: 'siting.conf.P', U: 'siting.conf.U' };
const VERDICT_TEXT: Readonly<Record<Verdict, Key>> = {
  不建议: 'siting.verdict.against.text',
  有条件: 'siting.verdict.conditional.text',
  不反对: 'siting.verdict.ok.text',
};

function siteText(site: Site | null): string {
  if (!site) return '—';
  const g = site.geometry;
  const from =
    site.origin === 'file'
      ? z('siting.origin.file', { label: site.label })
      : site.origin === 'typed'
        ? z('siting.origin.typed', { label: site.label })
        : z('siting.origin.draw', { label: '' });
  if (g.type === 'Point') {
    return `${z('siting.site.point', { coords: formatLonLat(g.coordinates[0] as number, g.coordinates[1] as number, 5) })}（${from}）`;
  }
  const ha = geodesicAreaHa(geometryParts(g)) ?? 0;
  const n = ((g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0])?.length ?? 1) - 1;
  return `${z('siting.site.polygon', { n, ha: ha.toFixed(2) })}（${from}）`;
}

/**
 * The A4 report (always zh-CN): header with date and data version, the verdict, the project and site, the map
 * with legend/scale/north arrow, reasons, the hazard table, the rule rows used with their confidence, what the
 * scenario changed, and the caveats.
 */
export function ReportBody({
  report,
  site,
  snapshot,
  mapState,
  date,
  dataVersion,
  synthetic,
}: {
  report: SitingReport;
  site: Site | null;
  snapshot: MapSnapshot | null;
  mapState: 'busy' | 'done' | 'failed';
  date: string;
  dataVersion: string | null;
  synthetic: boolean;
}) {
  const d = report.development;
  const v = VERDICT_STYLE[report.verdict];
  const size = [
    d.people !== null ? `${d.people} 人` : null,
    d.dwellings !== null ? `${d.dwellings} 户` : null,
    d.floorAreaM2 !== null ? `${d.floorAreaM2} m²` : null,
    d.siteAreaHa !== null ? `用地 ${d.siteAreaHa} ha` : null,
  ].filter(Boolean);
  return (
    <article className="a4-page" data-testid="siting-report" lang="zh-CN">
      <header className="report-head">
        <h1 id="siting-report-title">{z('siting.report.title')}</h1>
        <p className="report-meta">
          <span>
            {z('siting.report.date')}：{date}
          </span>
          <span data-testid="siting-report-version">
            {z('siting.report.dataVersion')}：{dataVersion ?? '—'}
          </span>
          {synthetic && <strong>{z('siting.report.synthetic')}</strong>}
          {report.adjusted && (
            <strong className="report-adjusted" data-testid="siting-report-adjusted">
              ⚠ {z('siting.adjusted')}
              {report.scenario ? `（${report.scenario}）` : ''}
            </strong>
          )}
        </p>
      </header>

      <section
        className="report-verdict"
        data-testid="siting-report-verdict"
        data-verdict={report.verdict}
        style={{ background: v.fill, color: v.text, borderColor: v.stroke }}
      >
        <p className="verdict-word">
          <span aria-hidden="true">{v.icon} </span>
          {z('siting.report.verdict')}：{z(VERDICT_KEY[report.verdict])}
        </p>
        <p>{z(VERDICT_TEXT[report.verdict], { category: d.category })}</p>
      </section>

      <section className="report-section">
        <h2>{z('siting.report.project')}</h2>
        <dl className="report-facts">
          <dt>{z('siting.category')}</dt>
          <dd>
            {d.category}
            {size.length > 0 ? `（${size.join('，')}）` : ''}
          </dd>
          <dt>{z('siting.report.sensitivity')}</dt>
          <dd>{z('siting.sensitivity', { level: d.level, cls: d.gb36894Class })}</dd>
          <dt>{z('siting.report.site')}</dt>
          <dd>{siteText(site)}</dd>
        </dl>
      </section>

      <ReportMap snapshot={snapshot} mapState={mapState} report={report} />

      <section className="report-section">
        <h2>{z('siting.reasons')}</h2>
        <ol>
          {report.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </section>

      {report.hazards.length > 0 && (
        <section className="report-section">
          <h2>{z('siting.table.hazards')}</h2>
          <table className="report-table" data-testid="siting-report-hazards">
            <thead>
              <tr>
                <th>{z('siting.col.hazard')}</th>
                <th>{z('siting.col.grade')}</th>
                <th>{z('siting.col.zone')}</th>
                <th>{z('siting.report.col.verdict')}</th>
                <th>{z('siting.col.required')}</th>
                <th>{z('siting.col.actual')}</th>
                <th>{z('siting.col.source')}</th>
                <th>{z('siting.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {report.hazards.map((h) => (
                <tr key={`${h.layer}:${h.id}`} data-id={h.id}>
                  <td>
                    {h.name || h.id}
                    <br />
                    <small>
                      {layerZh(h.layer)} {h.id}
                    </small>
                  </td>
                  <td className="nowrap">{h.grade ?? '—'}</td>
                  <td className="nowrap">{h.fixed ? z('siting.zone.fixed') : z(ZONE_KEY[h.zone])}</td>
                  <td className="nowrap">{z(VERDICT_KEY[h.verdict])}</td>
                  <td className="nowrap">{h.requiredM > 0 ? metres(h.requiredM) : '—'}</td>
                  <td className="nowrap">{metres(h.actualM)}</td>
                  <td>
                    {h.ruleId}
                    <br />
                    <small>{h.source}</small>
                  </td>
                  <td>
                    [{h.confidence}] {z(CONF[h.confidence])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {report.rulesUsed.length > 0 && (
        <section className="report-section">
          <h2>{z('siting.report.rules')}</h2>
          <table className="report-table" data-testid="siting-report-rules">
            <thead>
              <tr>
                <th>{z('siting.col.rule')}</th>
                <th>{z('siting.col.zones')}</th>
                <th>{z('siting.report.col.measure')}</th>
                <th>{z('siting.col.source')}</th>
                <th>{z('siting.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rulesUsed.map((r) => (
                <tr key={r.id} data-rule={r.id}>
                  <td className="nowrap">
                    {r.id}
                    {r.adjusted && <strong className="report-adjusted"> ⚠ {z('siting.adjusted')}</strong>}
                  </td>
                  <td className="nowrap">
                    {r.fixed
                      ? z('siting.rule.fixed', { d: metres(r.zones.inner), verdict: r.fixed })
                      : `${r.zones.inner} / ${r.zones.middle} / ${r.zones.outer} m`}
                  </td>
                  <td>{r.measureFrom}</td>
                  <td>
                    {r.source}
                    <br />
                    <small>{r.note}</small>
                  </td>
                  <td>
                    [{r.confidence}] {z(CONF[r.confidence])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {report.adjustedRules.length > 0 && (
        <section className="report-section" data-testid="siting-report-changes">
          <h2>{z('siting.adjustedList')}</h2>
          <ul>
            {report.adjustedRules.map((a) => (
              <li key={`${a.ruleId}-${a.field}`}>{a.text}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="report-section">
        <h2>{z('siting.caveats')}</h2>
        <ul>
          {report.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
          <li>{report.method.distance}</li>
          <li>{z('siting.report.zonesNote')}</li>
        </ul>
      </section>
      <footer className="report-foot">{z('siting.report.footer', { date, version: dataVersion ?? '—' })}</footer>
    </article>
  );
}
