import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { representativePoint } from '../../src/analysis/representative-point';
import type { Gazetteer, GazetteerEntry } from '../../src/public/contract';
import { TOWNS } from '../sample/towns';

interface CountySeatsFile {
  city: { name: string; lon: number; lat: number };
  counties: { name: string; en: string; lon: number; lat: number; seat: string }[];
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * The offline gazetteer of the public "我的周边" search: the city, each county-level unit at its seat (the seat's
 * town as an alias), the sample's towns and the chemical parks (at their centroid). Everything here is already
 * public: place names and park outlines, no enterprise site.
 */
export function buildGazetteer(countySeatsPath: string, parks: readonly Feature[]): Gazetteer {
  const seats = JSON.parse(readFileSync(countySeatsPath, 'utf8')) as CountySeatsFile;
  const places: GazetteerEntry[] = [
    { name: seats.city.name, en: 'Yueyang', kind: 'city', lon: seats.city.lon, lat: seats.city.lat },
  ];
  for (const c of seats.counties) {
    const aliases = c.seat !== c.name ? [c.seat] : undefined;
    places.push({
      name: c.name,
      en: c.en,
      kind: 'county',
      county: c.name,
      ...(aliases ? { aliases } : {}),
      lon: c.lon,
      lat: c.lat,
    });
  }
  for (const t of TOWNS) places.push({ name: t.name, kind: 'town', county: t.county, lon: t.pos[0], lat: t.pos[1] });
  for (const p of parks) {
    const at = representativePoint(p);
    if (!at) continue;
    places.push({
      name: String(p.properties?.name),
      kind: 'park',
      lon: round5(at[0] as number),
      lat: round5(at[1] as number),
    });
  }
  return {
    about:
      '离线地名表：县级政府驻地、示例乡镇（位置为近似值）、化工园区中心点。仅用于公众版"我的周边"检索。 / Offline gazetteer: county seats, sample towns (approximate), chemical park centroids.',
    places,
  };
}
