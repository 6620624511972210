// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildFeatureIndex,
  censusCsv,
  checkProposedHazard,
  protectiveDistanceCensus,
} from '../../../src/analysis/siting';
import SitingWorkspace from '../../../src/app/siting-workspace';
import { useMapCapture } from '../../../src/map/siting/map-capture';
import { DEFAULT_DEVELOPMENT, useSitingStore } from '../../../src/state/siting-store';
import { useAppStore } from '../../../src/state/store';
import { HAZARDS, PARKS, state, TAILINGS, TARGETS } from '../fixtures';
import { resetBetweenTests } from '../setup-dom';

vi.mock('../../../src/data/layer-store', () => import('../mock-layer-store'));
vi.mock('../../../src/data/worker/data-client', () => import('../mock-data-client'));
vi.mock('../../../src/map/map-view', () => ({ MapView: () => <div data-testid="map-stub" /> }));
resetBetweenTests();

const SITE = { type: 'Point' as const, coordinates: [113.272, 29.47] };

beforeEach(() => {
  useSitingStore.setState(
    {
      ...useSitingStore.getInitialState(),
      site: { geometry: SITE, origin: 'typed', label: '113.272,29.47' },
      development: { ...DEFAULT_DEVELOPMENT, category: '学校' },
    },
    true,
  );
  useMapCapture.setState({ capture: null });
});
afterEach(() => vi.restoreAllMocks());

const zoneOf = (id: string) =>
  screen
    .getAllByTestId('siting-hazard-row')
    .find((r) => r.getAttribute('data-id') === id)
    ?.getAttribute('data-zone');

async function adjustInner(user: ReturnType<typeof userEvent.setup>, ruleId: string, inner: string) {
  await user.click(screen.getByTestId('siting-tab-rules'));
  await user.click(screen.getByTestId(`rule-edit-${ruleId}`));
  const input = screen.getByTestId('rule-inner');
  await user.clear(input);
  await user.type(input, inner);
  await user.click(screen.getByTestId('rule-apply'));
}

describe('规则情景 (scenario)', () => {
  it('an adjusted distance changes the answer and is marked 已调整规则 everywhere, with what changed', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    expect(zoneOf('HS-001')).toBe('inner');
    expect(screen.queryByTestId('siting-verdict-adjusted')).toBeNull();

    await adjustInner(user, 'hs-grade-1', '100');
    expect(screen.getByTestId('rules-adjusted-list').textContent).toContain('hs-grade-1 内区 300 m → 100 m');
    await user.click(screen.getByTestId('siting-tab-check'));
    // 194 m is beyond the adjusted 100 m inner zone: middle zone now
    expect(zoneOf('HS-001')).toBe('middle');
    expect(screen.getByTestId('siting-verdict-adjusted').textContent).toContain('已调整规则');
    expect(screen.getByTestId('siting-adjusted').textContent).toContain('已调整规则');
    expect(screen.getByTestId('siting-adjusted-list').textContent).toContain('hs-grade-1 内区 300 m → 100 m');
    const row = screen.getAllByTestId('siting-hazard-row').find((r) => r.getAttribute('data-id') === 'HS-001');
    expect(row?.parentElement?.textContent).toContain('已调整');

    await user.click(screen.getByTestId('siting-tab-census'));
    expect(screen.getByTestId('census-adjusted')).toBeTruthy();
  });

  it('refuses zones out of order, says why, and keeps the defaults', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await adjustInner(user, 'hs-grade-1', '5000');
    expect(screen.getByRole('alert').textContent).toContain('0 ≤ 内区 ≤ 中区 ≤ 外区');
    expect(useSitingStore.getState().overrides).toEqual([]);
  });

  it('restoring the default value removes the change', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await adjustInner(user, 'hs-grade-1', '100');
    await adjustInner(user, 'hs-grade-1', '300');
    expect(useSitingStore.getState().overrides).toEqual([]);
    expect(screen.getByText('当前使用默认规则表。')).toBeTruthy();
  });
});

