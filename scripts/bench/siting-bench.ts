/**
 * Siting-engine bench: `npx tsx scripts/bench/siting-bench.ts` prints a table; `sitingBench()` returns the rows.
 *
 * 1. Siting check against 100,000 generated hazard sources (after the index is built), indexed engine
 *    (kdbush + conservative degree box + exact GeographicLib distances) beside the naive approach (a Turf circle
 *    per hazard zone + booleanPointInPolygon). Target < 20 ms per check (p95).
 * 2. Census of 10,000 hazards × 50,000 protected targets, indexed, beside the naive approach on a sample of hazards
 *    (circle + point-in-polygon against every target), extrapolated linearly to all hazards. Target < 2 s.
 * Data are generated (seeded) in a 1.9° × 1.5° box around 岳阳 — denser than a real province, i.e. harder.
 * Speed targets live here, never in tests: compare runs on one machine, not across machines.
 */

import { pathToFileURL } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import circle from '@turf/circle';
import type { Feature, Point, Position } from 'geojson';
import { buildFeatureIndex, checkSiting, protectiveDistanceCensus } from '../../src/analysis/siting';
import { applyScenario, rulesForHazard } from '../../src/domain/siting';
import { mulberry32 } from '../sample/prng';

export interface SitingBenchRow {
  what: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

export interface SitingBenchOptions {
  hazards?: number;
  sites?: number;
  naiveSites?: number;
  censusHazards?: number;
  censusTargets?: number;
  naiveSample?: number;
}

const TARGET_SITING_MS = 20;
const TARGET_CENSUS_MS = 2000;
// 岳阳市 roughly (the same city box as scripts/bench.ts)
const BOX = { minX: 112.3, minY: 28.4, maxX: 114.2, maxY: 29.9 };
const GRADES = ['一级', '二级', '二级', '三级', '三级', '三级', '四级', '四级', '四级', '四级'];
const CATEGORIES = [
  '居民区',
  '居民区',
  '居民区',
  '学校',
  '幼儿园',
  '医院',
  '养老院',
  '商场',
  '体育场馆',
  '办公楼',
  '工厂',
  '文物保护单位',
];
const CIRCLE_STEPS = 64;

type Rand = () => number;
const position = (r: Rand): Position => [
  BOX.minX + r() * (BOX.maxX - BOX.minX),
  BOX.minY + r() * (BOX.maxY - BOX.minY),
];

function hazards(n: number, r: Rand): Feature<Point>[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position(r) },
    properties: {
      id: `HS${i}`,
      name: `危险源${i}`,
      grade: GRADES[i % GRADES.length],
      chemicals: i % 7 === 0 ? '液化石油气:60' : i % 5 === 0 ? '甲醇:600' : '氯:12',
      status: '在役',
    },
  }));
}

function targets(n: number, r: Rand): Feature<Point>[] {
  return Array.from({ length: n }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length] as string;
    const people = Math.floor(r() ** 2 * 2000);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position(r) },
      properties: {
        id: `PT${i}`,
        name: `目标${i}`,
        category,
        people,
        dwellings: category === '居民区' ? Math.ceil(people / 3) : null,
      },
    };
  });
}

const now = () => performance.now();
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
};
const round = (x: number, d = 3) => Number(x.toFixed(d));

