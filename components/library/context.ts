// What every library component needs: the controller, the words, the language; and the library's one state,
// owned by the controller and read through a hook (no component keeps a copy of it).
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang, Translate } from '../../lib/i18n';
import type { LibraryController, LibraryState } from './library-controller';

export interface LibraryContextValue {
  controller: LibraryController;
  lang: Lang;
  t: Translate;
}

export const LibraryContext = createContext<LibraryContextValue>(null as unknown as LibraryContextValue);

export function useLibrary(): LibraryContextValue {
  return useContext(LibraryContext);
}

/** The controller's state, re-rendering the caller on every change. */
export function useControllerState(controller: LibraryController): LibraryState {
  const [state, setState] = useState<LibraryState>(controller.state);
  useEffect(() => {
    setState(controller.state); // a change between the first render and this subscription
    const off = controller.subscribe(setState);
    return () => void off();
  }, [controller]);
  return state;
}

/** The library's state, for any component under the library's provider. */
export function useLibraryState(): LibraryState {
  return useControllerState(useLibrary().controller);
}
