/**
 * Writes the offline basemap: small GeoJSON files in public/basemap/ that the default style
 * (src/map/basemap-style.ts) loads by relative URL, so the app makes no request to any other origin.
 *
 *   npx tsx scripts/gen-basemap.ts            # rewrites public/basemap/*.geojson (deterministic)
 *
 * Sources (all from installed npm packages, nothing downloaded):
 * - countries: `@surbowl/world-geo-json-zh` (Natural Earth 1:50m adjusted to the official maps GS(2023)2767 etc.:
 *   Taiwan part of China, ten-dash line, 藏南, 阿里). NE/world-atlas admin borders are never used for China.
 *   No installed package has province (or city/county) geometry, so there is no province layer.
 * - land, rivers, lakes: `mapeo-offline-map/dist/*.json` (Natural Earth, small scale), clipped to BOX.
 *   At that scale 洞庭湖 is absent (Hong Hu and Poyang Hu are present) and 湘江 is absent; 洞庭湖 is drawn as a
 *   hand-made simplified outline with `schematic: true` and labelled 示意. The 长江 segments exist but are unnamed;
 *   we name them (see YANGTZE_BOX).
 * - county seats: data/places/yueyang-county-seats.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

type Box = readonly [minX: number, minY: number, maxX: number, maxY: number];

/** China (incl. the ten-dash line down to ~3.4°N) plus a margin of neighbours. */
const BOX: Box = [68, 0, 142, 56];
/** Natural Earth's min_zoom-2 rivers crossing this box near 岳阳/荆州/武汉 are the 长江 (checked by plotting). */
const YANGTZE_BOX: Box = [112.5, 29.3, 114.6, 30.8];
const DECIMALS = 4; // ~11 m, finer than the 1:50m sources

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

// ---------- clipping (rectangle is convex, so Sutherland–Hodgman is exact for fills) ----------

const round = (n: number) => Number(n.toFixed(DECIMALS)) + 0; // `+ 0` turns -0 into 0
const roundPos = (p: Position): Position => [round(p[0] ?? 0), round(p[1] ?? 0)];

function dedupe(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring.map(roundPos)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function clipRing(ring: Position[], box: Box): Position[] | null {
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const at = (a: Position, b: Position, t: number): Position => [
    (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t,
    (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t,
  ];
  const x = (p: Position) => p[0] ?? 0;
  const y = (p: Position) => p[1] ?? 0;
  const edges: Edge[] = [
    { inside: (p) => x(p) >= box[0], cut: (a, b) => at(a, b, (box[0] - x(a)) / (x(b) - x(a))) },
    { inside: (p) => x(p) <= box[2], cut: (a, b) => at(a, b, (box[2] - x(a)) / (x(b) - x(a))) },
    { inside: (p) => y(p) >= box[1], cut: (a, b) => at(a, b, (box[1] - y(a)) / (y(b) - y(a))) },
    { inside: (p) => y(p) <= box[3], cut: (a, b) => at(a, b, (box[3] - y(a)) / (y(b) - y(a))) },
  ];
  let pts = ring.slice(0, -1); // open ring
  for (const e of edges) {
    const next: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i] as Position;
      const prev = pts[(i + pts.length - 1) % pts.length] as Position;
      if (e.inside(cur)) {
        if (!e.inside(prev)) next.push(e.cut(prev, cur));
        next.push(cur);
      } else if (e.inside(prev)) next.push(e.cut(prev, cur));
    }
    pts = next;
    if (pts.length === 0) return null;
  }
  const out = dedupe([...pts, pts[0] as Position]);
  return out.length >= 4 ? out : null;
}

function clipPolygons(g: Polygon | MultiPolygon, box: Box): Polygon | MultiPolygon | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][][] = [];
  for (const rings of polys) {
    const [outer, ...holes] = rings;
    const clipped = outer ? clipRing(outer, box) : null;
    if (!clipped) continue;
    out.push([clipped, ...holes.map((h) => clipRing(h, box)).filter((h): h is Position[] => h !== null)]);
  }
  if (out.length === 0) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: out };
}

