// shpjs 6 ships no types; only the two pure parsers are used (the zip and .prj handling is ours, see read-shapefile.ts).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** `prj` false: coordinates as stored; a proj4 string/converter: reprojected to WGS84 */
  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string | false): (Geometry | null)[];
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[];
}
