import type { Feature, Point } from 'geojson';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import type { BuiltFeature } from '../../scripts/lib/process-layer';
import { layerSearchIndex } from '../../scripts/lib/search-index';
import type { Alarm } from '../../src/data/alarm-schema';
import type { ManifestLayer } from '../../src/data/manifest';
import { rangeResponse } from '../helpers/range-response';
import { HAZARDS, state } from './fixtures';

/**
 * Panel tests of data read by the view: the map holds HAZARDS around the view, and the hazard layer's name and 编号
 * index (scripts/lib/search-index.ts) knows one more source, far away in 乌鲁木齐, served by msw with HTTP Range at
 * mock-layer-store's `dataFileUrl` base.
 */
export const FAR_HAZARD: Feature<Point> = {
  ...(HAZARDS[0] as Feature<Point>),
  geometry: { type: 'Point', coordinates: [87.6, 43.8] },
  properties: {
    ...HAZARDS[0]?.properties,
    id: 'HS-900',
    name: '乌鲁木齐石化储罐区',
    grade: '二级',
    riskLevel: 'orange',
    chemicals: '液氨:30;汽油:500',
  },
};

const index = layerSearchIndex('hazard-sources', [...HAZARDS, FAR_HAZARD] as BuiltFeature[], false);

/** Serves the index for the calling test file (msw, from beforeAll to afterAll). */
export function serveHazardIndex(): void {
  const server = setupServer(
    http.get('http://data.test/:file', ({ request, params }) => {
      const file = index?.files.get(String(params.file));
      return file ? rangeResponse(request, file) : new HttpResponse(null, { status: 404 });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
}

/** Lists the index in the mocked manifest (call per test: the state is reset between tests). */
export function announceHazardIndex(): void {
  const entry = state.manifest.manifest.layers['hazard-sources'] as ManifestLayer | undefined;
  if (!entry || !index) throw new Error('fixture');
  entry.search = index.entry;
}

/** A monitoring alarm on a source, as a feed sends it. */
export const alarmOn = (id: string, hazardId: string, level: Alarm['level'] = 'red', minute = 1): Alarm => ({
  id,
  hazardId,
  sensorType: 'toxic-gas',
  value: 3,
  unit: 'ppm',
  threshold: 1,
  level,
  time: `2026-11-22T08:${String(minute).padStart(2, '0')}:00+08:00`,
});
