import { pathToFileURL } from 'node:url';
import type { Feature, Point, Polygon, Position } from 'geojson';
import {
  affectedInZones,
  geodesicDestination,
  type IncidentOptions,
  incidentZones,
  nearestResponders,
  pointIndexOf,
} from '../../src/analysis/incident';
import { mulberry32 } from '../sample/prng';

export interface IncidentBenchRow {
  what: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export interface IncidentBenchOptions {
  /** size of the large target set; default 1,000,000 */
  bigTargets?: number;
  /** incidents timed per set (median reported); default 50 */
  runs?: number;
}

// A 岳阳市-sized box (about 190 km × 180 km), the city of the sample data.
const BOX = { minLon: 112.3, maxLon: 114.2, minLat: 28.4, maxLat: 30.0 };
const CLASSES = ['高敏感', '重要', '一般一类', '一般二类', '一般三类'] as const;
const LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
const TYPES = ['一级站', '一级站', '二级站', '小型站', '特勤站', '战勤保障站'] as const;
const SPECIALITIES = ['综合', '综合', '综合', '危化', '水上', '矿山'] as const;
// Incident mix: a typical toxic large spill and the largest zone the data can produce (chlorine rail car, 11+ km).
const SCENARIOS: Omit<IncidentOptions, 'windFromDeg'>[] = [
  { substance: '硫化氢', spill: 'large', time: 'night' },
  { substance: '液氯', spill: 'large', time: 'night', container: 'railTankCar', windSpeedMs: 1 },
  { substance: '汽油', spill: 'large', time: 'day' },
];

const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length)] as T;

function randomPoint(rand: () => number): Position {
  return [BOX.minLon + rand() * (BOX.maxLon - BOX.minLon), BOX.minLat + rand() * (BOX.maxLat - BOX.minLat)];
}

function makeTargets(n: number, rand: () => number): Feature<Point>[] {
  const out: Feature<Point>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: randomPoint(rand) },
      properties: { id: `T${i}`, targetClass: pick(CLASSES, rand()), people: Math.floor(rand() * 2000) },
    };
  }
  return out;
}

function makeSample(rand: () => number) {
  const targets = makeTargets(500, rand);
  const hazards: Feature<Point>[] = Array.from({ length: 60 }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: randomPoint(rand) },
    properties: { id: `H${i}`, riskLevel: pick(LEVELS, rand()) },
  }));
  const stations: Feature<Point>[] = Array.from({ length: 30 }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: randomPoint(rand) },
    properties: {
      id: `F${i}`,
      type: pick(TYPES, rand()),
      status: rand() < 0.15 ? '规划' : '现有',
      speciality: pick(SPECIALITIES, rand()),
    },
  }));
  // parks: 8 squares of 2–6 km side, 64 vertices each
  const parks: Feature<Polygon>[] = Array.from({ length: 8 }, (_, i) => {
    const c = randomPoint(rand);
    const half = 1000 + rand() * 2000;
    const ring: Position[] = [];
    for (let k = 0; k < 64; k++) {
      const az = (360 * k) / 64;
      ring.push(
        geodesicDestination(
          c,
          az,
          half / Math.max(Math.abs(Math.cos((az * Math.PI) / 180)), Math.abs(Math.sin((az * Math.PI) / 180))),
        ),
      );
    }
    ring.push(ring[0] as Position);
    return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id: `P${i}` } };
  });
  return { targets, hazards, stations, parks };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** One incident end to end: zones, what is inside them, the 5 nearest responders (危化 first); returns targets hit. */
function runIncident(
  p: Position,
  i: number,
  rand: () => number,
  layers: ReturnType<typeof makeSample>,
  targets: readonly Feature[],
): number {
  const zones = incidentZones(p, {
    ...(SCENARIOS[i % SCENARIOS.length] as IncidentOptions),
    windFromDeg: rand() * 360,
  });
  const affected = affectedInZones(zones, { targets, hazards: layers.hazards, parks: layers.parks });
  nearestResponders(p, layers.stations, { k: 5, speciality: '危化' });
  return affected.union.targets.count;
}

function timeIncidents(
  runs: number,
  rand: () => number,
  layers: ReturnType<typeof makeSample>,
  targets: readonly Feature[],
): { medianMs: number; maxMs: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const p = randomPoint(rand);
    const t0 = performance.now();
    hits += runIncident(p, i, rand, layers, targets);
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), hits };
}

/**
 * Incident-mode timing: zones + affected + responders on a 岳阳-sized synthetic set (500 targets, 60 hazard sources,
 * 8 parks, 30 stations), then on a large target set (index built once, timed separately, then per incident).
 * Target: < 100 ms per incident on the sample.
 */
export async function incidentBench(options: IncidentBenchOptions = {}): Promise<IncidentBenchRow[]> {
  const bigN = options.bigTargets ?? 1_000_000;
  const runs = options.runs ?? 50;
  const rand = mulberry32(2020);
  const sample = makeSample(rand);
  const rows: IncidentBenchRow[] = [];

  // First incident includes building the kdbush indexes of the sample's layers.
  const t0 = performance.now();
  runIncident(randomPoint(rand), 0, rand, sample, sample.targets);
  const first = performance.now() - t0;
  rows.push({ what: 'sample: first incident (builds indexes)', value: round(first), unit: 'ms' });
  const s = timeIncidents(runs, rand, sample, sample.targets);
  rows.push({
    what: `sample (500 targets, 30 stations): incident analysis, median of ${runs}`,
    value: round(s.medianMs),
    unit: 'ms',
    target: '< 100 ms',
    pass: s.medianMs < 100,
  });
  rows.push({
    what: 'sample: incident analysis, slowest',
    value: round(s.maxMs),
    unit: 'ms',
    target: '< 100 ms',
    pass: s.maxMs < 100,
  });

  const genStart = performance.now();
  const big = makeTargets(bigN, rand);
  rows.push({
    what: `${bigN.toLocaleString('en-US')} targets: generate features`,
    value: round(performance.now() - genStart, 0),
    unit: 'ms',
  });
  const idxStart = performance.now();
  pointIndexOf(big);
  rows.push({
    what: `${bigN.toLocaleString('en-US')} targets: build index (once)`,
    value: round(performance.now() - idxStart, 0),
    unit: 'ms',
  });
  const b = timeIncidents(Math.max(5, Math.round(runs / 2)), rand, sample, big);
  rows.push({
    what: `${bigN.toLocaleString('en-US')} targets: per incident, median`,
    value: round(b.medianMs),
    unit: 'ms',
  });
  rows.push({
    what: `${bigN.toLocaleString('en-US')} targets: per incident, slowest`,
    value: round(b.maxMs),
    unit: 'ms',
  });
  rows.push({
    what: `${bigN.toLocaleString('en-US')} targets: affected targets per incident, mean`,
    value: round(b.hits / Math.max(5, Math.round(runs / 2)), 0),
    unit: 'targets',
  });
  return rows;
}

function printTable(rows: readonly IncidentBenchRow[]): void {
  const lines = ['| what | value | unit | target | result |', '|---|---:|---|---|---|'];
  for (const r of rows) {
    const result = r.pass === undefined ? '—' : r.pass ? 'pass' : 'FAIL';
    lines.push(`| ${r.what} | ${r.value} | ${r.unit} | ${r.target ?? '—'} | ${result} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  incidentBench().then(printTable, (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
