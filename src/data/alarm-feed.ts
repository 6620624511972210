import { type Alarm, newestFirst, parseAlarm } from './alarm-schema';
import { createSseParser } from './alarm-sse';

/**
 * Client of the monitoring feed (docs/alarms-api.md): `GET {base}/api/alarms` for the current alarms, then the
 * server-sent event stream `{base}/api/alarms/stream`, read with fetch. A dropped stream is reopened with
 * exponential backoff (the server's `retry:` as the base, else 1 s; capped at 30 s) and resumed with
 * `Last-Event-ID`, so nothing is missed while the line was down. Every message is validated (zod); bad ones are
 * counted and dropped. The app never makes alarms up: without a configured URL this module is never called.
 */
export type FeedState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface FeedStatus {
  state: FeedState;
  /** consecutive failed attempts (0 while live) */
  attempt: number;
  /** the wait before the next attempt, ms, while reconnecting */
  retryInMs: number | null;
  /** why the last attempt ended, in words */
  lastError: string | null;
  /** the cursor the next connection resumes from */
  lastEventId: string | null;
}

export interface AlarmFeedHandlers {
  /** valid alarms, from the snapshot or the stream (may repeat ids: the receiver de-duplicates) */
  onAlarms(alarms: Alarm[], from: 'snapshot' | 'stream'): void;
  /** `n` more messages failed validation */
  onInvalid(n: number): void;
  onStatus(status: FeedStatus): void;
}

export interface AlarmFeedOptions {
  fetch?: typeof fetch;
  /** first reconnect delay when the server sends no `retry:`, ms; default 1000 */
  initialDelayMs?: number;
  /** longest reconnect delay, ms; default 30000 */
  maxDelayMs?: number;
  /** resume an earlier session from this event id */
  lastEventId?: string;
}

export interface AlarmFeedConnection {
  close(): void;
  /** settles after close() once the loop has stopped */
  done: Promise<void>;
}

export const FEED_STORAGE_KEY = 'riskatlas.alarmFeed';
const FEED_PATHS = /\/api\/alarms(?:\/stream)?\/?$/;

/**
 * The feed's base URL from what a person typed: http(s) only, trailing slash and a pasted `/api/alarms` or
 * `/api/alarms/stream` removed. Null when it is not a usable URL.
 *
 * @example normaliseFeedUrl(' http://127.0.0.1:8787/api/alarms ') // 'http://127.0.0.1:8787'
 */
export function normaliseFeedUrl(text: string | null | undefined): string | null {
  const raw = (text ?? '').trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '').replace(FEED_PATHS, '');
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy mode): the panel still works for this session
  }
}

/** Where the feed URL comes from: entered in the panel (localStorage) wins over the build's VITE_ALARM_FEED_URL. */
export function configuredFeedUrl(
  buildValue: string | undefined = import.meta.env.VITE_ALARM_FEED_URL as string | undefined,
  store: Storage | null = storage(),
): { url: string | null; from: 'local' | 'build' | null } {
  let local: string | null = null;
  try {
    local = normaliseFeedUrl(store?.getItem(FEED_STORAGE_KEY));
  } catch {
    local = null;
  }
  if (local) return { url: local, from: 'local' };
  const built = normaliseFeedUrl(buildValue);
  return built ? { url: built, from: 'build' } : { url: null, from: null };
}

