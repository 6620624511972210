// @vitest-environment jsdom

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Feature } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { FeatureList, LIST_CAP } from '../../src/panels/feature-list';
import { useAppStore } from '../../src/state/store';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

const items = () =>
  screen.queryAllByTestId('feature-list-item').map((el) => ({
    layer: el.getAttribute('data-layer'),
    id: el.getAttribute('data-id'),
    facet: el.getAttribute('data-facet'),
  }));

describe('FeatureList', () => {
  it('lists every feature of the visible layers with layer, id and facet, most severe first', () => {
    render(<FeatureList />);
    const list = items();
    expect(list).toHaveLength(5 + 1 + 1 + 4 + 4);
    expect(list.slice(0, 5)).toEqual([
      { layer: 'hazard-sources', id: 'HS-001', facet: 'red' },
      { layer: 'hazard-sources', id: 'HS-002', facet: 'orange' },
      // same level: by name (华容 before 汨罗 in Chinese collation)
      { layer: 'hazard-sources', id: 'HS-003', facet: 'yellow' },
      { layer: 'hazard-sources', id: 'HS-004', facet: 'yellow' },
      { layer: 'hazard-sources', id: 'HS-005', facet: 'blue' },
    ]);
    expect(screen.getAllByTestId('feature-list-item')[0]?.textContent).toContain('云溪氯碱装置一级 · 重大风险');
  });

  it('follows layers, chips and bounds', () => {
    render(<FeatureList />);
    act(() => {
      const s = useAppStore.getState();
      s.setLayerVisible('protected-targets', false);
      s.toggleValue('fire-stations', '规划');
      s.toggleValue('hazard-sources', 'yellow');
    });
    const list = items();
    expect(list.some((i) => i.layer === 'protected-targets')).toBe(false);
    expect(list.some((i) => i.facet === '规划' || i.facet === 'yellow')).toBe(false);
    act(() => useAppStore.getState().setView({ lon: 113.3, lat: 29.47, zoom: 12 }, [113.2, 29.4, 113.35, 29.5]));
    expect(items().map((i) => i.id)).toEqual(['HS-001', 'CP-001', 'FS-001']);
  });

  it('clicking an item selects the feature', async () => {
    const user = userEvent.setup();
    render(<FeatureList />);
    await user.click(screen.getAllByTestId('feature-list-item')[1] as HTMLElement);
    expect(useAppStore.getState().selected).toEqual({ layer: 'hazard-sources', id: 'HS-002' });
    expect(screen.getAllByTestId('feature-list-item')[1]?.getAttribute('aria-current')).toBe('true');
  });

  it(`shows the first ${LIST_CAP} and says how many more`, () => {
    const many: Feature[] = Array.from({ length: LIST_CAP + 37 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113 + i * 1e-4, 29.3] },
      properties: { id: `T-${i}`, name: `目标${i}`, targetClass: '重要' },
    }));
    state.layers['protected-targets'] = { ...state.layers['protected-targets'], features: many };
    render(<FeatureList />);
    expect(screen.getAllByTestId('feature-list-item')).toHaveLength(LIST_CAP);
    expect(screen.getByText(/还有 \d+ 条未显示/).textContent).toContain(
      `还有 ${5 + 1 + 1 + 4 + LIST_CAP + 37 - LIST_CAP} 条`,
    );
  });

  it('says what to do when nothing is in view', () => {
    useAppStore.getState().setView({ lon: 0, lat: 0, zoom: 10 }, [0, 0, 1, 1]);
    render(<FeatureList />);
    expect(screen.getByText(/当前视图内没有可见要素/)).toBeTruthy();
  });
});
