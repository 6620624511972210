import { FACETS, RISK } from '../theme/theme';

/*
 * Small SVG copies of the map symbols (src/layers): circle with the grade character (重大危险源), dam triangle
 * with the class character (尾矿库), hatched outlined polygon (化工园区), house solid / dashed (消防站 现有 / 规划),
 * class-coloured circle with a category glyph (防护目标). Decorative: the legend row carries the text.
 */
const SIZE = 22;
const red = RISK.red;

export function HazardSymbol() {
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="9" fill={red.fill} stroke={red.stroke} strokeWidth="1.5" />
      <text x="11" y="15" textAnchor="middle" fontSize="11" fill={red.text}>
        一
      </text>
    </svg>
  );
}

export function TailingsSymbol() {
  const o = RISK.orange;
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true">
      <path d="M11 2 L21 20 L1 20 Z" fill={o.fill} stroke={o.stroke} strokeWidth="1.5" />
      <text x="11" y="18" textAnchor="middle" fontSize="9" fill={o.text}>
        三
      </text>
    </svg>
  );
}

export function ParkSymbol() {
  const y = RISK.yellow;
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true">
      <defs>
        <pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="5" stroke={y.stroke} strokeWidth="1.2" />
        </pattern>
      </defs>
      <path d="M3 5 L17 2 L20 16 L8 20 L2 14 Z" fill={y.fill} fillOpacity="0.25" />
      <path d="M3 5 L17 2 L20 16 L8 20 L2 14 Z" fill="url(#legend-hatch)" stroke={y.stroke} strokeWidth="1.5" />
    </svg>
  );
}

export function FireStationSymbol({ planned }: { planned: boolean }) {
  const v = FACETS['fire-stations'].values.find((x) => x.value === (planned ? '规划' : '现有'));
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true">
      <path
        d="M2 11 L11 3 L20 11 L17 11 L17 20 L5 20 L5 11 Z"
        fill={v?.fill}
        stroke={v?.stroke}
        strokeWidth="1.5"
        strokeDasharray={planned ? '3 2' : undefined}
      />
    </svg>
  );
}

export function TargetSymbol() {
  const v = FACETS['protected-targets'].values[0];
  return (
    <svg width={SIZE} height={SIZE} viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="9" fill={v?.fill} stroke={v?.stroke} strokeWidth="1.5" />
      <text x="11" y="15" textAnchor="middle" fontSize="10" fill={v?.text}>
        学
      </text>
    </svg>
  );
}