describe('反向核查 (proposed hazard)', () => {
  it('inventory + people → grade → targets inside its zones, as the engine says', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-inverse'));
    await user.type(screen.getByTestId('inverse-coords'), '113.272,29.47{Enter}');
    await user.type(screen.getByTestId('inverse-people500m'), '120');
    const expected = checkProposedHazard({
      location: SITE,
      chemicals: '氯:12;液氨:30',
      people500m: 120,
      targets: buildFeatureIndex(TARGETS),
    });
    expect(expected.targets.length).toBeGreaterThan(0);
    const result = await screen.findByTestId('inverse-result');
    expect(screen.getByTestId('inverse-verdict').getAttribute('data-verdict')).toBe(expected.verdict);
    expect(screen.getByTestId('inverse-grade').textContent).toContain(expected.hazard.grade ?? '不构成');
    const rows = screen
      .getAllByTestId('inverse-target-row')
      .map((r) => [r.getAttribute('data-id'), r.getAttribute('data-verdict')]);
    expect(rows).toEqual(expected.targets.map((p) => [p.targetId, p.verdict]));
    expect(result.textContent).toContain('云溪小学');
  });

  it('streamed targets: the targets around a proposed place beyond the view are read, then the result', async () => {
    // the national data reads protected targets by the view (src/data/read-plan.ts); the view is far away
    state.layers['protected-targets'] = { ...state.layers['protected-targets'], features: [], mode: 'bbox' };
    state.streamed['protected-targets'] = { cover: [112.58, 28.78, 112.62, 28.82] };
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-inverse'));
    await user.type(screen.getByTestId('inverse-coords'), '113.272,29.47{Enter}');
    expect(screen.getByTestId('siting-data-loading').textContent).toContain('防护目标数据加载中');
    expect(screen.queryByTestId('inverse-result')).toBeNull();
    expect(await screen.findByTestId('inverse-result')).toBeTruthy();
    expect(state.around.reads.map((r) => r.layer)).toEqual(['protected-targets']);
    expect(screen.getByTestId('siting-around-note').textContent).toContain('防护目标已按所需范围');
  });

  it('an unreadable inventory is an error that names the entry, not a result', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-inverse'));
    await user.type(screen.getByTestId('inverse-coords'), '113.272,29.47{Enter}');
    const chem = screen.getByTestId('inverse-chemicals');
    await user.clear(chem);
    await user.type(chem, '氯:很多');
    expect(screen.getByRole('alert').textContent).toContain('氯');
    expect(screen.queryByTestId('inverse-result')).toBeNull();
  });
});

describe('防护距离普查 (census)', () => {
  it('lists the engine violations and relocation candidates, and exports the engine CSV', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-census'));
    const expected = protectiveDistanceCensus({
      hazards: { 'hazard-sources': HAZARDS, 'tailings-ponds': TAILINGS, 'chemical-parks': PARKS },
      targets: TARGETS,
    });
    expect(expected.violations.length).toBeGreaterThan(0);
    const rows = screen
      .getAllByTestId('census-row')
      .map((r) => [r.getAttribute('data-hazard'), r.getAttribute('data-target'), r.getAttribute('data-verdict')]);
    expect(rows).toEqual(expected.violations.map((v) => [v.hazardId, v.targetId, v.verdict]));
    expect(screen.getByTestId('census-summary').textContent).toContain(`违规 ${expected.summary.violations} 对`);
    const candidates = within(screen.getByTestId('census-relocation'))
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('data-id'));
    expect(candidates).toEqual(expected.relocation.map((c) => c.hazardId));

    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:census';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByTestId('census-csv'));
    expect(names).toEqual(['census-2026-11-22.csv']);
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(blobs[0] as Blob);
    });
    // FileReader drops the BOM; the bytes have it (the engine's CSV is written as is)
    expect(`\uFEFF${text.replace(/^\uFEFF/, '')}`).toBe(censusCsv(expected));
  });

  it('streamed data: the hazards in view, against every target within the widest zone, read beyond the view', async () => {
    // the national data: hazards and targets read by the view (src/data/read-plan.ts). The view holds HS-001 and
    // part of the park CP-001; the school, community and hospital lie just east of it (60–600 m), and the loaded
    // targets (only the view) hold none of them. HS-002 was read with the margin but lies outside the view.
    const view: [number, number, number, number] = [113.25, 29.44, 113.2725, 29.49];
    useAppStore.setState({ bounds: view });
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], mode: 'bbox' };
    state.streamed['hazard-sources'] = { cover: [113.2, 29.4, 113.5, 29.55] };
    state.layers['chemical-parks'] = { ...state.layers['chemical-parks'], mode: 'bbox' };
    state.streamed['chemical-parks'] = { cover: [113.2, 29.4, 113.5, 29.55] };
    state.layers['protected-targets'] = { ...state.layers['protected-targets'], features: [], mode: 'bbox' };
    state.streamed['protected-targets'] = { cover: view };
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-census'));
    await screen.findByTestId('census-result');
    const expected = protectiveDistanceCensus({
      hazards: { 'chemical-parks': PARKS, 'hazard-sources': HAZARDS.filter((h) => h.properties?.id === 'HS-001') },
      targets: TARGETS.filter((t) => t.properties?.id !== 'PT-004'),
    });
    expect(expected.violations.length).toBeGreaterThan(0);
    const rows = screen
      .getAllByTestId('census-row')
      .map((r) => [r.getAttribute('data-hazard'), r.getAttribute('data-target'), r.getAttribute('data-verdict')]);
    expect(rows).toEqual(expected.violations.map((v) => [v.hazardId, v.targetId, v.verdict]));
    // 2 hazards in view (HS-002 and the tailings pond are not), 3 targets within 2 km of the view (not PT-004)
    expect(screen.getByTestId('census-summary').textContent).toContain('危险源 2 个 × 防护目标 3 个');
    // only the targets were read for it, over the view grown by the widest zone (2 km: ~0.018° of latitude)
    expect(state.around.reads.map((r) => r.layer)).toEqual(['protected-targets']);
    const rect = state.around.reads[0]?.rect;
    expect(rect?.maxX).toBeGreaterThan(view[2] + 0.02);
    expect(rect?.minY).toBeLessThan(view[1] - 0.018);
    const scope = screen.getByTestId('census-scope');
    expect(scope.getAttribute('data-view')).toBe(view.join(','));
    expect(scope.textContent).toContain('普查视野内的危险源，对其周边 2 km 内的全部防护目标');
  });

  it('streamed data shown as grid cells: asks to zoom in instead of a census of nothing', async () => {
    useAppStore.setState({ bounds: [100, 20, 120, 40] });
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], features: [], mode: 'bbox' };
    state.streamed['hazard-sources'] = { cover: null };
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-census'));
    expect(screen.getByTestId('census-zoom-in').textContent).toContain('请放大到城市视图');
    expect(screen.queryByTestId('census-result')).toBeNull();
    expect(state.around.reads).toEqual([]);
  });

  it('the map layer of the census can be switched off', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-tab-census'));
    await user.click(screen.getByTestId('census-on-map'));
    expect(useSitingStore.getState().censusOnMap).toBe(false);
  });
});

