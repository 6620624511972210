// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LayerPanel } from '../../src/panels/layer-panel';
import { useAppStore } from '../../src/state/store';
import { MANIFEST, state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

const chip = (layer: string, value: string) => screen.getByTestId(`facet-chip-${layer}-${value}`);
const count = (el: HTMLElement) => Number(el.querySelector('.chip-count')?.textContent);

describe('LayerPanel', () => {
  it('shows the three groups with a checkbox per layer, labelled with the layer name', () => {
    render(<LayerPanel />);
    for (const g of ['风险源', '防护目标', '应急资源']) expect(screen.getByRole('heading', { name: g })).toBeTruthy();
    expect(screen.getByLabelText('重大危险源')).toBe(screen.getByTestId('layer-toggle-hazard-sources'));
    expect(screen.getByLabelText('消防站')).toBe(screen.getByTestId('layer-toggle-fire-stations'));
  });

  it('chips show a swatch, a text label and the count of features of that value', () => {
    render(<LayerPanel />);
    const red = chip('hazard-sources', 'red');
    expect(red.textContent).toContain('重大风险');
    expect(red.querySelector('.swatch')).toBeTruthy();
    expect(count(red)).toBe(1);
    expect(count(chip('hazard-sources', 'yellow'))).toBe(2);
    expect(count(chip('hazard-sources', 'blue'))).toBe(1);
    expect(count(chip('fire-stations', '现有'))).toBe(3);
    expect(count(chip('fire-stations', '规划'))).toBe(1);
    expect(count(chip('protected-targets', '高敏感'))).toBe(1);
  });

  it('counts only features inside the map bounds, live', () => {
    render(<LayerPanel />);
    // a view around 云溪 (113.27, 29.47) that excludes the other hazard sources
    act(() => useAppStore.getState().setView({ lon: 113.28, lat: 29.47, zoom: 13 }, [113.2, 29.4, 113.35, 29.5]));
    expect(count(chip('hazard-sources', 'yellow'))).toBe(0);
    expect(count(chip('hazard-sources', 'red'))).toBe(1);
    expect(count(chip('fire-stations', '现有'))).toBe(1);
    // a polygon overlapping the view counts even though its centre is elsewhere
    act(() => useAppStore.getState().setView({ lon: 113.31, lat: 29.47, zoom: 13 }, [113.29, 29.46, 113.4, 29.6]));
    expect(count(chip('chemical-parks', 'red'))).toBe(1);
    expect(count(chip('hazard-sources', 'red'))).toBe(0);
  });

  it('totals a layer read whole over the layer, and one read by bbox over the view, saying so', () => {
    const total = (layer: string) => document.querySelector(`[data-layer="${layer}"] .layer-total`)?.textContent;
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], mode: 'bbox' };
    render(<LayerPanel />);
    act(() => useAppStore.getState().setView({ lon: 113.28, lat: 29.47, zoom: 13 }, [113.2, 29.4, 113.35, 29.5]));
    // one loaded hazard lies in this view (the chips above): the bbox layer's total says so
    expect(total('hazard-sources')).toBe('视野内 1 个');
    // fire stations are read whole: the total is the layer's, whatever the view
    expect(total('fire-stations')).toBe('共 4 个');
    act(() => useAppStore.getState().setLang('en'));
    expect(total('hazard-sources')).toBe('1 in view');
    expect(total('fire-stations')).toBe('4 in total');
  });

  it('a chip toggles its value in the store and reflects it with aria-pressed, keeping its count', async () => {
    const user = userEvent.setup();
    render(<LayerPanel />);
    const red = chip('hazard-sources', 'red');
    expect(red.getAttribute('aria-pressed')).toBe('true');
    await user.click(red);
    expect(useAppStore.getState().hiddenValues['hazard-sources']).toEqual(['red']);
    expect(red.getAttribute('aria-pressed')).toBe('false');
    expect(count(red)).toBe(1);
    // keyboard: Space on the focused chip toggles back
    red.focus();
    await user.keyboard(' ');
    expect(useAppStore.getState().hiddenValues['hazard-sources']).toEqual([]);
    expect(red.getAttribute('aria-pressed')).toBe('true');
  });

  it('the checkbox shows and hides the layer', async () => {
    const user = userEvent.setup();
    render(<LayerPanel />);
    const box = screen.getByTestId('layer-toggle-fire-stations') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await user.click(box);
    expect(useAppStore.getState().visibleLayers['fire-stations']).toBe(false);
    expect(box.checked).toBe(false);
  });

  it('zoom-to-extent asks the map to fit the manifest bbox', async () => {
    const user = userEvent.setup();
    render(<LayerPanel />);
    const row = screen.getByTestId('layer-toggle-hazard-sources').closest('.layer-row') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '缩放至重大危险源范围' }));
    expect(useAppStore.getState().fly).toMatchObject({ bounds: MANIFEST.layers['hazard-sources'].bbox });
  });

  it('speaks English when the store says so', () => {
    useAppStore.getState().setLang('en');
    render(<LayerPanel />);
    expect(screen.getByLabelText('Major hazard sources')).toBeTruthy();
    expect(chip('hazard-sources', 'red').textContent).toContain('Major risk');
  });
});
