import type { Feature, Polygon, Position } from 'geojson';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { geodesicDistance } from '../../../src/analysis/geodesic-distance';
import { buildFeatureIndex, censusCsv, checkSiting, protectiveDistanceCensus } from '../../../src/analysis/siting';
import { applyScenario } from '../../../src/domain/siting/apply-scenario';
import { translate } from '../../../src/i18n/use-t';
import { censusSheets, scopeText } from '../../../src/panels/siting/census-export';
import { hazardZones, mapDataBounds, sitingMapData, zonesGeoJson } from '../../../src/panels/siting/map-data';
import type { SitingData } from '../../../src/panels/siting/use-siting-results';
import { HAZARDS, PARKS, TAILINGS, TARGETS } from '../fixtures';

const t = ((key, vars) => translate('zh', key, vars)) as Parameters<typeof hazardZones>[4];
const RED = { fill: '#E53935', stroke: '#7F1D1D' };

function data(): SitingData {
  const hazardFeatures = { 'hazard-sources': HAZARDS, 'tailings-ponds': TAILINGS, 'chemical-parks': PARKS };
  const all = [...Object.entries(hazardFeatures), ['protected-targets', TARGETS] as const];
  const ready = { status: 'ready' as const, errors: [], retry: () => {} };
  return {
    loads: {},
    hazards: ready,
    targets: ready,
    hazardFeatures,
    targetFeatures: TARGETS,
    byId: (layer, id) =>
      all.find(([l]) => l === layer)?.[1].find((f: Feature) => f.properties?.id === id) as Feature | undefined,
  };
}

describe('zone display geometry (display only)', () => {
  it('a point hazard: inner disk and middle/outer rings at 30/18/8 %, each edge on its geodesic radius', () => {
    const centre: Position = [113.27, 29.47];
    const { zones, labels } = hazardZones(
      { type: 'Point', coordinates: centre },
      [{ id: 'hs-grade-1', zones: { inner: 300, middle: 1000, outer: 2000 } }],
      RED,
      'HS-001',
      t,
    );
    expect(zones.map((z) => [z.properties?.zone, z.properties?.opacity, z.properties?.radiusM])).toEqual([
      ['inner', 0.3, 300],
      ['middle', 0.18, 1000],
      ['outer', 0.08, 2000],
    ]);
    const rings = zones.map((z) => (z.geometry as Polygon).coordinates);
    expect(rings[0]).toHaveLength(1); // a disk
    expect(rings[1]).toHaveLength(2); // a band: its hole is the inner edge
    for (const [i, r] of [300, 1000, 2000].entries()) {
      for (const p of rings[i]?.[0] ?? []) expect(geodesicDistance(centre, p)).toBeCloseTo(r, 3);
    }
    expect(labels.map((l) => l.properties?.label)).toEqual(['内区 300 m', '中区 1 km', '外区 2 km']);
  });

  it('a code minimum (fixed rule) is a dashed edge, not a band', () => {
    const { zones, labels } = hazardZones(
      { type: 'Point', coordinates: [113, 29] },
      [{ id: 'gb50160-lpg-residential', zones: { inner: 150, middle: 150, outer: 150 }, fixed: '不建议' }],
      RED,
      'X',
      t,
    );
    expect(zones.map((z) => [z.properties?.zone, z.properties?.dashed, z.properties?.opacity])).toEqual([
      ['fixed', true, 0],
    ]);
    expect(labels[0]?.properties?.label).toBe('规范 150 m');
  });

  it('a park: zones grow from its outline, the park itself inside the inner zone', () => {
    const park = PARKS[0];
    if (!park?.geometry) throw new Error('fixture');
    const { zones } = hazardZones(
      park.geometry,
      [{ id: 'cp-class-A', zones: { inner: 500, middle: 1000, outer: 2000 } }],
      RED,
      'CP-001',
      t,
    );
    expect(zones).toHaveLength(3);
    const inner = (zones[0]?.geometry as Polygon | undefined)?.coordinates[0] ?? [];
    // every vertex of the 500 m band edge lies ~500 m outside the square park (corners: on the rounded arc)
    const xs = inner.map((p) => p[0] as number);
    expect(Math.min(...xs)).toBeLessThan(113.25);
    expect(Math.max(...xs)).toBeGreaterThan(113.3);
    const west: Position = [Math.min(...xs), 29.475];
    expect(geodesicDistance(west, [113.25, 29.475])).toBeGreaterThan(490);
    expect(geodesicDistance(west, [113.25, 29.475])).toBeLessThan(510);
  });
});