describe('导出报告 (A4 report)', () => {
  it('opens a Chinese A4 page with the map picture, scale, date, data version, verdict and rules', async () => {
    const capture = vi.fn(async () => ({
      dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      width: 600,
      height: 400,
      metresPerPixel: 2,
      bearing: 0,
    }));
    useMapCapture.setState({ capture });
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await user.click(screen.getByTestId('siting-report-button'));
    const report = await screen.findByTestId('siting-report');
    await screen.findByTestId('siting-report-image');
    expect(capture).toHaveBeenCalledTimes(1);
    const call = capture.mock.calls[0] as unknown as [{ bounds: number[] | null; aspect: number }];
    // framed on the site and its zones: the site lies inside the bounds
    const [minX, minY, maxX, maxY] = call[0].bounds ?? [];
    expect(113.272).toBeGreaterThan(minX as number);
    expect(113.272).toBeLessThan(maxX as number);
    expect(29.47).toBeGreaterThan(minY as number);
    expect(29.47).toBeLessThan(maxY as number);
    expect(document.body.classList.contains('siting-printing')).toBe(true);

    expect(report.getAttribute('lang')).toBe('zh-CN');
    expect(report.textContent).toContain('建设项目选址安全核查报告');
    expect(screen.getByTestId('siting-report-verdict').textContent).toContain('不建议');
    expect(screen.getByTestId('siting-report-version').textContent).toContain('2026-11-22');
    expect(report.textContent).toMatch(/日期：\d{4}-\d{2}-\d{2}/);
    // 1200 m across the picture: a 200 m bar
    expect(screen.getByTestId('siting-report-scale').textContent).toBe('200 米');
    expect(within(report).getByRole('img', { name: '指北针' })).toBeTruthy();
    expect(screen.getByTestId('siting-report-rules').textContent).toContain('[U] 默认值，待核实');
    expect(screen.getByTestId('siting-report-hazards').textContent).toContain('云溪氯碱装置');
    expect(report.textContent).toContain('示例数据（模拟）');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('siting-report')).toBeNull());
    expect(document.body.classList.contains('siting-printing')).toBe(false);
  });

  it('lists the scenario changes and says 已调整规则 on the report', async () => {
    const user = userEvent.setup();
    render(<SitingWorkspace />);
    await adjustInner(user, 'hs-grade-1', '100');
    await user.click(screen.getByTestId('siting-tab-check'));
    await user.click(screen.getByTestId('siting-report-button'));
    await screen.findByTestId('siting-report');
    expect(screen.getByTestId('siting-report-adjusted').textContent).toContain('已调整规则');
    expect(screen.getByTestId('siting-report-changes').textContent).toContain('hs-grade-1 内区 300 m → 100 m');
    // no map in jsdom: the report says so instead of showing a blank frame
    expect(screen.getByTestId('siting-report-map').textContent).toContain('地图图像不可用');
    act(() => useSitingStore.getState().setReportOpen(false));
  });
});
