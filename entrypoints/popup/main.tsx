import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/common/digest.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupController, type PopupState } from '../../components/popup/popup-controller';
import { createBrowserPlatform } from '../../platform/browser-adapter';
import type { Platform } from '../../platform/platform';

// Timing marks (epoch ms, comparable with the clock of the process that clicked the toolbar button), read
// by the end-to-end tests and `npm run bench`: when the popup script ran, the extraction round trip, the
// time spent inside the page, when the digest was first painted, and when its save was confirmed.
const timing: Record<string, number> = { navigation: Math.round(performance.timeOrigin), script: Date.now() };
(globalThis as unknown as { __tinGonTiming: Record<string, number> }).__tinGonTiming = timing;

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

// onState runs once a state is in the DOM, before it is painted. The digest is painted in the next frame:
// its mark is taken once that frame's rendering (style, layout, paint) is done, in the task after the frame's
// animation callbacks (before, the mark came after Preact's after-paint effect and one more frame).
function onState(state: PopupState) {
  if (state.kind === 'digest' && !timing.digest)
    requestAnimationFrame(() => setTimeout(() => (timing.digest ??= Date.now())));
  if (state.kind !== 'loading' && !timing.settled) timing.settled = Date.now();
  if (state.kind === 'digest' && (state.save.state === 'saved' || state.save.state === 'stored'))
    timing.saved ??= Date.now();
}

const platform = timed(createBrowserPlatform());
const controller = new PopupController(platform);
void controller.start(); // before the first render: the tab query and the extraction start at once
const root = document.getElementById('app')!;
root.replaceChildren(); // the static spinner of index.html; the app shows its own progress from here
render(<PopupApp platform={platform} controller={controller} onState={onState} />, root);
