import type { Rng } from './prng';

/** Two-character brand syllables for invented enterprise names. */
const BRAND_CHARS = [
  '恒',
  '瑞',
  '鑫',
  '盛',
  '源',
  '泰',
  '达',
  '安',
  '隆',
  '锦',
  '丰',
  '宏',
  '裕',
  '兴',
  '祥',
  '越',
  '骏',
  '昊',
  '澜',
  '融',
];

export function brand(rng: Rng): string {
  const a = rng.pick(BRAND_CHARS);
  let b = rng.pick(BRAND_CHARS);
  while (b === a) b = rng.pick(BRAND_CHARS);
  return a + b;
}

/** County name as it prefixes local names: 岳阳楼区 → 岳阳, 汨罗市 → 汨罗, 屈原管理区 → 屈原. */
export function placeShort(county: string): string {
  if (county === '岳阳楼区') return '岳阳';
  if (county === '岳阳县') return '岳阳县';
  return county.replace(/(管理区|区|县|市)$/, '');
}

/** Keeps generated names unique within a layer (ledgers are searched by name). */
export class NameSet {
  private readonly seen = new Set<string>();
  claim(make: () => string, tries = 50): string {
    for (let i = 0; i < tries; i++) {
      const name = make();
      if (!this.seen.has(name)) {
        this.seen.add(name);
        return name;
      }
    }
    throw new Error('NameSet: could not find a unique name');
  }
  has(name: string): boolean {
    return this.seen.has(name);
  }
}

export const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const cnOrdinal = (n: number): string => CN_ORDINALS[n - 1] ?? String(n);
