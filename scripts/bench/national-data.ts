import { createReadStream, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { calcTreeSize, NODE_ITEM_BYTE_LEN } from '../../src/data/fgb/packed-rtree';
import { readFgbStream } from '../../src/data/fgb/read-fgb';
import { MAGIC_BYTES } from '../../src/data/fgb/types';

/** Where `npm run data:national` puts things, and what the bench reads of them. */
export interface NationalPaths {
  root: string;
  built: string;
  manifest: string;
  timings: string;
  /** the naive peer: the whole hazard layer as one GeoJSON, made by the bench once and kept */
  naiveDir: string;
}

export function nationalPaths(root: string): NationalPaths {
  return {
    root,
    built: join(root, 'built'),
    manifest: join(root, 'built', 'manifest.json'),
    timings: join(root, 'timings.json'),
    naiveDir: join(root, 'naive'),
  };
}

export interface NationalTimings {
  generateMs?: number;
  buildMs?: number;
  buildCpuMs?: number;
  builtBytes?: number;
  maxRssBytes?: number;
  layers?: Record<string, { rows: number; bytes: number }>;
}

export const readTimings = (p: NationalPaths): NationalTimings | null =>
  existsSync(p.timings) ? (JSON.parse(readFileSync(p.timings, 'utf8')) as NationalTimings) : null;

export interface NaiveFile {
  path: string;
  features: number;
  bytes: number;
  /** what the same GeoJSON would weigh with every property the app shows (it cannot be loaded: see below) */
  fullBytes: number;
}

/**
 * The naive approach's input: hazard-sources.fgb streamed (never whole in memory) into one GeoJSON
 * FeatureCollection with the properties the map draws (id, name, riskLevel, grade). The full-property version
 * (~1 GB) is past V8's string limit (~512 MB), so no browser could parse it at all: the slim one is the fairest
 * peer. Written once (to a temp name, then renamed) and reused while hazard-sources.fgb is unchanged.
 */
export async function naiveGeojson(p: NationalPaths, log: (s: string) => void): Promise<NaiveFile> {
  const fgb = join(p.built, 'hazard-sources.fgb');
  const path = join(p.naiveDir, 'hazard-sources.geojson');
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta) && statSync(path).mtimeMs > statSync(fgb).mtimeMs) {
    return JSON.parse(readFileSync(meta, 'utf8')) as NaiveFile;
  }
  await mkdir(p.naiveDir, { recursive: true });
  log('naive peer: writing hazard-sources.geojson from the FlatGeobuf (once)…');
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()));
  let features = 0;
  let bytes = 0;
  let fullBytes = 0;
  const head = '{"type":"FeatureCollection","features":[\n';
  await write(head);
  bytes += head.length;
  const stream = Readable.toWeb(createReadStream(fgb)) as WebReadableStream<Uint8Array>;
  for await (const f of readFgbStream(stream as unknown as ReadableStream<Uint8Array>)) {
    const pr = f.properties ?? {};
    const slim = {
      type: 'Feature',
      geometry: f.geometry,
      properties: { id: pr.id, name: pr.name, riskLevel: pr.riskLevel, grade: pr.grade },
    };
    const line = `${features === 0 ? '' : ',\n'}${JSON.stringify(slim)}`;
    await write(line);
    bytes += Buffer.byteLength(line);
    fullBytes += Buffer.byteLength(JSON.stringify({ type: 'Feature', geometry: f.geometry, properties: pr })) + 2;
    features++;
  }
  await write('\n]}\n');
  bytes += 4;
  await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())));
  await rename(tmp, path);
  const result: NaiveFile = { path, features, bytes, fullBytes };
  writeFileSync(meta, JSON.stringify(result));
  return result;
}

/**
 * Every point of a FlatGeobuf file straight from its packed R-tree: the leaf nodes (the last featuresCount nodes)
 * hold each feature's bbox, which for a point is the point. 40 bytes a feature and no property decoding, so a
 * million positions load in well under a second.
 */
export async function fgbPointsFromIndex(path: string, featuresCount: number, nodeSize = 16): Promise<Float64Array> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(12);
    await fh.read(head, 0, 12, 0);
    if (!MAGIC_BYTES.subarray(0, 3).every((v, i) => head[i] === v)) throw new Error(`${path}: not a FlatGeobuf file`);
    const headerEnd = 12 + head.readUInt32LE(8);
    const treeBytes = calcTreeSize(featuresCount, nodeSize);
    const leaves = Buffer.alloc(featuresCount * NODE_ITEM_BYTE_LEN);
    await fh.read(leaves, 0, leaves.length, headerEnd + treeBytes - leaves.length);
    const xy = new Float64Array(featuresCount * 2);
    for (let i = 0; i < featuresCount; i++) {
      xy[2 * i] = leaves.readDoubleLE(i * NODE_ITEM_BYTE_LEN);
      xy[2 * i + 1] = leaves.readDoubleLE(i * NODE_ITEM_BYTE_LEN + 8);
    }
    return xy;
  } finally {
    await fh.close();
  }
}
