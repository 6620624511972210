import { afterSetupPainter } from './patch-setup-painter';

/**
 * MapLibre 6.17 draws the sky on every frame, even when the style has none: its renderer tests the evaluated sky,
 * which always exists (all colours transparent by default), where the original sky implementation
 * (maplibre-gl-js PR #3645) drew it only when the stylesheet defines one. Drawing nothing visible still costs a
 * shader program (compiled on the first frame, blocking the main thread) and a full-canvas quad per frame, which
 * on software WebGL measured 160 ms of the national first city view (bench:ab, 10 of 12 pairs faster).
 *
 * This puts the stylesheet test back: each map's painter gets its own draw-function table whose sky draws only if
 * `map.getSky()` (the stylesheet's sky) is set. It patches MapLibre internals (`_setupPainter`, the painter's
 * `drawFunctions`), so the maplibre-gl version is pinned exactly and tests/map/sky-only-if-styled.test.ts checks
 * that both still exist.
 */
type DrawFn = (...args: unknown[]) => void;

export interface PainterMap {
  painter: { drawFunctions: Record<string, DrawFn> };
  getSky(): unknown;
  _setupPainter(): void;
}

const PATCHED = Symbol.for('riskatlas.skyOnlyIfStyled');

/** Patches `MapClass` (maplibregl.Map) once; maps created afterwards skip the sky unless their style has one. */
export function drawSkyOnlyIfStyled(MapClass: { prototype: unknown }): void {
  afterSetupPainter<PainterMap>(MapClass, PATCHED, 'sky-only-if-styled.ts', (map) => {
    const table = map.painter.drawFunctions;
    const sky = table.sky;
    if (typeof sky !== 'function') return; // nothing to guard: leave MapLibre as it is
    // a copy: MapLibre shares one table among all maps
    map.painter.drawFunctions = {
      ...table,
      sky: (...args: unknown[]) => {
        if (map.getSky()) sky(...args);
      },
    };
  });
}
