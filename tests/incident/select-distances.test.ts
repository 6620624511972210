import { describe, expect, it } from 'vitest';
import { type ErgScenario, type ErgSubstance, lookupErgSubstance, selectErgDistances } from '../../src/domain/erg';

const sub = (text: string): ErgSubstance => {
  const s = lookupErgSubstance(text);
  if (!s) throw new Error(`no ${text}`);
  return s;
};
const metres = (text: string, sc: ErgScenario) =>
  selectErgDistances(sub(text), sc).zones.map((z) => [z.zone, z.shape, z.meters, z.plus]);

describe('selectErgDistances — Table 1', () => {
  it('reads small/large × day/night cells', () => {
    expect(metres('硫化氢', { spill: 'small', time: 'day' })).toEqual([
      ['isolation', 'circle', 30, false],
      ['protective-action', 'square', 100, false],
    ]);
    expect(metres('硫化氢', { spill: 'large', time: 'night' })).toEqual([
      ['isolation', 'circle', 400, false],
      ['protective-action', 'square', 6300, false],
    ]);
    expect(metres('异氰酸甲酯', { spill: 'large', time: 'day' })).toEqual([
      ['isolation', 'circle', 1000, false],
      ['protective-action', 'square', 11000, true],
    ]);
  });

  it('doubles both distances in the worst case (ERG2020 p. 286)', () => {
    expect(metres('光气', { spill: 'large', time: 'night', worstCase: true })).toEqual([
      ['isolation', 'circle', 1000, false],
      ['protective-action', 'square', 18400, false],
    ]);
  });

  it('uses the larger of land and water rows when the medium is unknown, the matching one when known', () => {
    expect(metres('三氯化磷', { spill: 'large', time: 'night' })[1]?.[2]).toBe(2400); // water 2.4 > land 2.1
    expect(metres('三氯化磷', { spill: 'large', time: 'night', spilledIn: 'land' })[1]?.[2]).toBe(2100);
    expect(metres('三氯化磷', { spill: 'large', time: 'day', spilledIn: 'land' })[1]?.[2]).toBe(1000);
  });

  it('falls back to the orange guide for a water-only material spilled on land', () => {
    const sel = selectErgDistances(sub('丙酮氰醇'), { spill: 'large', time: 'day', spilledIn: 'land' });
    expect(sel.zones.map((z) => [z.zone, z.meters])).toEqual([['isolation', 50]]); // guide 155, liquids 50 m
    expect(sel.notes.join()).toContain('155');
  });

  it('uses the guide fire distance for isolation when it is larger', () => {
    // chlorine guide 124: fire 800 m > Table 1 small isolation 60 m
    expect(metres('氯', { spill: 'small', time: 'day', fire: true })[0]?.[2]).toBe(800);
    // chlorine rail tank car: Table 3 isolation 1000 m > fire 800 m, kept
    expect(metres('氯', { spill: 'large', time: 'day', fire: true, container: 'railTankCar' })[0]?.[2]).toBe(1000);
  });
});

describe('selectErgDistances — Table 3', () => {
  it('picks container and wind class', () => {
    // chlorine highway tank, 3 m/s = 10.8 km/h → moderate: 600 m, day 3.4 km / night 5.0 km
    expect(metres('氯', { spill: 'large', time: 'day', container: 'highwayTank', windSpeedMs: 3 })).toEqual([
      ['isolation', 'circle', 600, false],
      ['protective-action', 'square', 3400, false],
    ]);
    expect(metres('氯', { spill: 'large', time: 'night', container: 'highwayTank', windSpeedMs: 8 })[1]?.[2]).toBe(
      4100,
    );
    expect(metres('液氨', { spill: 'large', time: 'night', container: 'railTankCar', windSpeedMs: 1 })[1]?.[2]).toBe(
      4500,
    );
  });

  it('takes the largest container and wind class when unknown, and says so', () => {
    const sel = selectErgDistances(sub('二氧化硫'), { spill: 'large', time: 'day' });
    expect(sel.zones.map((z) => [z.meters, z.plus])).toEqual([
      [1000, false],
      [11000, true],
    ]);
    expect(sel.notes.join('\n')).toMatch(/容器未知[\s\S]*风速未知/);
  });

  it('falls back to the largest container when the material has no row for the one asked', () => {
    // ammonia has no "multiple ton cylinders" row
    const sel = selectErgDistances(sub('液氨'), {
      spill: 'large',
      time: 'night',
      container: 'multipleTonCylinders',
      windSpeedMs: 1,
    });
    expect(sel.zones.map((z) => z.meters)).toEqual([300, 4500]);
    expect(sel.notes.join()).toContain('multipleTonCylinders');
  });
});

describe('selectErgDistances — orange guides', () => {
  it('gasoline (128): 50 m isolation, large spill 300 m downwind', () => {
    expect(metres('汽油', { spill: 'small', time: 'night' })).toEqual([['isolation', 'circle', 50, false]]);
    expect(metres('汽油', { spill: 'large', time: 'night' })).toEqual([
      ['isolation', 'circle', 50, false],
      ['evacuation', 'square', 300, false],
    ]);
  });

  it('LPG (115): 100 m, 800 m downwind; fire 1600 m', () => {
    expect(metres('液化石油气', { spill: 'large', time: 'day', fire: true })).toEqual([
      ['isolation', 'circle', 1600, false],
      ['evacuation', 'square', 800, false],
    ]);
  });

  it('methanol (131) has no large-spill number: isolation only, with a note', () => {
    const sel = selectErgDistances(sub('甲醇'), { spill: 'large', time: 'day' });
    expect(sel.zones.map((z) => [z.zone, z.meters])).toEqual([['isolation', 50]]);
    expect(sel.notes.join()).toContain('131');
  });

  it('explosives (112): large spill in all directions; solids use the solid isolation', () => {
    expect(metres('TNT', { spill: 'large', time: 'day' })).toEqual([
      ['isolation', 'circle', 500, false],
      ['evacuation', 'circle', 800, false],
    ]);
    expect(metres('电石', { spill: 'small', time: 'day' })).toEqual([['isolation', 'circle', 25, false]]);
  });
});