/** Liang–Barsky per segment; a line leaving and re-entering the box becomes several lines. */
function clipLine(coords: Position[], box: Box): Position[][] {
  const parts: Position[][] = [];
  let cur: Position[] = [];
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i] as Position;
    const b = coords[i + 1] as Position;
    const [ax, ay, bx, by] = [a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    const tests: [number, number][] = [
      [-dx, ax - box[0]],
      [dx, box[2] - ax],
      [-dy, ay - box[1]],
      [dy, box[3] - ay],
    ];
    let visible = true;
    for (const [p, q] of tests) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      if (cur.length) parts.push(cur);
      cur = [];
      continue;
    }
    const p0: Position = [ax + dx * t0, ay + dy * t0];
    const p1: Position = [ax + dx * t1, ay + dy * t1];
    if (cur.length === 0) cur.push(p0);
    cur.push(p1);
    if (t1 < 1) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length) parts.push(cur);
  return parts.map(dedupe).filter((p) => p.length >= 2);
}

function bboxOf(g: Geometry): Box {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0] as number, c[0]);
      b[1] = Math.min(b[1] as number, c[1] as number);
      b[2] = Math.max(b[2] as number, c[0]);
      b[3] = Math.max(b[3] as number, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  if ('coordinates' in g) walk(g.coordinates);
  return b as unknown as Box;
}
const intersects = (a: Box, b: Box) => !(a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3]);

// ---------- layers ----------

type Props = Record<string, string | number | boolean | null>;
const fc = (features: Feature<Geometry, Props>[]): FeatureCollection<Geometry, Props> => ({
  type: 'FeatureCollection',
  features,
});
const feature = (properties: Props, geometry: Geometry): Feature<Geometry, Props> => ({
  type: 'Feature',
  properties,
  geometry,
});

function countries(): FeatureCollection<Geometry, Props> {
  const world = readJson<FeatureCollection<Polygon | MultiPolygon, Record<string, string>>>(
    require.resolve('@surbowl/world-geo-json-zh/world.zh.json'),
  );
  const out: Feature<Geometry, Props>[] = [];
  for (const f of world.features) {
    if (!intersects(bboxOf(f.geometry), BOX)) continue;
    const g = clipPolygons(f.geometry, BOX);
    if (g) out.push(feature({ name_zh: f.properties.name ?? '', iso_a2: f.properties.iso_a2 ?? '' }, g));
  }
  // China last so its outline draws over the neighbours' shared borders.
  out.sort((a, b) => Number(a.properties.iso_a2 === 'CN') - Number(b.properties.iso_a2 === 'CN'));
  return fc(out);
}

const mapeo = (name: string) => require.resolve(`mapeo-offline-map/dist/${name}.json`);

function land(): FeatureCollection<Geometry, Props> {
  const src = readJson<FeatureCollection<Polygon | MultiPolygon>>(mapeo('land'));
  const out: Feature<Geometry, Props>[] = [];
  for (const f of src.features) {
    const g = clipPolygons(f.geometry, BOX);
    if (g) out.push(feature({}, g));
  }
  return fc(out);
}

function rivers(): FeatureCollection<Geometry, Props> {
  const src = readJson<FeatureCollection<LineString, { min_zoom: number; strokeweig: number }>>(mapeo('rivers'));
  const out: Feature<Geometry, Props>[] = [];
  for (const f of src.features) {
    const bb = bboxOf(f.geometry);
    if (!intersects(bb, BOX)) continue;
    const name = f.properties.min_zoom === 2 && intersects(bb, YANGTZE_BOX) ? '长江' : null;
    for (const part of clipLine(f.geometry.coordinates, BOX)) {
      out.push(
        feature(
          { name, min_zoom: f.properties.min_zoom, strokeweig: f.properties.strokeweig },
          { type: 'LineString', coordinates: part },
        ),
      );
    }
  }
  return fc(out);
}

