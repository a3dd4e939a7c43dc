// A Platform for popup tests: an in-memory digest area and a scripted `extract`. Honest about what it is:
// the extraction answer is whatever the test says the injected script returned.
import type { ExtractRequest, InjectedResult } from '../../lib/digest/injected';
import { createQueueLock } from '../../lib/storage/key-value-area';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { DEFAULT_PREFS, type Platform, type Prefs, type TabInfo } from '../../platform/platform';

export interface FakePlatform extends Platform {
  area: ReturnType<typeof createMemoryArea>;
  requests: ExtractRequest[];
  openedLibrary: number;
  prefs: Prefs;
}

export function fakePlatform(opts: {
  tab?: TabInfo | null;
  answer?: (req: ExtractRequest) => InjectedResult | Promise<InjectedResult>;
  uiLanguage?: string;
}): FakePlatform {
  const area = createMemoryArea();
  const p: FakePlatform = {
    area,
    requests: [],
    openedLibrary: 0,
    prefs: { ...DEFAULT_PREFS },
    uiLanguage: () => opts.uiLanguage ?? 'vi',
    activeTab: async () => (opts.tab === undefined ? { id: 7, url: 'https://baoquocte.vn/bai-viet-1.html', title: 'Bài' } : opts.tab),
    extract: async (_tabId, req) => {
      p.requests.push(req);
      if (!opts.answer) throw new Error('no answer scripted');
      return opts.answer(req);
    },
    digestArea: area,
    lock: createQueueLock(),
    getPrefs: async () => p.prefs,
    setPrefs: async (next) => {
      p.prefs = { ...p.prefs, ...next };
    },
    openLibrary: async () => {
      p.openedLibrary++;
    },
    onDigestsChanged: () => () => undefined,
  };
  return p;
}
