import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { buildFeatureIndex, checkSiting, type SitingReport } from '../../src/analysis/siting';
import type { Development, SitingScenario } from '../../src/domain/siting';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'siting');

/** A golden input: hazards by layer, the site, the development and what it must produce. */
export interface GoldenCase {
  name: string;
  note: string;
  development: Development;
  scenario: SitingScenario | null;
  expect: { verdict: string; level: number; zone?: string; ruleId?: string; hazards?: number; adjusted?: boolean };
  site: Geometry;
  layers: Record<string, Feature[]>;
}

export function loadCases(): GoldenCase[] {
  const dir = join(FIXTURES, 'in');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => {
      const fc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection & Record<string, unknown>;
      const layers: Record<string, Feature[]> = {};
      let site: Geometry | null = null;
      for (const feature of fc.features) {
        const { role, layer, ...props } = feature.properties ?? {};
        if (role === 'site') site = feature.geometry;
        else {
          const list = layers[layer as string] ?? [];
          list.push({ ...feature, properties: props });
          layers[layer as string] = list;
        }
      }
      if (!site) throw new Error(`${f}: no site`);
      return {
        name: f.replace(/\.geojson$/, ''),
        note: fc.note as string,
        development: fc.development as Development,
        scenario: (fc.scenario as SitingScenario | undefined) ?? null,
        expect: fc.expect as GoldenCase['expect'],
        site,
        layers,
      };
    });
}

export function runCase(c: GoldenCase): SitingReport {
  const hazards = Object.fromEntries(Object.entries(c.layers).map(([k, v]) => [k, buildFeatureIndex(v)]));
  return checkSiting({ site: c.site, development: c.development, hazards, scenario: c.scenario });
}
