/** Shelter colour: the green of Chinese emergency-shelter signs (应急避难场所标志), white on it is 5.1:1. */
export const SHELTER_GREEN = '#2E7D32';

const PR = 2;

/**
 * The sample-shelter icon, 20×20 CSS px at pixel ratio 2: a green rounded square with a white house outline and
 * a figure in its door, after the shelter sign. Null without a canvas (jsdom, node).
 */
export function drawShelterIcon(): ImageData | null {
  if (typeof document === 'undefined') return null;
  const c = document.createElement('canvas');
  c.width = 20 * PR;
  c.height = 20 * PR;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.scale(PR, PR);
  ctx.fillStyle = SHELTER_GREEN;
  ctx.strokeStyle = '#FFFFFF';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(1, 1, 18, 18, 3);
  ctx.fill();
  ctx.stroke();
  // roof and walls
  ctx.beginPath();
  ctx.moveTo(4, 9.5);
  ctx.lineTo(10, 4);
  ctx.lineTo(16, 9.5);
  ctx.moveTo(5.5, 8.5);
  ctx.lineTo(5.5, 16);
  ctx.lineTo(14.5, 16);
  ctx.lineTo(14.5, 8.5);
  ctx.stroke();
  // figure: head and body
  ctx.fillStyle = '#FFFFFF';
  ctx.beginPath();
  ctx.arc(10, 9.5, 1.6, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(8.8, 11.5, 2.4, 4.5);
  return ctx.getImageData(0, 0, c.width, c.height);
}

export const SHELTER_ICON_PIXEL_RATIO = PR;
