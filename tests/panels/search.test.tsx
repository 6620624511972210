// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IndexHit } from '../../src/data/search-index';
import type { LayerId } from '../../src/domain/layer-ids';
import type { AnyFeature } from '../../src/panels/feature-utils';
import { mergeHits, SearchBox } from '../../src/panels/search-box';
import { searchFeatures } from '../../src/panels/search-features';
import { useAppStore } from '../../src/state/store';
import { HAZARDS, PARKS, STATIONS, TARGETS } from './fixtures';
import { announceHazardIndex, serveHazardIndex } from './index-fixture';
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

describe('SearchBox on data read by the view (a layer with a name and 编号 index)', () => {
  // the map holds HAZARDS around the view; the index knows one more, far away (index-fixture.ts)
  serveHazardIndex();

  it('finds a feature the map has not loaded, and picking it selects it and flies there', async () => {
    announceHazardIndex();
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByTestId('search-input'), '乌鲁木齐');
    const hit = await screen.findByText('乌鲁木齐石化储罐区');
    const row = hit.closest('[data-testid="search-result"]') as HTMLElement;
    expect(row.getAttribute('data-kind')).toBe('indexed');
    // its grade and level as for a loaded feature: colour is never the only signal
    expect(row.textContent).toContain('HS-900 · 重大危险源 · 二级 · 较大风险 · 87.60, 43.80');
    await user.click(row);
    const s = useAppStore.getState();
    expect(s.selected).toEqual({ layer: 'hazard-sources', id: 'HS-900' });
    expect(s.fly).toMatchObject({ lon: 87.6, lat: 43.8, zoom: 13 });
  });
});

describe('mergeHits', () => {
  const hit = (id: string, name: string, exact: boolean, layer: LayerId = 'hazard-sources'): IndexHit => ({
    layer,
    id,
    name,
    lon: 0,
    lat: 0,
    props: {},
    exact,
  });
  it('exact matches first, then by layer; a feature found both ways is listed once, as loaded', () => {
    const local = searchFeatures('云溪', layers);
    const merged = mergeHits(
      '云溪',
      local,
      [
        hit('HS-001', '云溪氯碱装置', false),
        hit('HS-777', '云溪', true),
        hit('FS-9', '云溪二站', false, 'fire-stations'),
      ],
      10,
    );
    expect(merged[0]).toMatchObject({ kind: 'indexed', id: 'HS-777' });
    expect(merged.filter((o) => o.kind !== 'coord' && o.id === 'HS-001')).toHaveLength(1);
    expect(merged.find((o) => o.kind !== 'coord' && o.id === 'HS-001')?.kind).toBe('feature');
    expect(merged).toHaveLength(local.length + 2);
    expect(mergeHits('云溪', local, [hit('HS-777', '云溪', true)], 3)).toHaveLength(3);
    // by 编号 when the 编号 matched: in 编号 order, whatever the names
    const byId = mergeHits('wxy-0', [], [hit('WXY-02', '甲', false), hit('WXY-01', '乙', false)], 10);
    expect(byId.map((o) => (o.kind === 'coord' ? '' : o.id))).toEqual(['WXY-01', 'WXY-02']);
  });
});