/** Naive siting: which hazards' zones contain the site, via a Turf circle polygon per zone. */
function naiveSiting(site: Position, hs: readonly Feature<Point>[], eff: ReturnType<typeof applyScenario>): number {
  let hits = 0;
  const pt = { type: 'Point' as const, coordinates: site };
  for (const h of hs) {
    const rules = rulesForHazard(eff.rules, 'hazard-sources', h.properties ?? {});
    for (const rule of rules) {
      const outer = circle(h.geometry.coordinates, rule.zones.outer / 1000, {
        steps: CIRCLE_STEPS,
        units: 'kilometers',
      });
      if (booleanPointInPolygon(pt, outer)) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/** Runs the bench; sizes default to the (100k hazards; 10k × 50k census). */
export async function sitingBench(opts: SitingBenchOptions = {}): Promise<SitingBenchRow[]> {
  const nHaz = opts.hazards ?? 100_000;
  const nSites = opts.sites ?? 500;
  const nNaiveSites = opts.naiveSites ?? 2;
  const nCensusHaz = opts.censusHazards ?? 10_000;
  const nCensusTargets = opts.censusTargets ?? 50_000;
  const nSample = Math.min(opts.naiveSample ?? 100, nCensusHaz);
  const rows: SitingBenchRow[] = [];
  const eff = applyScenario(null);
  const r = mulberry32(20261124);

  // ── 1. siting check ──
  const hs = hazards(nHaz, r);
  let t = now();
  const index = { 'hazard-sources': buildFeatureIndex(hs) };
  rows.push({ what: `index build, ${nHaz} hazard points (kdbush)`, value: round(now() - t, 1), unit: 'ms' });
  const sites = Array.from({ length: nSites }, () => position(r));
  // warm-up so the JIT has compiled the distance code, as in a long-running app
  for (const s of sites.slice(0, 20))
    checkSiting({
      site: { type: 'Point', coordinates: s },
      development: { category: '学校', people: 800 },
      hazards: index,
      effective: eff,
    });
  const times: number[] = [];
  let found = 0;
  for (const s of sites) {
    t = now();
    const rep = checkSiting({
      site: { type: 'Point', coordinates: s },
      development: { category: '学校', people: 800 },
      hazards: index,
      effective: eff,
    });
    times.push(now() - t);
    found += rep.hazards.length;
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p95 = pct(times, 0.95);
  rows.push({
    what: `siting check vs ${nHaz} hazards, indexed + exact geodesic: mean of ${nSites} sites`,
    value: round(mean),
    unit: 'ms',
  });
  rows.push({
    what: 'siting check, indexed: p95',
    value: round(p95),
    unit: 'ms',
    target: `< ${TARGET_SITING_MS}`,
    pass: p95 < TARGET_SITING_MS,
  });
  rows.push({
    what: 'siting check, indexed: hazards reported per site (mean)',
    value: round(found / nSites, 2),
    unit: 'hazards',
  });

  const naiveTimes: number[] = [];
  let naiveHits = 0;
  let exactHits = 0;
  for (const s of sites.slice(0, nNaiveSites)) {
    t = now();
    naiveHits += naiveSiting(s, hs, eff);
    naiveTimes.push(now() - t);
    exactHits += checkSiting({
      site: { type: 'Point', coordinates: s },
      development: { category: '学校', people: 800 },
      hazards: index,
      effective: eff,
    }).hazards.length;
  }
  const naiveMean = naiveTimes.reduce((a, b) => a + b, 0) / Math.max(1, naiveTimes.length);
  rows.push({
    what: `siting check, naive (Turf circle ${CIRCLE_STEPS} steps + booleanPointInPolygon per hazard), mean of ${naiveTimes.length} sites`,
    value: round(naiveMean, 1),
    unit: 'ms',
  });
  rows.push({ what: 'siting speed-up, naive / indexed (mean)', value: round(naiveMean / mean, 0), unit: '×' });
  rows.push({
    what: `siting: zone hits naive − exact on those ${naiveTimes.length} sites (circle polygon error)`,
    value: naiveHits - exactHits,
    unit: 'hazards',
  });

  // ── 2. census ──
  const ch = hs.slice(0, nCensusHaz);
  const ts = targets(nCensusTargets, r);
  // warm-up on a slice, then the timed full run (index build included)
  protectiveDistanceCensus({
    hazards: { 'hazard-sources': ch.slice(0, 200) },
    targets: ts.slice(0, 2000),
    effective: eff,
  });
  t = now();
  const census = protectiveDistanceCensus({ hazards: { 'hazard-sources': ch }, targets: ts, effective: eff });
  const censusMs = now() - t;
  rows.push({
    what: `census ${nCensusHaz} hazards × ${nCensusTargets} targets, indexed (incl. target index build)`,
    value: round(censusMs, 0),
    unit: 'ms',
    target: `< ${TARGET_CENSUS_MS}`,
    pass: censusMs < TARGET_CENSUS_MS,
  });
  rows.push({ what: 'census: exact distance computations', value: census.summary.pairsMeasured, unit: 'pairs' });
  rows.push({ what: 'census: violating pairs (不建议 + 有条件)', value: census.summary.violations, unit: 'pairs' });

  // naive: circle + point-in-polygon of every target, for a sample of hazards, then × (hazards / sample)
  const sample = ch.slice(0, nSample);
  t = now();
  let naiveInside = 0;
  for (const h of sample) {
    const rules = rulesForHazard(eff.rules, 'hazard-sources', h.properties ?? {});
    const reach = Math.max(...rules.map((x) => x.zones.outer));
    const zone = circle(h.geometry.coordinates, reach / 1000, { steps: CIRCLE_STEPS, units: 'kilometers' });
    for (const f of ts) if (booleanPointInPolygon(f.geometry, zone)) naiveInside++;
  }
  const sampleMs = now() - t;
  const naiveCensusMs = (sampleMs * nCensusHaz) / Math.max(1, nSample);
  rows.push({
    what: `census, naive (Turf circle + booleanPointInPolygon × ${nCensusTargets} targets): ${nSample} hazards timed, extrapolated × ${nCensusHaz / Math.max(1, nSample)}`,
    value: round(naiveCensusMs, 0),
    unit: 'ms (extrapolated)',
  });
  rows.push({
    what: 'census speed-up, naive (extrapolated) / indexed',
    value: round(naiveCensusMs / censusMs, 0),
    unit: '×',
  });
  rows.push({ what: `census, naive: targets inside the sample's outer circles`, value: naiveInside, unit: 'pairs' });
  return rows;
}

/** Plain-text table for the stand-alone run. */
export function sitingBenchTable(rows: readonly SitingBenchRow[]): string {
  const lines = ['| what | value | unit | target | result |', '|---|---:|---|---|---|'];
  for (const r of rows) {
    const result = r.pass === undefined ? '—' : r.pass ? 'pass' : 'FAIL';
    lines.push(`| ${r.what} | ${r.value} | ${r.unit} | ${r.target ?? '—'} | ${result} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await sitingBench();
  process.stdout.write(`${sitingBenchTable(rows)}\n`);
}
