/**
 * Seeded PRNG for the sample generator. Hand-written (mulberry32) so the output never depends on a library's
 * algorithm changing between versions: the same seed must give byte-identical ledgers forever.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform float in [min, max) */
  range(min: number, max: number): number;
  /** uniform integer in [min, max] (both inclusive) */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** picks by weight; `weights` and `items` have the same length */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** a new shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[];
  chance(p: number): boolean;
}

/** mulberry32: uniform in [0, 1); the one seeded generator of the sample, the national data, the bench and tests. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label, mixed with the seed: each layer gets its own stream, so editing one layer's
 *  generator does not reshuffle the others. */
function subSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRng(seed: number, label = ''): Rng {
  const next = mulberry32(subSeed(seed, label));
  const at = <T>(items: readonly T[], i: number): T => {
    const v = items[i];
    if (v === undefined) throw new Error(`rng: index ${i} out of range (${items.length} items)`);
    return v;
  };
  const rng: Rng = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted: (items, weights) => {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return at(items, i);
      }
      return at(items, items.length - 1);
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = at(out, i);
        out[i] = at(out, j);
        out[j] = tmp;
      }
      return out;
    },
    chance: (p) => next() < p,
  };
  return rng;
}
