import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, offlineBasemapStyle } from '../../src/map/basemap-style';
import { AMAP_REFUSAL, basemapOptions, basemapStyle, basemapValue, parseBasemap } from '../../src/map/basemaps';

const root = join(import.meta.dirname, '../..');

describe('offline basemap style', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`validates and makes no request to another origin (${mode})`, () => {
      const style = offlineBasemapStyle(mode, '/');
      expect(validateStyleMin(style)).toEqual([]);
      // no glyph server, no sprite: labels are drawn from local fonts, icons at runtime
      expect(style).not.toHaveProperty('glyphs');
      expect(style).not.toHaveProperty('sprite');
      for (const src of Object.values(style.sources)) {
        expect(src.type).toBe('geojson');
        expect((src as { data: string }).data).toMatch(/^\/basemap\/[a-z]+\.geojson$/);
      }
    });
  }

  it('follows the app base URL', () => {
    const style = offlineBasemapStyle('light', '/riskatlas/');
    expect((style.sources['bm-land'] as { data: string }).data).toBe('/riskatlas/basemap/land.geojson');
  });

  it('has every file it asks for, with 长江, 洞庭湖 (marked 示意) and the county seats near 岳阳', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(root, 'public/basemap', `${f}.geojson`), 'utf8'));
    for (const f of BASEMAP_FILES) expect(read(f).features.length).toBeGreaterThan(0);
    const rivers = read('rivers').features as { properties: { name: string | null } }[];
    expect(rivers.some((r) => r.properties.name === '长江')).toBe(true);
    const lakes = read('lakes').features as { properties: { name: string; schematic: boolean } }[];
    expect(lakes.find((l) => l.properties.schematic)?.properties.name).toBe('洞庭湖（示意）');
    const places = read('places').features as { properties: { name: string; kind: string } }[];
    expect(places.filter((p) => p.properties.kind === 'county')).toHaveLength(10);
    const countries = read('countries').features as { properties: { iso_a2: string; name_zh: string } }[];
    expect(countries.find((c) => c.properties.iso_a2 === 'CN')?.properties.name_zh).toBe('中国');
  });
});

describe('basemap options', () => {
  it('refuses AMap (GCJ-02) with the reason', () => {
    const amap = basemapOptions(null).find((o) => o.id === 'amap');
    expect(amap?.enabled).toBe(false);
    expect(amap?.reason?.zh).toBe('高德底图使用 GCJ-02 坐标，与本系统 WGS84/CGCS2000 数据存在约数百米偏移，已禁用');
    expect(basemapStyle({ id: 'amap' }, 'light', 'k')).toEqual({ error: AMAP_REFUSAL });
  });

  it('disables 天地图 without a key, saying how to set one, and builds vec_w + cva_w with one', () => {
    const off = basemapOptions(null).find((o) => o.id === 'tianditu');
    expect(off?.enabled).toBe(false);
    expect(off?.reason?.zh).toContain('VITE_TIANDITU_KEY');
    expect(basemapOptions('abc').find((o) => o.id === 'tianditu')?.enabled).toBe(true);
    const r = basemapStyle({ id: 'tianditu' }, 'light', 'abc');
    if (!('style' in r) || typeof r.style === 'string') throw new Error('expected a style object');
    expect(validateStyleMin(r.style)).toEqual([]);
    const tiles = Object.values(r.style.sources).flatMap((s) => (s as { tiles: string[] }).tiles);
    expect(tiles.some((t) => t.includes('/vec_w/') && t.includes('tk=abc'))).toBe(true);
    expect(tiles.some((t) => t.includes('/cva_w/'))).toBe(true);
  });

  it('defaults to the offline basemap, and only the offline one makes no online request', () => {
    expect(parseBasemap(undefined)).toEqual({ id: 'offline' });
    expect(parseBasemap('no-such')).toEqual({ id: 'offline' });
    expect(
      basemapOptions(null)
        .filter((o) => !o.online)
        .map((o) => o.id),
    ).toEqual(['offline']);
  });

  it('keeps a user URL in the store value', () => {
    const c = { id: 'style-url' as const, url: 'https://example.org/style.json' };
    expect(parseBasemap(basemapValue(c))).toEqual(c);
    const pm = { id: 'pmtiles' as const, url: 'pmtiles://https://example.org/a.pmtiles' };
    expect(parseBasemap(basemapValue(pm))).toEqual(pm);
    expect(basemapStyle(c, 'light', null)).toEqual({ style: c.url });
    expect(basemapStyle({ id: 'style-url', url: 'javascript:alert(1)' }, 'light', null)).toHaveProperty('error');
  });
});
