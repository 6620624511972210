/**
 * Our two patches of MapLibre internals (sky-only-if-styled.ts, first-frame-gate.ts) each run code on every map
 * right after MapLibre has made its painter (`Map#_setupPainter`, called on creation and on a restored WebGL
 * context). This wraps that method once per patch (`key`), and fails loudly if a MapLibre upgrade removed it.
 */
export function afterSetupPainter<M>(
  MapClass: { prototype: unknown },
  key: symbol,
  source: string,
  after: (map: M) => void,
): void {
  const proto = MapClass.prototype as { _setupPainter?: unknown } & Record<symbol, true | undefined>;
  if (proto[key]) return;
  const setup = proto._setupPainter;
  if (typeof setup !== 'function') throw new Error(`maplibre-gl: Map#_setupPainter is gone; see ${source}`);
  proto._setupPainter = function (this: M) {
    setup.call(this);
    after(this);
  };
  proto[key] = true;
}
