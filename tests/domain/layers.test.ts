import { describe, expect, it } from 'vitest';
import {
  COMMON_LEDGER_COLUMNS,
  GEOMETRY_LEDGER_COLUMNS,
  gradeField,
  LAYER_IDS,
  LAYERS,
  type LayerId,
  resolveHeader,
  SCHEMA_VERSION,
} from '../../src/domain';

/** Keys of the props interfaces in src/domain/feature-props.ts. */
const COMMON = [
  'id',
  'name',
  'adcode',
  'status',
  'source',
  'updated',
  'contact',
  'phone',
  'riskLevel',
  'gradeBasis',
  'extra',
];
const PROPS_KEYS: Record<LayerId, string[]> = {
  'hazard-sources': [
    ...COMMON,
    'enterprise',
    'chemicals',
    'people500m',
    'declaredGrade',
    'parkId',
    'S',
    'alpha',
    'R',
    'grade',
    'gradeMismatch',
  ],
  'tailings-ponds': [
    ...COMMON,
    'volume10kM3',
    'damHeightM',
    'declaredClass',
    'safety',
    'overhead',
    'downstream',
    'class',
    'classMismatch',
  ],
  'chemical-parks': [...COMMON, 'riskScore', 'recognition', 'areaKm2', 'geomAreaKm2', 'parkClass'],
  'fire-stations': [
    ...COMMON,
    'type',
    'plannedYear',
    'vehicles',
    'staff',
    'districtKm2',
    'districtCapKm2',
    'speciality',
  ],
  'protected-targets': [...COMMON, 'category', 'people', 'dwellings', 'targetClass'],
  'hidden-dangers': [
    ...COMMON,
    'enterprise',
    'category',
    'dangerLevel',
    'supervision',
    'stage',
    'openedDate',
    'dueDate',
    'closedDate',
    'relatedId',
    'description',
  ],
  boundaries: [...COMMON, 'level', 'parent', 'approximate', 'geomAreaKm2'],
};

const INT_KEYS = ['people500m', 'plannedYear', 'vehicles', 'staff', 'people', 'dwellings'];
const BOOL_KEYS = ['gradeMismatch', 'overhead', 'classMismatch', 'approximate'];
const DOUBLE_KEYS = [
  'S',
  'alpha',
  'R',
  'volume10kM3',
  'damHeightM',
  'riskScore',
  'areaKm2',
  'geomAreaKm2',
  'districtKm2',
  'districtCapKm2',
];
const NEVER_PUBLIC = [
  'contact',
  'phone',
  'chemicals',
  'extra',
  'people500m',
  'S',
  'alpha',
  'R',
  'downstream',
  'description',
];

/** A complete valid ledger row per layer (canonical keys). */
const SAMPLE_ROWS: Record<LayerId, Record<string, string>> = {
  'hazard-sources': {
    id: 'HS-1',
    name: '储罐区',
    chemicals: '氯:12;液氨:30',
    people500m: '120',
    enterprise: '某公司',
    contact: '张三',
    phone: '0730-1234567',
  },
  'tailings-ponds': {
    id: 'TP-1',
    name: '尾矿库',
    volume10kM3: '1200',
    damHeightM: '45',
    safety: '正常库',
    overhead: '是',
    downstream: '某村',
  },
  'chemical-parks': { id: 'CP-1', name: '园区', riskScore: '66', areaKm2: '10' },
  'fire-stations': { id: 'FS-1', name: '消防站', type: '一级站', status: '现有', districtKm2: '6' },
  'protected-targets': { id: 'PT-1', name: '小区', category: '居民区', people: '300', dwellings: '100' },
  'hidden-dangers': {
    id: 'YH-1',
    name: '储罐区液位计失效',
    dangerLevel: '重大',
    supervision: '市级',
    stage: '核销',
    openedDate: '2025-03-02',
    dueDate: '2025-06-30',
    closedDate: '2025-06-12',
    description: '液位计失效',
  },
  boundaries: { id: '430602', name: '岳阳楼区', adcode: '430602', level: 'district', approximate: '是' },
};

