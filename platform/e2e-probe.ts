// TEST-ONLY, never in the shipped add-on: compiled in only when the build runs with WXT_TIN_GON_PROBE=1 (the
// Firefox end-to-end test's variant, built into .output-probe/). No driver can click Firefox's toolbar button
// or open its popup, so the test cannot give a tab activeTab; this variant has a host permission instead, and
// when a tab finishes loading an address ending in PROBE_HASH, runs the background's real save path on it (the
// same function as the context menu and the shortcut: inject extract.js, find people and agreements, save,
// badge) and writes what came out into the page, where the test reads it.
import { browser } from 'wxt/browser';
import type { DigestStore } from '../lib/storage/digest-store';
import type { SaveTabOutcome } from './save-tab';

export const PROBE_HASH = '#tin-gon-probe';
export const PROBE_ATTRIBUTE = 'data-tin-gon-probe';

export interface ProbeReport {
  outcome: SaveTabOutcome | undefined;
  title: string | null;
  people: string[];
  acronyms: string[];
  bodyChars: number;
  stored: number;
  badge: string;
}

export function installProbe(saveTab: (tab: { id: number; url: string }) => Promise<SaveTabOutcome | undefined>, store: DigestStore): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.endsWith(PROBE_HASH)) return;
    void (async () => {
      const outcome = await saveTab({ id: tabId, url: tab.url! });
      const digest = outcome?.ok ? await store.getDigest(outcome.id) : null;
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      const report: ProbeReport = {
        outcome,
        title: digest?.article.title ?? null,
        people: digest?.entities.people.map((p) => p.name) ?? [],
        acronyms: digest?.entities.agreements.flatMap((a) => (a.acronym ? [a.acronym] : [])) ?? [],
        bodyChars: digest?.article.bodyText.length ?? 0,
        stored: await store.count(),
        badge: await action.getBadgeText({ tabId }),
      };
      await browser.scripting.executeScript({
        target: { tabId },
        func: (name: string, json: string) => document.documentElement.setAttribute(name, json),
        args: [PROBE_ATTRIBUTE, JSON.stringify(report)],
      });
    })();
  });
}
