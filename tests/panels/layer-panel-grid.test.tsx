// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type AggregateLoad, resetAggregates, useAggregateStore } from '../../src/data/aggregates';
import { LayerPanel } from '../../src/panels/layer-panel';
import type { BBox } from '../../src/state/store';
import { useAppStore } from '../../src/state/store';
import { bruteForceGridCounts, hazardAggregates } from '../national/aggregate-view-fixture';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

/**
 * The layer panel at aggregate zoom (national data below zoom 9): the hazard sources have no features loaded, the
 * map draws grid cells, and the panel's total and chips count the cells whose centre is in view.
 */
const { loads } = hazardAggregates(20_000, 9);
const coarse = loads.find((l) => l.level?.cellDeg === 1) as AggregateLoad;

const chip = (value: string, layer = 'hazard-sources') => screen.getByTestId(`facet-chip-${layer}-${value}`);
const count = (el: HTMLElement) => Number(el.querySelector('.chip-count')?.textContent?.replaceAll(',', ''));
const total = () =>
  Number(document.querySelector('[data-layer="hazard-sources"] .layer-total')?.textContent?.replace(/[^\d]/g, ''));

function showGrid(load: AggregateLoad, bounds: BBox, zoom = 5) {
  act(() => {
    useAggregateStore.setState({ 'hazard-sources': load });
    useAppStore
      .getState()
      .setView({ lon: (bounds[0] + bounds[2]) / 2, lat: (bounds[1] + bounds[3]) / 2, zoom }, bounds);
  });
}

const rectOf = ([minX, minY, maxX, maxY]: BBox) => ({ minX, minY, maxX, maxY });

beforeEach(() => {
  resetAggregates();
  // at aggregate zoom the layer store holds no hazard features (src/data/layer-store.ts loadAggregateView)
  state.layers['hazard-sources'] = { status: 'ready', features: [], invalid: 0, invalidList: [], mode: 'bbox' };
});

describe('LayerPanel at aggregate zoom', () => {
  it('chips and total show the grid totals in view, equal to a brute-force count over the cells', () => {
    render(<LayerPanel />);
    const view: BBox = [108.3, 24.7, 121.9, 33.2]; // central and eastern China at zoom 5
    showGrid(coarse, view);
    const want = bruteForceGridCounts(coarse, rectOf(view));
    expect(want.total).toBeGreaterThan(1000);
    for (const v of ['red', 'orange', 'yellow', 'blue']) expect(count(chip(v)), v).toBe(want.byFacet[v]);
    expect(total()).toBe(want.total);
    // labelled as approximate grid totals, and the total carries ≈ and grouped digits
    expect(screen.getByTestId('layer-grid-note-hazard-sources').textContent).toBe('≈ 视野内（网格汇总）');
    expect(document.querySelector('[data-layer="hazard-sources"] .layer-total')?.textContent).toMatch(
      /^≈ \d{1,3}(,\d{3})+ 个$/,
    );
    // layers without aggregates keep counting their features
    expect(screen.queryByTestId('layer-grid-note-fire-stations')).toBeNull();
    expect(count(chip('现有', 'fire-stations'))).toBe(3);
  });

  it('follows the view: a pan recounts, a finer level counts its own cells', () => {
    render(<LayerPanel />);
    const west: BBox = [97.1, 28.2, 105.6, 33.5];
    showGrid(coarse, west);
    expect(count(chip('blue'))).toBe(bruteForceGridCounts(coarse, rectOf(west)).byFacet.blue);
    const fine = loads.find((l) => l.level?.cellDeg === 0.25) as AggregateLoad;
    const city: BBox = [112.6, 27.9, 114.3, 28.9];
    showGrid(fine, city, 7);
    const want = bruteForceGridCounts(fine, rectOf(city));
    for (const v of ['red', 'orange', 'yellow', 'blue']) expect(count(chip(v)), v).toBe(want.byFacet[v]);
  });

  it('a chip still toggles its value (map cells and features) and keeps its count', async () => {
    const user = userEvent.setup();
    render(<LayerPanel />);
    const view: BBox = [108.3, 24.7, 121.9, 33.2];
    showGrid(coarse, view);
    const red = chip('red');
    const n = count(red);
    await user.click(red);
    expect(useAppStore.getState().hiddenValues['hazard-sources']).toEqual(['red']);
    expect(red.getAttribute('aria-pressed')).toBe('false');
    expect(count(red)).toBe(n);
    await user.click(red);
    expect(useAppStore.getState().hiddenValues['hazard-sources']).toEqual([]);
    expect(red.getAttribute('aria-pressed')).toBe('true');
  });

  it('says so in English, and says the grid ignores a county drill-down', () => {
    act(() => useAppStore.getState().setLang('en'));
    render(<LayerPanel />);
    showGrid(coarse, [108.3, 24.7, 121.9, 33.2]);
    expect(screen.getByTestId('layer-grid-note-hazard-sources').textContent).toBe('≈ in view (grid totals)');
    expect(chip('red').getAttribute('title')).toMatch(/^Major risk: about [\d,]+ in view \(grid totals, approximate\)/);
    act(() => useAppStore.getState().setCounty('430602'));
    expect(screen.getByTestId('layer-grid-note-hazard-sources').textContent).toBe(
      '≈ in view (grid totals), not filtered by county',
    );
  });

  it('back at city zoom (cells gone) the chips count features again', () => {
    render(<LayerPanel />);
    showGrid(coarse, [108.3, 24.7, 121.9, 33.2]);
    act(() => resetAggregates());
    expect(screen.queryByTestId('layer-grid-note-hazard-sources')).toBeNull();
    expect(count(chip('red'))).toBe(0);
    expect(total()).toBe(0);
  });
});
