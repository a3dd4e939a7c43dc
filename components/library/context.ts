// What every library component needs: the controller, the words, the language.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from '../../lib/i18n';
import type { LibraryController } from './library-controller';

export interface LibraryContextValue {
  controller: LibraryController;
  lang: Lang;
  t: Translate;
}

export const LibraryContext = createContext<LibraryContextValue>(null as unknown as LibraryContextValue);

export function useLibrary(): LibraryContextValue {
  return useContext(LibraryContext);
}
