import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type IncidentOptions, incidentZones, type ZoneCollection } from '../../src/analysis/incident';

// Golden zone geometry: inputs in fixtures/incident/in, expected output in fixtures/incident/out.
// `REGEN=1 npx vitest run tests/incident/zone-golden.test.ts` rewrites the expected files; review the diff.
const DIR = join(__dirname, '../fixtures/incident');
const REGEN = process.env.REGEN === '1';

interface Scenario {
  name: string;
  point: Position;
  options: IncidentOptions;
}

const scenarios = JSON.parse(readFileSync(join(DIR, 'in/zone-scenarios.json'), 'utf8')) as Scenario[];

// 1e-7° ≈ 1 cm: finer than anything the map can show, coarse enough to be stable across platforms.
const round = (x: number) => Math.round(x * 1e7) / 1e7;

function rounded(fcz: ZoneCollection): unknown {
  return {
    type: fcz.type,
    notes: fcz.notes,
    features: fcz.features.map((f) => ({
      type: f.type,
      properties: f.properties,
      geometry: {
        type: f.geometry.type,
        coordinates: f.geometry.coordinates.map((ring) => ring.map((p) => p.map(round))),
      },
    })),
  };
}

describe('golden zone geometry (wind from 0°, 90°, 225°; small/large; day/night)', () => {
  it('has the scenarios the brief asks for', () => {
    for (const wind of [0, 90, 225])
      for (const spill of ['small', 'large'])
        for (const time of ['day', 'night'])
          expect(
            scenarios.some(
              (s) => s.options.windFromDeg === wind && s.options.spill === spill && s.options.time === time,
            ),
          ).toBe(true);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const got = rounded(incidentZones(s.point, s.options));
    const file = join(DIR, 'out', `${name}.geojson`);
    if (REGEN || !existsSync(file)) {
      if (!REGEN) throw new Error(`missing ${file}: run with REGEN=1 to create it`);
      writeFileSync(file, `${JSON.stringify(got)}\n`);
    }
    expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
