import { afterSetupPainter } from './patch-setup-painter';

/**
 * While a map's first view is still loading, MapLibre draws a frame whenever a tile or a source arrives: on a cold
 * start, a run of frames that show the background and little else. On software WebGL (SwiftShader: a PC or a
 * virtual desktop without a GPU, and this project's bench) every such frame costs the GPU process a full-canvas
 * draw and composite, and the main thread waits on it at its next GL sync; the national city view spent ~0.4 s
 * of its first render on frames nobody needed (bench:ab, 12 of 12 pairs faster without them).
 *
 * So each map skips drawing until its first view is complete, or until FIRST_FRAME_DEADLINE_MS after it was
 * created, whichever comes first; a half-drawn risk map would say "no hazards here" where the hazards are only
 * still loading. Complete means `map.loaded()` (style, every visible tile and image in) and no hold pending: the
 * app holds the first frame (holdFirstFrames) until its first view's data is in the sources, which MapLibre cannot
 * know about. From then on the map draws exactly as MapLibre does, panning included. Until the first frame the
 * map's container shows the style's background colour, which is what the skipped frames would have shown.
 *
 * It patches MapLibre internals (`_setupPainter`, `painter.render`), so maplibre-gl is pinned exactly and
 * tests/map/first-frame-gate.test.ts checks that both still exist.
 */
export interface GatedMap {
  painter: { render: (...args: unknown[]) => void };
  loaded(): boolean;
  triggerRepaint(): void;
  getContainer(): HTMLElement;
  getLayersOrder(): string[];
  getLayer(id: string): { type: string } | undefined;
  getPaintProperty(layer: string, name: string): unknown;
  on(type: string, listener: () => void): unknown;
  off(type: string, listener: () => void): unknown;
  once(type: string, listener: () => void): unknown;
  fire(event: { type: string }): unknown;
  _setupPainter(): void;
}

/** Long enough for a cold start on slow hardware (~1.5 s after creation on the bench's 2-core VM), short enough
 * that a tile server that never answers does not hide the rest of the map for long. */
export const FIRST_FRAME_DEADLINE_MS = 3000;

const PATCHED = Symbol.for('riskatlas.firstFrameGate');

const holds = new Set<symbol>();
/** Maps still waiting for their first frame: told to draw when the last hold goes. */
const waiting = new Set<() => void>();

/**
 * Holds the first frame of every map whose gate is still closed until the returned release is called (once is
 * enough; later calls do nothing), the maps' deadline still applying.
 */
export function holdFirstFrames(): () => void {
  const hold = Symbol('first-frame hold');
  holds.add(hold);
  return () => {
    if (!holds.delete(hold) || holds.size > 0) return;
    for (const wake of [...waiting]) wake();
  };
}

/** The bottom layer's colour if it is a plain background colour (what an empty first frame would show). */
function backgroundColour(map: GatedMap): string | null {
  const bottom = map.getLayersOrder()[0];
  if (bottom === undefined || map.getLayer(bottom)?.type !== 'background') return null;
  const colour = map.getPaintProperty(bottom, 'background-color');
  return typeof colour === 'string' ? colour : null;
}

/** Patches `MapClass` (maplibregl.Map) once; maps created afterwards draw from their first complete view on. */
export function gateFirstFrame(MapClass: { prototype: unknown }, deadlineMs = FIRST_FRAME_DEADLINE_MS): void {
  afterSetupPainter<GatedMap>(MapClass, PATCHED, 'first-frame-gate.ts', (map) => gate(map, deadlineMs));
}

function gate(map: GatedMap, deadlineMs: number): void {
  const painter = map.painter;
  const render = painter.render;
  if (typeof render !== 'function') return; // nothing to gate: leave MapLibre as it is
  let open = false;
  const container = map.getContainer();
  const showBackground = () => {
    const colour = backgroundColour(map);
    if (colour) container.style.backgroundColor = colour;
  };
  const wake = () => map.triggerRepaint();
  const openGate = () => {
    if (open) return;
    open = true;
    clearTimeout(timer);
    waiting.delete(wake);
    map.off('styledata', showBackground);
    container.style.backgroundColor = '';
  };
  const timer = setTimeout(() => {
    if (open) return;
    openGate();
    map.triggerRepaint(); // nothing else may be coming to start a frame
  }, deadlineMs);
  waiting.add(wake);
  // A map that has drawn nothing is not idle: MapLibre would say so while a hold keeps a loaded map from drawing,
  // and its first `idle` also switches symbol fading on, which would animate the first frame for 300 ms.
  const fire = map.fire;
  map.fire = (event: { type: string }) => (!open && event.type === 'idle' ? map : fire.call(map, event));
  map.on('styledata', showBackground);
  map.once('remove', () => {
    clearTimeout(timer);
    waiting.delete(wake);
  });
  painter.render = (...args: unknown[]) => {
    if (!open) {
      if (holds.size > 0 || !map.loaded()) return;
      openGate();
    }
    render.apply(painter, args);
  };
}
