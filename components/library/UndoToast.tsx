// "N digests deleted. Undo": shown after a delete until undone or closed. Focus moves to Undo at once, so a
// keyboard user who deleted is one key away from taking it back; after Undo it goes to the restored digest in
// the list, after Close to the page's main region (the deleted row is gone).
import { useEffect, useRef } from 'preact/hooks';
import type { Digest } from '../../lib/digest';
import { useLibrary } from './context';

interface Props {
  undo: { digests: Digest[] } | null;
  /** Focus the page's main region (nothing better is left to focus). */
  onFocusLost: () => void;
}

/** Focuses the restored digest's row once the list shows it (a few frames at most), else the main region. */
function focusRestored(id: string | undefined, fallback: () => void, tries = 20): void {
  const link = id ? document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .lib-row__title`) : null;
  if (link) return link.focus();
  if (tries <= 0) return fallback();
  setTimeout(() => focusRestored(id, fallback, tries - 1), 25);
}

export function UndoToast({ undo, onFocusLost }: Props) {
  const { controller, t } = useLibrary();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) button.current?.focus();
  }, [undo]);
  return (
    <div class="lib-toast" role="status" data-testid="undo" hidden={!undo}>
      {undo && (
        <>
          <span>{t('lib.deleted', { count: undo.digests.length })}</span>
          <button
            type="button"
            ref={button}
            class="lib-toast__undo"
            onClick={() => {
              const first = undo.digests[0]?.id;
              const count = undo.digests.length;
              void controller.undoRemove().then(() => {
                controller.notify({ kind: 'info', text: t('lib.restored', { count }) });
                focusRestored(first, onFocusLost);
              });
            }}
          >
            {t('common.undo')}
          </button>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              controller.dismissUndo();
              onFocusLost();
            }}
          >
            {t('common.close')}
          </button>
        </>
      )}
    </div>
  );
}
