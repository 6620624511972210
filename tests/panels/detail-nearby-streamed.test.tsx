// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { Feature, Point } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { splitDistance } from '../../src/lib/format';
import { DetailCard } from '../../src/panels/detail-card';
import { useAppStore } from '../../src/state/store';
import { HAZARDS, STATIONS, state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
vi.mock('../../src/data/worker/data-client', () => import('./mock-data-client'));
resetBetweenTests();

/**
 * The detail card's nearest fire station on data read by the view (the national data): the map holds stations only
 * a few km around the view, so they are read around the feature, 20, then 60, then 200 km, until one lies within
 * the distance read (mock-data-client answers from the whole fixture layer, as the R-tree read does).
 */
const coords = (f: Feature) => (f.geometry as Point).coordinates as [number, number];

function streamedStations() {
  // loaded: none near (the view is elsewhere); the "file" behind the layer holds every fixture station
  state.layers['fire-stations'] = { ...state.layers['fire-stations'], features: [], mode: 'bbox' };
  state.streamed['fire-stations'] = { cover: [112.58, 28.78, 112.62, 28.82] };
}

describe('DetailCard 周边 on streamed fire stations', () => {
  it('reads around the feature, widening until the nearest is certain: 汨罗 → 岳阳楼消防站 ~63 km', async () => {
    streamedStations();
    useAppStore.getState().select({ layer: 'hazard-sources', id: 'HS-004' });
    render(<DetailCard />);
    const box = await screen.findByTestId('detail-nearest-station');
    const fs2 = STATIONS.find((s) => s.properties?.id === 'FS-002') as Feature;
    const d = splitDistance(geodesicDistance(coords(HAZARDS[3] as Feature), coords(fs2)));
    expect(d.unit).toBe('km');
    expect(box.textContent).toContain('岳阳楼消防站');
    expect(box.textContent).toContain(`直线距离 ${d.value} 公里`);
    // 20 km and 60 km found none within their distance; 200 km did
    const reads = state.around.reads.filter((r) => r.layer === 'fire-stations');
    expect(reads).toHaveLength(3);
    const heights = reads.map((r) => r.rect.maxY - r.rect.minY);
    expect(heights[0]).toBeLessThan(heights[1] as number);
    expect(heights[1]).toBeLessThan(heights[2] as number);
  });

  it('none within 200 km: says so, with the distance it looked', async () => {
    streamedStations();
    const far = { ...(HAZARDS[0] as Feature), geometry: { type: 'Point', coordinates: [87.6, 43.8] } } as Feature;
    far.properties = { ...far.properties, id: 'HS-900' };
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], features: [...HAZARDS, far] };
    useAppStore.getState().select({ layer: 'hazard-sources', id: 'HS-900' });
    render(<DetailCard />);
    expect(await screen.findByText('200 公里内没有现有消防站')).toBeTruthy();
    expect(screen.queryByTestId('detail-nearest-station')).toBeNull();
  });

  it('a failed read is an error with 重试, not "no station"', async () => {
    streamedStations();
    state.around.fail = 'HTTP 503';
    useAppStore.getState().select({ layer: 'hazard-sources', id: 'HS-001' });
    render(<DetailCard />);
    const alert = await screen.findByText(/读取周边消防站失败：.*HTTP 503/);
    expect(alert.textContent).toContain('重试');
    expect(screen.queryByText(/没有现有消防站/)).toBeNull();
  });
});
