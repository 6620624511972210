import { normalizeKey } from '../normalize-text';

/** GB/T 2260 levels of a six-digit code: 2 digits 省级 + 2 地级 + 2 县级 (standards.md §10). */
export const ADMIN_LEVELS = ['省级', '地级', '县级'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** `xx0000` province, `xxxx00` prefecture, anything else county (standards.md §10). */
export function levelOfAdcode(adcode: string): AdminLevel {
  if (adcode.endsWith('0000')) return '省级';
  if (adcode.endsWith('00')) return '地级';
  return '县级';
}

/** The code of the enclosing area by the same structure; null for a province. */
export function parentOfAdcode(adcode: string): string | null {
  const level = levelOfAdcode(adcode);
  if (level === '省级') return null;
  return level === '地级' ? `${adcode.slice(0, 2)}0000` : `${adcode.slice(0, 4)}00`;
}

// DataV.GeoAtlas writes level as province / city / district (standards.md §10); ledgers write Chinese.
const LEVEL_WORDS: Record<string, AdminLevel> = {
  province: '省级',
  省: '省级',
  省级: '省级',
  city: '地级',
  市: '地级',
  地级: '地级',
  地级市: '地级',
  市级: '地级',
  district: '县级',
  county: '县级',
  县: '县级',
  区: '县级',
  县级: '县级',
  区县: '县级',
};

/** A level cell → its level; null when unrecognised. */
export const readAdminLevel = (text: string): AdminLevel | null => LEVEL_WORDS[normalizeKey(text)] ?? null;
