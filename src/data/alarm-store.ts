import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import {
  type AlarmFeedConnection,
  type AlarmFeedOptions,
  configuredFeedUrl,
  connectAlarmFeed,
  type FeedStatus,
  saveFeedUrl,
} from './alarm-feed';
import { type Alarm, newestFirst } from './alarm-schema';

/**
 * Alarms received from the configured feed, newest first, with local acknowledgements. Only the feed writes
 * alarms here: with no feed configured the list stays empty and the panel says so.
 * Acknowledgements are local to this browser (the contract has no acknowledge endpoint), kept in localStorage so
 * a reload does not bring back what the duty officer already confirmed.
 */
export const ACK_STORAGE_KEY = 'riskatlas.alarmAcks';
/** newest alarms kept in memory; older ones leave the list (the platform keeps the record) */
export const MAX_ALARMS = 500;
const MAX_ACKS = 2000;

export interface AlarmState {
  feedUrl: string | null;
  feedFrom: 'local' | 'build' | null;
  status: FeedStatus | null;
  alarms: Alarm[];
  acked: Record<string, true>;
  /** messages that failed validation since the feed was configured */
  invalid: number;
  setFeedUrl: (url: string | null) => void;
  acknowledge: (id: string) => void;
  receive: (alarms: readonly Alarm[]) => void;
}

function loadAcks(): Record<string, true> {
  try {
    const ids: unknown = JSON.parse(globalThis.localStorage?.getItem(ACK_STORAGE_KEY) ?? '[]');
    return Array.isArray(ids) ? Object.fromEntries(ids.filter((x) => typeof x === 'string').map((x) => [x, true])) : {};
  } catch {
    return {};
  }
}

function saveAcks(acked: Record<string, true>): void {
  try {
    globalThis.localStorage?.setItem(ACK_STORAGE_KEY, JSON.stringify(Object.keys(acked).slice(-MAX_ACKS)));
  } catch {
    // storage unavailable: acknowledgements last for this session
  }
}

const initialFeed = configuredFeedUrl();

export const useAlarmStore = create<AlarmState>()((set) => ({
  feedUrl: initialFeed.url,
  feedFrom: initialFeed.from,
  status: null,
  alarms: [],
  acked: loadAcks(),
  invalid: 0,
  setFeedUrl: (url) => {
    saveFeedUrl(url);
    const now = configuredFeedUrl();
    // a new source: its alarms replace the old source's, and its bad-message count starts at zero
    set({ feedUrl: now.url, feedFrom: now.from, status: null, alarms: [], invalid: 0 });
  },
  acknowledge: (id) =>
    set((s) => {
      const acked = { ...s.acked, [id]: true as const };
      saveAcks(acked);
      return { acked };
    }),
  receive: (incoming) =>
    set((s) => {
      // ids repeat when a snapshot overlaps the stream or a server replays after Last-Event-ID: keep one of each
      const byId = new Map(s.alarms.map((a) => [a.id, a]));
      for (const a of incoming) byId.set(a.id, a);
      return { alarms: [...byId.values()].sort(newestFirst).slice(0, MAX_ALARMS) };
    }),
}));

/** Unacknowledged alarms, newest first. */
export const activeAlarms = (s: Pick<AlarmState, 'alarms' | 'acked'>): Alarm[] =>
  s.alarms.filter((a) => !s.acked[a.id]);

/** activeAlarms as a hook; filtered outside the selector, which must return a stable value. */
export function useActiveAlarms(): Alarm[] {
  const alarms = useAlarmStore((s) => s.alarms);
  const acked = useAlarmStore((s) => s.acked);
  return useMemo(() => activeAlarms({ alarms, acked }), [alarms, acked]);
}

/** Keeps one feed connection open while mounted and a URL is configured. Mount once (the command workspace). */
export function useAlarmFeedConnection(options: AlarmFeedOptions = {}): void {
  const url = useAlarmStore((s) => s.feedUrl);
  // biome-ignore lint/correctness/useExhaustiveDependencies: options are read once per connection, like the URL
  useEffect(() => {
    if (!url) return;
    // a closed connection still reports `stopped` a moment later: it must not overwrite the next one's status
    let current = true;
    const conn: AlarmFeedConnection = connectAlarmFeed(
      url,
      {
        onAlarms: (alarms) => current && useAlarmStore.getState().receive(alarms),
        onInvalid: (n) => current && useAlarmStore.setState((s) => ({ invalid: s.invalid + n })),
        onStatus: (status) => current && useAlarmStore.setState({ status }),
      },
      options,
    );
    return () => {
      current = false;
      conn.close();
    };
  }, [url]);
}
