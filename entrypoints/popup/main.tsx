import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/common/digest.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupState } from '../../components/popup/popup-controller';
import { createBrowserPlatform } from '../../platform/browser-adapter';

// The end-to-end tests and the benchmark read when the digest was first on screen (epoch ms, so it can be
// compared with the clock of the process that clicked the toolbar button).
const timing: Record<string, number> = {};
(globalThis as unknown as { __tinGonTiming: Record<string, number> }).__tinGonTiming = timing;
function onState(state: PopupState) {
  if (state.kind === 'digest' && !timing.digest) requestAnimationFrame(() => (timing.digest = Date.now()));
  if (state.kind !== 'loading' && !timing.settled) timing.settled = Date.now();
}

render(<PopupApp platform={createBrowserPlatform()} onState={onState} />, document.getElementById('app')!);
