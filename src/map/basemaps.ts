import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapMode } from '../theme/map-theme';
import { offlineBasemapStyle } from './basemap-style';

/**
 * Basemap choices for the switcher. Only 'offline' is used by default; the online ones make requests only after
 * the user picks them. `store.basemap` holds `id` or, for user-entered URLs, `id:url` (see basemapValue).
 */
export const BASEMAP_IDS = ['offline', 'tianditu', 'osm', 'style-url', 'pmtiles', 'amap'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
export interface Bilingual {
  zh: string;
  en: string;
}
export interface BasemapChoice {
  id: BasemapId;
  url?: string;
}
export interface BasemapOption {
  id: BasemapId;
  label: Bilingual;
  enabled: boolean;
  /** why the option is disabled (or a caveat when enabled), shown next to it */
  reason?: Bilingual;
  /** the option needs a user-entered URL; `placeholder` shows its form */
  needsUrl?: { placeholder: string };
  online: boolean;
}

export const TIANDITU_KEY_STORAGE = 'riskatlas.tiandituKey';

export const AMAP_REFUSAL: Bilingual = {
  zh: '高德底图使用 GCJ-02 坐标，与本系统 WGS84/CGCS2000 数据存在约数百米偏移，已禁用',
  en: 'AMap tiles use GCJ-02 coordinates, offset by several hundred metres from this system’s WGS84/CGCS2000 data: disabled',
};

/** The 天地图 key from the build env (VITE_TIANDITU_KEY) or, per browser, localStorage. */
export function tiandituKey(): string | null {
  const env = (import.meta.env.VITE_TIANDITU_KEY as string | undefined)?.trim();
  if (env) return env;
  try {
    return globalThis.localStorage?.getItem(TIANDITU_KEY_STORAGE)?.trim() || null;
  } catch {
    return null; // storage blocked (privacy mode): behave as if no key
  }
}

export function parseBasemap(value: string | null | undefined): BasemapChoice {
  const v = value ?? '';
  const i = v.indexOf(':');
  const id = (i < 0 ? v : v.slice(0, i)) as BasemapId;
  if (!BASEMAP_IDS.includes(id)) return { id: 'offline' };
  const url = i < 0 ? undefined : v.slice(i + 1);
  return url ? { id, url } : { id };
}

export const basemapValue = (c: BasemapChoice): string => (c.url ? `${c.id}:${c.url}` : c.id);

export function basemapOptions(key: string | null = tiandituKey()): BasemapOption[] {
  return [
    { id: 'offline', label: { zh: '离线底图', en: 'Offline basemap' }, enabled: true, online: false },
    {
      id: 'tianditu',
      label: { zh: '天地图（矢量）', en: 'Tianditu (vector)' },
      enabled: key !== null,
      online: true,
      ...(key === null
        ? {
            reason: {
              zh: `未配置天地图密钥：请设置 VITE_TIANDITU_KEY，或在浏览器 localStorage 的 ${TIANDITU_KEY_STORAGE} 中填写`,
              en: `No Tianditu key: set VITE_TIANDITU_KEY, or ${TIANDITU_KEY_STORAGE} in this browser's localStorage`,
            },
          }
        : {}),
    },
    {
      id: 'osm',
      label: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
      enabled: true,
      online: true,
      reason: {
        zh: '境外在线底图，边界未经审核，仅供参考',
        en: 'Foreign online map; borders not reviewed, reference only',
      },
    },
    {
      id: 'style-url',
      label: { zh: '自定义样式 URL', en: 'Style URL' },
      enabled: true,
      online: true,
      needsUrl: { placeholder: 'https://…/style.json' },
    },
    {
      id: 'pmtiles',
      label: { zh: 'PMTiles 文件', en: 'PMTiles archive' },
      enabled: true,
      online: true,
      needsUrl: { placeholder: 'pmtiles://https://…/basemap.pmtiles' },
    },
    { id: 'amap', label: { zh: '高德地图', en: 'AMap' }, enabled: false, online: true, reason: AMAP_REFUSAL },
  ];
}

export type ResolvedBasemap = { style: StyleSpecification | string } | { error: Bilingual };

const rasterStyle = (
  name: string,
  tiles: Record<string, { tiles: string[]; attribution: string; maxzoom: number }>,
  mode: MapMode,
): StyleSpecification => ({
  version: 8,
  name,
  sources: Object.fromEntries(
    Object.entries(tiles).map(([id, s]) => [id, { type: 'raster', tileSize: 256, ...s }]),
  ) as StyleSpecification['sources'],
  layers: Object.keys(tiles).map((id) => ({
    id,
    type: 'raster' as const,
    source: id,
    // the dark (应急指挥) workspace dims daytime tiles so the risk symbols stay the brightest thing on screen
    ...(mode === 'dark' ? { paint: { 'raster-brightness-max': 0.55, 'raster-saturation': -0.5 } } : {}),
  })),
});

const tianditu = (layer: 'vec' | 'cva', key: string) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map(
    (s) =>
      `https://t${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );

/**
 * The style for a choice. Synchronous for everything but PMTiles archives (whose tile type is read from the
 * header: see pmtiles-style.ts). Raster tile sources are named `bm-*` so tile errors are recognisable.
 */
export function basemapStyle(
  choice: BasemapChoice,
  mode: MapMode,
  key: string | null = tiandituKey(),
): ResolvedBasemap {
  switch (choice.id) {
    case 'offline':
      return { style: offlineBasemapStyle(mode) };
    case 'tianditu': {
      if (!key) return { error: basemapOptions(null).find((o) => o.id === 'tianditu')?.reason as Bilingual };
      const attribution = '© 天地图 国家地理信息公共服务平台';
      return {
        style: rasterStyle(
          'Tianditu',
          {
            'bm-tdt-vec': { tiles: tianditu('vec', key), attribution, maxzoom: 18 },
            'bm-tdt-cva': { tiles: tianditu('cva', key), attribution, maxzoom: 18 },
          },
          mode,
        ),
      };
    }
    case 'osm':
      return {
        style: rasterStyle(
          'OpenStreetMap',
          {
            'bm-osm': {
              tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
              attribution: '© OpenStreetMap contributors',
              maxzoom: 19,
            },
          },
          mode,
        ),
      };
    case 'style-url': {
      const url = choice.url?.trim() ?? '';
      if (!/^(https?:\/\/|\/)/.test(url)) {
        return {
          error: { zh: '请输入以 http(s):// 开头的样式 URL', en: 'Enter a style URL starting with http(s)://' },
        };
      }
      return { style: url };
    }
    case 'pmtiles':
      return {
        error: { zh: 'PMTiles 底图需异步读取文件头', en: 'PMTiles basemaps are resolved asynchronously' },
      };
    case 'amap':
      return { error: AMAP_REFUSAL };
  }
}
