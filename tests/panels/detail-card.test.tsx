// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { estimateDriveMinutes } from '../../src/analysis/estimate-drive-minutes';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { translate } from '../../src/i18n/use-t';
import { splitDistance } from '../../src/lib/format';
import { DetailCard } from '../../src/panels/detail-card';
import { useAppStore } from '../../src/state/store';
import { HAZARDS, STATIONS } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

const coords = (f: { geometry: unknown }) => (f.geometry as { coordinates: [number, number] }).coordinates;

function renderSelected(layer: Parameters<ReturnType<typeof useAppStore.getState>['select']>[0]) {
  useAppStore.getState().select(layer);
  return render(<DetailCard />);
}

// the oracle: every existing station measured exactly, nearest kept
function expectedNearest(origin: [number, number]) {
  return STATIONS.filter((s) => s.properties?.status !== '规划')
    .map((s) => ({ name: String(s.properties?.name), meters: geodesicDistance(origin, coords(s)) }))
    .sort((a, b) => a.meters - b.meters)[0] as { name: string; meters: number };
}

describe('DetailCard', () => {
  it('renders the header with name, grade badge in text and layer name', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const card = screen.getByTestId('detail-card');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('云溪氯碱装置');
    expect(screen.getByTestId('detail-grade-badge').textContent).toBe('一级 · 重大风险');
    expect(card.textContent).toContain('重大危险源');
  });

  it('shows 分级依据 with the gradeBasis and the declared-grade mismatch note', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const basis = screen.getByTestId('detail-grade-basis').textContent ?? '';
    expect(basis).toContain(String(HAZARDS[0]?.properties?.gradeBasis));
    expect(basis).toContain('申报为“二级”');
    expect(basis).toContain('计算的“一级”');
  });

  it('has no mismatch note when the declared grade agrees', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-002' });
    expect(screen.getByTestId('detail-grade-basis').textContent).not.toContain('申报');
  });

  it('lists fields with Chinese labels, units and readable values', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const field = (key: string) => document.querySelector(`[data-field="${key}"]`)?.textContent;
    expect(field('people500m')).toBe('500米内人数（人）120');
    expect(field('chemicals')).toBe('危险化学品（实际存在量）氯 12 吨；液氨 30 吨');
    expect(field('riskLevel')).toBe('风险等级重大风险');
    expect(field('parkId')).toBe('所在园区编号—');
    expect(field('gradeMismatch')).toBe('申报等级与计算不一致是');
  });

  it('shows the nearest existing fire station with distance and the labelled time estimate', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const want = expectedNearest(coords(HAZARDS[0] as never));
    expect(want.name).toBe('云溪消防站'); // the planned station next door is skipped
    const box = screen.getByTestId('detail-nearest-station');
    expect(box.textContent).toContain(want.name);
    const d = splitDistance(want.meters);
    expect(box.textContent).toContain(`直线距离 ${d.value} ${d.unit === 'km' ? '公里' : '米'}`);
    const minutes = Math.max(1, Math.round(estimateDriveMinutes(want.meters)));
    expect(box.textContent).toContain(`约 ${minutes} 分钟（估算：直线距离 × 1.3 道路系数 ÷ 30 km/h）`);
  });

  it('counts protected targets within 500 m and 1 km by class', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const r500 = document.querySelector('[data-radius="500"]')?.textContent ?? '';
    const r1k = document.querySelector('[data-radius="1000"]')?.textContent ?? '';
    expect(r500).toContain('500 米 内防护目标：共 1 处');
    expect(r500).toContain('高敏感防护目标 1');
    expect(r1k).toContain('1 公里 内防护目标：共 3 处');
    expect(r1k).toContain('重要防护目标 1');
    expect(r1k).toContain('一般防护目标 一类 1');
  });

  it('does not answer a fire station with itself', () => {
    renderSelected({ layer: 'fire-stations', id: 'FS-001' });
    const box = screen.getByTestId('detail-nearest-station');
    expect(box.textContent).not.toContain('云溪消防站');
    expect(screen.getByTestId('detail-grade-badge').textContent).toBe('一级站 · 现有');
  });

  it('measures an area from its centre and says so', () => {
    renderSelected({ layer: 'chemical-parks', id: 'CP-001' });
    expect(screen.getByTestId('detail-grade-badge').textContent).toBe('A类 · 重大风险');
    expect(screen.getByTestId('detail-card').textContent).toContain('距离自面要素中心点起算');
  });

  it('shows the data source and the synthetic-data notice', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    const text = screen.getByTestId('detail-card').textContent ?? '';
    expect(text).toContain('岳阳市应急管理局台账');
    expect(text).toContain('2026-11-01');
    expect(text).toContain('示例数据（模拟）');
  });

  it('Esc and the close button clear the selection', async () => {
    const user = userEvent.setup();
    const { unmount } = renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().selected).toBeNull();
    expect(screen.queryByTestId('detail-card')).toBeNull();
    unmount();
    renderSelected({ layer: 'hazard-sources', id: 'HS-002' });
    await user.click(screen.getByRole('button', { name: '关闭详情' }));
    expect(useAppStore.getState().selected).toBeNull();
  });

  it('定位 flies to the feature at zoom ≥ 13; 复制链接 copies a link naming it', async () => {
    const user = userEvent.setup();
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    await user.click(screen.getByRole('button', { name: '定位' }));
    expect(useAppStore.getState().fly).toMatchObject({ lon: 113.27, lat: 29.47, zoom: 13 });

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(new URL(writeText.mock.calls[0]?.[0] as string).searchParams.get('sel')).toBe('hazard-sources:HS-001');
    expect(await screen.findByText('链接已复制')).toBeTruthy();
  });

  it('says so when the selected id is not in the data', () => {
    renderSelected({ layer: 'hazard-sources', id: 'NOPE' });
    expect(screen.getByTestId('detail-card').textContent).toContain('未找到所选要素 hazard-sources:NOPE');
  });

  it('switches language with the store', () => {
    renderSelected({ layer: 'hazard-sources', id: 'HS-001' });
    act(() => useAppStore.getState().setLang('en'));
    expect(screen.getByTestId('detail-grade-badge').textContent).toBe('一级 · Major risk');
    expect(screen.getByTestId('detail-card').textContent).toContain(translate('en', 'detail.gradeBasis'));
  });
});
