import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { type DangerDates, isOverdueAt, monthEnd, monthSteps, stageAt } from '../../src/analysis/stats/danger-timeline';
import { AS_OF_STATE, OPENED_BY_AS_OF, OVERDUE_AT_AS_OF, STAGE_AT_AS_OF } from '../../src/layers/hidden-dangers';
import { DATA_VERSION, sampleLayer } from './sample-data';

const d = (stage: string, openedDate: string, dueDate: string | null, closedDate: string | null): DangerDates => ({
  stage,
  openedDate,
  dueDate,
  closedDate,
});

describe('hidden-danger timeline', () => {
  it('a danger is absent before it is found, open until closed, 核销 after', () => {
    const x = d('核销', '2025-03-01', '2025-05-01', '2025-06-10');
    expect(stageAt(x, '2025-02-28')).toBeNull();
    expect(stageAt(x, '2025-03-01')).toBe('治理');
    expect(stageAt(x, '2025-06-09')).toBe('治理');
    expect(stageAt(x, '2025-06-10')).toBe('核销');
    expect(stageAt(x, null)).toBe('核销');
  });

  it('overdue: open and past 整改期限 on the day; never without a day', () => {
    const x = d('治理', '2025-03-01', '2025-05-01', null);
    expect(isOverdueAt(x, '2025-05-01')).toBe(false);
    expect(isOverdueAt(x, '2025-05-02')).toBe(true);
    expect(isOverdueAt(x, null)).toBe(false);
    expect(isOverdueAt(d('核销', '2025-03-01', '2025-05-01', '2025-05-20'), '2025-06-01')).toBe(false);
    expect(isOverdueAt(d('核销', '2025-03-01', '2025-05-01', '2025-05-20'), '2025-05-10')).toBe(true);
    expect(isOverdueAt(d('登记', '2025-03-01', null, null), '2027-01-01')).toBe(false);
  });

  it('month steps run from the first month to the data version, which is the last step', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2025-12-01')).toBe('2025-12-31');
    const steps = monthSteps(['2025-03-15', '2025-01-04', '2026-02-01'], '2026-11-22');
    expect(steps[0]).toBe('2025-01-31');
    expect(steps.at(-1)).toBe('2026-11-22');
    expect(steps).toHaveLength(23);
    expect([...steps].sort()).toEqual(steps);
    expect(monthSteps([], '2026-11-22')).toEqual(['2026-11-22']);
  });

  it('the map’s replay expressions agree with these functions on every sample danger and month', () => {
    const dangers = sampleLayer('hidden-dangers');
    const steps = monthSteps(
      dangers.map((f) => String(f.properties?.openedDate)),
      DATA_VERSION,
    );
    const state: Record<string, unknown> = {};
    const stage = createExpression(STAGE_AT_AS_OF, 'layers[0].layout.text-field', null, state);
    if (stage.result !== 'success') throw new Error(JSON.stringify(stage.value));
    const opened = featureFilter(OPENED_BY_AS_OF, 'filter', state);
    const overdue = featureFilter(OVERDUE_AT_AS_OF, 'filter', state);
    for (const day of [...steps, null]) {
      state[AS_OF_STATE] = day;
      for (const f of dangers) {
        const p = f.properties as unknown as DangerDates;
        const feature = { type: 1, properties: f.properties ?? {} } as never;
        const js = stageAt(p, day);
        expect(opened.filter({ zoom: 10 }, feature), `${p.openedDate} ${day}`).toBe(js !== null);
        if (js !== null) expect(stage.value.evaluate({ zoom: 10 }, feature)).toBe(js);
        expect(overdue.filter({ zoom: 10 }, feature), `${f.properties?.id} ${day}`).toBe(isOverdueAt(p, day));
      }
    }
  });

  it('the sample has open, overdue and closed dangers on the data version day, and dates in 2025–2026', () => {
    const dangers = sampleLayer('hidden-dangers').map((f) => f.properties as unknown as DangerDates);
    expect(dangers.filter((x) => x.stage === '核销').length).toBeGreaterThan(40);
    expect(dangers.filter((x) => isOverdueAt(x, DATA_VERSION)).length).toBeGreaterThan(5);
    expect(dangers.filter((x) => x.stage !== '核销' && !isOverdueAt(x, DATA_VERSION)).length).toBeGreaterThan(5);
    for (const x of dangers) expect(x.openedDate).toMatch(/^202[56]-/);
  });
});
