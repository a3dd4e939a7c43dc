// The UI language: the browser's, Vietnamese or English. Each language is named in itself.
import type { LanguagePref } from '../../platform/platform';
import { useI18n } from './i18n-context';

export function LanguageSelect({ value, onChange }: { value: LanguagePref; onChange: (l: LanguagePref) => void }) {
  const { t } = useI18n();
  return (
    <label class="lang-select">
      <span class="visually-hidden">{t('common.language')}</span>
      <select
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as LanguagePref)}
        data-testid="language"
      >
        <option value="auto">{t('common.langAuto')}</option>
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
