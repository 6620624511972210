// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusBar } from '../../src/app/status-bar';
import { type AggregateLoad, resetAggregates, useAggregateStore } from '../../src/data/aggregates';
import type { BBox } from '../../src/state/store';
import { useAppStore } from '../../src/state/store';
import { bruteForceGridCounts, hazardAggregates } from '../national/aggregate-view-fixture';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

/**
 * 图面要素 at aggregate zoom (national data below zoom 9): the hazard sources have no features loaded and the map
 * draws their grid cells, so the status bar adds the grid totals in view (as the layer panel counts them) to the
 * features of the other layers, marked ≈.
 */
const { loads } = hazardAggregates(20_000, 9);
const coarse = loads.find((l) => l.level?.cellDeg === 1) as AggregateLoad;
const view: BBox = [108.3, 24.7, 121.9, 33.2]; // central and eastern China at zoom 5, 岳阳 included
const rect = { minX: view[0], minY: view[1], maxX: view[2], maxY: view[3] };

const inView = () => screen.getByTestId('in-view');
const number = () => Number(inView().textContent?.replace(/[^\d]/g, ''));

function setView(bounds: BBox, zoom = 5) {
  act(() =>
    useAppStore
      .getState()
      .setView({ lon: (bounds[0] + bounds[2]) / 2, lat: (bounds[1] + bounds[3]) / 2, zoom }, bounds),
  );
}
const showGrid = (load: AggregateLoad) => act(() => useAggregateStore.setState({ 'hazard-sources': load }));

beforeEach(() => {
  resetAggregates();
  // at aggregate zoom the layer store holds no hazard features (src/data/layer-store.ts loadAggregateView)
  state.layers['hazard-sources'] = { status: 'ready', features: [], invalid: 0, invalidList: [], mode: 'bbox' };
});

describe('StatusBar 图面要素 at aggregate zoom', () => {
  it('adds the grid totals in view to the other layers’ features, marked ≈ with grouped digits', () => {
    render(<StatusBar />);
    setView(view);
    // features only: the other layers' fixture features in view, an exact count
    expect(inView().textContent).toMatch(/^图面要素 \d+$/);
    const others = number();
    expect(others).toBeGreaterThan(0);
    showGrid(coarse);
    const grid = bruteForceGridCounts(coarse, rect);
    expect(grid.total).toBeGreaterThan(1000);
    expect(inView().textContent).toMatch(/^图面要素 ≈ \d{1,3}(,\d{3})+$/);
    expect(number()).toBe(others + grid.total);
    expect(inView().getAttribute('title')).toMatch(/网格汇总/);
  });

  it('follows the map: hidden chips and a hidden layer leave the count, as their cells leave the map', () => {
    render(<StatusBar />);
    setView(view);
    const others = number();
    showGrid(coarse);
    const grid = bruteForceGridCounts(coarse, rect);
    act(() => useAppStore.getState().toggleValue('hazard-sources', 'red'));
    expect(number()).toBe(others + grid.total - (grid.byFacet.red ?? 0));
    act(() => useAppStore.getState().setLayerVisible('hazard-sources', false));
    // no grid layer shown any more: the count is exact again
    expect(inView().textContent).toBe(`图面要素 ${others}`);
  });

  it('a pan recounts the cells in view', () => {
    render(<StatusBar />);
    showGrid(coarse);
    const west: BBox = [97.1, 28.2, 105.6, 33.5]; // no fixture features here: the grid alone
    setView(west);
    const want = bruteForceGridCounts(coarse, { minX: west[0], minY: west[1], maxX: west[2], maxY: west[3] });
    expect(want.total).toBeGreaterThan(0);
    expect(number()).toBe(want.total);
  });

  it('says so in English, and back at city zoom (cells gone) counts features exactly again', () => {
    act(() => useAppStore.getState().setLang('en'));
    render(<StatusBar />);
    setView(view);
    const others = number();
    showGrid(coarse);
    expect(inView().textContent).toMatch(/^Features in view ≈ \d{1,3}(,\d{3})+$/);
    expect(inView().getAttribute('title')).toMatch(/grid totals/);
    act(() => resetAggregates());
    expect(inView().textContent).toBe(`Features in view ${others}`);
    expect(inView().getAttribute('title')).toBeNull();
  });
});
