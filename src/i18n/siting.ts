/** Strings of the 规划选址 workspace, zh-CN first; `sitingEn` must have the same keys (type-checked). */
export const sitingZh = {
  'siting.title': '规划选址',
} as const;

export const sitingEn: Record<keyof typeof sitingZh, string> = {
  'siting.title': 'Siting',
};
