import { create } from 'zustand';

/**
 * User intent of the 应急指挥 workspace: where the incident is, what leaked, the weather and the display options.
 * Results (zones, affected targets, responders, coverage) are derived from it in src/panels/command, never stored,
 * so nothing can go stale. Not in the URL: an incident is a live operation, not a view to share by link.
 */
export type Spill = 'small' | 'large';
export type DayNight = 'day' | 'night';
/** 危化 / 矿山 / 水上 rank matching stations first; `auto` = 危化 for a chemical incident; `none` = nearest only */
export type SpecialityChoice = 'auto' | '危化' | '矿山' | '水上' | 'none';

export const PLAIN_RING_CHOICES_M = [500, 1000, 3000, 5000] as const;

export interface IncidentSource {
  layer: 'hazard-sources';
  id: string;
}

export interface CommandState {
  /** incident point [lon, lat]; null until placed */
  point: [number, number] | null;
  /** the hazard source the incident was placed on, if picked from the list */
  source: IncidentSource | null;
  /** what the user typed: name, GB 18218 表1 name, CAS or UN number; '' = no substance (plain rings only) */
  substance: string;
  spill: Spill;
  time: DayNight;
  /** meteorological wind direction: where the wind comes FROM, degrees clockwise from north */
  windFromDeg: number;
  /** m/s; null = unknown (ERG Table 3 then takes the largest distance) */
  windSpeedMs: number | null;
  /** compass resolution of the wind control */
  compassPoints: 8 | 16;
  /** enabled plain distance rings, metres */
  rings: number[];
  speciality: SpecialityChoice;
  /** 道路曲度系数 λ of the ETA estimate */
  roadFactor: number;
  /** average fire-engine speed of the ETA estimate, km/h */
  speedKmh: number;
  /** a map click places the incident while true */
  placing: boolean;
  /** show the 5-minute fire-station districts */
  coverage: boolean;
  /** include planned stations in the drawn districts */
  coveragePlanned: boolean;
  setPoint: (point: [number, number] | null, source?: IncidentSource | null) => void;
  set: (patch: Partial<Omit<CommandState, 'set' | 'setPoint' | 'toggleRing' | 'clear'>>) => void;
  toggleRing: (radiusM: number) => void;
  /** ends the incident: zones and lists go away; options stay */
  clear: () => void;
}

/** ERG2020 p. 294: day = sunrise to sunset. 06:00–18:00 local is a starting guess the officer can change [U]. */
export const guessDayNight = (date: Date): DayNight => {
  const h = date.getHours();
  return h >= 6 && h < 18 ? 'day' : 'night';
};

export const COMMAND_DEFAULTS = {
  roadFactor: 1.3, // standards §5.2 [U], the engine's default
  speedKmh: 30, // standards §5.2 [U], the engine's default
} as const;

export const useCommandStore = create<CommandState>()((set) => ({
  point: null,
  source: null,
  substance: '',
  spill: 'small',
  time: guessDayNight(new Date()),
  windFromDeg: 0,
  windSpeedMs: null,
  compassPoints: 16,
  rings: [...PLAIN_RING_CHOICES_M],
  speciality: 'auto',
  roadFactor: COMMAND_DEFAULTS.roadFactor,
  speedKmh: COMMAND_DEFAULTS.speedKmh,
  placing: false,
  coverage: false,
  coveragePlanned: true,
  setPoint: (point, source = null) => set({ point, source, placing: false }),
  set: (patch) => set(patch),
  toggleRing: (r) =>
    set((s) => ({
      rings: s.rings.includes(r) ? s.rings.filter((x) => x !== r) : [...s.rings, r].sort((a, b) => a - b),
    })),
  clear: () => set({ point: null, source: null, placing: false }),
}));
