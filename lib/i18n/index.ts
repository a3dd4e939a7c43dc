// A small own i18n: one catalogue per language (vi.ts, en.ts) for the popup, the library and the shared
// components, one formatter with real plural rules (format.ts), Intl for dates. The language follows the
// browser UI language unless the user picked one (remembered in prefs).
export { CATALOGUES, resolveLang, t, translator } from './translate';
export type { Lang, StringKey, Translate, Vars } from './translate';
export { formatNumber } from './format';
export { formatDate, formatShortDate } from './dates';
export {
  FINAL_VERDICTS,
  accessProblemText,
  httpErrorText,
  notArticleHeading,
  saveFailureText,
} from './outcome-messages';
