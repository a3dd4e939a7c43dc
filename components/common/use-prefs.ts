// The user's preferences in a page: read once, then kept current from storage change events (a language or text
// size chosen in the popup reaches an open library at once), and changed through the platform.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_PREFS, normalizePrefs, type Platform, type Prefs } from '../../platform/platform';

export interface PrefsState {
  prefs: Prefs;
  /** False until the stored record was read (settings that withhold something, like remote images, wait for it). */
  read: boolean;
  update: (patch: Partial<Prefs>) => void;
}

export function usePrefs(platform: Platform): PrefsState {
  const [prefs, setPrefs] = useState<Prefs>(DEFAULT_PREFS);
  const [read, setRead] = useState(false);
  useEffect(() => {
    let live = true;
    void platform
      .getPrefs()
      .then(
        (p) => live && setPrefs(normalizePrefs(p)),
        () => undefined,
      )
      .finally(() => live && setRead(true));
    const off = platform.onPrefsChanged?.((p) => setPrefs(p));
    return () => {
      live = false;
      off?.();
    };
  }, [platform]);
  const update = useCallback(
    (patch: Partial<Prefs>) => {
      setPrefs((p) => normalizePrefs({ ...p, ...patch }));
      void platform.setPrefs(patch);
    },
    [platform],
  );
  return { prefs, read, update };
}