/**
 * 洞庭湖（示意）: a simplified outline of 东/南/西洞庭湖 drawn by hand from well-known shore points (岳阳楼
 * 113.09,29.38 on the east shore; 城陵矶 outlet; 鹿角; 磊石山; 沅江市; 汉寿 to the west). Roughly ±2–3 km:
 * for orientation only, never for analysis, and the style draws it dashed and labels it 示意.
 */
// biome-ignore format: vertices in rows, not one per line
const DONGTING_SCHEMATIC: Position[] = [
  [113.13, 29.44], [113.09, 29.38], [113.06, 29.3], [113.06, 29.22], [113.02, 29.12], [112.98, 29.02],
  [112.93, 28.95], [112.86, 28.9], [112.8, 28.88], [112.7, 28.84], [112.58, 28.82], [112.45, 28.84],
  [112.35, 28.88], [112.25, 28.9], [112.12, 28.88], [112.02, 28.9], [112.0, 28.96], [112.08, 29.02],
  [112.2, 29.01], [112.32, 28.98], [112.45, 28.95], [112.6, 28.95], [112.72, 28.98], [112.8, 29.05],
  [112.82, 29.15], [112.86, 29.26], [112.92, 29.33], [112.98, 29.35], [113.03, 29.4], [113.08, 29.44],
  [113.13, 29.44],
];

function lakes(): FeatureCollection<Geometry, Props> {
  const src = readJson<FeatureCollection<Polygon | MultiPolygon, { name: string | null; scalerank: number }>>(
    mapeo('lakes'),
  );
  const out: Feature<Geometry, Props>[] = [];
  for (const f of src.features) {
    if (!intersects(bboxOf(f.geometry), BOX)) continue;
    const g = clipPolygons(f.geometry, BOX);
    if (g) out.push(feature({ name: f.properties.name, scalerank: f.properties.scalerank, schematic: false }, g));
  }
  if (out.some((f) => /dongting/i.test(String(f.properties.name)))) {
    throw new Error('洞庭湖 now exists in the source data: drop DONGTING_SCHEMATIC');
  }
  out.push(
    feature(
      { name: '洞庭湖（示意）', scalerank: 4, schematic: true },
      { type: 'Polygon', coordinates: [dedupe(DONGTING_SCHEMATIC)] },
    ),
  );
  return fc(out);
}

interface Seats {
  city: { name: string; adcode: string; lon: number; lat: number };
  counties: { name: string; adcode: string; lon: number; lat: number; seat: string }[];
}

function places(): FeatureCollection<Geometry, Props> {
  const s = readJson<Seats>(join(root, 'data/places/yueyang-county-seats.json'));
  const pt = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: roundPos([lon, lat]) });
  return fc([
    feature({ name: s.city.name, kind: 'city', adcode: s.city.adcode, seat: null }, pt(s.city.lon, s.city.lat)),
    ...s.counties.map((c) =>
      feature({ name: c.name, kind: 'county', adcode: c.adcode, seat: c.seat }, pt(c.lon, c.lat)),
    ),
    // one label point for the schematic lake (a polygon label would repeat in every tile it spans)
    feature({ name: '洞庭湖（示意）', kind: 'water', adcode: null, seat: null }, pt(112.93, 29.2)),
  ]);
}

// ---------- write ----------

function main(): void {
  const outDir = join(root, 'public/basemap');
  mkdirSync(outDir, { recursive: true });
  const files: Record<string, FeatureCollection<Geometry, Props>> = {
    countries: countries(),
    land: land(),
    rivers: rivers(),
    lakes: lakes(),
    places: places(),
  };
  for (const [name, data] of Object.entries(files)) {
    const path = join(outDir, `${name}.geojson`);
    const text = `${JSON.stringify(data)}\n`;
    writeFileSync(path, text);
    console.log(`${path}: ${data.features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
  }
  const named = files.rivers?.features.filter((f) => f.properties.name === '长江').length ?? 0;
  if (named === 0) throw new Error('no 长江 segment found near 岳阳: check YANGTZE_BOX');
  console.log(`长江 segments named: ${named}`);
}

main();
