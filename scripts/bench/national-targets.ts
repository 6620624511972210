import type { View } from './national-browser';
import { fmt } from './report';

/** Targets from the issue (P2, national scale): first city view ≤ 2 s and ≤ 5 MB, ≥ 20× fewer bytes than the naive
 * GeoJSON, no main-thread task over 200 ms while panning, memory < 500 MB. */
export const NATIONAL_TARGET = {
  cityViewMs: 2_000,
  cityViewBytes: 5 * 1024 * 1024,
  bytesRatio: 20,
  longestTaskMs: 200,
  memoryMb: 500,
} as const;

/** 岳阳 at zoom 9.5 (city view, the features stream from 9): the sample's city, now inside the national data. */
export const NATIONAL_CITY_VIEW: View = { lon: 113.1, lat: 29.35, zoom: 9.5 };

export const MB = 1024 * 1024;
export const mb = (b: number) => fmt(b / MB, 2);
