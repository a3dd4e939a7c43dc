// The save state of the digest shown: saving, saved (with undo), already saved earlier (with refresh),
// undone, or a storage error (with "save again" when trying again can help). A polite live region, so
// screen readers hear "Saved".
import type { StorageErrorCode } from '../../lib/storage';
import { formatShortDate } from '../../lib/i18n';
import { useI18n } from '../common/i18n-context';
import type { SaveStatus } from './popup-controller';

interface Props {
  save: SaveStatus;
  savedAt: string;
  onUndo: () => void;
  onRefresh: () => void;
  onRetry: () => void;
}

export function StatusBar({ save, savedAt, onUndo, onRefresh, onRetry }: Props) {
  const { t, lang } = useI18n();
  const errorKey = (code: StorageErrorCode) => `storage.${code}` as const;
  return (
    <div
      class={`status status--${save.state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={save.state}
    >
      {save.state === 'saving' && <span>{t('common.saving')}</span>}
      {save.state === 'saved' && (
        <>
          <span class="status__ok">✓ {save.created ? t('common.saved') : t('popup.savedUpdated')}</span>
          {save.images?.quota && <span data-testid="images-note">{t('popup.imagesNoRoom')}</span>}
          {save.images && !save.images.quota && save.images.kept + save.images.skipped > 0 && (
            <span data-testid="images-note">
              {t('popup.imagesKept', { kept: save.images.kept, total: save.images.kept + save.images.skipped })}
            </span>
          )}
          <button type="button" class="link-button" onClick={onUndo} data-testid="undo">
            {t('common.undo')}
          </button>
        </>
      )}
      {save.state === 'stored' && (
        <>
          <span>{t('popup.alreadySaved', { date: savedAt ? formatShortDate(savedAt, lang) : '' })}</span>
          <button type="button" class="link-button" onClick={onRefresh} data-testid="refresh">
            {t('popup.refresh')}
          </button>
        </>
      )}
      {save.state === 'undone' && (
        <span>
          {save.newerKept ? t('popup.undoneNewerKept') : save.created ? t('popup.undone') : t('popup.undoneRefresh')}
        </span>
      )}
      {save.state === 'error' && (
        <>
          <span class="status__error" role="alert">
            {t(errorKey(save.code))}
          </span>
          {save.retry && (
            <button type="button" class="link-button" onClick={onRetry} data-testid="retry-save">
              {t('popup.retrySave')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
