// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LayerId } from '../../src/domain/layer-ids';
import type { AnyFeature } from '../../src/panels/feature-utils';
import { SearchBox } from '../../src/panels/search-box';
import { searchFeatures } from '../../src/panels/search-features';
import { useAppStore } from '../../src/state/store';
import { HAZARDS, PARKS, STATIONS, TARGETS } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

const layers: Partial<Record<LayerId, AnyFeature[]>> = {
  'hazard-sources': HAZARDS,
  'chemical-parks': PARKS,
  'fire-stations': STATIONS,
  'protected-targets': TARGETS,
};

describe('searchFeatures', () => {
  it('finds by name substring across layers', () => {
    const hits = searchFeatures('云溪', layers);
    // all are name prefixes (same rank): grouped in panel layer order, then by name
    expect(hits.map((h) => h.layer)).toEqual([
      'hazard-sources',
      'protected-targets',
      'protected-targets',
      'protected-targets',
      'fire-stations',
      'fire-stations',
    ]);
    expect(hits.map((h) => h.id).sort()).toEqual(['FS-001', 'FS-P1', 'HS-001', 'PT-001', 'PT-002', 'PT-003']);
    // a substring that is not a prefix ranks after prefixes
    expect(searchFeatures('消防站', layers).every((h) => h.layer === 'fire-stations')).toBe(true);
  });

  it('finds by 编号, case-insensitive, exact id first', () => {
    expect(searchFeatures('hs-003', layers)[0]?.id).toBe('HS-003');
    expect(searchFeatures('fs-002', layers).map((h) => h.id)).toEqual(['FS-002']);
    expect(
      searchFeatures('FS-00', layers)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['FS-001', 'FS-002', 'FS-003']);
  });

  it('caps the results and ignores blank input', () => {
    expect(searchFeatures('-', layers, 10)).toHaveLength(10);
    expect(searchFeatures('   ', layers)).toEqual([]);
  });
});

describe('SearchBox', () => {
  it('lists matching features and selecting one selects it and flies there at zoom ≥ 13', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByTestId('search-input'), '华容');
    const results = screen.getAllByTestId('search-result');
    expect(results).toHaveLength(1);
    expect(results[0]?.textContent).toContain('华容溶剂仓库');
    await user.click(results[0] as HTMLElement);
    const s = useAppStore.getState();
    expect(s.selected).toEqual({ layer: 'hazard-sources', id: 'HS-003' });
    expect(s.fly).toMatchObject({ lon: 112.56, lat: 29.53, zoom: 13 });
    expect(screen.queryAllByTestId('search-result')).toHaveLength(0);
  });

  it('is driven by the keyboard: ↓ moves, Enter picks, and a hidden layer is turned on', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setLayerVisible('fire-stations', false);
    render(<SearchBox />);
    const input = screen.getByTestId('search-input');
    await user.type(input, 'FS-00');
    expect(screen.getAllByTestId('search-result')[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    const second = screen.getAllByTestId('search-result')[1] as HTMLElement;
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selected).toEqual({ layer: 'fire-stations', id: second.getAttribute('data-id') });
    expect(useAppStore.getState().visibleLayers['fire-stations']).toBe(true);
  });

  it.each([['113.12,29.36'], ['113.12 29.36'], ['113.12，29.36'], ['29.36,113.12']])(
    'reads %s as coordinates: Enter flies there and drops a marker',
    async (text) => {
      const user = userEvent.setup();
      render(<SearchBox />);
      await user.type(screen.getByTestId('search-input'), text);
      const first = screen.getAllByTestId('search-result')[0] as HTMLElement;
      expect(first.getAttribute('data-kind')).toBe('coord');
      expect(first.textContent).toContain('113.12000, 29.36000');
      await user.keyboard('{Enter}');
      const s = useAppStore.getState();
      expect(s.marker).toEqual({ lon: 113.12, lat: 29.36 });
      expect(s.fly).toMatchObject({ lon: 113.12, lat: 29.36, zoom: 13 });
    },
  );

  it('says when nothing matches, and Esc closes the list without touching the selection', async () => {
    const user = userEvent.setup();
    useAppStore.getState().select({ layer: 'hazard-sources', id: 'HS-001' });
    render(<SearchBox />);
    await user.type(screen.getByTestId('search-input'), '不存在的名字');
    expect(screen.getByText('无匹配结果')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('无匹配结果')).toBeNull();
    expect(useAppStore.getState().selected).not.toBeNull();
  });
});
