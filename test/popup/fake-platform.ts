// A Platform for popup and library tests: an in-memory digest area and a scripted `extract`. Honest about what it is:
// the extraction answer is whatever the test says the injected script returned.
import type { ExtractRequest, InjectedResult } from '../../lib/digest';
import { lexiconAcronymOf } from '../../lib/library';
import { createMemorySearchDb, KeptIndex } from '../../lib/search';
import { createDigestStore, createMemoryArea, createQueueLock } from '../../lib/storage';
import type { Article } from '../../lib/article';
import type { ImageCapture } from '../../lib/images';
import { saveDigest, type SaveAnswer } from '../../platform/save-use-case';
import { DEFAULT_PREFS, normalizePrefs, type Platform, type Prefs, type TabInfo } from '../../platform/platform';

export interface FakePlatform extends Platform {
  area: ReturnType<typeof createMemoryArea>;
  /** The lock every store object over `area` shares (the Web Lock in the extension). */
  lock: ReturnType<typeof createQueueLock>;
  /** Save requests the "background" received. */
  saves: number;
  /** Replaces the background's answer (e.g. it stopped before answering). */
  saveOverride: (() => Promise<SaveAnswer>) | null;
  requests: ExtractRequest[];
  /** The tab each save named (where the background reads the images when they are kept in the library). */
  saveTabs: (number | undefined)[];
  openedLibrary: number;
  prefs: Prefs;
  /** Another extension page changed the preferences (as storage.onChanged tells every page). */
  changePrefs: (next: Partial<Prefs>) => void;
}

export function fakePlatform(opts: {
  tab?: TabInfo | null;
  answer?: (req: ExtractRequest) => InjectedResult | Promise<InjectedResult>;
  uiLanguage?: string;
  /** What reading the images in the tab gives (the injected reader's answer), used when prefs.keepImages is on. */
  readImages?: (tabId: number, article: Article) => Promise<ImageCapture>;
}): FakePlatform {
  const area = createMemoryArea();
  const prefListeners = new Set<(prefs: Prefs) => void>();
  const lock = createQueueLock();
  // One kept search index for every store over `area`, as the extension's contexts share one IndexedDB.
  const keptIndex = new KeptIndex(createMemorySearchDb(), { acronymOf: lexiconAcronymOf });
  const p: FakePlatform = {
    keptIndex,
    area,
    lock,
    requests: [],
    saveTabs: [],
    openedLibrary: 0,
    prefs: { ...DEFAULT_PREFS },
    uiLanguage: () => opts.uiLanguage ?? 'vi',
    activeTab: async () =>
      opts.tab === undefined ? { id: 7, url: 'https://baoquocte.vn/bai-viet-1.html', title: 'Bài' } : opts.tab,
    extract: async (_tabId, req) => {
      p.requests.push(req);
      if (!opts.answer) throw new Error('no answer scripted');
      return opts.answer(req);
    },
    saves: 0,
    saveOverride: null,
    // The background's real use case over the same storage (a separate store object, as in the extension).
    save: async (article, entities, source, tabId) => {
      p.saves++;
      p.saveTabs.push(tabId);
      if (p.saveOverride) return p.saveOverride();
      const read = opts.readImages;
      const imagesFor = p.prefs.keepImages && tabId !== undefined && read ? (a: Article) => read(tabId, a) : undefined;
      return saveDigest(
        createDigestStore(p.area, { lock: p.lock, derived: keptIndex.writer }),
        { article, entities, source },
        imagesFor,
      );
    },
    store: createDigestStore(area, { lock, derived: keptIndex.writer }),
    getPrefs: async () => p.prefs,
    setPrefs: async (next) => p.changePrefs(next),
    changePrefs: (next) => {
      p.prefs = normalizePrefs({ ...p.prefs, ...next });
      for (const cb of prefListeners) cb(p.prefs);
    },
    onPrefsChanged: (cb) => {
      prefListeners.add(cb);
      return () => prefListeners.delete(cb);
    },
    openLibrary: async () => {
      p.openedLibrary++;
    },
    onDigestsChanged: () => () => undefined,
  };
  return p;
}
