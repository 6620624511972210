import type { LonLat } from './geo';

/**
 * Town centres the sample puts fire stations and protected targets around. Names are real towns of each county;
 * positions are rough guesses (±5 km), good enough for a synthetic map and not for anything else.
 */
export interface Town {
  name: string;
  county: string;
  pos: LonLat;
}

export const TOWNS: readonly Town[] = [
  { name: '城陵矶', county: '岳阳楼区', pos: [113.15, 29.43] },
  { name: '郭镇', county: '岳阳楼区', pos: [113.215, 29.34] },
  { name: '陆城镇', county: '云溪区', pos: [113.33, 29.555] },
  { name: '长岭街道', county: '云溪区', pos: [113.305, 29.515] },
  { name: '许市镇', county: '君山区', pos: [112.935, 29.5] },
  { name: '钱粮湖镇', county: '君山区', pos: [112.8, 29.47] },
  { name: '新墙镇', county: '岳阳县', pos: [113.225, 29.225] },
  { name: '筻口镇', county: '岳阳县', pos: [113.33, 29.13] },
  { name: '东山镇', county: '华容县', pos: [112.69, 29.395] },
  { name: '万庾镇', county: '华容县', pos: [112.62, 29.62] },
  { name: '金龙镇', county: '湘阴县', pos: [112.98, 28.6] },
  { name: '鹤龙湖镇', county: '湘阴县', pos: [112.81, 28.79] },
  { name: '长寿镇', county: '平江县', pos: [113.83, 28.735] },
  { name: '南江镇', county: '平江县', pos: [113.72, 28.88] },
  { name: '凤凰乡', county: '屈原管理区', pos: [112.96, 28.815] },
  { name: '新市镇', county: '汨罗市', pos: [113.14, 28.72] },
  { name: '弼时镇', county: '汨罗市', pos: [113.25, 28.83] },
  { name: '羊楼司镇', county: '临湘市', pos: [113.62, 29.56] },
  { name: '桃林镇', county: '临湘市', pos: [113.47, 29.34] },
];

export function townByName(name: string): Town {
  const t = TOWNS.find((x) => x.name === name);
  if (!t) throw new Error(`unknown town ${name}`);
  return t;
}
