// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFeatureIndex, checkSiting } from '../../../src/analysis/siting';
import SitingWorkspace from '../../../src/app/siting-workspace';
import { resetAggregates } from '../../../src/data/aggregates';
import { useMapCapture } from '../../../src/map/siting/map-capture';
import { DEFAULT_DEVELOPMENT, useSitingStore } from '../../../src/state/siting-store';
import { useAppStore } from '../../../src/state/store';
import { HAZARDS, PARKS, state, TAILINGS } from '../fixtures';
import { resetBetweenTests } from '../setup-dom';

vi.mock('../../../src/data/layer-store', () => import('../mock-layer-store'));
vi.mock('../../../src/data/worker/data-client', () => import('../mock-data-client'));
// WebGL is not available in jsdom: the map and its siting overlays have e2e tests
vi.mock('../../../src/map/map-view', () => ({ MapView: () => <div data-testid="map-stub" /> }));
resetBetweenTests();

beforeEach(() => {
  resetAggregates();
  useSitingStore.setState(useSitingStore.getInitialState(), true);
  useMapCapture.setState({ capture: null });
});
afterEach(() => vi.restoreAllMocks());

// ~190 m east of HS-001 (一级, 113.27 29.47), inside the A-class park CP-001
const NEAR_HS001 = '113.272,29.47';

async function checkAt(coords: string, category: string) {
  const user = userEvent.setup();
  render(<SitingWorkspace />);
  await user.type(screen.getByTestId('siting-coords-input'), coords);
  await user.click(screen.getByTestId('siting-coords-apply'));
  await user.selectOptions(screen.getByTestId('siting-category'), category);
  return user;
}

const rowsOf = () =>
  screen.getAllByTestId('siting-hazard-row').map((r) => ({
    id: r.getAttribute('data-id'),
    layer: r.getAttribute('data-layer'),
    zone: r.getAttribute('data-zone'),
    verdict: r.getAttribute('data-verdict'),
  }));

