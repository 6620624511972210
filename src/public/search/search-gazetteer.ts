import { parseCoordinates } from '../../lib/parse-coordinates';
import type { GazetteerEntry, GazetteerKind } from '../contract';

/** Case, width (ＡＢ/１２) and spacing do not matter; the park names' "（示例）" marks are not part of a name. */
export const normalisePlace = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(示例\)|（示例）/g, '')
    .replace(/[\s·・.,，、]/g, '');

const KIND_ORDER: Record<GazetteerKind, number> = { county: 0, town: 1, park: 2, city: 3 };

function score(q: string, entry: GazetteerEntry): number | null {
  const names = [entry.name, ...(entry.aliases ?? []), ...(entry.en ? [entry.en] : [])].map(normalisePlace);
  let best: number | null = null;
  const take = (s: number) => {
    best = best === null ? s : Math.min(best, s);
  };
  for (const n of names) {
    if (n === '') continue;
    if (n === q) take(0);
    else if (n.startsWith(q)) take(1);
    else if (n.includes(q)) take(2);
    // "城陵矶码头" or "岳阳楼区政府" still finds the place it names
    else if (q.includes(n) && n.length >= 2) take(3);
  }
  return best;
}

/**
 * Places of the offline gazetteer that match `query`, best first: exact name, then prefix, then substring, then
 * a query that contains the name; ties go to counties, towns, parks, the city, then to the shorter name.
 *
 * @example searchGazetteer('云溪', places)[0].name // '云溪区'
 */
export function searchGazetteer(query: string, places: readonly GazetteerEntry[], limit = 8): GazetteerEntry[] {
  const q = normalisePlace(query);
  if (q === '') return [];
  const hits: { entry: GazetteerEntry; s: number }[] = [];
  for (const entry of places) {
    const s = score(q, entry);
    if (s !== null) hits.push({ entry, s });
  }
  hits.sort(
    (a, b) =>
      a.s - b.s ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.name.length - b.entry.name.length ||
      a.entry.name.localeCompare(b.entry.name, 'zh'),
  );
  return hits.slice(0, limit).map((h) => h.entry);
}

export type QueryAnswer =
  | { kind: 'coords'; lon: number; lat: number }
  | { kind: 'place'; entry: GazetteerEntry }
  | { kind: 'empty' }
  | { kind: 'none' };

/** What a submitted search means: a coordinate pair (parseCoordinates), else the best gazetteer match. */
export function resolveQuery(query: string, places: readonly GazetteerEntry[]): QueryAnswer {
  if (query.trim() === '') return { kind: 'empty' };
  const c = parseCoordinates(query);
  if (c) return { kind: 'coords', lon: c.lon, lat: c.lat };
  const [best] = searchGazetteer(query, places, 1);
  return best ? { kind: 'place', entry: best } : { kind: 'none' };
}
