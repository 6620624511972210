import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { buildPublicData } from '../../scripts/public/public-data';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import {
  type Gazetteer,
  PUBLIC_LAYERS,
  PUBLIC_RISK_LAYERS,
  type PublicLayer,
  type PublicManifest,
} from '../../src/public/contract';
import { parseFacilities, parseRiskFeatures } from '../../src/public/data/parse-public-features';
import type { Facility, RiskSite } from '../../src/public/near-me/risk-site';

export interface PublicFixture {
  dir: string;
  manifest: PublicManifest;
  gazetteer: Gazetteer;
  raw: Record<PublicLayer, Feature[]>;
  sites: RiskSite[];
  fireStations: Facility[];
  shelters: Facility[];
  cleanup(): void;
}

/** The public data of the 岳阳 sample, built into a temp folder and read back exactly as the app reads it. */
export async function buildPublicFixture(precisionM = 1000): Promise<PublicFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'riskatlas-public-data-'));
  const root = process.cwd();
  const manifest = await buildPublicData({
    inDir: join(root, 'data', 'sample', 'yueyang'),
    outDir: join(dir, 'data'),
    precisionM,
    countySeatsPath: join(root, 'data', 'places', 'yueyang-county-seats.json'),
  });
  const raw = Object.fromEntries(
    PUBLIC_LAYERS.map((l) => [l, readFgbBytes(new Uint8Array(readFileSync(join(dir, 'data', `${l}.fgb`))))]),
  ) as Record<PublicLayer, Feature[]>;
  const gazetteer = JSON.parse(readFileSync(join(dir, 'data', 'gazetteer.json'), 'utf8')) as Gazetteer;
  return {
    dir,
    manifest,
    gazetteer,
    raw,
    sites: PUBLIC_RISK_LAYERS.flatMap((l) => parseRiskFeatures(l, raw[l]).sites),
    fireStations: parseFacilities('type', raw['fire-stations']).facilities,
    shelters: parseFacilities('kind', raw.shelters).facilities,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
