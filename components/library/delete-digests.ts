// The library's Delete (list selection and digest page): deletes through the controller and, when a delete
// fails part way, says which digest it could not delete, how many are still stored, and that Undo covers the rest.
import type { Translate } from '../../lib/i18n';
import type { LibraryController } from './library-controller';

export async function deleteDigests(
  controller: LibraryController,
  t: Translate,
  ids: readonly string[],
): Promise<void> {
  const { deleted, failed } = await controller.remove(ids);
  if (!failed) return;
  const text = [
    t('lib.deleteFailed', { title: failed.title ?? failed.id, error: failed.error }),
    t('lib.notDeleted', { count: failed.notDeleted }),
    deleted > 0 ? t('lib.deleteFailedUndo') : '',
  ];
  controller.notify({ kind: 'error', text: text.filter(Boolean).join(' ') });
}
