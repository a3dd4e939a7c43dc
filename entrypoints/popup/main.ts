// The popup's first script, kept small so it runs as soon as the document exists: it asks for the tab, then
// starts the extraction and the lookup of a digest already saved for that address at once, while the app
// (Preact, components, entities: most of the popup's code) loads in parallel, and hands the in-flight work to
// the app. The styles load here: the static spinner of index.html uses them.
import '../../components/common/theme.css';
import '../../components/common/digest.css';
import '../../components/popup/popup.css';
import { openPopup } from '../../components/popup/popup-opening';
import { activeTabInfo, injectExtraction } from '../../platform/tab-extraction';
import { savedDigestOf } from './saved-lookup';
import { timing } from './timing';

const app = import('./app'); // first of all: its files load while the tab is asked for and read

const opening = openPopup(
  {
    activeTab: activeTabInfo,
    extract: async (tabId, request) => {
      timing.extractStart ??= Date.now();
      const answer = await injectExtraction(tabId, request);
      timing.injected ??= Date.now();
      if (answer.ok) timing.inPageMs ??= answer.ms;
      return answer;
    },
  },
  savedDigestOf,
);

void app.then((m) => m.mountPopup(opening));
