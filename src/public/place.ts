import type { GazetteerEntry } from './contract';

/** Where "我的周边" is asked about: a gazetteer place, typed coordinates, the browser's position or a map click. */
export interface Place {
  source: 'gazetteer' | 'coords' | 'geolocation' | 'map';
  lon: number;
  lat: number;
  entry?: GazetteerEntry;
  /** changes on every search, so asking about the same place again still re-frames the map */
  seq: number;
}

/** 岳阳市 with a margin of ~20 km: a position outside it gets a "results may be incomplete" note. */
const DATA_REGION: [number, number, number, number] = [112.2, 28.2, 114.3, 29.95];

export const inDataRegion = (lon: number, lat: number): boolean =>
  lon >= DATA_REGION[0] && lon <= DATA_REGION[2] && lat >= DATA_REGION[1] && lat <= DATA_REGION[3];
