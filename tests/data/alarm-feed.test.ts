import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AlarmFeedConnection,
  configuredFeedUrl,
  connectAlarmFeed,
  FEED_STORAGE_KEY,
  type FeedStatus,
  normaliseFeedUrl,
} from '../../src/data/alarm-feed';
import type { Alarm } from '../../src/data/alarm-schema';

/**
 * The feed contract of docs/alarms-api.md against an msw server: the snapshot, the event stream, validation (bad
 * messages counted, not delivered), and a dropped stream resumed with Last-Event-ID.
 */
const BASE = 'http://feed.test';

const alarm = (n: number, over: Partial<Alarm> = {}): Alarm => ({
  id: `A${n}`,
  hazardId: 'WXY-012',
  sensorType: 'toxic-gas',
  value: 2 + n / 10,
  unit: 'ppm',
  threshold: 1,
  level: 'red',
  time: `2026-11-22T08:0${n}:00+08:00`,
  ...over,
});

const enc = new TextEncoder();
const event = (a: unknown, id: string) => `id: ${id}\nevent: alarm\ndata: ${JSON.stringify(a)}\n\n`;

/**
 * An event-stream body: `chunks` are served one per read, then the stream errors (a dropped line), closes, or
 * stays open until the client goes away. `endAfter` holds the end back until it settles: an error discards what
 * the client has not read yet, so a test that needs "dropped after the client got X" waits for X.
 */
function stream(
  chunks: string[],
  end: 'error' | 'close' | 'open',
  endAfter: Promise<unknown> = Promise.resolve(),
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      if (i < chunks.length) {
        c.enqueue(enc.encode(chunks[i++] as string));
        return;
      }
      await endAfter;
      if (end === 'error') c.error(new Error('connection reset'));
      else if (end === 'close') c.close();
      else return new Promise<void>(() => {}); // nothing more until cancelled
    },
  });
}

const sseHeaders = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' };

