// @vitest-environment jsdom
import * as maplibregl from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_FRAME_DEADLINE_MS,
  type GatedMap,
  gateFirstFrame,
  holdFirstFrames,
} from '../../src/map/first-frame-gate';

/** Stands in for maplibregl.Map: `_setupPainter` makes a painter; `loaded()` is whatever the test says. */
function fakeMapClass() {
  class FakeMap implements GatedMap {
    painter = { render: (..._args: unknown[]) => {} };
    frames: unknown[][] = [];
    isLoaded = false;
    repaints = 0;
    layers: { id: string; type: string; paint: Record<string, unknown> }[] = [];
    container = document.createElement('div');
    listeners = new Map<string, Set<() => void>>();
    constructor() {
      this._setupPainter();
    }
    _setupPainter() {
      const frames = this.frames;
      this.painter = {
        render(...args: unknown[]) {
          frames.push(args);
        },
      };
    }
    loaded() {
      return this.isLoaded;
    }
    triggerRepaint() {
      this.repaints++;
    }
    getContainer() {
      return this.container;
    }
    getLayersOrder() {
      return this.layers.map((l) => l.id);
    }
    getLayer(id: string) {
      return this.layers.find((l) => l.id === id);
    }
    getPaintProperty(id: string, name: string) {
      return this.getLayer(id)?.paint[name];
    }
    on(type: string, f: () => void) {
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type)?.add(f);
      return this;
    }
    off(type: string, f: () => void) {
      this.listeners.get(type)?.delete(f);
      return this;
    }
    once(type: string, f: () => void) {
      const g = () => {
        this.off(type, g);
        f();
      };
      return this.on(type, g);
    }
    fire(event: { type: string }) {
      for (const f of [...(this.listeners.get(event.type) ?? [])]) f();
      return this;
    }
  }
  gateFirstFrame(FakeMap);
  return FakeMap;
}

