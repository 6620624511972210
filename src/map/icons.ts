import { FIRE_ICON, hatchPattern, ICON_IDS, ICON_LEVELS, type IconLevel, tailingsIcon } from '../layers/icon-ids';
import { FACETS, RISK } from '../theme/theme';

/**
 * Runtime icons: drawn on a canvas at pixel ratio 2 and added with `map.addImage`, so there is no sprite build and
 * no request. A style change (basemap switch) drops every image, so `installIcons` re-adds them on `style.load`
 * and on `styleimagemissing`.
 */
const PR = 2;
const UNKNOWN = { fill: '#9E9E9E', stroke: '#424242' };
const levelColours = (level: IconLevel) => (level === 'unknown' ? UNKNOWN : RISK[level]);

type Ctx = CanvasRenderingContext2D;

function canvas(w: number, h: number, draw: (ctx: Ctx) => void): ImageData | null {
  if (typeof document === 'undefined') return null;
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  // read back once with getImageData: tell the browser so it keeps the canvas on the CPU
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  draw(ctx);
  return ctx.getImageData(0, 0, w, h);
}

/** Dam cross-section: a triangle on a thick base line (the crest points up), 24×21 CSS px. */
function tailings(level: IconLevel) {
  const { fill, stroke } = levelColours(level);
  return canvas(24 * PR, 21 * PR, (ctx) => {
    ctx.scale(PR, PR);
    ctx.beginPath();
    ctx.moveTo(12, 1.5);
    ctx.lineTo(22.5, 19);
    ctx.lineTo(1.5, 19);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = stroke;
    ctx.stroke();
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(1, 19.5);
    ctx.lineTo(23, 19.5);
    ctx.stroke();
  });
}

/** Diagonal hatch tile, 10×10 CSS px, seamless when repeated (the line wraps through opposite corners). */
function hatch(level: IconLevel) {
  const { stroke } = levelColours(level);
  const s = 10 * PR;
  return canvas(s, s, (ctx) => {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1.2 * PR;
    ctx.beginPath();
    for (const off of [-s, 0, s]) {
      ctx.moveTo(off, s);
      ctx.lineTo(off + s, 0);
    }
    ctx.stroke();
  });
}

/** House, 22×22 CSS px: 现有 filled red; 规划 white with a dashed red outline. */
function house(planned: boolean) {
  const v = FACETS['fire-stations'].values.find((x) => x.value === (planned ? '规划' : '现有'));
  const fill = v?.fill ?? '#C62828';
  const stroke = planned ? (v?.stroke ?? '#C62828') : '#FFFFFF';
  return canvas(22 * PR, 22 * PR, (ctx) => {
    ctx.scale(PR, PR);
    ctx.beginPath();
    ctx.moveTo(11, 1.5);
    ctx.lineTo(20.5, 9.5);
    ctx.lineTo(18, 9.5);
    ctx.lineTo(18, 20.5);
    ctx.lineTo(4, 20.5);
    ctx.lineTo(4, 9.5);
    ctx.lineTo(1.5, 9.5);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = planned ? 2 : 1.5;
    ctx.lineJoin = 'round';
    if (planned) ctx.setLineDash([3, 2]);
    ctx.strokeStyle = planned ? stroke : '#4A0D0D';
    ctx.stroke();
    ctx.setLineDash([]);
    // garage door: white on the red house, red on the white one
    ctx.fillStyle = planned ? stroke : '#FFFFFF';
    ctx.fillRect(8, 13, 6, 7.5);
  });
}

/** Draws one icon by id, or null if the id is not ours (or there is no canvas, as in jsdom). */
export function drawIcon(id: string): ImageData | null {
  for (const level of ICON_LEVELS) {
    if (id === tailingsIcon(level)) return tailings(level);
    if (id === hatchPattern(level)) return hatch(level);
  }
  if (id === FIRE_ICON.existing) return house(false);
  if (id === FIRE_ICON.planned) return house(true);
  return null;
}

/** The part of a MapLibre map this module uses (so tests can pass a fake). */
export interface IconHost {
  hasImage(id: string): boolean;
  addImage(id: string, image: ImageData, options: { pixelRatio: number }): unknown;
  on(type: 'style.load', fn: () => void): unknown;
  off(type: 'style.load', fn: () => void): unknown;
  setMissingStyleImageResolver(resolver: ((id: string) => void) | null): unknown;
}

const cache = new Map<string, ImageData | null>();

function addOne(map: IconHost, id: string): void {
  if (map.hasImage(id)) return;
  if (!cache.has(id)) cache.set(id, drawIcon(id));
  const img = cache.get(id);
  if (img) map.addImage(id, img, { pixelRatio: PR });
}

/**
 * Adds all icons now and after every style change, and resolves any that a tile asks for first (MapLibre 6
 * resolves missing images through this resolver; `styleimagemissing` listeners can no longer supply them).
 * Returns the uninstaller.
 */
export function installIcons(map: IconHost): () => void {
  const addAll = () => {
    for (const id of ICON_IDS) addOne(map, id);
  };
  addAll();
  map.on('style.load', addAll);
  map.setMissingStyleImageResolver((id) => {
    if (ICON_IDS.includes(id)) addOne(map, id);
  });
  return () => {
    map.off('style.load', addAll);
    map.setMissingStyleImageResolver(null);
  };
}