interface Seen {
  alarms: Alarm[];
  invalid: number;
  statuses: FeedStatus[];
  streamRequests: (string | null)[];
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let conn: AlarmFeedConnection | undefined;
afterEach(async () => {
  conn?.close();
  await conn?.done;
  conn = undefined;
});

function open(seen: Seen, onAlarms: (a: Alarm[]) => void = () => {}) {
  conn = connectAlarmFeed(
    BASE,
    {
      onAlarms: (a) => {
        seen.alarms.push(...a);
        onAlarms(a);
      },
      onInvalid: (n) => {
        seen.invalid += n;
      },
      onStatus: (s) => seen.statuses.push(s),
    },
    { initialDelayMs: 2, maxDelayMs: 10 },
  );
}

const fresh = (): Seen => ({ alarms: [], invalid: 0, statuses: [], streamRequests: [] });

describe('connectAlarmFeed', () => {
  it('loads the snapshot, validates each alarm and counts the bad ones', async () => {
    const seen = fresh();
    server.use(
      http.get(`${BASE}/api/alarms`, () =>
        HttpResponse.json([alarm(1), { ...alarm(2), level: 'purple' }, { id: 'x' }, alarm(3, { level: 'yellow' })]),
      ),
      http.get(`${BASE}/api/alarms/stream`, () => new HttpResponse(stream([], 'open'), { headers: sseHeaders })),
    );
    open(seen);
    await vi.waitFor(() => expect(seen.statuses.at(-1)?.state).toBe('live'));
    expect(seen.alarms.map((a) => a.id)).toEqual(['A1', 'A3']);
    expect(seen.invalid).toBe(2);
  });

  it('opens the stream after the newest snapshot alarm, so nothing between the two requests is lost', async () => {
    const seen = fresh();
    server.use(
      http.get(`${BASE}/api/alarms`, () => HttpResponse.json([alarm(2), alarm(5), alarm(3)])),
      http.get(`${BASE}/api/alarms/stream`, ({ request }) => {
        seen.streamRequests.push(request.headers.get('last-event-id'));
        return new HttpResponse(stream([], 'open'), { headers: sseHeaders });
      }),
    );
    open(seen);
    await vi.waitFor(() => expect(seen.statuses.at(-1)?.state).toBe('live'));
    expect(seen.streamRequests).toEqual(['A5']);
  });

  it('delivers stream events, drops malformed ones, and resumes a dropped stream with Last-Event-ID', async () => {
    const seen = fresh();
    // The server keeps a log and, like a real one, replays what comes after the client's Last-Event-ID.
    const log = [
      { id: 'A1', text: event(alarm(1), 'A1') },
      { id: 'bad-json', text: 'id: bad-json\ndata: {not json\n\n' },
      { id: 'bad-schema', text: event({ ...alarm(9), value: 'high' }, 'bad-schema') },
      { id: 'A2', text: event(alarm(2, { level: 'orange' }), 'A2') },
      { id: 'A3', text: event(alarm(3, { hazardId: 'WXY-020' }), 'A3') },
    ];
    let connections = 0;
    let gotA2: () => void = () => {};
    const a2 = new Promise<void>((resolve) => {
      gotA2 = resolve;
    });
    server.use(
      http.get(`${BASE}/api/alarms`, () => HttpResponse.json([])),
      http.get(`${BASE}/api/alarms/stream`, ({ request }) => {
        connections += 1;
        const last = request.headers.get('last-event-id');
        seen.streamRequests.push(last);
        if (connections === 1) {
          // first four log entries in one chunk, then the line drops before A3 was sent
          const body = `retry: 5\n\n${log
            .slice(0, 4)
            .map((e) => e.text)
            .join('')}`;
          return new HttpResponse(stream([body], 'error', a2), { headers: sseHeaders });
        }
        const from = log.findIndex((e) => e.id === last) + 1;
        return new HttpResponse(
          stream(
            log.slice(from).map((e) => e.text),
            'open',
          ),
          { headers: sseHeaders },
        );
      }),
    );
    open(seen, (a) => {
      if (a.some((x) => x.id === 'A2')) gotA2();
    });
    await vi.waitFor(() => expect(seen.alarms.map((a) => a.id)).toEqual(['A1', 'A2', 'A3']));
    expect(seen.streamRequests).toEqual([null, 'A2']);
    expect(seen.invalid).toBe(2);
    const states = seen.statuses.map((s) => s.state);
    expect(states).toContain('reconnecting');
    expect(states.at(-1)).toBe('live');
    const drop = seen.statuses.find((s) => s.state === 'reconnecting' && s.retryInMs !== null);
    expect(drop?.lastEventId).toBe('A2');
    // the server's `retry: 5` is the backoff base
    expect(drop?.retryInMs).toBe(5);
  });

  it('retries with growing delays while the stream answers with an error, then connects', async () => {
    const seen = fresh();
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/alarms`, () => HttpResponse.json([])),
      http.get(`${BASE}/api/alarms/stream`, () => {
        calls += 1;
        if (calls <= 3) return new HttpResponse('busy', { status: 503 });
        return new HttpResponse(stream([event(alarm(4), 'A4')], 'open'), { headers: sseHeaders });
      }),
    );
    open(seen);
    await vi.waitFor(() => expect(seen.alarms.map((a) => a.id)).toEqual(['A4']));
    const waits = seen.statuses.filter((s) => s.retryInMs !== null).map((s) => s.retryInMs);
    expect(waits).toEqual([2, 4, 8]);
    expect(seen.statuses.find((s) => s.lastError)?.lastError).toContain('HTTP 503');
  });

  it('rejects a stream that is not text/event-stream, and a snapshot that is not an array', async () => {
    const seen = fresh();
    server.use(
      http.get(`${BASE}/api/alarms`, () => HttpResponse.json({ alarms: [] })),
      http.get(`${BASE}/api/alarms/stream`, () => HttpResponse.json([])),
    );
    open(seen);
    await vi.waitFor(() => expect(seen.statuses.some((s) => s.lastError?.includes('应为数组'))).toBe(true));
    expect(seen.alarms).toEqual([]);
  });

  it('stops when closed and reports it', async () => {
    const seen = fresh();
    server.use(
      http.get(`${BASE}/api/alarms`, () => HttpResponse.json([])),
      http.get(`${BASE}/api/alarms/stream`, () => new HttpResponse(stream([], 'open'), { headers: sseHeaders })),
    );
    open(seen);
    await vi.waitFor(() => expect(seen.statuses.at(-1)?.state).toBe('live'));
    conn?.close();
    await conn?.done;
    expect(seen.statuses.at(-1)?.state).toBe('stopped');
  });
});

describe('feed URL', () => {
  it('normalises what a person types', () => {
    expect(normaliseFeedUrl(' http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(normaliseFeedUrl('http://127.0.0.1:8787/api/alarms')).toBe('http://127.0.0.1:8787');
    expect(normaliseFeedUrl('https://host/monitor/api/alarms/stream?x=1')).toBe('https://host/monitor');
    expect(normaliseFeedUrl('ftp://host')).toBeNull();
    expect(normaliseFeedUrl('not a url')).toBeNull();
    expect(normaliseFeedUrl('')).toBeNull();
  });

  it('prefers the URL entered in the panel over the build-time one, and ignores invalid values', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    expect(configuredFeedUrl(undefined, storage)).toEqual({ url: null, from: null });
    expect(configuredFeedUrl('http://build:1/', storage)).toEqual({ url: 'http://build:1', from: 'build' });
    store.set(FEED_STORAGE_KEY, 'javascript:alert(1)');
    expect(configuredFeedUrl('http://build:1', storage)).toEqual({ url: 'http://build:1', from: 'build' });
    store.set(FEED_STORAGE_KEY, 'http://local:2');
    expect(configuredFeedUrl('http://build:1', storage)).toEqual({ url: 'http://local:2', from: 'local' });
  });
});
