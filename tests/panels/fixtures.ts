import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../../src/domain/layer-ids';

/**
 * Hand-made features for panel tests, shaped like validated layer-store output. `state` is what the mocked
 * src/data/layer-store returns; tests may replace entries (e.g. set `invalid`) before rendering.
 */
const point = (lon: number, lat: number, props: Record<string, unknown>): Feature<Geometry> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: props,
});

const common = (id: string, name: string, riskLevel: string | null, gradeBasis: string) => ({
  id,
  name,
  adcode: '430602',
  status: null,
  source: '岳阳市应急管理局台账',
  updated: '2026-11-01',
  contact: '张三',
  phone: '0730-0000000',
  riskLevel,
  gradeBasis,
  extra: '{}',
});

const hazard = (id: string, name: string, lon: number, lat: number, level: string, grade: string, more = {}) =>
  point(lon, lat, {
    ...common(id, name, level, `R = 2.0 × (4×12/5) = 19.2 → ${grade}（GB 18218-2018 表6）`),
    status: '在役',
    enterprise: `${name}有限公司`,
    chemicals: '氯:12;液氨:30',
    people500m: 120,
    declaredGrade: null,
    parkId: null,
    S: 9.6,
    alpha: 2,
    R: 19.2,
    grade,
    gradeMismatch: false,
    ...more,
  });

export const HAZARDS = [
  hazard('HS-001', '云溪氯碱装置', 113.27, 29.47, 'red', '一级', {
    declaredGrade: '二级',
    gradeMismatch: true,
  }),
  hazard('HS-002', '临湘液氨罐区', 113.45, 29.48, 'orange', '二级'),
  hazard('HS-003', '华容溶剂仓库', 112.56, 29.53, 'yellow', '三级'),
  hazard('HS-004', '汨罗甲醇储罐', 113.08, 28.8, 'yellow', '三级'),
  hazard('HS-005', '平江加油站油库', 113.58, 28.7, 'blue', '四级'),
];

export const TAILINGS = [
  point(113.9, 29.2, {
    ...common('TP-001', '桃林铅锌矿尾矿库', 'orange', '全库容 120 万m³、坝高 35 m → 四等；病库 → 较大风险'),
    status: '运行',
    volume10kM3: 120,
    damHeightM: 35,
    declaredClass: null,
    safety: '病库',
    overhead: false,
    downstream: '桃林镇',
    class: '四等',
    classMismatch: false,
  }),
];

export const PARKS: Feature<Geometry>[] = [
  {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [113.25, 29.45],
          [113.3, 29.45],
          [113.3, 29.5],
          [113.25, 29.5],
          [113.25, 29.45],
        ],
      ],
    },
    properties: {
      ...common('CP-001', '岳阳绿色化工高新区', 'red', '安全风险评估得分 45 → A类'),
      riskScore: 45,
      recognition: '已认定',
      areaKm2: 27.1,
      geomAreaKm2: 26.9,
      parkClass: 'A',
    },
  },
];

const station = (id: string, name: string, lon: number, lat: number, status: string, type = '一级站') =>
  point(lon, lat, {
    ...common(id, name, null, `${type}（建标152-2017）`),
    status,
    type,
    plannedYear: status === '规划' ? 2028 : null,
    vehicles: 6,
    staff: 30,
    districtKm2: 6.5,
    districtCapKm2: 7,
    speciality: null,
  });

export const STATIONS = [
  // nearest to HS-001 but planned: must be skipped
  station('FS-P1', '云溪规划消防站', 113.271, 29.471, '规划'),
  station('FS-001', '云溪消防站', 113.29, 29.46, '现有'),
  station('FS-002', '岳阳楼消防站', 113.1, 29.37, '现有'),
  station('FS-003', '临湘消防站', 113.46, 29.49, '现有', '二级站'),
];

const target = (id: string, name: string, lon: number, lat: number, targetClass: string, category: string) =>
  point(lon, lat, {
    ...common(id, name, null, `${category} → ${targetClass}（GB 36894-2018）`),
    category,
    people: 800,
    dwellings: null,
    targetClass,
  });

export const TARGETS = [
  // ~300 m and ~800 m east of HS-001 (29.47°N: 0.001° lon ≈ 97 m)
  target('PT-001', '云溪小学', 113.2731, 29.47, '高敏感', '学校'),
  target('PT-002', '云溪社区', 113.2782, 29.47, '一般一类', '居民区'),
  target('PT-003', '云溪医院', 113.2775, 29.4705, '重要', '医院'),
  target('PT-004', '远处村庄', 113.0, 29.0, '一般三类', '居民区'),
];

export interface LayerLoadLike {
  status: 'loading' | 'ready' | 'error';
  features: Feature[];
  error?: string;
  invalid: number;
  invalidList: unknown[];
  mode: 'whole' | 'bbox';
}

const ready = (features: Feature[]): LayerLoadLike => ({
  status: 'ready',
  features,
  invalid: 0,
  invalidList: [],
  mode: 'whole',
});

export const MANIFEST = {
  schemaVersion: 1,
  dataVersion: '2026-11-22',
  synthetic: true,
  public: false,
  layers: {
    'hazard-sources': { file: 'hazard-sources.fgb', featureCount: 5, bbox: [112.56, 28.7, 113.58, 29.53], rejected: 0 },
    'tailings-ponds': { file: 'tailings-ponds.fgb', featureCount: 1, bbox: [113.9, 29.2, 113.9, 29.2], rejected: 2 },
    'chemical-parks': { file: 'chemical-parks.fgb', featureCount: 1, bbox: [113.25, 29.45, 113.3, 29.5], rejected: 0 },
    'fire-stations': { file: 'fire-stations.fgb', featureCount: 4, bbox: [113.1, 29.37, 113.46, 29.49], rejected: 0 },
    'protected-targets': {
      file: 'protected-targets.fgb',
      featureCount: 4,
      bbox: [113, 29, 113.28, 29.47],
      rejected: 0,
    },
  },
};

export function freshState() {
  return {
    manifest: { status: 'ready' as const, manifest: structuredClone(MANIFEST), error: undefined as string | undefined },
    layers: {
      'hazard-sources': ready(HAZARDS),
      'tailings-ponds': ready(TAILINGS),
      'chemical-parks': ready(PARKS),
      'fire-stations': ready(STATIONS),
      'protected-targets': ready(TARGETS),
      'hidden-dangers': ready([]),
      boundaries: ready([]),
    } as Record<LayerId, LayerLoadLike>,
    /** layers streamed by the view (mock-layer-store's layerSource): the area the view holds, null for grid cells */
    streamed: {} as Partial<Record<LayerId, { cover: [number, number, number, number] | null }>>,
    /** calls of the mocked reloadData (重试 on a layer that failed to load) */
    reloads: 0,
    /** reads beyond the view (mock-data-client.ts): each one asked, and an error to fail them with */
    around: {
      reads: [] as { layer: LayerId; rect: { minX: number; minY: number; maxX: number; maxY: number } }[],
      fail: null as string | null,
    },
  };
}

/** Mutable: the mocked hooks read it on every render. Reset with `Object.assign(state, freshState())`. */
export const state = freshState();