function built(layer: LayerId): Record<string, unknown> {
  const r = LAYERS[layer].parseRow(SAMPLE_ROWS[layer], { geomAreaKm2: 10 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { ...r.props, extra: '{}' };
}

describe('LAYERS', () => {
  it('defines every layer id, keyed by its own id', () => {
    expect(Object.keys(LAYERS).sort()).toEqual([...LAYER_IDS].sort());
    for (const id of LAYER_IDS) expect(LAYERS[id].id).toBe(id);
  });

  it('has SCHEMA_VERSION 1', () => {
    expect(SCHEMA_VERSION).toBe(1);
  });

  it.each([
    ['hazard-sources', 'grade'],
    ['tailings-ponds', 'class'],
    ['chemical-parks', 'parkClass'],
    ['fire-stations', 'type'],
    ['protected-targets', 'targetClass'],
    ['hidden-dangers', 'dangerLevel'],
    ['boundaries', 'level'],
  ] as const)('gradeField(%s) = %s', (layer, field) => {
    expect(gradeField(layer)).toBe(field);
    expect(built(layer)[field]).toEqual(expect.any(String));
  });
});

describe.each([...LAYER_IDS])('%s definition', (id) => {
  const def = LAYERS[id];

  it('outputs every props key once, with FGB types', () => {
    const keys = def.outputColumns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...PROPS_KEYS[id]].sort());
    for (const c of def.outputColumns) {
      const type = INT_KEYS.includes(c.key)
        ? 'int'
        : BOOL_KEYS.includes(c.key)
          ? 'bool'
          : DOUBLE_KEYS.includes(c.key)
            ? 'double'
            : 'string';
      expect([c.key, c.type]).toEqual([c.key, type]);
    }
  });

  it('parseRow gives exactly the output keys but extra, with non-null values where non-nullable', () => {
    const props = built(id);
    expect(Object.keys(props).sort()).toEqual([...PROPS_KEYS[id]].sort());
    for (const c of def.outputColumns) if (!c.nullable) expect(props[c.key], c.key).not.toBeNull();
  });

  it('ledger columns: common first, unique keys, no location columns', () => {
    const keys = def.ledgerColumns.map((c) => c.key);
    expect(keys.slice(0, COMMON_LEDGER_COLUMNS.length)).toEqual(COMMON_LEDGER_COLUMNS.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const g of GEOMETRY_LEDGER_COLUMNS) {
      expect(keys).not.toContain(g.key);
      expect(def.ledgerColumns.map((c) => c.zh)).not.toContain(g.zh);
    }
  });

  it('public fields are output columns and never internal ones', () => {
    const keys = def.outputColumns.map((c) => c.key);
    for (const f of def.publicFields) expect(keys).toContain(f);
    for (const f of NEVER_PUBLIC) expect(def.publicFields).not.toContain(f);
    if (id === 'hazard-sources') expect(def.publicFields).not.toContain('gradeBasis');
  });

  it('propsSchema accepts built props and their FGB read-back with nulls', () => {
    const props = built(id);
    expect(def.propsSchema.safeParse(props).success).toBe(true);
    const nulled = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, def.outputColumns.find((c) => c.key === k)?.nullable ? null : v]),
    );
    expect(def.propsSchema.safeParse(nulled).success).toBe(true);
  });

  it('propsSchema accepts a public-build feature (only public fields present)', () => {
    const props = built(id);
    const pub = Object.fromEntries(def.publicFields.map((k) => [k, props[k]]));
    const parsed = def.propsSchema.safeParse(pub);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('propsSchema rejects a feature without a name or with a wrong grade', () => {
    const props = built(id);
    expect(def.propsSchema.safeParse({ ...props, name: null }).success).toBe(false);
    expect(def.propsSchema.safeParse({ ...props, [gradeField(id)]: '六级' }).success).toBe(false);
  });
});

describe('resolveHeader', () => {
  const cols = LAYERS['tailings-ponds'].ledgerColumns;
  it.each([
    ['坝高(m)', 'damHeightM'],
    ['坝高', 'damHeightM'],
    ['DAMHEIGHTM', 'damHeightM'],
    ['坝高(m) [damHeightM]', 'damHeightM'],
    ['坝高（m）［damHeightM］', 'damHeightM'],
    [' 全库容(万m³) ', 'volume10kM3'],
    ['编号 [id]', 'id'],
    ['联系电话', 'phone'],
  ])('%s → %s', (header, key) => {
    expect(resolveHeader(header, cols)).toBe(key);
  });

  it('leaves unknown headers (extra columns) unresolved', () => {
    expect(resolveHeader('备注', cols)).toBeUndefined();
    expect(resolveHeader('经度 [lon]', cols)).toBeUndefined();
    expect(resolveHeader('经度 [lon]', GEOMETRY_LEDGER_COLUMNS)).toBe('lon');
  });
});

describe('common column validation', () => {
  it('checks adcode, date and required id/name on every layer', () => {
    for (const id of LAYER_IDS) {
      const r = LAYERS[id].parseRow(
        { ...SAMPLE_ROWS[id], id: '', adcode: '43060A', updated: '2026-13-01' },
        { geomAreaKm2: 10 },
      );
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.column)).toEqual(['id', 'adcode', 'updated']);
        expect(r.issues[1]?.reason).toBe('行政区划代码应为六位数字: "43060A" (adcode must be six digits, GB/T 2260)');
        expect(r.issues[2]?.reason).toBe(
          '更新日期不是有效日期 YYYY-MM-DD: "2026-13-01" (updated is not a YYYY-MM-DD date)',
        );
      }
    }
  });

  it('trims values and treats blanks as empty', () => {
    const r = LAYERS['fire-stations'].parseRow(
      { id: ' FS-9 ', name: ' 站 ', type: ' 小型站 ', status: '现有', vehicles: ' ', adcode: '430602 ' },
      {},
    );
    expect(r.ok && r.props).toMatchObject({ id: 'FS-9', name: '站', type: '小型站', vehicles: null, adcode: '430602' });
  });
});
