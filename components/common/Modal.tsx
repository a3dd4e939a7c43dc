// A modal dialog on the browser's own <dialog>: showModal() makes the page behind it inert and draws a backdrop;
// Tab cycles through the dialog's controls only, Escape closes it, and focus goes back to the control that
// opened it. The content is the caller's.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  /** Id of the dialog's heading. */
  labelledBy: string;
  onClose: () => void;
  class?: string;
  children: ComponentChildren;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's controls a Tab can reach, in order (a group of radio buttons is one stop: its checked one). */
function tabbable(dialog: HTMLElement): HTMLElement[] {
  const checkedGroups = new Set(
    [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((r) => r.name),
  );
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.closest('[hidden]') || el.getClientRects().length === 0) return false;
    const radio = el instanceof HTMLInputElement && el.type === 'radio' ? el : null;
    return !radio || radio.checked || !checkedGroups.has(radio.name);
  });
}

export function Modal({ labelledBy, onClose, class: className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Focus the first control, not the dialog's text (showModal focuses the first focusable element too).
    (tabbable(dialog)[0] ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close.current();
      return;
    }
    if (e.key !== 'Tab') return;
    // The page behind is inert; the browser's own controls are not: keep Tab inside the dialog.
    const items = tabbable(ref.current!);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      class={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      // Escape fires "cancel": the caller closes (and unmounts) the dialog, so its state stays in one place.
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
    >
      {children}
    </dialog>
  );
}
