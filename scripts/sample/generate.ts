import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { badLedgers } from './bad-ledgers';
import { boundariesGeoJson } from './boundaries';
import { gb18030, utf8, utf8Bom } from './csv';
import { fireStationsCsv, generateFireStations } from './fire-stations';
import { loadCounties } from './geo';
import { generateHazardSources, hazardSourcesCsv } from './hazard-sources';
import { generateHiddenDangers, hiddenDangersCsv } from './hidden-dangers';
import { generateParks, parksGeoJson } from './parks';
import { createRng } from './prng';
import { generateProtectedTargets, protectedTargetsCsv } from './protected-targets';
import { generateTailingsPonds, tailingsPondsCsv } from './tailings-ponds';

export const DEFAULT_SEED = 20161; // 2016: first year of the 十三五 plan in seed 003

/** All 岳阳 ledgers as bytes, keyed by file name. Pure: same seed → same bytes. */
export function generateSample(seed = DEFAULT_SEED): Record<string, Uint8Array> {
  const counties = loadCounties();
  // One stream per layer (and parks first, since hazards and targets are placed relative to them).
  const parks = generateParks(createRng(seed, 'chemical-parks'), counties);
  const hazards = generateHazardSources(createRng(seed, 'hazard-sources'), parks, counties);
  const ponds = generateTailingsPonds(createRng(seed, 'tailings-ponds'), counties);
  const stations = generateFireStations(createRng(seed, 'fire-stations'), counties);
  const targets = generateProtectedTargets(createRng(seed, 'protected-targets'), counties, parks);
  // Added later, each on its own stream, so the layers above are byte-for-byte what they were.
  const dangers = generateHiddenDangers(createRng(seed, 'hidden-dangers'), counties, hazards, ponds);
  return {
    'hazard-sources.csv': utf8Bom(hazardSourcesCsv(hazards)),
    // GB18030 without BOM: what Excel writes on a Chinese-locale PC; the build has to detect it.
    'tailings-ponds.csv': gb18030(tailingsPondsCsv(ponds)),
    'chemical-parks.geojson': utf8(parksGeoJson(parks)),
    'fire-stations.csv': utf8Bom(fireStationsCsv(stations)),
    'protected-targets.csv': utf8Bom(protectedTargetsCsv(targets)),
    'hidden-dangers.csv': utf8Bom(hiddenDangersCsv(dangers)),
    // approximate county areas (示意): Voronoi of the county seats clipped to a rough city outline
    'boundaries.geojson': utf8(boundariesGeoJson(createRng(seed, 'boundaries'), counties)),
  };
}

export { badLedgers };

/** Replaces the directory's generated files (stale ledgers from an older run would be built too). */
export function writeFiles(dir: string, files: Record<string, Uint8Array>): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (/\.(csv|geojson|xlsx)$/.test(name) || name === 'EXPECTED.md') rmSync(join(dir, name));
  }
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
}
