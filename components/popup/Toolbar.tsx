// Top bar: the name, the library link with the number of saved digests, the reader's text settings (when a
// digest is shown) and the language switch.
import type { LanguagePref, Prefs } from '../../platform/platform';
import { useI18n } from '../common/i18n-context';
import { LanguageSelect } from '../common/LanguageSelect';
import { ReaderControls } from '../common/ReaderControls';

interface Props {
  count: number | null;
  prefs: Prefs;
  update: (patch: Partial<Prefs>) => void;
  /** Show the text settings (there is an article to read). */
  reader: boolean;
  onLibrary: () => void;
}

export function Toolbar({ count, prefs, update, reader, onLibrary }: Props) {
  const { t } = useI18n();
  return (
    <nav class="toolbar" aria-label={t('app.name')}>
      <span class="toolbar__brand">{t('app.name')}</span>
      <button type="button" class="toolbar__library" onClick={onLibrary} data-testid="library">
        {t('popup.library', { count: count ?? 0 })}
      </button>
      {reader && <ReaderControls prefs={prefs} update={update} id="popup-reader" />}
      <LanguageSelect value={prefs.language} onChange={(language: LanguagePref) => update({ language })} />
    </nav>
  );
}
