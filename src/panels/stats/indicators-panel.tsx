import './stats.css';
import { useMemo, useState } from 'react';
import jiedong from '../../../data/indicators/jiedong.json';
import taizhou from '../../../data/indicators/taizhou.json';
import xinyang from '../../../data/indicators/xinyang.json';
import yueyang from '../../../data/indicators/yueyang.json';
import yuxi from '../../../data/indicators/yuxi.json';
import {
  endpointDecline,
  type IndicatorFile,
  type IndicatorTable,
  type SeriesRow,
  statedRule,
  sumOfAnnualDeclines,
  type TargetRow,
  type TotalsRow,
} from '../../analysis/stats/indicator-declines';
import { useLang, useT } from '../../i18n/use-t';
import { indicatorLines, NEUTRAL } from './chart-options';
import { EChart } from './echart';
import type { ChartOption } from './echarts-loader';

/** The seeds' indicator tables (data/indicators, one file per seed city), 岳阳 first: the sample is 岳阳. */
export const INDICATOR_FILES = [yueyang, yuxi, taizhou, xinyang, jiedong] as unknown as IndicatorFile[];

const fmt = (x: number | null, digits = 1) => (x === null ? '—' : `${x.toFixed(digits)}%`);

/**
 * 规划指标: each seed city's indicator tables as charts and tables, every number with its seed line. Where a seed's
 * own figure is inconsistent (seeds-requirements §0.1) it is shown as written with a ⚠ note saying what does not
 * add up; the declines are recomputed both ways (from the base year, and as the seed's sum of yearly declines).
 */
export function IndicatorsPanel() {
  const t = useT();
  const lang = useLang();
  const [city, setCity] = useState(0);
  const file = INDICATOR_FILES[city] ?? INDICATOR_FILES[0];
  if (!file) return null;
  return (
    <section className="indicators" aria-labelledby="indicators-title" data-testid="indicators-panel">
      <div className="table-toolbar">
        <h2 id="indicators-title" className="panel-title">
          {t('ind.title')}
        </h2>
        <label>
          {t('ind.city')}{' '}
          <select value={city} data-testid="indicators-city" onChange={(e) => setCity(Number(e.currentTarget.value))}>
            {INDICATOR_FILES.map((f, i) => (
              <option key={f.seed} value={i}>
                {lang === 'zh' ? f.city : f.cityEn}
              </option>
            ))}
          </select>
        </label>
        <span className="note">
          {file.plan} · {t('ind.seed', { seed: file.seed })}
        </span>
      </div>
      {file.tables.map((table) => (
        <IndicatorTableView key={table.id} table={table} file={file} />
      ))}
    </section>
  );
}

/** The seed anomalies a table's rows carry, numbered once per table (a row shows ⚠ and the numbers). */
function flagNumbers(rows: readonly { flags?: string[] }[]): string[] {
  return [...new Set(rows.flatMap((r) => r.flags ?? []))];
}

function FlagMarks({ ids, order }: { ids: readonly string[] | undefined; order: readonly string[] }) {
  const t = useT();
  if (!ids || ids.length === 0) return null;
  const nums = ids.map((id) => order.indexOf(id) + 1).filter((n) => n > 0);
  return (
    <span className="flag-mark" title={t('ind.flag')}>
      {' '}
      ⚠ {t('ind.seeNote', { n: nums.join('、') })}
    </span>
  );
}

function FlagNotes({ order, file }: { order: readonly string[]; file: IndicatorFile }) {
  const t = useT();
  const lang = useLang();
  if (order.length === 0) return null;
  return (
    <ol className="ind-flags">
      {order.map((id) => {
        const f = file.flags[id];
        if (!f) return null;
        return (
          <li key={id} data-testid="indicator-flag" data-flag={id}>
            <strong>⚠ {t('ind.flag')}</strong> {lang === 'zh' ? f.text : f.textEn}{' '}
            <span className="note">({f.ref})</span>
          </li>
        );
      })}
    </ol>
  );
}

function IndicatorTableView({ table, file }: { table: IndicatorTable; file: IndicatorFile }) {
  const lang = useLang();
  return (
    <section className="ind-table" aria-labelledby={`ind-${table.id}`}>
      <h3 id={`ind-${table.id}`}>
        {lang === 'zh' ? table.title : table.titleEn} <span className="note">{table.source}</span>
      </h3>
      {table.kind === 'series' && (
        <>
          {table.note && <p className="note">{lang === 'zh' ? table.note : table.noteEn}</p>}
          <div className="ind-charts">
            {table.rows.map((row) => (
              <SeriesChart key={row.name} years={table.years} row={row} />
            ))}
          </div>
          <SeriesTable years={table.years} rows={table.rows} file={file} />
        </>
      )}
      {table.kind === 'targets' && <TargetsView rows={table.rows} file={file} />}
      {table.kind === 'totals' && <TotalsView periods={table.periods} rows={table.rows} file={file} />}
    </section>
  );
}

