import { z } from 'zod';

/**
 * One monitoring alarm as the feed sends it (docs/alarms-api.md). Validated at the boundary: a message that does not
 * fit is counted and dropped, never shown half-read. Extra keys are ignored so a richer feed still works.
 */
export const ALARM_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type AlarmLevel = (typeof ALARM_LEVELS)[number];

export const zAlarm = z.object({
  id: z.string().min(1).max(200),
  /** 编号 of a hazard source in hazard-sources (e.g. WXY-012) */
  hazardId: z.string().min(1).max(200),
  /** combustible-gas, toxic-gas, level, pressure, temperature, or a platform's own code */
  sensorType: z.string().min(1).max(100),
  value: z.number().finite(),
  unit: z.string().max(30),
  threshold: z.number().finite(),
  level: z.enum(ALARM_LEVELS),
  /** ISO 8601 with offset or Z */
  time: z.iso.datetime({ offset: true }),
});

export type Alarm = z.infer<typeof zAlarm>;

/** Severity order for sorting and for the map symbol of a hazard with several alarms. */
export const LEVEL_RANK: Record<AlarmLevel, number> = { red: 0, orange: 1, yellow: 2, blue: 3 };

export function parseAlarm(value: unknown): Alarm | null {
  const r = zAlarm.safeParse(value);
  return r.success ? r.data : null;
}

/** Newest first by `time`, then by id so equal times keep a stable order. */
export const newestFirst = (a: Alarm, b: Alarm): number =>
  Date.parse(b.time) - Date.parse(a.time) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
