import { describe, expect, it } from 'vitest';
import { flyAction, pickFeature, viewFrom } from '../../src/map/map-helpers';
import { tooltipText } from '../../src/map/tooltip-text';

describe('flyAction', () => {
  it('fits a bbox, and flies to a point', () => {
    expect(flyAction({ seq: 1, bounds: [112, 28, 114, 30] })).toEqual({
      kind: 'fitBounds',
      bounds: [
        [112, 28],
        [114, 30],
      ],
      maxZoom: 16,
    });
    expect(flyAction({ seq: 2, lon: 113.1, lat: 29.3, zoom: 14 })).toEqual({
      kind: 'flyTo',
      center: [113.1, 29.3],
      zoom: 14,
    });
  });

  it('turns a one-point bbox (a single feature’s extent) into a flyTo instead of an infinite zoom', () => {
    expect(flyAction({ seq: 3, bounds: [113, 29, 113, 29] })).toEqual({ kind: 'flyTo', center: [113, 29], zoom: 15 });
  });

  it('ignores empty or broken requests', () => {
    expect(flyAction(null)).toBeNull();
    expect(flyAction({ seq: 4 })).toBeNull();
    expect(flyAction({ seq: 5, lon: Number.NaN, lat: 29 })).toBeNull();
    expect(flyAction({ seq: 6, bounds: [Number.POSITIVE_INFINITY, 0, 1, 1] })).toBeNull();
  });
});

describe('viewFrom', () => {
  it('rounds to ~1 m and 0.01 zoom so URLs stay short', () => {
    const { view, bounds } = viewFrom({ lng: 113.123456789, lat: 29.987654321 }, 8.23456, [112.1111111, 28, 114, 30]);
    expect(view).toEqual({ lon: 113.12346, lat: 29.98765, zoom: 8.23 });
    expect(bounds).toEqual([112.11111, 28, 114, 30]);
  });
});

describe('pickFeature', () => {
  const feat = (layerId: string, properties: Record<string, unknown>, source = 'hazard-sources') => ({
    layer: { id: layerId },
    source,
    properties,
    geometry: { type: 'Point', coordinates: [113, 29] },
  });

  it('returns the topmost data feature as a store selection', () => {
    const p = pickFeature([feat('bm-places-label', { name: '岳阳市' }), feat('hazard-sources-point', { id: 'WXY-1' })]);
    expect(p).toMatchObject({ kind: 'feature', ref: { layer: 'hazard-sources', id: 'WXY-1' } });
  });

  it('recognises a cluster so a click can zoom into it', () => {
    const p = pickFeature([
      feat('protected-targets-cluster', { cluster: true, cluster_id: 7, point_count: 12 }, 'protected-targets'),
    ]);
    expect(p).toEqual({
      kind: 'cluster',
      layer: 'protected-targets',
      source: 'protected-targets',
      clusterId: 7,
      lngLat: [113, 29],
    });
  });

  it('skips basemap features and features without an id', () => {
    expect(pickFeature([feat('bm-countries', { name_zh: '中国' })])).toBeNull();
    expect(pickFeature([feat('fire-stations-icon', {})])).toBeNull();
    expect(pickFeature(undefined)).toBeNull();
  });
});

describe('tooltipText', () => {
  it('names the grade in words for each layer', () => {
    expect(tooltipText('hazard-sources', { name: '甲醇罐区', grade: '二级', riskLevel: 'orange' }, 'zh')).toEqual({
      name: '甲醇罐区',
      grade: '二级 · 较大风险',
      layerName: '重大危险源',
    });
    expect(tooltipText('chemical-parks', { name: '云溪园', parkClass: 'C', riskLevel: 'yellow' }, 'en').grade).toBe(
      'class C · Moderate risk',
    );
    expect(
      tooltipText(
        'tailings-ponds',
        { name: 'X', class: '四等', safety: '病库', overhead: true, riskLevel: 'orange' },
        'zh',
      ).grade,
    ).toBe('四等 · 病库 · 头顶库 · 较大风险');
    expect(tooltipText('fire-stations', { name: 'Y', type: '一级站', status: '规划' }, 'zh').grade).toBe(
      '一级站 · 规划',
    );
    expect(tooltipText('protected-targets', { name: 'Z', category: '学校', targetClass: '高敏感' }, 'zh').grade).toBe(
      '学校 · 高敏感',
    );
  });
});
