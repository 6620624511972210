// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { gateFirstFrame } from '../../src/map/first-frame-gate';
import { useFirstFrameHold } from '../../src/map/use-first-frame-hold';

/** The least of maplibregl.Map the gate needs; `loaded()` is always true (the basemap is in). */
class FakeMap {
  painter = { render: (..._a: unknown[]) => {} };
  frames = 0;
  constructor() {
    this._setupPainter();
  }
  _setupPainter() {
    this.painter = { render: () => void this.frames++ };
  }
  loaded = () => true;
  triggerRepaint() {}
  getContainer = () => document.createElement('div');
  getLayersOrder = () => [];
  getLayer = () => undefined;
  getPaintProperty = () => undefined;
  on() {}
  off() {}
  once() {}
  fire() {
    return this;
  }
}
gateFirstFrame(FakeMap);

let made: FakeMap | null = null;
/** Like react-maplibre: the map is created in a passive effect of the child, after the parent's layout effects. */
function FakeMapGL() {
  useEffect(() => {
    made = new FakeMap();
  }, []);
  return null;
}
function Host({ settled }: { settled: boolean }) {
  useFirstFrameHold(settled);
  return <FakeMapGL />;
}

afterEach(() => {
  cleanup();
  made = null;
});

describe('useFirstFrameHold', () => {
  it('holds the first frame of the map created under it until the data has settled', () => {
    const { rerender } = render(<Host settled={false} />);
    made?.painter.render();
    expect(made?.frames).toBe(0);
    rerender(<Host settled={true} />);
    made?.painter.render();
    expect(made?.frames).toBe(1);
  });

  it('a map mounted with its data already in draws at once; an unmounted host leaves no hold behind', () => {
    const first = render(<Host settled={false} />);
    first.unmount();
    render(<Host settled={true} />);
    made?.painter.render();
    expect(made?.frames).toBe(1);
  });
});