function SeriesChart({ years, row }: { years: string[]; row: SeriesRow }) {
  const lang = useLang();
  const option = useMemo(
    () => indicatorLines(years, [{ name: lang === 'zh' ? row.name : row.nameEn, data: row.values }], row.unit),
    [years, row, lang],
  );
  return <EChart option={option} height={150} />;
}

function SeriesTable({ years, rows, file }: { years: string[]; rows: SeriesRow[]; file: IndicatorFile }) {
  const t = useT();
  const lang = useLang();
  const order = flagNumbers(rows);
  return (
    <div className="stats-scroll">
      <table className="stats-table" data-testid="indicator-series-table">
        <thead>
          <tr>
            <th scope="col">{t('ind.indicator')}</th>
            {years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
            <th scope="col">{t('ind.stated')}</th>
            <th scope="col">{t('ind.endpoint')}</th>
            <th scope="col">{t('ind.annualSum')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const rule = statedRule(years, r);
            return (
              <tr key={r.name} data-rule={rule ?? 'none'}>
                <th scope="row">
                  {lang === 'zh' ? r.name : r.nameEn}{' '}
                  <span className="note">
                    ({r.unit}; {r.source})
                  </span>
                  <FlagMarks ids={r.flags} order={order} />
                </th>
                {r.values.map((v, i) => (
                  <td key={years[i]}>{v ?? '—'}</td>
                ))}
                <td>
                  {r.stated} <span className="note">{r.statedSource}</span>
                  {rule && <div className="note">{t(`ind.rule.${rule}`)}</div>}
                </td>
                <td>{fmt(endpointDecline(years, r.values, r.base))}</td>
                <td>{fmt(sumOfAnnualDeclines(years, r.values, r.base))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FlagNotes order={order} file={file} />
    </div>
  );
}

function TargetsView({ rows, file }: { rows: TargetRow[]; file: IndicatorFile }) {
  const t = useT();
  const lang = useLang();
  const order = flagNumbers(rows);
  const option: ChartOption = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%', fontSize: 10 } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => (lang === 'zh' ? r.name : r.nameEn)),
        axisLabel: { fontSize: 10, width: 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 14,
          itemStyle: { color: NEUTRAL[2] },
          label: { show: true, position: 'right', formatter: '{c}%', fontSize: 10 },
          data: rows.map((r) => r.target),
        },
      ],
    }),
    [rows, lang],
  );
  return (
    <>
      <EChart option={option} height={24 + 26 * rows.length} />
      <div className="stats-scroll">
        <table className="stats-table" data-testid="indicator-targets-table">
          <thead>
            <tr>
              <th scope="col">{t('ind.indicator')}</th>
              <th scope="col">{t('ind.target')}</th>
              <th scope="col">{t('ind.asWritten')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">
                  {lang === 'zh' ? r.name : r.nameEn}
                  <FlagMarks ids={r.flags} order={order} />
                </th>
                <td>
                  {r.ceiling ? '≤ ' : r.floor ? '≥ ' : ''}
                  {r.target}
                  {r.unit}
                </td>
                <td>
                  {r.text} <span className="note">{r.source}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <FlagNotes order={order} file={file} />
      </div>
    </>
  );
}

function TotalsView({ periods, rows, file }: { periods: string[]; rows: TotalsRow[]; file: IndicatorFile }) {
  const t = useT();
  const lang = useLang();
  const order = flagNumbers(rows);
  return (
    <div className="stats-scroll">
      <table className="stats-table" data-testid="indicator-totals-table">
        <thead>
          <tr>
            <th scope="col">{t('ind.indicator')}</th>
            {periods.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
            <th scope="col">{t('ind.stated')}</th>
            <th scope="col">{t('ind.computed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const [a, b] = r.values;
            const diff = a != null && b != null ? a - b : null;
            const dec = a != null && b != null && a !== 0 ? ((a - b) / a) * 100 : null;
            return (
              <tr key={r.name}>
                <th scope="row">
                  {lang === 'zh' ? r.name : r.nameEn} <span className="note">({r.unit})</span>
                  <FlagMarks ids={r.flags} order={order} />
                </th>
                {r.values.map((v, i) => (
                  <td key={periods[i]}>{v ?? t('ind.notGiven')}</td>
                ))}
                <td>
                  {r.stated} <span className="note">{r.source}</span>
                </td>
                <td>{diff === null ? '—' : t('ind.reduction', { n: diff, pct: fmt(dec) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FlagNotes order={order} file={file} />
    </div>
  );
}
