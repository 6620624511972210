import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { ErgContainer, ErgSubstance } from '../../domain/erg';

export type ZoneKind = 'isolation' | 'protective-action' | 'evacuation' | 'ring';

/**
 * Properties of a zone polygon. The polygon is for display; membership is decided from the definition carried here
 * (`origin` + `radiusM` for circles, `origin` + `downwindDeg` + `distanceKm` for squares) by exact geodesics.
 */
export interface ZoneProps {
  zone: ZoneKind;
  shape: 'circle' | 'square';
  /** spill point or ring centre `[lon, lat]` */
  origin: [number, number];
  /** circle radius, m; null for squares */
  radiusM: number | null;
  /** square side = downwind distance, km; null for circles */
  distanceKm: number | null;
  /** square: bearing the wind blows toward, degrees clockwise from north; null for circles */
  downwindDeg: number | null;
  /** the table prints "11.0+": the true distance may be larger */
  plus: boolean;
  /** ERG edition, null for plain distance rings */
  edition: 'ERG2020' | null;
  /** printed page(s) of the value and of the geometry rule, '' for plain rings */
  page: string;
  /** table cell the value came from */
  source: string;
  /** bilingual caption */
  note: string;
  substance: string | null;
  un: number | null;
  guide: string | null;
  spill: 'small' | 'large' | null;
  time: 'day' | 'night' | null;
}

export type ZoneFeature = Feature<Polygon, ZoneProps>;

export interface ZoneCollection extends FeatureCollection<Polygon, ZoneProps> {
  /** scenario caveats (bilingual): assumptions such as "container unknown → largest" */
  notes: string[];
}

export interface IncidentOptions {
  /** name, alias, CAS or UN number (lookupErgSubstance), or a substance already looked up */
  substance: string | ErgSubstance;
  spill: 'small' | 'large';
  time: 'day' | 'night';
  /** meteorological wind direction: where the wind comes FROM, degrees clockwise from north */
  windFromDeg: number;
  windSpeedMs?: number;
  container?: ErgContainer;
  worstCase?: boolean;
  fire?: boolean;
  spilledIn?: 'land' | 'water';
}
