const LAYER_ZH: Readonly<Record<string, string>> = {
  'hazard-sources': '重大危险源',
  'tailings-ponds': '尾矿库',
  'chemical-parks': '化工园区',
  pipelines: '油气管道',
  'gas-stations': '加油站',
  'protected-targets': '防护目标',
};

/**
 * Chinese name of a layer id for report text; the id itself for layers it does not know.
 *
 * @example layerZh('tailings-ponds') // '尾矿库'
 */
export function layerZh(layer: string): string {
  return LAYER_ZH[layer] ?? layer;
}
