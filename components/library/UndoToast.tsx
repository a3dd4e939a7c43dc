// "N digests deleted. Undo": shown after a delete. Focus moves to Undo at once, so a keyboard user who deleted is
// one key away from taking it back; after Undo it goes to the restored digest in the list, after Close to the
// page's main region (the deleted row is gone).
// The offer ends (the toast goes) after UNDO_TOAST_MS, never while the pointer is over it or a keyboard user's
// focus is in it (the clock starts again when they leave); on leaving for another page (the list a delete from
// the digest view returns to excepted); and after an import (the controller ends it).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Digest } from '../../lib/digest';
import { useLibrary } from './context';
import { pageOf, type Route } from './route';

/** How long the Undo offer stays when left alone (common toast practice for an action: 8–10 s). */
export const UNDO_TOAST_MS = 10_000;

interface Props {
  undo: { digests: Digest[] } | null;
  /** The page shown: leaving for another page ends the offer. */
  route: Route;
  /** Focus the page's main region (nothing better is left to focus). */
  onFocusLost: () => void;
}

/** Focuses the restored digest's row once the list shows it (a few frames at most), else the main region; stops
 * when the toast is gone (`alive` false: the page was left or closed), so no poll outlives the page. */
function focusRestored(id: string | undefined, fallback: () => void, alive: () => boolean, tries = 20): void {
  if (!alive()) return;
  const link = id ? document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .lib-row__title`) : null;
  if (link) return link.focus();
  if (tries <= 0) return fallback();
  setTimeout(() => focusRestored(id, fallback, alive, tries - 1), 25);
}

/** Whether the last input was the keyboard: a keyboard user's focus in the toast holds it; a mouse user's does not. */
let keyboardInput = false;
let modalityTracked = false;
function trackModality(): void {
  if (modalityTracked) return;
  modalityTracked = true;
  addEventListener('keydown', () => (keyboardInput = true), true);
  addEventListener('pointerdown', () => (keyboardInput = false), true);
  addEventListener('mousedown', () => (keyboardInput = false), true);
}

export function UndoToast({ undo, route, onFocusLost }: Props) {
  const { controller, t } = useLibrary();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(trackModality, []);
  useEffect(() => {
    if (undo) button.current?.focus();
  }, [undo]);

  const held = hovered || focused;
  useEffect(() => {
    if (!undo || held) return;
    const timer = setTimeout(() => {
      const hadFocus = box.current?.contains(document.activeElement) ?? false;
      controller.dismissUndo();
      if (hadFocus) onFocusLost();
    }, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [undo, held, controller, onFocusLost]);

  // Another page: the offer ends. The list is where a delete from the digest view lands, so it does not end it.
  const page = pageOf(route);
  const lastPage = useRef(page);
  useEffect(() => {
    if (page !== lastPage.current && page !== 'list' && controller.state.undo) controller.dismissUndo();
    lastPage.current = page;
  }, [page, controller]);

  return (
    <div
      ref={box}
      class="lib-toast"
      role="status"
      data-testid="undo"
      hidden={!undo}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(keyboardInput)}
      onFocusOut={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {undo && (
        <>
          <span>{t('lib.deleted', { count: undo.digests.length })}</span>
          <button
            type="button"
            ref={button}
            class="lib-toast__undo"
            onClick={() => {
              const first = undo.digests[0]?.id;
              void controller.undoRemove().then(({ restored, newerKept }) => {
                const text = [
                  restored ? t('lib.restored', { count: restored }) : '',
                  newerKept ? t('lib.restoreNewerKept', { count: newerKept }) : '',
                ];
                controller.notify({ kind: 'info', text: text.filter(Boolean).join(' ') });
                focusRestored(first, onFocusLost, () => mounted.current);
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
