/**
 * `npm run feed:sim` — a small local stand-in for a monitoring platform, speaking the contract of docs/alarms-api.md:
 * `GET /api/alarms` (recent alarms) and `GET /api/alarms/stream` (server-sent events, resumable with Last-Event-ID).
 * It invents plausible sensor readings for the REAL hazard-source ids of the built data, so the 应急指挥 workspace
 * can be tried without a platform. The app itself never invents alarms; only this separate, opt-in tool does.
 *
 * Bounded: listens on 127.0.0.1 only, keeps the last 200 alarms, emits at most --max alarms, serves at most
 * 20 streams; Ctrl-C stops it. CORS answers loopback origins (the Vite dev server and preview), or --origin.
 *
 *   npm run feed:sim -- [--port 8787] [--interval 4000] [--max 1000] [--drop-after 0] [--retry 3000] [--seed 1]
 *                       [--origin http://example:5173] [--data public/data/hazard-sources.fgb]
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { readFgbBytes } from '../src/data/fgb/read-fgb';
import { mulberry32 } from './sample/prng';

type Level = 'red' | 'orange' | 'yellow' | 'blue';
interface Alarm {
  id: string;
  hazardId: string;
  sensorType: string;
  value: number;
  unit: string;
  threshold: number;
  level: Level;
  time: string;
}

const HOST = '127.0.0.1';
const BUFFER = 200;
const MAX_STREAMS = 20;
const HEARTBEAT_MS = 15_000;

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    interval: { type: 'string', default: '4000' },
    max: { type: 'string', default: '1000' },
    'drop-after': { type: 'string', default: '0' },
    retry: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '1' },
    origin: { type: 'string' },
    data: { type: 'string', default: 'public/data/hazard-sources.fgb' },
  },
});

const int = (name: string, text: string | undefined, min: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer ≥ ${min} (got "${text}")`);
    process.exit(2);
  }
  return n;
};
const port = int('port', opts.port, 0);
const interval = int('interval', opts.interval, 50);
const max = int('max', opts.max, 1);
const dropAfter = int('drop-after', opts['drop-after'], 0);
/** the `retry:` sent to clients: their reconnect base delay, ms */
const retryMs = int('retry', opts.retry, 100);

// seeded, so a run can be repeated
const random = mulberry32(int('seed', opts.seed, 0));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

// ---------- which sensors each hazard source plausibly has ----------

interface Sensor {
  sensorType: string;
  unit: string;
  /** alarm set point */
  threshold: number;
}

// Set points are typical, not normative: 一级报警 ≤ 25 %LEL for combustible gas (GB/T 50493-2019 5.5.2), toxic gas at
// about its occupational limit, tank level 90 %, pressure and temperature at a design alarm value.
const TOXIC: Record<string, Sensor> = {
  氯: { sensorType: 'toxic-gas', unit: 'ppm', threshold: 0.5 },
  氨: { sensorType: 'toxic-gas', unit: 'ppm', threshold: 25 },
  硫化氢: { sensorType: 'toxic-gas', unit: 'ppm', threshold: 10 },
  一氧化碳: { sensorType: 'toxic-gas', unit: 'ppm', threshold: 25 },
  氯化氢: { sensorType: 'toxic-gas', unit: 'ppm', threshold: 5 },
};
const COMBUSTIBLE: Sensor = { sensorType: 'combustible-gas', unit: '%LEL', threshold: 25 };
const TANK: Sensor[] = [
  { sensorType: 'level', unit: '%', threshold: 90 },
  { sensorType: 'pressure', unit: 'MPa', threshold: 1.6 },
  { sensorType: 'temperature', unit: '°C', threshold: 45 },
];

interface Site {
  id: string;
  sensors: Sensor[];
}

function loadSites(path: string): Site[] {
  const features = readFgbBytes(new Uint8Array(readFileSync(path)));
  return features.map((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const names = String(p.chemicals ?? '')
      .split(/[;；]/)
      .map((e) => (e.split(/[:：]/)[0] ?? '').trim());
    const toxic = names.flatMap((n) => (TOXIC[n] ? [TOXIC[n] as Sensor] : []));
    const combustible = names.some((n) => !TOXIC[n] && n !== '') ? [COMBUSTIBLE] : [];
    return { id: String(p.id), sensors: [...toxic, ...combustible, ...TANK] };
  });
}

