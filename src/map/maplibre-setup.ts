import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { gateFirstFrame } from './first-frame-gate';
import { drawSkyOnlyIfStyled } from './sky-only-if-styled';

// The library-wide MapLibre set-up both maps need (the app's, map-view.tsx, and the public site's), run once on
// import. Imports nothing of the app's data layer, so the public bundle can use it.

// Vite moves the worker when bundling; MapLibre 6 must be told where it is (stack notes §C).
maplibregl.setWorkerUrl(workerUrl);
// MapLibre 6.17 draws an invisible sky on every frame unless told otherwise (sky-only-if-styled.ts)
drawSkyOnlyIfStyled(maplibregl.Map);
// MapLibre draws every partial frame of a loading view; on software WebGL those cost the first view ~0.4 s
gateFirstFrame(maplibregl.Map);
