import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Protocol } from 'pmtiles';
import { withSharedBindings } from '../layers/shared-bindings';
import { type MapMode, mapTheme } from '../theme/map-theme';
import { offlineBasemapStyle } from './basemap-style';
import type { ResolvedBasemap } from './basemaps';

/**
 * User-supplied PMTiles basemaps (`pmtiles://https://…/x.pmtiles`). The pmtiles library (and its decompressor) is
 * loaded, and its protocol registered, only when the user picks this option: the first load does not carry it, and
 * nothing is fetched before. The tile type is read from the archive header: raster archives are shown as they are;
 * vector archives have no style of their own, so their layers are drawn in neutral colours over the offline basemap.
 */
let protocol: Protocol | null = null;
let host: { addProtocol: unknown } | null = null;

type AddProtocol = (name: string, fn: Protocol['tile']) => void;

/** The map library the protocol is registered with, once pmtiles is loaded (map-view passes maplibregl). */
export function setPmtilesHost(lib: { addProtocol: unknown }): void {
  host = lib;
}

export async function pmtilesBasemapStyle(url: string | undefined, mode: MapMode): Promise<ResolvedBasemap> {
  const u = url?.trim() ?? '';
  if (!u.startsWith('pmtiles://')) {
    return { error: { zh: '请输入 pmtiles:// 开头的地址', en: 'Enter a URL starting with pmtiles://' } };
  }
  try {
    const { PMTiles, Protocol, TileType } = await import('pmtiles');
    if (!protocol && host) {
      protocol = new Protocol();
      (host.addProtocol as AddProtocol)('pmtiles', protocol.tile);
    }
    const RASTER = new Set([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);
    const archive = new PMTiles(u.slice('pmtiles://'.length));
    protocol?.add(archive);
    const header = await archive.getHeader();
    if (RASTER.has(header.tileType)) {
      return {
        style: {
          version: 8,
          sources: { 'bm-pmtiles': { type: 'raster', url: u, tileSize: 256 } },
          layers: [{ id: 'bm-pmtiles', type: 'raster', source: 'bm-pmtiles' }],
        },
      };
    }
    if (header.tileType !== TileType.Mvt) {
      return { error: { zh: `不支持的瓦片类型 ${header.tileType}`, en: `Unsupported tile type ${header.tileType}` } };
    }
    const meta = (await archive.getMetadata()) as { vector_layers?: { id: string }[] } | null;
    return { style: vectorInspectStyle(u, meta?.vector_layers?.map((l) => l.id) ?? [], mode) };
  } catch (e) {
    return {
      error: {
        zh: `无法读取 PMTiles 文件：${(e as Error).message}`,
        en: `Cannot read the PMTiles archive: ${(e as Error).message}`,
      },
    };
  }
}

function vectorInspectStyle(url: string, layerIds: string[], mode: MapMode): StyleSpecification {
  const base = offlineBasemapStyle(mode);
  const c = mapTheme(mode).basemap;
  const layers: LayerSpecification[] = layerIds.flatMap((id): LayerSpecification[] => [
    {
      id: `bm-pm-${id}-fill`,
      type: 'fill',
      source: 'bm-pmtiles',
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': c.neighbour, 'fill-opacity': 0.5, 'fill-outline-color': c.border },
    },
    {
      id: `bm-pm-${id}-line`,
      type: 'line',
      source: 'bm-pmtiles',
      'source-layer': id,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': c.border, 'line-width': 0.8 },
    },
  ]);
  return {
    ...base,
    sources: { ...base.sources, 'bm-pmtiles': { type: 'vector', url } },
    layers: [...base.layers, ...layers.map(withSharedBindings)],
  };
}
