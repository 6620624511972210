// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  siteFromCsv,
  siteFromFile,
  siteFromGeoJson,
  siteFromKml,
  siteFromText,
} from '../../../src/panels/siting/parse-site';

const square = [
  [113.1, 29.3],
  [113.101, 29.3],
  [113.101, 29.301],
  [113.1, 29.301],
  [113.1, 29.3],
];

describe('site readers (step 1 选址)', () => {
  it('GeoJSON: a FeatureCollection, a Feature or a bare geometry; the first feature like the CLI', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113, 29] }, properties: {} },
      ],
    };
    const r = siteFromGeoJson(fc);
    expect(r.ok && r.geometry.type).toBe('Polygon');
    expect(r.ok && r.note?.key).toBe('siting.note.firstFeature');
    const f = siteFromGeoJson({ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 29] }, properties: {} });
    expect(f).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [113, 29] } });
    expect(siteFromGeoJson({ type: 'Point', coordinates: [113, 29] })).toEqual(f);
  });

  it('GeoJSON: refuses lines, empty files and coordinates out of range, naming why', () => {
    expect(
      siteFromGeoJson({
        type: 'LineString',
        coordinates: [
          [113, 29],
          [113.1, 29],
        ],
      }),
    ).toEqual({
      ok: false,
      error: { key: 'siting.err.geometryType', vars: { type: 'LineString' } },
    });
    expect(siteFromGeoJson({ type: 'FeatureCollection', features: [] })).toEqual({
      ok: false,
      error: { key: 'siting.err.noGeometry' },
    });
    expect(siteFromGeoJson({ type: 'Point', coordinates: [29, 113] })).toMatchObject({
      ok: false,
      error: { key: 'siting.err.range' },
    });
    expect(siteFromFile('a.geojson', '{not json')).toEqual({ ok: false, error: { key: 'siting.err.notGeoJson' } });
  });

  it('KML: the first placemark with a point or polygon (togeojson)', () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>线</name><LineString><coordinates>113,29 113.1,29</coordinates></LineString></Placemark>
  <Placemark><name>用地</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
    113.1,29.3,0 113.101,29.3,0 113.101,29.301,0 113.1,29.301,0 113.1,29.3,0
  </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;
    const r = siteFromKml(kml);
    expect(r.ok).toBe(true);
    if (!r.ok || r.geometry.type !== 'Polygon') throw new Error('expected a polygon');
    expect(r.geometry.coordinates[0]?.map((p) => [p[0], p[1]])).toEqual(square);
    expect(siteFromFile('x.kml', '<kml><oops')).toEqual({ ok: false, error: { key: 'siting.err.badKml' } });
  });

  it('CSV: lon,lat with or without a header, any column order by header, one row = point', () => {
    expect(siteFromCsv('113.12,29.36\n')).toEqual({
      ok: true,
      geometry: { type: 'Point', coordinates: [113.12, 29.36] },
    });
    const body = square
      .slice(0, 4)
      .map(([x, y]) => `${y},${x}`)
      .join('\n');
    const r = siteFromCsv(`\uFEFF纬度,经度\n${body}\n`);
    expect(r).toEqual({ ok: true, geometry: { type: 'Polygon', coordinates: [square] } });
    const noHeader = siteFromCsv(
      square
        .slice(0, 4)
        .map(([x, y]) => `${x},${y}`)
        .join('\r\n'),
    );
    expect(noHeader).toEqual(r);
    expect(siteFromCsv('lon,lat\n113,29\n113.1,29\n')).toEqual({
      ok: false,
      error: { key: 'siting.err.tooFewVertices' },
    });
    expect(siteFromCsv('name,value\na,1\n')).toEqual({ ok: false, error: { key: 'siting.err.csvHeader' } });
    expect(siteFromCsv('lon,lat\n113,29\n200,29\n113,29.1\n')).toEqual({
      ok: false,
      error: { key: 'siting.err.range', vars: { n: 2 } },
    });
    expect(siteFromFile('a.shp', '')).toEqual({
      ok: false,
      error: { key: 'siting.err.fileType', vars: { ext: 'shp' } },
    });
  });

  it('typed coordinates: one pair is a point, pairs separated by ; or lines make a polygon', () => {
    expect(siteFromText('113.12，29.36')).toEqual({
      ok: true,
      geometry: { type: 'Point', coordinates: [113.12, 29.36] },
    });
    expect(siteFromText('113.1,29.3; 113.101,29.3; 113.101,29.301; 113.1,29.301')).toEqual({
      ok: true,
      geometry: { type: 'Polygon', coordinates: [square] },
    });
    expect(siteFromText('113.1,29.3\nabc')).toEqual({
      ok: false,
      error: { key: 'siting.err.badPair', vars: { n: 2, text: 'abc' } },
    });
    expect(siteFromText('  ')).toEqual({ ok: false, error: { key: 'siting.err.emptyCoords' } });
  });
});
