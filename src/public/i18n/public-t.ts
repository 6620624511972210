import { createContext, useContext, useMemo } from 'react';
import { publicEn, publicZh } from '../../i18n/public';

/**
 * The public site's own translate over src/i18n/public.ts. Not the internal `useT()`: its dictionaries carry the
 * internal field labels (e.g. `field.contact`), which must not reach the public bundle.
 */
export type PublicLang = 'zh' | 'en';
export type PublicKey = keyof typeof publicZh;
export type PublicT = (key: PublicKey, vars?: Record<string, string | number>) => string;

const DICTS: Record<PublicLang, Record<PublicKey, string>> = { zh: publicZh, en: publicEn };

/** Fills `{name}` placeholders; an unknown one stays visible so a missing value is noticed. */
export function publicTranslate(lang: PublicLang, key: PublicKey, vars?: Record<string, string | number>): string {
  const text = DICTS[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export const LangContext = createContext<PublicLang>('zh');

/** `t` is stable for a language, so memoised map data built with it is not rebuilt on every render. */
export function usePublicT(): { t: PublicT; lang: PublicLang } {
  const lang = useContext(LangContext);
  return useMemo(() => ({ t: (key, vars) => publicTranslate(lang, key, vars), lang }), [lang]);
}

/** BCP 47 tag for `<html lang>`. */
export const htmlLangOf = (lang: PublicLang): string => (lang === 'zh' ? 'zh-CN' : 'en');
