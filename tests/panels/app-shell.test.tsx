// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { useCursor } from '../../src/map/cursor-store';
import { useAppStore } from '../../src/state/store';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
// WebGL is not available in jsdom; the map has its own tests
vi.mock('../../src/map/map-view', () => ({ MapView: () => <div data-testid="map-stub" /> }));
resetBetweenTests();

describe('App shell', () => {
  it('lays out top bar, layer panel, map, legend, details and status bar; the list is on its own tab', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('RiskAtlas 安全风险一张图');
    expect(screen.getByText('岳阳市')).toBeTruthy();
    expect(screen.getByTestId('search-input')).toBeTruthy();
    expect(screen.getByTestId('layer-toggle-hazard-sources')).toBeTruthy();
    // the first view paints the layers only: the list and the import panel are mounted when their tab first opens
    expect(screen.queryByTestId('feature-list')).toBeNull();
    expect(screen.queryByTestId('import-panel')).toBeNull();
    await user.click(screen.getByRole('tab', { name: '要素' }));
    expect(screen.getByTestId('feature-list')).toBeTruthy();
    expect(screen.getByTestId('import-panel')).toBeTruthy();
    // each tab names a panel that exists (aria-controls), opened or not
    for (const tab of screen.getAllByRole('tab')) {
      expect(document.getElementById(tab.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe('tabpanel');
    }
    expect(screen.getByTestId('layer-toggle-hazard-sources').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(
      true,
    );
    expect(screen.getByTestId('map-stub')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '图例' })).toBeTruthy();
    expect(screen.getByText(/点击地图上的要素/)).toBeTruthy();
    expect(screen.getByTestId('basemap-select')).toBeTruthy();
  });

  it('shows 一张图 as current and switches workspace from the tabs', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: '工作区' });
    expect(within(nav).getByRole('button', { name: '一张图' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('button', { name: '规划选址' }));
    expect(useAppStore.getState().workspace).toBe('siting');
    expect(within(nav).getByRole('button', { name: '规划选址' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: '一张图' }).getAttribute('aria-current')).toBeNull();
  });

  it('status bar: synthetic notice, data version, cursor, features in view, invalid badge', () => {
    render(<App />);
    const bar = screen.getByTestId('status-bar');
    expect(bar.textContent).toContain('示例数据（模拟）');
    expect(bar.textContent).toContain('数据版本 2026-11-22');
    expect(bar.textContent).toContain('图面要素 15');
    expect(within(bar).getByTestId('invalid-notice').textContent).toContain('无效记录 2');
    act(() => useCursor.getState().set(113.123456, 29.356789));
    expect(screen.getByTestId('cursor-coords').textContent).toContain('113.1235, 29.3568');
    act(() => useAppStore.getState().setLayerVisible('protected-targets', false));
    expect(bar.textContent).toContain('图面要素 11');
  });

  it('language switch changes the UI and <html lang>', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.click(screen.getByTestId('lang-switch'));
    expect(useAppStore.getState().lang).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('RiskAtlas Safety Risk Map');
    expect(screen.getByTestId('status-bar').textContent).toContain('Sample data (simulated)');
    await user.click(screen.getByTestId('lang-switch'));
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('basemap select writes the store; disabled choices stay listed', async () => {
    const user = userEvent.setup();
    render(<App />);
    const select = screen.getByTestId('basemap-select') as HTMLSelectElement;
    expect(select.value).toBe('offline');
    await user.selectOptions(select, 'osm');
    expect(useAppStore.getState().basemap).toBe('osm');
    const amap = within(select).getByRole('option', { name: /高德/ }) as HTMLOptionElement;
    expect(amap.disabled).toBe(true);
  });

  it('the skip link is the first focusable element; it opens the 要素 tab and focuses the list', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.tab();
    const link = document.activeElement as HTMLAnchorElement;
    expect(link.textContent).toBe('跳到要素列表');
    expect(link.getAttribute('href')).toBe('#feature-list');
    await user.keyboard('{Enter}');
    const list = document.getElementById('feature-list');
    expect(list?.getAttribute('data-testid')).toBe('feature-list');
    expect(list?.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(list);
    expect(screen.getByRole('tab', { name: '要素' }).getAttribute('aria-selected')).toBe('true');
    expect(list?.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(false);
  });

  it('the 要素 tab keeps its list mounted (and scrolled) when the user switches away and back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('tab', { name: '要素' }));
    const list = screen.getByTestId('feature-list');
    await user.click(screen.getByRole('tab', { name: '图层' }));
    expect(list.isConnected).toBe(true);
    expect(list.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    await user.click(screen.getByRole('tab', { name: '要素' }));
    expect(screen.getByTestId('feature-list')).toBe(list);
  });

  it('arrow keys move between the 图层 | 要素 | 统计 tabs', async () => {
    const user = userEvent.setup();
    render(<App />);
    screen.getByRole('tab', { name: '图层' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '要素' }));
    expect(screen.getByTestId('feature-list')).toBeTruthy();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '统计' }));
  });

  it('selecting a feature in the list opens the card; Esc closes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('tab', { name: '要素' }));
    await user.click(screen.getAllByTestId('feature-list-item')[0] as HTMLElement);
    expect(screen.getByTestId('detail-card').textContent).toContain('云溪氯碱装置');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('detail-card')).toBeNull();
  });

  it('the details panel collapses and reopens on a new selection', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: '收起详情面板' }));
    expect(document.getElementById('context-panel-body')?.hidden).toBe(true);
    await user.click(screen.getByRole('tab', { name: '要素' }));
    await user.click(screen.getAllByTestId('feature-list-item')[1] as HTMLElement);
    expect(document.getElementById('context-panel-body')?.hidden).toBe(false);
  });
});
