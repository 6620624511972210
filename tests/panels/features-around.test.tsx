// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFeaturesAround } from '../../src/data/features-around';
import type { LayerLoad } from '../../src/data/layer-store';
import type { BBox } from '../../src/state/store';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
vi.mock('../../src/data/worker/data-client', () => import('./mock-data-client'));
resetBetweenTests();

describe('useFeaturesAround: when it reads', () => {
  it('re-renders with equal inputs (the map streaming other layers) do not put the read off', async () => {
    vi.useFakeTimers();
    try {
      state.streamed['hazard-sources'] = { cover: [112.58, 28.78, 112.62, 28.82] };
      const load = (): LayerLoad => ({ ...(state.layers['hazard-sources'] as LayerLoad), features: [], mode: 'bbox' });
      const box = (): BBox => [113.25, 29.45, 113.29, 29.49];
      const { result, rerender } = renderHook(
        ({ loads, b }: { loads: Partial<Record<'hazard-sources', LayerLoad>>; b: BBox }) => useFeaturesAround(loads, b),
        { initialProps: { loads: { 'hazard-sources': load() }, b: box() } },
      );
      // a new loads object and a new box object with the same corners every 50 ms, for 1 s
      for (let i = 0; i < 20; i++) {
        await act(async () => {
          vi.advanceTimersByTime(50);
        });
        rerender({ loads: { 'hazard-sources': load() }, b: box() });
      }
      expect(state.around.reads).toHaveLength(1);
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(result.current?.status).toBe('ready');
      expect(result.current?.features['hazard-sources']?.map((f) => f.properties?.id)).toEqual(['HS-001']);
    } finally {
      vi.useRealTimers();
    }
  });
});
