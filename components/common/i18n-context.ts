// The UI language for every component below the provider, and its translate function.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang, type Translate } from '../../lib/i18n';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'vi', t: translator('vi') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function i18nFor(lang: Lang): I18n {
  return { lang, t: translator(lang) };
}
