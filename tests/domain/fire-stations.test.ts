import { describe, expect, it } from 'vitest';
import { FIRE_STATION_DISTRICT_CAPS, LAYERS } from '../../src/domain';

const layer = LAYERS['fire-stations'];
const base = { id: 'FS-1', name: '某消防站', status: '现有' };

describe('建标152-2017 第十四条 district caps', () => {
  it.each([
    ['特勤站', 7],
    ['一级站', 7],
    ['二级站', 4],
    ['小型站', 2],
    ['战勤保障站', null],
    ['专职队', null],
    ['微型站', null],
  ])('%s → %s km²', (type, cap) => {
    expect(FIRE_STATION_DISTRICT_CAPS[type as keyof typeof FIRE_STATION_DISTRICT_CAPS].capKm2).toBe(cap);
    const r = layer.parseRow({ ...base, type }, {});
    expect(r.ok && r.props.districtCapKm2).toBe(cap);
    expect(r.ok && r.props.riskLevel).toBeNull();
  });
});

describe('fire-stations parseRow', () => {
  it('describes type, cap and district in the basis', () => {
    const r = layer.parseRow({ ...base, type: '二级站', districtKm2: '5.5', vehicles: '4', staff: '30' }, {});
    expect(r.ok && r.props).toMatchObject({ type: '二级站', vehicles: 4, staff: 30, districtKm2: 5.5 });
    expect(r.ok && r.props.gradeBasis).toBe(
      '二级站：辖区面积不宜大于 4 km²（建标152-2017 第十四条）；辖区 5.5 km² 超过 4 km²',
    );
  });

  it('notes that 战勤保障站 has no district', () => {
    const r = layer.parseRow({ ...base, type: '战勤保障站' }, {});
    expect(r.ok && r.props.gradeBasis).toContain('不单独划分辖区');
  });

  it('requires plannedYear for a planned station', () => {
    const r = layer.parseRow({ ...base, type: '一级站', status: '规划' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column)).toEqual(['plannedYear']);
    const planned = layer.parseRow({ ...base, type: '一级站', status: '规划', plannedYear: '2028' }, {});
    expect(planned.ok && planned.props.plannedYear).toBe(2028);
  });

  it('reads the optional speciality', () => {
    const r = layer.parseRow({ ...base, type: '特勤站', speciality: '危化' }, {});
    expect(r.ok && r.props.speciality).toBe('危化');
  });

  it('collects bad values', () => {
    const r = layer.parseRow(
      { ...base, type: '三级站', status: '在建', vehicles: '2.5', districtKm2: '-1', speciality: '森林' },
      {},
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.column)).toEqual(['status', 'type', 'vehicles', 'districtKm2', 'speciality']);
      for (const v of ['在建', '三级站', '2.5', '-1', '森林'])
        expect(r.issues.some((i) => i.reason.includes(`"${v}"`))).toBe(true);
    }
  });

  it('requires status (the layer facet)', () => {
    const r = layer.parseRow({ id: 'FS-2', name: 'x', type: '一级站' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column)).toEqual(['status']);
  });
});
