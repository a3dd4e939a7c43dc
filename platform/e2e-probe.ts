// TEST-ONLY, never in the shipped add-on: compiled in only when the build runs with WXT_TIN_GON_PROBE=1 (the
// Firefox end-to-end test's variant, built into .output-probe/). No driver can click Firefox's toolbar button
// or open its popup, so the test cannot give a tab activeTab; this variant has a host permission instead, and
// when a tab finishes loading an address ending in PROBE_HASH, runs the background's real save path on it (the
// same function as the context menu and the shortcut: inject extract.js, find people and agreements, save,
// badge) and writes what came out into the page, where the test reads it. An address ending in
// LIBRARY_PROBE_HASH + "=<search>" opens the library page with that search and reports the rows it shows.
import { browser } from 'wxt/browser';
import type { DigestStore } from '../lib/storage';
import { toolbarAction } from './badge';
import type { SaveTabOutcome } from './save-tab';

export const PROBE_HASH = '#tin-gon-probe';
/** Opens the library page with this search and reports the rows it shows (the page's own DOM, read here). */
export const LIBRARY_PROBE_HASH = '#tin-gon-probe-library';
export const PROBE_ATTRIBUTE = 'data-tin-gon-probe';

export interface LibraryProbeReport {
  rows: string[];
  usage: string;
}

/** The library page in a background tab, searched for `q`; its rendered rows once the search has run. */
async function readLibrary(q: string): Promise<LibraryProbeReport> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/library.html?q=${encodeURIComponent(q)}`);
  const tab = await browser.tabs.create({ url, active: false });
  try {
    for (let i = 0; i < 200; i++) {
      // MV2: the background can read the DOM of the extension's own pages.
      const views = browser.extension.getViews({ type: 'tab' }) as unknown as {
        location: Location;
        document: Document;
      }[];
      const view = views.find((w) => w.location.pathname.endsWith('/library.html'));
      const doc = view?.document;
      const rows = doc ? [...doc.querySelectorAll('[data-testid=row-title]')].map((e) => e.textContent ?? '') : [];
      const searching = !!doc?.querySelector('.lib-search .lib-hint');
      // The usage line ("2 digests · 40 KB") comes after the rows: wait for both.
      const usage = doc?.querySelector('[data-testid=usage]')?.textContent ?? '';
      if (rows.length && !searching && usage) return { rows, usage };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { rows: [], usage: 'the library page showed no rows in 20 s' };
  } finally {
    await browser.tabs.remove(tab.id!);
  }
}

export interface ProbeReport {
  outcome: SaveTabOutcome | undefined;
  title: string | null;
  people: string[];
  acronyms: string[];
  bodyChars: number;
  stored: number;
  badge: string;
}

export function installProbe(
  saveTab: (tab: { id: number; url: string }) => Promise<SaveTabOutcome | undefined>,
  store: DigestStore,
): void {
  const answer = (tabId: number, report: unknown) =>
    browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, json: string) => document.documentElement.setAttribute(name, json),
      args: [PROBE_ATTRIBUTE, JSON.stringify(report)],
    });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    if (tab.url?.includes(`${LIBRARY_PROBE_HASH}=`)) {
      void readLibrary(decodeURIComponent(tab.url.split(`${LIBRARY_PROBE_HASH}=`)[1]!)).then((report) =>
        answer(tabId, report),
      );
      return;
    }
    if (!tab.url?.endsWith(PROBE_HASH)) return;
    void (async () => {
      const outcome = await saveTab({ id: tabId, url: tab.url! });
      const digest = outcome?.ok ? await store.getDigest(outcome.id) : null;
      const report: ProbeReport = {
        outcome,
        title: digest?.article.title ?? null,
        people: digest?.entities.people.map((p) => p.name) ?? [],
        acronyms: digest?.entities.agreements.flatMap((a) => (a.acronym ? [a.acronym] : [])) ?? [],
        bodyChars: digest?.article.bodyText.length ?? 0,
        stored: await store.count(),
        badge: await toolbarAction().getBadgeText({ tabId }),
      };
      await answer(tabId, report);
    })();
  });
}