/** A reading above the set point, and its level from how far above: ≥ 2× red, ≥ 1.5× orange, ≥ 1.2× yellow, else blue. */
function makeAlarm(seq: number, site: Site): Alarm {
  const sensor = pick(site.sensors);
  const ratio = 1 + random() ** 2 * 1.4; // mostly just above the set point, occasionally far above
  const level: Level = ratio >= 2 ? 'red' : ratio >= 1.5 ? 'orange' : ratio >= 1.2 ? 'yellow' : 'blue';
  // a level alarm cannot pass 100 %
  const value = sensor.unit === '%' ? Math.min(99.9, sensor.threshold + (ratio - 1) * 10) : sensor.threshold * ratio;
  return {
    id: `SIM-${String(seq).padStart(6, '0')}`,
    hazardId: site.id,
    sensorType: sensor.sensorType,
    value: Math.round(value * 100) / 100,
    unit: sensor.unit,
    threshold: sensor.threshold,
    level,
    time: new Date().toISOString(),
  };
}

// ---------- HTTP ----------

const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin && (origin === opts.origin || loopback.test(origin))) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Accept, Cache-Control, Last-Event-ID');
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

const sites = loadSites(opts.data as string);
if (sites.length === 0) {
  console.error(`${opts.data}: no hazard sources`);
  process.exit(1);
}
const history: Alarm[] = [];
const streams = new Set<{ res: ServerResponse; sent: number }>();
let seq = 0;

const frame = (a: Alarm) => `id: ${a.id}\nevent: alarm\ndata: ${JSON.stringify(a)}\n\n`;

function send(stream: { res: ServerResponse; sent: number }, a: Alarm): void {
  if (stream.res.destroyed) return;
  stream.sent += 1;
  // --drop-after: cut the line now and then (once the event is out), to exercise the client's resume
  const cut = dropAfter > 0 && stream.sent >= dropAfter;
  stream.res.write(frame(a), cut ? () => stream.res.destroy() : undefined);
}

function openStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (streams.size >= MAX_STREAMS) {
    res.writeHead(503, { 'Retry-After': '10' }).end('too many streams');
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  res.write(`retry: ${retryMs}\n\n`);
  const stream = { res, sent: 0 };
  streams.add(stream);
  // resume: everything after the client's last id that is still in the buffer, oldest first
  const last = req.headers['last-event-id'] ?? url.searchParams.get('lastEventId');
  if (typeof last === 'string' && last) {
    const at = history.findIndex((a) => a.id === last);
    if (at >= 0) for (const a of history.slice(at + 1)) send(stream, a);
  }
  const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  res.on('close', () => {
    clearInterval(beat);
    streams.delete(stream);
  });
}

const server = createServer((req, res) => {
  cors(req, res);
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  if (req.method !== 'GET') return void res.writeHead(405, { Allow: 'GET, OPTIONS' }).end();
  if (url.pathname === '/api/alarms') {
    const limit = Math.min(BUFFER, Math.max(1, Number(url.searchParams.get('limit')) || 100));
    const body = JSON.stringify(history.slice(-limit).reverse());
    return void res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
  }
  if (url.pathname === '/api/alarms/stream') return openStream(req, res, url);
  if (url.pathname === '/') {
    return void res
      .writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('RiskAtlas feed simulator (docs/alarms-api.md): GET /api/alarms, GET /api/alarms/stream\n');
  }
  res.writeHead(404).end();
});

const timer = setInterval(() => {
  if (seq >= max) {
    clearInterval(timer);
    console.log(`feed-sim: ${max} alarms emitted (--max); still serving, Ctrl-C to stop`);
    return;
  }
  seq += 1;
  const a = makeAlarm(seq, pick(sites));
  history.push(a);
  if (history.length > BUFFER) history.shift();
  for (const s of streams) send(s, a);
}, interval);

server.listen(port, HOST, () => {
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  console.log(
    `feed-sim: http://${HOST}:${actual} · ${sites.length} hazard sources from ${opts.data} · one alarm every ${interval} ms, at most ${max}`,
  );
  console.log(`feed-sim: enter http://${HOST}:${actual} as 数据接入地址 in 应急指挥 → 实时报警. Ctrl-C stops.`);
});

function stop(): void {
  clearInterval(timer);
  for (const s of streams) s.res.destroy();
  server.close(() => process.exit(0));
  // a client holding a socket open must not keep us alive
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
