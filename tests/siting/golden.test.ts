import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION_MATRIX, SENSITIVITY_LEVELS, ZONES } from '../../src/domain/siting';
import { FIXTURES, loadCases, runCase } from './golden-case';

const REGEN = process.env.REGEN === '1';
const cases = loadCases();
const OUT = join(FIXTURES, 'out');

describe('siting golden fixtures (REGEN=1 rewrites out/)', () => {
  it('has inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.note}`, () => {
      const report = runCase(c);
      // What the case states it must produce, independent of the stored output.
      expect(report.verdict).toBe(c.expect.verdict);
      expect(report.development.level).toBe(c.expect.level);
      if (c.expect.hazards !== undefined) expect(report.hazards).toHaveLength(c.expect.hazards);
      if (c.expect.zone) expect(report.hazards[0]?.zone).toBe(c.expect.zone);
      if (c.expect.ruleId) expect(report.hazards[0]?.ruleId).toBe(c.expect.ruleId);
      expect(report.adjusted).toBe(c.expect.adjusted ?? false);

      const file = join(OUT, `${c.name}.json`);
      const text = `${JSON.stringify(report, null, 2)}\n`;
      if (REGEN || !existsSync(file)) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(file, text);
      }
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }

  it('covers every decision-matrix cell at least once', () => {
    const seen = new Set<string>();
    for (const c of cases) {
      const r = runCase(c);
      const zone = r.hazards[0]?.zone ?? 'outside';
      if (!r.hazards[0] || r.hazards[0].contributions[0]?.ruleId.startsWith('hs-grade')) {
        seen.add(`${r.development.level}:${zone}:${r.verdict}`);
      }
    }
    for (const level of SENSITIVITY_LEVELS) {
      for (const zone of ZONES)
        expect(seen, `${level}:${zone}`).toContain(`${level}:${zone}:${DECISION_MATRIX[level][zone]}`);
    }
  });
});
