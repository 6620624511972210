// @vitest-environment jsdom
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportFeatures } from '../../src/data/export/export-features';
import { ImportEngine } from '../../src/data/import/engine';
import { kmlToGeojsonText, readKml } from '../../src/data/import/read-kml';
import { ImportFileError } from '../../src/data/import/types';
import { blobBytes, lonLatOf, utf8 } from './helpers';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>岳阳楼</name><ExtendedData><Data name="类别"><value>文物保护单位</value></Data></ExtendedData>
<Point><coordinates>113.0912,29.3813,0</coordinates></Point></Placemark>
<Placemark><name>巡查路线</name><LineString><coordinates>113.1,29.3 113.2,29.4</coordinates></LineString></Placemark>
<Placemark><name>无坐标</name></Placemark>
</Document></kml>`;

describe('KML (togeojson + DOMParser)', () => {
  it('reads placemarks with their data; a placemark without geometry is rejected, not dropped', async () => {
    const table = readKml('a.kml', utf8(KML), new DOMParser());
    expect(table.sourceFormat).toBe('kml');
    expect(table.declaredCrs?.crs).toBe('WGS84');
    // the worker path: converted to GeoJSON on the main thread, then read as KML
    const engine = new ImportEngine();
    const preview = await engine.read('a.kml', kmlToGeojsonText(utf8(KML), new DOMParser()), { format: 'kml' });
    expect(preview.format).toBe('kml');
    expect(preview.detected.crs).toBe('WGS84');
    const result = engine.process({ target: 'generic', mapping: preview.detected.mapping, crs: 'WGS84' });
    expect(result.features.map((f) => f.properties?.name)).toEqual(['岳阳楼', '巡查路线']);
    expect(lonLatOf(result.features[0] as Feature)).toEqual([113.0912, 29.3813]);
    expect(result.rejectedRows).toEqual([3]);
    expect(result.features[0]?.properties?.类别).toBe('文物保护单位');
  });

  it('refuses XML that is not KML', () => {
    expect(() => readKml('x.kml', utf8('<gpx></gpx>'), new DOMParser())).toThrow(ImportFileError);
    expect(() => readKml('x.kml', utf8('<kml><unclosed></kml>'), new DOMParser())).toThrow(ImportFileError);
  });

  it('round-trips an export: points, lines, polygons and their properties', async () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [113.1, 29.3] },
        properties: { name: '甲 & <乙>', n: 3, __imported: true },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [113, 29],
            [113.1, 29.1],
          ],
        },
        properties: { name: '线' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [113, 29],
              [113.2, 29],
              [113.2, 29.2],
              [113, 29],
            ],
            [
              [113.05, 29.05],
              [113.1, 29.05],
              [113.1, 29.1],
              [113.05, 29.05],
            ],
          ],
        },
        properties: { name: '面' },
      },
    ];
    const file = await exportFeatures('kml', features, 'generic', '导出');
    expect(file.name).toBe('导出.kml');
    const back = readKml(file.name, await blobBytes(file.blob), new DOMParser());
    expect(back.rows.map((r) => (r.geometry as { type: string }).type)).toEqual(['Point', 'LineString', 'Polygon']);
    const first = back.rows[0]?.original as Feature;
    expect(first.properties?.name).toBe('甲 & <乙>');
    expect(first.properties?.n).toBe('3');
    expect(first.properties).not.toHaveProperty('__imported');
    expect((back.rows[2]?.geometry as { coordinates: unknown[] } | undefined)?.coordinates).toHaveLength(2);
  });
});
