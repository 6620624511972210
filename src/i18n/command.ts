/** Strings of the 应急指挥 workspace, zh-CN first; `commandEn` must have the same keys (type-checked). */
export const commandZh = {
  'command.title': '应急指挥',
} as const;

export const commandEn: Record<keyof typeof commandZh, string> = {
  'command.title': 'Command',
};
