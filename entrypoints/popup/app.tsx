// The popup's app, loaded by main.ts in parallel with the first extraction: completes that extraction's
// answer (people and agreements), starts the controller with it and renders.
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupController, type PopupState } from '../../components/popup/popup-controller';
import type { Opening } from '../../components/popup/popup-opening';
import { withEntities } from '../../lib/digest/with-entities';
import { createBrowserPlatform } from '../../platform/browser-adapter';
import type { Platform } from '../../platform/platform';
import { timing } from './timing';

timing.app = Date.now();

function timed(platform: Platform): Platform {
  return {
    ...platform,
    extract: async (tabId, request) => {
      timing.extractStart ??= Date.now();
      const answer = await platform.extract(tabId, request);
      timing.extractEnd ??= Date.now();
      if (answer.ok) timing.inPageMs ??= answer.ms;
      return answer;
    },
  };
}

// The digest is painted in the next frame after it reached the DOM: its mark is that frame's start.
function onState(state: PopupState) {
  if (state.kind === 'digest' && !timing.digest) requestAnimationFrame(() => (timing.digest = Date.now()));
  if (state.kind !== 'loading' && !timing.settled) timing.settled = Date.now();
}

export function mountPopup(opening: Opening): void {
  const platform = timed(createBrowserPlatform());
  const controller = new PopupController(platform);
  // The page's answer as the platform's extract gives it: with the people and agreements found here.
  const extraction = opening.extraction.then((answer) => {
    const complete = answer && !('thrown' in answer) ? withEntities(answer) : answer;
    timing.extractEnd ??= Date.now();
    return complete;
  });
  void controller.start({ ...opening, extraction }); // before the first render: nothing waits for Preact
  const root = document.getElementById('app')!;
  root.replaceChildren(); // the static spinner of index.html; the app shows its own progress from here
  render(<PopupApp platform={platform} controller={controller} onState={onState} />, root);
}