describe('规划选址 workspace: three steps', () => {
  it('starts with the steps and says what to do first', () => {
    render(<SitingWorkspace />);
    expect(screen.getByRole('tab', { name: '选址核查' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: '选址' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '拟建项目' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '结论' })).toBeTruthy();
    expect(screen.getByText('请先完成第 1 步：选址。')).toBeTruthy();
    expect(screen.getByTestId('layer-toggle-hazard-sources')).toBeTruthy();
    expect(screen.getByTestId('map-stub')).toBeTruthy();
  });

  it('a typed point next to a 一级 hazard → 不建议, and the table agrees with the engine row by row', async () => {
    await checkAt(NEAR_HS001, '学校');
    const banner = screen.getByTestId('siting-verdict');
    expect(banner.getAttribute('data-verdict')).toBe('不建议');
    expect(banner.textContent).toContain('不建议在此选址建设学校');
    expect(banner.textContent).toContain('✕');

    const expected = checkSiting({
      site: { type: 'Point', coordinates: [113.272, 29.47] },
      development: { category: '学校', people: null, dwellings: null, floorAreaM2: null },
      hazards: {
        'hazard-sources': buildFeatureIndex(HAZARDS),
        'tailings-ponds': buildFeatureIndex(TAILINGS),
        'chemical-parks': buildFeatureIndex(PARKS),
      },
    });
    expect(rowsOf()).toEqual(
      expected.hazards.map((h) => ({ id: h.id, layer: h.layer, zone: h.zone, verdict: h.verdict })),
    );
    expect(rowsOf()).toContainEqual({ id: 'HS-001', layer: 'hazard-sources', zone: 'inner', verdict: '不建议' });
    // the row and its rule line below (rule, source, confidence)
    const row = screen
      .getAllByTestId('siting-hazard-row')
      .find((r) => r.getAttribute('data-id') === 'HS-001')?.parentElement;
    if (!row) throw new Error('no HS-001 row');
    expect(row.textContent).toContain('云溪氯碱装置');
    expect(row.textContent).toContain('hs-grade-1');
    expect(row.textContent).toContain('[U] 默认值，待核实');
    // 不反对 needs the whole outer zone (2 km) between them; the engine measured ~194 m
    expect(row.textContent).toContain('2 km');
    const hs = expected.hazards.find((h) => h.id === 'HS-001');
    expect(hs?.actualM).toBeGreaterThan(150);
    expect(hs?.actualM).toBeLessThan(250);
    expect(row.textContent).toContain(`${Number(hs?.actualM.toFixed(1))} m`);
    expect(screen.getByTestId('siting-reasons').textContent).toContain('云溪氯碱装置');
    expect(screen.getByTestId('siting-sensitivity').textContent).toContain('敏感度 3 级');
  });

  it('far from every hazard → 不反对 in green with its symbol', async () => {
    await checkAt('112.0,28.0', '居民区');
    const banner = screen.getByTestId('siting-verdict');
    expect(banner.getAttribute('data-verdict')).toBe('不反对');
    expect(banner.textContent).toContain('✓');
    expect(screen.queryByTestId('siting-hazard-table')).toBeNull();
  });

  it('an uploaded GeoJSON polygon becomes the site, with its area', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    const file = new File(
      [
        JSON.stringify({
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [113.271, 29.469],
                [113.273, 29.469],
                [113.273, 29.471],
                [113.271, 29.471],
                [113.271, 29.469],
              ],
            ],
          },
        }),
      ],
      'site.geojson',
      { type: 'application/geo+json' },
    );
    await user.upload(screen.getByTestId('siting-file-input'), file);
    const summary = await screen.findByTestId('siting-site-summary');
    expect(summary.textContent).toMatch(/面，4 个顶点，用地 4\.\d\d ha/);
    expect(summary.textContent).toContain('文件 site.geojson');
    await user.selectOptions(screen.getByTestId('siting-category'), '养老院');
    expect(screen.getByTestId('siting-verdict').getAttribute('data-verdict')).toBe('不建议');
    // a 24-hour care site of > 0.25 ha is level 4 (HSE), which the drawn area makes known
    expect(screen.getByTestId('siting-sensitivity').textContent).toContain('敏感度 4 级');
  });

  it('a bad file says why and keeps no site', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.upload(
      screen.getByTestId('siting-file-input'),
      new File(['lon,lat\n113,29\n113.1,29\n'], 'two.csv', { type: 'text/csv' }),
    );
    expect((await screen.findByTestId('siting-site-error')).textContent).toContain('至少需要 3 个');
    expect(screen.queryByTestId('siting-site-summary')).toBeNull();
  });

  it('streamed hazards: a site beyond the view gets its widest zone read, then the verdict; 重试 after a failed read', async () => {
    // the national data reads hazards by the view (src/data/read-plan.ts); here the view, far from the site, holds
    // none of them, and the map shows the parks as grid cells (no features loaded at all)
    const far: [number, number, number, number] = [112.58, 28.78, 112.62, 28.82];
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], features: [], mode: 'bbox' };
    state.layers['chemical-parks'] = { ...state.layers['chemical-parks'], features: [], mode: 'bbox' };
    state.streamed['hazard-sources'] = { cover: far };
    state.streamed['chemical-parks'] = { cover: null };
    state.around.fail = 'HTTP 503';
    await checkAt(NEAR_HS001, '学校');
    // read, failed: no verdict, the error and 重试
    const alert = await screen.findByTestId('siting-data-error');
    expect(alert.textContent).toContain('HTTP 503');
    expect(screen.queryByTestId('siting-verdict')).toBeNull();
    // each streamed hazard layer was read around the site (the whole-file tailings were not), and the area read
    // holds the site grown by the widest zone of the rules (2 km: ~0.018° of latitude)
    const layers = [...new Set(state.around.reads.map((r) => r.layer))].sort();
    expect(layers).toEqual(['chemical-parks', 'hazard-sources']);
    for (const { rect } of state.around.reads) {
      expect(rect.minX).toBeLessThan(113.272 - 0.02);
      expect(rect.maxX).toBeGreaterThan(113.272 + 0.02);
      expect(rect.minY).toBeLessThan(29.47 - 0.018);
      expect(rect.maxY).toBeGreaterThan(29.47 + 0.018);
    }
    state.around.fail = null;
    await userEvent.setup().click(within(alert).getByRole('button', { name: '重试' }));
    // the engine's answer on what was read: HS-001 (一级, ~190 m) and the park CP-001 the site lies in
    const verdict = await screen.findByTestId('siting-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('不建议');
    expect(rowsOf().map((r) => r.id)).toEqual(expect.arrayContaining(['HS-001', 'CP-001']));
    expect(screen.getByTestId('siting-around-note').textContent).toContain('周边 2 km');
  });

  it('streamed hazards whose view holds the widest zone: no read beyond the view, no note', async () => {
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], mode: 'bbox' };
    state.streamed['hazard-sources'] = { cover: [113.2, 29.4, 113.35, 29.55] };
    await checkAt(NEAR_HS001, '学校');
    expect((await screen.findByTestId('siting-verdict')).getAttribute('data-verdict')).toBe('不建议');
    expect(state.around.reads).toEqual([]);
    expect(screen.queryByTestId('siting-around-note')).toBeNull();
  });

  it('no verdict on partial data: loading, then an error with 重试', async () => {
    state.layers['tailings-ponds'] = { ...state.layers['tailings-ponds'], status: 'loading' };
    const { rerender } = render(<SitingWorkspace />);
    act(() =>
      useSitingStore.setState({
        site: { geometry: { type: 'Point', coordinates: [113.272, 29.47] }, origin: 'typed', label: '' },
        development: { ...DEFAULT_DEVELOPMENT, category: '学校' },
      }),
    );
    expect(screen.getByText('危险源数据加载中…')).toBeTruthy();
    expect(screen.queryByTestId('siting-verdict')).toBeNull();
    state.layers['tailings-ponds'] = { ...state.layers['tailings-ponds'], status: 'error', error: 'HTTP 500' };
    rerender(<SitingWorkspace />);
    const alert = screen.getByTestId('siting-data-error');
    expect(alert.textContent).toContain('危险源数据加载失败');
    expect(alert.textContent).toContain('HTTP 500');
    expect(screen.queryByTestId('siting-verdict')).toBeNull();
    // 重试 loads the data again
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(state.reloads).toBe(1);
  });

  it('the draw buttons ask the map to draw, and Esc ends it', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-draw-polygon'));
    expect(useSitingStore.getState().draw).toBe('polygon');
    expect(screen.getByTestId('siting-draw-polygon').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('siting-drawing').textContent).toContain('Enter');
    await user.keyboard('{Escape}');
    expect(useSitingStore.getState().draw).toBeNull();
  });

  it('tabs move with the arrow keys (WAI-ARIA tabs)', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    screen.getByTestId('siting-tab-check').focus();
    await user.keyboard('{ArrowRight}');
    expect(useSitingStore.getState().tab).toBe('inverse');
    expect(document.activeElement).toBe(screen.getByTestId('siting-tab-inverse'));
    await user.keyboard('{End}');
    expect(useSitingStore.getState().tab).toBe('rules');
  });

  it('speaks English when asked, with the engine values unchanged', async () => {
    useAppStore.getState().setLang('en');
    await checkAt(NEAR_HS001, '学校');
    expect(screen.getByRole('tab', { name: 'Site check' })).toBeTruthy();
    expect(screen.getByTestId('siting-verdict').textContent).toContain('Advise against');
    expect((screen.getByTestId('siting-category') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('School');
    expect(useSitingStore.getState().development.category).toBe('学校');
  });
});
