import { useEffect, useLayoutEffect, useRef } from 'react';
import { holdFirstFrames } from './first-frame-gate';

/**
 * Holds the first frame of the map this component creates (first-frame-gate.ts) until `settled`: the caller's data
 * for the first view is in the map's sources. Call it in the component that renders the map: its layout effect runs
 * before the map is created (react-maplibre creates it in a passive effect), and `settled` is seen after the
 * sources got the data in the same commit (child effects run first).
 */
export function useFirstFrameHold(settled: boolean): void {
  const release = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const r = holdFirstFrames();
    release.current = r;
    return r;
  }, []);
  useEffect(() => {
    if (settled) release.current?.();
  }, [settled]);
}
