import { availableParallelism } from 'node:os';
import type { AppReading, BrowserReadings } from './national-browser';
import { medianReady } from './national-browser';
import type { NaiveFile } from './national-data';
import { MB, mb, NATIONAL_CITY_VIEW, NATIONAL_TARGET } from './national-targets';
import { type BenchRow, errorRow, fmt, median, row } from './report';

const cpus = availableParallelism();
const cpuOf = (app: readonly AppReading[], pick: (cpu: Record<string, number>) => number) =>
  fmt(median(app.map((a) => pick(a.cpuMs))), 0);

/** The rows of the browser readings: the app's first city view, the naive peer beside it, panning and memory. */
export function cityViewRows(r: BrowserReadings, naiveFile: NaiveFile, runs: number): BenchRow[] {
  const ms = medianReady(r.app);
  const dataBytes = median(r.app.map((a) => a.dataBytes));
  const last = r.app.at(-1);
  const feats = Object.entries(last?.features ?? {})
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const v = NATIONAL_CITY_VIEW;
  const out: BenchRow[] = [
    row({
      id: 'n',
      what: `first render, city view 岳阳 z${v.zoom} (?data=national, cold, median of ${runs}); drawn: ${feats}`,
      value: fmt(ms, 0),
      unit: 'ms',
      target: `≤ ${NATIONAL_TARGET.cityViewMs}`,
      pass: ms <= NATIONAL_TARGET.cityViewMs,
    }),
    row({
      id: 'n',
      what: "  of which: navigation → last byte of the view's data served (the rest is drawing)",
      value: fmt(median(r.app.map((a) => a.dataDoneMs)), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: '  of which: first layer-file request → last byte (the bbox streaming itself)',
      value: fmt(median(r.app.map((a) => a.streamMs)), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  of which: main thread waiting for WebGL programs to compile and link (${last?.programs} programs; software GL, SwiftShader: a GPU does this in milliseconds)`,
      value: fmt(median(r.app.map((a) => a.shaderMs)), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  first render less that wait (what a machine with a GPU would see, roughly)`,
      value: fmt(median(r.app.map((a) => a.readyMs - a.shaderMs)), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  CPU time from navigation to ready, by Chromium process: renderer (page and its workers) / GPU process (software WebGL and the page's compositing, SwiftShader) / browser and utilities; ${cpus} CPUs`,
      value: [
        cpuOf(r.app, (c) => c.renderer ?? 0),
        cpuOf(r.app, (c) => c['gpu-process'] ?? 0),
        cpuOf(r.app, (c) => (c.browser ?? 0) + (c.utility ?? 0)),
      ].join(' / '),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  floor, same run and view: MapLibre alone drawing the same offline basemap (no app, no data), cold, to idle`,
      value: fmt(median(r.bare), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  reference, same run and view: the 岳阳 sample (52 hazards, whole files): first render`,
      value: fmt(medianReady(r.sample), 0),
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  data transferred for it (${last?.dataRequests} requests, ${last?.ranged} of them 206 Range; app JS/CSS/basemap ${mb(last?.appBytes ?? 0)} MB besides)`,
      value: mb(dataBytes),
      unit: 'MB',
      target: `≤ ${NATIONAL_TARGET.cityViewBytes / MB}`,
      pass: dataBytes <= NATIONAL_TARGET.cityViewBytes,
    }),
  ];
  if ('error' in r.naive) {
    out.push(
      errorRow(
        'n',
        `naive peer: ${naiveFile.features.toLocaleString('en-US')} hazard sources as one GeoJSON source`,
        new Error(r.naive.error),
      ),
    );
  } else {
    const ratio = r.naive.bytes / dataBytes;
    out.push(
      row({
        id: 'n',
        what: `naive peer, same view and run: whole hazard layer as one GeoJSON source (${naiveFile.features.toLocaleString('en-US')} features, id/name/level/grade only; with every property ${mb(naiveFile.fullBytes)} MB, past the browser's string limit)`,
        value: fmt(r.naive.readyMs, 0),
        unit: 'ms',
        target: '',
      }),
      row({ id: 'n', what: '  naive: bytes transferred', value: mb(r.naive.bytes), unit: 'MB', target: '' }),
      row({
        id: 'n',
        what: '  naive bytes ÷ city-view data bytes',
        value: fmt(ratio, 0),
        unit: '×',
        target: `≥ ${NATIONAL_TARGET.bytesRatio}`,
        pass: ratio >= NATIONAL_TARGET.bytesRatio,
      }),
      row({
        id: 'n',
        what: '  naive: peak memory, JS heap main thread / all threads (MapLibre workers) / renderer process RSS',
        value: `${fmt(r.naive.jsHeapPeakMb, 0)} / ${fmt(r.naive.allHeapsPeakMb, 0)} / ${fmt(r.naive.rssPeakMb, 0)}`,
        unit: 'MB',
        target: '',
      }),
    );
  }
  const pan = r.pan;
  out.push(
    row({
      id: 'n',
      what: `panning the city view: 12 pans, ${pan.reads} range reads; rAF frame time p50 / p95 / max (${pan.frames} frames)`,
      value: `${fmt(pan.p50, 0)} / ${fmt(pan.p95, 0)} / ${fmt(pan.maxFrame, 0)}`,
      unit: 'ms',
      target: '',
    }),
    row({
      id: 'n',
      what: `  longest main-thread task while panning (longtask observer; ${pan.tasksOver200} over 200 ms)`,
      value: fmt(pan.longestTask, 0),
      unit: 'ms',
      target: `≤ ${NATIONAL_TARGET.longestTaskMs}`,
      pass: pan.longestTask <= NATIONAL_TARGET.longestTaskMs,
    }),
    row({
      id: 'n',
      what: '  peak memory, app (load + panning): main-thread JS heap (CDP JSHeapUsedSize)',
      value: fmt(pan.jsHeapPeakMb, 0),
      unit: 'MB',
      target: `< ${NATIONAL_TARGET.memoryMb}`,
      pass: pan.jsHeapPeakMb < NATIONAL_TARGET.memoryMb,
    }),
    row({
      id: 'n',
      what: '  peak memory, app: JS heap of all threads (main + data worker + MapLibre workers, CDP Runtime.getHeapUsage)',
      value: fmt(pan.allHeapsPeakMb, 0),
      unit: 'MB',
      target: `< ${NATIONAL_TARGET.memoryMb}`,
      pass: pan.allHeapsPeakMb > 0 && pan.allHeapsPeakMb < NATIONAL_TARGET.memoryMb,
    }),
    row({
      id: 'n',
      what: `  peak memory, app: renderer process RSS (everything, fonts and canvases included; the sample app alone: ${fmt(r.sample.at(-1)?.rssPeakMb ?? 0, 0)} MB)`,
      value: fmt(pan.rssPeakMb, 0),
      unit: 'MB',
      target: '',
    }),
  );
  return out;
}
