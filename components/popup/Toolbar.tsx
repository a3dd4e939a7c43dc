// Top bar: the name, the library link with the number of saved digests, and the language switch.
import type { LanguagePref } from '../../platform/platform';
import { useI18n } from '../common/i18n-context';

interface Props {
  count: number | null;
  language: LanguagePref;
  onLanguage: (l: LanguagePref) => void;
  onLibrary: () => void;
}

export function Toolbar({ count, language, onLanguage, onLibrary }: Props) {
  const { t } = useI18n();
  const n = count ?? 0;
  return (
    <nav class="toolbar" aria-label={t('app.name')}>
      <span class="toolbar__brand">{t('app.name')}</span>
      <button type="button" class="toolbar__library" onClick={onLibrary} aria-label={t('popup.libraryLabel', { count: n })} data-testid="library">
        {t('popup.library', { count: n })}
      </button>
      <label class="toolbar__lang">
        <span class="visually-hidden">{t('popup.language')}</span>
        <select value={language} onChange={(e) => onLanguage((e.currentTarget as HTMLSelectElement).value as LanguagePref)} data-testid="language">
          <option value="auto">{t('popup.langAuto')}</option>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </nav>
  );
}
