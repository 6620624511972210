import * as maplibregl from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { drawSkyOnlyIfStyled, type PainterMap } from '../../src/map/sky-only-if-styled';

/** Stands in for maplibregl.Map: `_setupPainter` gives the painter MapLibre's one shared draw-function table. */
function fakeMapClass() {
  const shared = { sky: vi.fn(), fill: vi.fn() };
  class FakeMap implements PainterMap {
    painter = { drawFunctions: {} as Record<string, (...args: unknown[]) => void> };
    constructor(private readonly sky: unknown) {
      this._setupPainter();
    }
    getSky() {
      return this.sky;
    }
    _setupPainter() {
      this.painter = { drawFunctions: shared };
    }
  }
  return { FakeMap, shared };
}

describe('drawSkyOnlyIfStyled', () => {
  it('skips the sky of a style without one, draws a styled sky, and leaves the other draw functions alone', () => {
    const { FakeMap, shared } = fakeMapClass();
    drawSkyOnlyIfStyled(FakeMap);
    const plain = new FakeMap(undefined);
    const styled = new FakeMap({ 'sky-color': '#88C6FC' });
    plain.painter.drawFunctions.sky?.('mesh', 'frame');
    expect(shared.sky).not.toHaveBeenCalled();
    styled.painter.drawFunctions.sky?.('mesh', 'frame');
    expect(shared.sky).toHaveBeenCalledWith('mesh', 'frame');
    expect(plain.painter.drawFunctions.fill).toBe(shared.fill);
    // each map has its own table; MapLibre's shared one is untouched
    expect(plain.painter.drawFunctions).not.toBe(styled.painter.drawFunctions);
    expect(shared.sky).toBeTypeOf('function');
    expect(plain.painter.drawFunctions.sky).not.toBe(shared.sky);
  });

  it('patches a class once, however often it is called (both maps call it)', () => {
    const { FakeMap, shared } = fakeMapClass();
    drawSkyOnlyIfStyled(FakeMap);
    const once = FakeMap.prototype._setupPainter;
    drawSkyOnlyIfStyled(FakeMap);
    expect(FakeMap.prototype._setupPainter).toBe(once);
    new FakeMap({}).painter.drawFunctions.sky?.();
    expect(shared.sky).toHaveBeenCalledTimes(1);
  });

  it('the pinned maplibre-gl still has what the patch relies on', () => {
    const proto = maplibregl.Map.prototype as unknown as Record<string, unknown>;
    expect(proto._setupPainter).toBeTypeOf('function');
    expect(proto.getSky).toBeTypeOf('function');
    expect(() => drawSkyOnlyIfStyled({ prototype: {} })).toThrow(/_setupPainter is gone/);
  });
});
