// The popup: progress at once, then the digest (or a clear message), the save state with undo, the library
// link with the count, the language switch and the reader's text settings. All behaviour lives in PopupController.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { resolveLang } from '../../lib/i18n';
import type { Platform } from '../../platform/platform';
import { DigestView } from '../common/DigestView';
import { I18nContext, i18nFor } from '../common/i18n-context';
import { usePrefs } from '../common/use-prefs';
import { PopupController, type PopupState } from './popup-controller';
import { CopyCitation } from './CopyCitation';
import { ProblemView } from './ProblemView';
import { SelectionOffer } from './SelectionOffer';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

interface Props {
  platform: Platform;
  /** A controller the caller already started (the popup entry starts it before the first render, so the
   * tab query and the extraction do not wait for Preact); without one, the app creates and starts its own. */
  controller?: PopupController;
  /** Called once each new state is in the DOM, before it is painted (the popup entry marks timing for the benchmark). */
  onState?: (state: PopupState) => void;
}

export function PopupApp({ platform, controller: given, onState }: Props) {
  const controller = useMemo(() => given ?? new PopupController(platform), [given, platform]);
  const [state, setState] = useState<PopupState>(controller.state);
  const [count, setCount] = useState<number | null>(controller.count);
  // Until the stored preferences are read, images stay unloaded: the "remote images off" setting must hold
  // even when the digest is ready before the preferences are.
  const { prefs, read: prefsRead, update } = usePrefs(platform);
  const lang = resolveLang(prefs.language, platform.uiLanguage());
  const i18n = useMemo(() => i18nFor(lang), [lang]);

  useEffect(() => {
    const off = controller.subscribe((s) => {
      setState(s);
      setCount(controller.count);
    });
    // A started controller may have moved on before this effect ran.
    setState(controller.state);
    setCount(controller.count);
    const offChanges = platform.onDigestsChanged(() => void controller.refreshCount());
    if (!given) void controller.start();
    return () => {
      off();
      offChanges();
    };
  }, [controller, platform, given]);

  // Right after the DOM changed, before the browser paints it (a plain effect runs only after that paint).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    onState?.(state);
  }, [state, lang, onState]);

  return (
    <I18nContext.Provider value={i18n}>
      <div class="popup" data-state={state.kind}>
        <Toolbar
          count={count}
          prefs={prefs}
          update={update}
          reader={state.kind === 'digest'}
          onLibrary={() =>
            void platform.openLibrary(state.kind === 'digest' && state.digest.id ? state.digest.id : undefined)
          }
        />
        <main class="popup__main">
          {state.kind === 'loading' && (
            <div class="loading" role="status" aria-live="polite" data-testid="loading">
              <span class="spinner" aria-hidden="true" />
              {state.step === 'tab' ? i18n.t('popup.loading') : i18n.t('popup.extracting')}
            </div>
          )}
          {(state.kind === 'problem' ||
            state.kind === 'failed' ||
            state.kind === 'no-selection' ||
            state.kind === 'not-article' ||
            state.kind === 'error-page') && (
            <ProblemView
              state={state}
              onExtractAnyway={() => void controller.extractAnyway()}
              onUseSelection={() => void controller.useSelection()}
              onRetry={() => void controller.start()}
            />
          )}
          {state.kind === 'digest' && (
            <>
              <div class="digest-tools">
                <StatusBar
                  save={state.save}
                  savedAt={state.digest.savedAt}
                  onUndo={() => void controller.undo()}
                  onRefresh={() => void controller.refresh()}
                  onRetry={() => void controller.retrySave()}
                />
                <CopyCitation digest={state.digest} />
              </div>
              {state.selection && (
                <SelectionOffer selection={state.selection} onUse={() => void controller.useSelection()} />
              )}
              <DigestView digest={state.digest} reader={prefs} remoteImages={prefsRead && prefs.remoteImages} />
            </>
          )}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
