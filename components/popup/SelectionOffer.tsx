// Shown above a page digest when the user had text selected: digest just the selection instead.
import type { SelectionInfo } from '../../lib/digest';
import { useI18n } from '../common/i18n-context';

export function SelectionOffer({ selection, onUse }: { selection: SelectionInfo; onUse: () => void }) {
  const { t } = useI18n();
  return (
    <div class="offer" data-testid="selection-offer">
      <span>{t('popup.selectionOffer', { count: selection.words })}</span>
      <button type="button" class="link-button" onClick={onUse} data-testid="use-selection">
        {t('popup.useSelection')}
      </button>
    </div>
  );
}
