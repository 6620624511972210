// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAlarmStore } from '../../../src/data/alarm-store';
import { AlarmList } from '../../../src/panels/command/alarm-list';
import { LocationSection } from '../../../src/panels/command/location-section';
import { useCommandStore } from '../../../src/state/command-store';
import { HAZARDS, state } from '../fixtures';
import { alarmOn, announceHazardIndex, FAR_HAZARD, serveHazardIndex } from '../index-fixture';
import { resetBetweenTests } from '../setup-dom';

vi.mock('../../../src/data/layer-store', () => import('../mock-layer-store'));
resetBetweenTests();

/**
 * 应急指挥 on data read by the view, where the map holds only the sources around it: the hazard picker finds a source
 * anywhere by the hazard layer's name and 编号 index, places the incident there and gives it its first ERG substance
 * once the view's read brings it; the alarm list names a source it has only the 编号 of.
 */
serveHazardIndex();

const initialCommand = useCommandStore.getState();
beforeEach(() => {
  useCommandStore.setState(initialCommand, true);
  announceHazardIndex();
});

describe('hazard picker on streamed data', () => {
  it('finds a source beyond the loaded area, places the incident there, and preselects its substance once loaded', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LocationSection />);
    await user.type(screen.getByTestId('hazard-pick-input'), '乌鲁木齐');
    const option = await screen.findByText('乌鲁木齐石化储罐区');
    const row = option.closest('[data-testid="hazard-pick-option"]') as HTMLElement;
    expect(row.getAttribute('data-id')).toBe('HS-900');
    expect(row.textContent).toContain('HS-900 · 较大风险 · 87.60, 43.80');
    fireEvent.mouseDown(row);
    let s = useCommandStore.getState();
    expect(s.point).toEqual([87.6, 43.8]);
    expect(s.source).toEqual({ layer: 'hazard-sources', id: 'HS-900' });
    // the index keeps no inventory: no substance until the feature is loaded
    expect(s.substance).toBeFalsy();
    // the map went there; its read brings the feature with its inventory
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], features: [...HAZARDS, FAR_HAZARD] };
    act(() => rerender(<LocationSection />));
    s = useCommandStore.getState();
    expect(s.substance).toBe('液氨');
  });

  it('a substance typed meanwhile is kept when the picked source arrives', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LocationSection />);
    await user.type(screen.getByTestId('hazard-pick-input'), 'hs-900');
    fireEvent.mouseDown(await screen.findByText('乌鲁木齐石化储罐区'));
    act(() => useCommandStore.getState().set({ substance: '氯' }));
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], features: [...HAZARDS, FAR_HAZARD] };
    act(() => rerender(<LocationSection />));
    expect(useCommandStore.getState().substance).toBe('氯');
  });
});

describe('alarm list on streamed data', () => {
  it('names the source of an alarm beyond the loaded area by its 编号; an unknown 编号 stays unmatched', async () => {
    useAlarmStore.setState({ feedUrl: 'http://127.0.0.1:8787', feedFrom: 'local', alarms: [], acked: {}, invalid: 0 });
    render(<AlarmList />);
    act(() =>
      useAlarmStore.getState().receive([alarmOn('a1', 'HS-900'), alarmOn('a2', 'HS-001'), alarmOn('a3', 'NOPE')]),
    );
    // HS-001 is loaded; HS-900 is not, and the index knows it; NOPE is nowhere
    expect(await screen.findByText('乌鲁木齐石化储罐区')).toBeTruthy();
    const text = screen.getAllByTestId('alarm-item').map((i) => i.textContent ?? '');
    expect(text.some((t) => t.includes('云溪氯碱装置'))).toBe(true);
    expect(text.some((t) => t.includes('未匹配的危险源 NOPE'))).toBe(true);
  });
});
