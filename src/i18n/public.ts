/** Strings of the 公众版 workspace, zh-CN first; `publicEn` must have the same keys (type-checked). */
export const publicZh = {
  'public.title': '公众版',
} as const;

export const publicEn: Record<keyof typeof publicZh, string> = {
  'public.title': 'Public',
};
