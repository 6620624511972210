import { useMap } from '@vis.gl/react-maplibre';
import { useEffect, useRef } from 'react';

/**
 * Frames the incident once per placement: when `fitKey` changes (a new point, or a new substance that changes the
 * zones), the map fits `bounds`. Later moves are the user's; the zones are not chased on every option change.
 */
export function FitIncident({
  fitKey,
  bounds,
}: {
  fitKey: string | null;
  bounds: [number, number, number, number] | null;
}) {
  const { current } = useMap();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!current || !fitKey || !bounds || done.current === fitKey) return;
    done.current = fitKey;
    current.fitBounds(
      [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
      ],
      { padding: 40, maxZoom: 15, duration: 600 },
    );
  }, [current, fitKey, bounds]);
  return null;
}