describe('siting map data and exports', () => {
  const d = data();
  const effective = applyScenario(null);
  const site = {
    geometry: { type: 'Point' as const, coordinates: [113.272, 29.47] },
    origin: 'typed' as const,
    label: '',
  };
  const hazards = Object.fromEntries(Object.entries(d.hazardFeatures).map(([k, v]) => [k, buildFeatureIndex(v)]));
  const report = checkSiting({ site: site.geometry, development: { category: '学校' }, hazards });
  const base = {
    tab: 'check' as const,
    site,
    category: '学校',
    siting: report,
    inverse: null,
    proposedAt: null,
    census: null,
    censusOnMap: true,
    effective,
    data: d,
    t,
  };

  it('the check tab draws the site and the zones of every hazard in the report, and bounds cover them', () => {
    const m = sitingMapData(base);
    expect(m.site.features).toHaveLength(1);
    const ids = new Set(m.zones.features.map((f) => f.properties?.hazardId));
    expect([...ids].sort()).toEqual(report.hazards.map((h) => h.id).sort());
    const b = mapDataBounds(m);
    expect(b).not.toBeNull();
    const [x0, y0, x1, y1] = b as number[];
    // HS-001's 2 km outer ring is the widest: bounds ≈ ±2 km around it
    expect(geodesicDistance([113.27, 29.47], [x1 as number, 29.47])).toBeGreaterThan(1990);
    expect(x0).toBeLessThan(113.25);
    expect(y0).toBeLessThan(29.45);
    expect(y1).toBeGreaterThan(29.5);
    const gj = zonesGeoJson(m, report);
    expect(gj.features[0]?.properties).toEqual({ kind: 'site' });
    expect(gj.features.slice(1).every((f) => typeof f.properties?.ruleId === 'string')).toBe(true);
    expect(gj.features.find((f) => f.properties?.hazardId === 'HS-001')?.properties).toMatchObject({
      hazardName: '云溪氯碱装置',
      layer: 'hazard-sources',
      grade: '一级',
      kind: 'zone',
      adjusted: false,
    });
  });

  it('the census tab draws each violating pair, coloured and labelled by verdict', () => {
    const census = protectiveDistanceCensus({ hazards: d.hazardFeatures, targets: TARGETS });
    const m = sitingMapData({ ...base, tab: 'census', census });
    expect(m.pairs.features).toHaveLength(census.violations.length);
    expect(m.site.features).toHaveLength(0);
    const labels = m.targets.features.map((f) => f.properties?.label as string);
    expect(labels.some((l) => l.startsWith('✕ 云溪小学 · 不建议'))).toBe(true);
    expect(sitingMapData({ ...base, tab: 'census', census, censusOnMap: false }).pairs.features).toHaveLength(0);
  });

  it('the XLSX workbook holds the engine CSV cell for cell, plus relocation and notes', async () => {
    const census = protectiveDistanceCensus({ hazards: d.hazardFeatures, targets: TARGETS });
    const scope = scopeText({ kind: 'view', view: [113, 29.2, 113.5, 29.6], targetsBox: [0, 0, 0, 0] }, 2000);
    const sheets = censusSheets(census, { dataVersion: '2026-11-22', synthetic: true, date: '2026-11-30', scope });
    const buffer = await writeXlsxFile(sheets as never).toBuffer();
    const rows = await readSheet(buffer, 1);
    const csvRows = censusCsv(census)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows.length).toBe(csvRows.length);
    expect(rows[0]).toEqual(csvRows[0]);
    for (const [i, row] of rows.entries()) {
      expect(row.map((c) => (c === null ? '' : String(c)))).toEqual(csvRows[i]);
    }
    const relocation = await readSheet(buffer, 2);
    expect(relocation.slice(1).map((r) => r[1])).toEqual(census.relocation.map((c) => c.hazardId));
    const notes = await readSheet(buffer, 3);
    expect(notes.map((r) => r[0])).toContain('数据版本');
    // on streamed data the workbook says which hazards were covered: those in the view's box, with the reach
    expect(notes.find((r) => r[0] === '范围')?.[1]).toBe(
      '视野内的危险源（经度 113.00000–113.50000，纬度 29.20000–29.60000），对其 2000 m 内的全部防护目标',
    );
    expect(scopeText({ kind: 'loaded' }, 2000)).toBe('已加载的全部数据');
  });
});
