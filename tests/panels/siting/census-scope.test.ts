import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerLoad } from '../../../src/data/layer-store';
import { censusHazards, censusScope, censusTargets } from '../../../src/panels/siting/census-scope';

const load = (mode: 'whole' | 'bbox'): LayerLoad => ({
  status: 'ready',
  features: [],
  invalid: 0,
  invalidList: [],
  mode,
});
const pt = (id: string, x: number, y: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties: { id },
});
const VIEW: [number, number, number, number] = [113, 29, 113.2, 29.2];

describe('censusScope', () => {
  it('data read whole: the loaded data, whatever the view', () => {
    const s = censusScope({ 'hazard-sources': load('whole') }, load('whole'), VIEW, 2000, () => null);
    expect(s).toEqual({ kind: 'loaded' });
  });

  it('streamed: the view, with the targets box grown by the reach (2 km ≈ 0.018° of latitude)', () => {
    const s = censusScope({ 'hazard-sources': load('bbox') }, load('bbox'), VIEW, 2000, () => [112, 28, 114, 30]);
    expect(s.kind).toBe('view');
    if (s.kind !== 'view') return;
    expect(s.view).toEqual(VIEW);
    expect(s.targetsBox[1]).toBeCloseTo(29 - 2000 / 110_574, 3);
    expect(s.targetsBox[2]).toBeGreaterThan(113.2 + 0.02);
  });

  it('streamed: grid cells ask to zoom in; a view beyond the area read, or none yet, is still reading', () => {
    const loads = { 'hazard-sources': load('bbox'), 'tailings-ponds': load('whole') };
    expect(censusScope(loads, load('whole'), VIEW, 2000, () => null).kind).toBe('zoomIn');
    expect(censusScope(loads, load('whole'), VIEW, 2000, () => [113, 29, 113.1, 29.1]).kind).toBe('reading');
    expect(censusScope(loads, load('whole'), null, 2000, () => [112, 28, 114, 30]).kind).toBe('reading');
    // streamed targets shown as grid cells: zoom in too (reading the reach around a country view would be huge)
    const targetsGrid = (l: string) => (l === 'protected-targets' ? null : [112, 28, 114, 30]);
    expect(censusScope(loads, load('bbox'), VIEW, 2000, targetsGrid as never).kind).toBe('zoomIn');
  });

  it('hazards in the view and targets in the reach are kept; the loaded scope keeps everything', () => {
    const view = censusScope({ 'hazard-sources': load('bbox') }, load('bbox'), VIEW, 2000, () => [112, 28, 114, 30]);
    const hazards = { 'hazard-sources': [pt('in', 113.1, 29.1), pt('edge', 113.2, 29.2), pt('out', 113.21, 29.1)] };
    expect(censusHazards(hazards, view)['hazard-sources']?.map((f) => f.properties?.id)).toEqual(['in', 'edge']);
    const targets = [pt('near', 113.21, 29.1), pt('far', 113.3, 29.1)];
    expect(censusTargets(targets, view).map((f) => f.properties?.id)).toEqual(['near']);
    expect(censusHazards(hazards, { kind: 'loaded' })).toBe(hazards);
    expect(censusTargets(targets, { kind: 'loaded' })).toBe(targets);
  });
});