describe('gateFirstFrame', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws nothing until the first view is complete, then every frame, loading or not (panning)', () => {
    const map = new (fakeMapClass())();
    map.painter.render('style', 'transform');
    map.painter.render('style', 'transform');
    expect(map.frames).toEqual([]);
    map.isLoaded = true;
    map.painter.render('style', 'complete');
    expect(map.frames).toEqual([['style', 'complete']]);
    map.isLoaded = false; // new tiles coming in while the user pans
    map.painter.render('style', 'panning');
    expect(map.frames).toEqual([
      ['style', 'complete'],
      ['style', 'panning'],
    ]);
  });

  it('a hold keeps a complete-looking map from drawing until the last hold goes, then asks for the frame', () => {
    const FakeMap = fakeMapClass();
    const releaseData = holdFirstFrames();
    const releaseOther = holdFirstFrames();
    const map = new FakeMap();
    map.isLoaded = true; // basemap in, the app's data still coming
    map.painter.render('basemap only');
    releaseData();
    releaseData(); // a second call is no second release
    map.painter.render('still held');
    expect(map.frames).toEqual([]);
    expect(map.repaints).toBe(0);
    releaseOther();
    expect(map.repaints).toBe(1);
    map.painter.render('complete');
    expect(map.frames).toEqual([['complete']]);
    // an open gate stays open: later holds (another map's) do not stop this one
    const later = holdFirstFrames();
    map.painter.render('panning');
    expect(map.frames).toHaveLength(2);
    later();
  });

  it('the deadline opens a gate that a hold keeps closed', () => {
    const FakeMap = fakeMapClass();
    const release = holdFirstFrames();
    const map = new FakeMap();
    map.isLoaded = true;
    vi.advanceTimersByTime(FIRST_FRAME_DEADLINE_MS);
    map.painter.render('late');
    expect(map.frames).toEqual([['late']]);
    release();
    expect(map.repaints).toBe(1); // the deadline's, not the release's: the gate was already open
  });

  it('says nothing of idle before its first frame (a held map is loaded, not drawn), and passes it on after', () => {
    const map = new (fakeMapClass())();
    const idles: string[] = [];
    map.on('idle', () => idles.push('idle'));
    map.on('data', () => idles.push('data'));
    const release = holdFirstFrames();
    map.isLoaded = true;
    map.painter.render();
    map.fire({ type: 'idle' });
    map.fire({ type: 'data' }); // other events pass
    expect(idles).toEqual(['data']);
    release();
    map.painter.render();
    map.fire({ type: 'idle' });
    expect(idles).toEqual(['data', 'idle']);
  });

  it('draws after the deadline even if the view never completes, and asks for that frame', () => {
    const map = new (fakeMapClass())();
    vi.advanceTimersByTime(FIRST_FRAME_DEADLINE_MS - 1);
    map.painter.render('early');
    expect(map.frames).toEqual([]);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    map.painter.render('late');
    expect(map.frames).toEqual([['late']]);
  });

  it('a map complete before the deadline is not asked for an extra frame; a removed map is left alone', () => {
    const FakeMap = fakeMapClass();
    const done = new FakeMap();
    done.isLoaded = true;
    done.painter.render();
    const removed = new FakeMap();
    removed.fire({ type: 'remove' });
    vi.advanceTimersByTime(FIRST_FRAME_DEADLINE_MS * 2);
    expect(done.repaints).toBe(0);
    expect(removed.repaints).toBe(0);
  });

  it("shows the style's background colour before the first frame, and hands over to the canvas after it", () => {
    const map = new (fakeMapClass())();
    map.layers = [
      { id: 'bm-ocean', type: 'background', paint: { 'background-color': '#dbe8f4' } },
      { id: 'bm-land', type: 'fill', paint: { 'fill-color': '#ffffff' } },
    ];
    map.fire({ type: 'styledata' });
    expect(map.container.style.backgroundColor).toBe('rgb(219, 232, 244)');
    map.isLoaded = true;
    map.painter.render();
    expect(map.container.style.backgroundColor).toBe('');
    map.fire({ type: 'styledata' }); // a later style change (a basemap switch) draws its own background
    expect(map.container.style.backgroundColor).toBe('');
  });

  it('leaves the container alone when the bottom layer is no plain background colour', () => {
    const FakeMap = fakeMapClass();
    const raster = new FakeMap();
    raster.layers = [{ id: 'tdt', type: 'raster', paint: {} }];
    raster.fire({ type: 'styledata' });
    const byZoom = new FakeMap();
    byZoom.layers = [
      { id: 'bg', type: 'background', paint: { 'background-color': ['step', ['zoom'], '#000', 5, '#fff'] } },
    ];
    byZoom.fire({ type: 'styledata' });
    const empty = new FakeMap();
    empty.fire({ type: 'styledata' });
    for (const m of [raster, byZoom, empty]) expect(m.container.style.backgroundColor).toBe('');
  });

  it('patches a class once, however often it is called (both maps call it)', () => {
    const FakeMap = fakeMapClass();
    const once = FakeMap.prototype._setupPainter;
    gateFirstFrame(FakeMap);
    expect(FakeMap.prototype._setupPainter).toBe(once);
    const map = new FakeMap();
    map.isLoaded = true;
    map.painter.render('one');
    expect(map.frames).toEqual([['one']]); // one wrapper, one frame
  });

  it('the pinned maplibre-gl still has what the patch relies on', () => {
    const proto = maplibregl.Map.prototype as unknown as Record<string, unknown>;
    for (const name of ['_setupPainter', 'loaded', 'triggerRepaint', 'getContainer', 'getLayersOrder', 'getLayer'])
      expect(proto[name], name).toBeTypeOf('function');
    expect(proto.getPaintProperty).toBeTypeOf('function');
    expect(() => gateFirstFrame({ prototype: {} })).toThrow(/_setupPainter is gone/);
  });
});
