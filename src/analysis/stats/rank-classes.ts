export interface ClassRange {
  cls: number;
  min: number;
  max: number;
  count: number;
}

/**
 * Classes by rank (quantiles): the values sorted and cut into `k` groups of (nearly) equal size, equal values
 * always in one class. A handful of counties or a skewed density (one chemical-park district far ahead) would
 * otherwise leave every other area in the lowest of k equal intervals. Returns each value's class (0 = lowest)
 * and the value range of every non-empty class, for the legend.
 */
export function rankClasses(values: readonly number[], k: number): { classes: number[]; ranges: ClassRange[] } {
  const n = values.length;
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const classes = new Array<number>(n).fill(0);
  let firstRankOfValue = 0;
  order.forEach((x, rank) => {
    if (rank > 0 && x.v !== order[rank - 1]?.v) firstRankOfValue = rank;
    classes[x.i] = n === 0 ? 0 : Math.min(k - 1, Math.floor((firstRankOfValue * k) / n));
  });
  const ranges: ClassRange[] = [];
  for (let c = 0; c < k; c++) {
    const inC = values.filter((_, i) => classes[i] === c);
    if (inC.length > 0) ranges.push({ cls: c, min: Math.min(...inC), max: Math.max(...inC), count: inC.length });
  }
  return { classes, ranges };
}
