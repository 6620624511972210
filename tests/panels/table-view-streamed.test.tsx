// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type AggregateLoad, resetAggregates, useAggregateStore } from '../../src/data/aggregates';
import { TableView } from '../../src/panels/table/table-view';
import { useStatsStore } from '../../src/state/stats-store';
import { useAppStore } from '../../src/state/store';
import { hazardAggregates } from '../national/aggregate-view-fixture';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

/**
 * 一张表 on data read by the view (the national data): the layer holds the view plus a margin read around it, and
 * the table lists those in view, as the layer panel counts them; at grid zoom it says why it lists nothing.
 */
beforeEach(() => {
  resetAggregates();
  useStatsStore.getState().setTableLayer('hazard-sources');
});

describe('TableView on streamed data', () => {
  it('lists the features in view, not the margin, and says so; data read whole keeps every row', () => {
    // whole: the five fixture hazards, wherever the view is
    useAppStore.setState({ bounds: [113.2, 29.4, 113.4, 29.55] });
    const { unmount } = render(<TableView />);
    expect(screen.getByTestId('table-count').textContent).toBe('显示 5 / 5 行');
    unmount();
    // streamed: only HS-001 (云溪, 113.27 29.47) is in this view; HS-002 (临湘, 113.45) was read with the margin
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], mode: 'bbox' };
    render(<TableView />);
    expect(screen.getByTestId('table-count').textContent).toBe('视野内：显示 1 / 1 行');
    act(() => useAppStore.setState({ bounds: [113.2, 29.4, 113.5, 29.55] }));
    expect(screen.getByTestId('table-count').textContent).toBe('视野内：显示 2 / 2 行');
    expect(screen.queryByTestId('table-grid-note')).toBeNull();
  });

  it('at grid zoom: no rows, and a note that says to zoom in', () => {
    const { loads } = hazardAggregates(6_000, 3);
    state.layers['hazard-sources'] = { status: 'ready', features: [], invalid: 0, invalidList: [], mode: 'bbox' };
    useAppStore.setState({ bounds: [100, 20, 120, 40] });
    act(() => useAggregateStore.setState({ 'hazard-sources': loads[0] as AggregateLoad }));
    render(<TableView />);
    expect(screen.getByTestId('table-count').textContent).toBe('视野内：显示 0 / 0 行');
    expect(screen.getByTestId('table-grid-note').textContent).toContain('放大到城市视图');
  });
});
