// The catalogues by language and the lookup of a string in the reader's language.
import { en } from './en';
import { format, type Entry, type Lang, type Vars } from './format';
import { vi, type StringKey } from './vi';

export type { Lang, StringKey, Vars };

export const CATALOGUES: Record<Lang, Record<StringKey, Entry>> = { vi, en };

/** "vi", "vi-VN" → vi; anything else → en (the only other language we have). */
export function resolveLang(pref: 'auto' | Lang | undefined, uiLanguage: string): Lang {
  if (pref === 'vi' || pref === 'en') return pref;
  return /^vi\b/i.test(uiLanguage) ? 'vi' : 'en';
}

export function t(lang: Lang, key: StringKey, vars: Vars = {}): string {
  return format(CATALOGUES[lang][key] ?? vi[key], lang, vars);
}

export type Translate = (key: StringKey, vars?: Vars) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => t(lang, key, vars);
}
