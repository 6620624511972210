import { useCallback, useEffect } from 'react';
import { type Lang, useAppStore } from '../state/store';
import { en } from './en';
import { type MessageKey, zh } from './zh';

export type { MessageKey } from './zh';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTS: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a missing value is noticed, not hidden. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = DICTS[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t(key, vars)` in the store's current language; re-renders when the language changes. */
export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

export const useLang = (): Lang => useAppStore((s) => s.lang);

/** BCP 47 tag for <html lang>, so screen readers pick the right voice. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** Keeps `<html lang>` in step with the store's language. Mount once, in the app shell. */
export function useHtmlLang(): void {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
}

/** Narrowing for keys built at runtime (e.g. `field.${column}`), so an unknown column falls back to its raw name. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zh, key);