/** Keeps (or, with null, forgets) the URL entered in the panel. */
export function saveFeedUrl(url: string | null, store: Storage | null = storage()): void {
  try {
    if (url) store?.setItem(FEED_STORAGE_KEY, url);
    else store?.removeItem(FEED_STORAGE_KEY);
  } catch {
    // storage full or disabled: the URL still applies to this session
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Opens the feed and keeps it open until close(). */
export function connectAlarmFeed(
  baseUrl: string,
  handlers: AlarmFeedHandlers,
  options: AlarmFeedOptions = {},
): AlarmFeedConnection {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const initialDelay = options.initialDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const ctl = new AbortController();
  const { signal } = ctl;
  const base = baseUrl.replace(/\/+$/, '');
  let lastEventId = options.lastEventId ?? '';
  let serverRetry: number | null = null;
  let attempt = 0;
  let lastError: string | null = null;

  const status = (state: FeedState, retryInMs: number | null = null) =>
    handlers.onStatus({ state, attempt, retryInMs, lastError, lastEventId: lastEventId || null });

  async function loadSnapshot(): Promise<void> {
    const res = await doFetch(`${base}/api/alarms`, { signal, headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET /api/alarms：HTTP ${res.status}`);
    const json: unknown = await res.json().catch(() => {
      throw new Error('GET /api/alarms：不是 JSON (not JSON)');
    });
    if (!Array.isArray(json)) throw new Error('GET /api/alarms：应为数组 (expected an array)');
    const alarms: Alarm[] = [];
    let bad = 0;
    for (const item of json) {
      const a = parseAlarm(item);
      if (a) alarms.push(a);
      else bad += 1;
    }
    if (bad > 0) handlers.onInvalid(bad);
    handlers.onAlarms(alarms, 'snapshot');
    // The stream's event ids are the alarm ids (docs/alarms-api.md): resuming after the newest alarm of the snapshot
    // closes the gap between the snapshot and the stream. A server that does not know the id just continues live.
    const newest = [...alarms].sort(newestFirst)[0];
    if (!lastEventId && newest) lastEventId = newest.id;
  }

  async function readStream(): Promise<void> {
    const headers: Record<string, string> = { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    const res = await doFetch(`${base}/api/alarms/stream`, { signal, headers });
    if (!res.ok) throw new Error(`GET /api/alarms/stream：HTTP ${res.status}`);
    if (!(res.headers.get('content-type') ?? '').includes('text/event-stream') || !res.body) {
      throw new Error('GET /api/alarms/stream：不是 text/event-stream (not an event stream)');
    }
    status('live');
    const parser = createSseParser(lastEventId);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    // Aborting the fetch should end the body, but not every fetch does (mocked and some polyfilled ones leave a
    // pending read hanging): cancelling the reader ends it everywhere.
    const cancel = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', cancel);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const events = parser.push(value);
        if (parser.retryMs !== null) serverRetry = parser.retryMs;
        const alarms: Alarm[] = [];
        let bad = 0;
        for (const ev of events) {
          if (ev.type !== 'message' && ev.type !== 'alarm') continue;
          let json: unknown;
          try {
            json = JSON.parse(ev.data);
          } catch {
            bad += 1;
            continue;
          }
          const a = parseAlarm(json);
          if (a) alarms.push(a);
          else bad += 1;
        }
        // the cursor moves past bad messages too: resuming must not replay them
        lastEventId = parser.lastEventId;
        if (events.length > 0 && attempt > 0) {
          attempt = 0; // data flows again: the next drop starts the backoff afresh
          status('live');
        }
        if (bad > 0) handlers.onInvalid(bad);
        if (alarms.length > 0) handlers.onAlarms(alarms, 'stream');
      }
    } finally {
      signal.removeEventListener('abort', cancel);
      cancel();
    }
    throw new Error('数据流已断开 (stream closed)');
  }

  async function loop(): Promise<void> {
    let snapshotDone = false;
    while (!signal.aborted) {
      status(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        // Resuming with an id replays what was missed; without one the snapshot is the only way to catch up.
        if (!snapshotDone || !lastEventId) {
          await loadSnapshot();
          snapshotDone = true;
        }
        await readStream();
      } catch (e) {
        if (signal.aborted) break;
        lastError = message(e);
      }
      if (signal.aborted) break;
      const delay = Math.min(maxDelay, (serverRetry ?? initialDelay) * 2 ** attempt);
      attempt += 1;
      status('reconnecting', delay);
      await sleep(delay, signal);
    }
    status('stopped');
  }

  const done = loop();
  return {
    close: () => ctl.abort(),
    done,
  };
}
