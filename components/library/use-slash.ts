// "/" focuses the library's search box from anywhere on the page (as on GitHub, YouTube, MDN), except while
// typing in a field. On another view it goes back to the list first.
import { useEffect } from 'preact/hooks';

export const SEARCH_ID = 'lib-q';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function useSlashToSearch(onList: boolean, toList: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key !== '/' ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        typing(e.target) ||
        document.querySelector('dialog[open]')
      )
        return;
      e.preventDefault();
      if (!onList) toList();
      const focus = (tries: number) => {
        const box = document.getElementById(SEARCH_ID);
        if (box) return box.focus();
        if (tries > 0) setTimeout(() => focus(tries - 1), 25);
      };
      focus(20);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onList, toList]);
}
