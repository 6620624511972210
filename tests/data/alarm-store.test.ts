// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { FEED_STORAGE_KEY } from '../../src/data/alarm-feed';
import type { Alarm } from '../../src/data/alarm-schema';
import { ACK_STORAGE_KEY, activeAlarms, MAX_ALARMS, useAlarmStore } from '../../src/data/alarm-store';

const alarm = (id: string, time: string, level: Alarm['level'] = 'red'): Alarm => ({
  id,
  hazardId: 'WXY-001',
  sensorType: 'level',
  value: 92,
  unit: '%',
  threshold: 90,
  level,
  time,
});

beforeEach(() => {
  localStorage.clear();
  useAlarmStore.setState({ alarms: [], acked: {}, invalid: 0, status: null, feedUrl: null, feedFrom: null });
});

describe('alarm store', () => {
  it('keeps one alarm per id, newest first (by time, whatever the time zone offset)', () => {
    const s = useAlarmStore.getState();
    s.receive([alarm('a', '2026-11-22T08:00:00+08:00'), alarm('b', '2026-11-22T00:30:00Z')]);
    s.receive([alarm('a', '2026-11-22T08:00:00+08:00', 'orange'), alarm('c', '2026-11-22T07:59:00+08:00')]);
    const { alarms } = useAlarmStore.getState();
    // 00:30Z = 08:30 +08:00 is the newest; the repeated `a` replaced the first one
    expect(alarms.map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(alarms.find((a) => a.id === 'a')?.level).toBe('orange');
  });

  it('caps the list at MAX_ALARMS, dropping the oldest', () => {
    const many = Array.from({ length: MAX_ALARMS + 5 }, (_, i) =>
      alarm(`x${i}`, new Date(Date.UTC(2026, 10, 22, 0, 0, i)).toISOString()),
    );
    useAlarmStore.getState().receive(many);
    const { alarms } = useAlarmStore.getState();
    expect(alarms).toHaveLength(MAX_ALARMS);
    expect(alarms[0]?.id).toBe(`x${MAX_ALARMS + 4}`);
    expect(alarms.some((a) => a.id === 'x0')).toBe(false);
  });

  it('acknowledges locally and remembers it in localStorage', () => {
    const s = useAlarmStore.getState();
    s.receive([alarm('a', '2026-11-22T08:00:00+08:00'), alarm('b', '2026-11-22T08:01:00+08:00')]);
    s.acknowledge('a');
    expect(activeAlarms(useAlarmStore.getState()).map((a) => a.id)).toEqual(['b']);
    expect(JSON.parse(localStorage.getItem(ACK_STORAGE_KEY) ?? '[]')).toEqual(['a']);
  });

  it('saves an entered feed URL and starts that source afresh; removing it forgets the URL', () => {
    const s = useAlarmStore.getState();
    s.receive([alarm('a', '2026-11-22T08:00:00+08:00')]);
    useAlarmStore.setState({ invalid: 3 });
    s.setFeedUrl('http://127.0.0.1:8787');
    let now = useAlarmStore.getState();
    expect(localStorage.getItem(FEED_STORAGE_KEY)).toBe('http://127.0.0.1:8787');
    expect(now).toMatchObject({ feedUrl: 'http://127.0.0.1:8787', feedFrom: 'local', alarms: [], invalid: 0 });
    s.setFeedUrl(null);
    now = useAlarmStore.getState();
    expect(localStorage.getItem(FEED_STORAGE_KEY)).toBeNull();
    expect(now.feedUrl).toBeNull();
  });
});
