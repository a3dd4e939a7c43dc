// What the popup starts the moment it opens, before its app code (Preact, components, entities) has loaded:
// the tab query and, for a tab it may read, the page extraction. PopupController.start takes these in-flight
// promises over, so the extraction runs while the app's code is still being loaded and compiled.
import type { ExtractRequest, InjectedResult } from '../../lib/digest/injected';
import { pageAccessProblem, type AccessProblem } from '../../lib/digest/page-access';
import type { Digest } from '../../lib/digest/types';
import type { Platform, TabInfo } from '../../platform/platform';

/** An extraction's answer, or what it threw (e.g. the tab refused the script). */
export type ExtractionOutcome = InjectedResult | { thrown: string };

export interface Opening {
  /** The tab the popup was opened for (null: none). */
  tab: Promise<TabInfo | null>;
  /** The first extraction of that tab (FIRST_REQUEST); null when the tab is not one to read. Never rejects. */
  extraction: Promise<ExtractionOutcome | null>;
  /** The digest already saved for that tab's address (null: none, or the lookup failed). Never rejects. */
  saved: Promise<Digest | null>;
}

/** Opening the popup reads the page, not the selection, and does not force a non-article. */
export const FIRST_REQUEST: ExtractRequest = { mode: 'page', force: false };

/** Why this tab cannot be read, if it cannot. Without a grant the URL is hidden: then try, and explain a refusal. */
export function tabProblem(tab: TabInfo): AccessProblem | null {
  return tab.url ? pageAccessProblem(tab.url) : null;
}

export function settled(extraction: Promise<InjectedResult>): Promise<ExtractionOutcome> {
  return extraction.catch((err: unknown) => ({ thrown: err instanceof Error ? err.message : String(err) }));
}

/**
 * Starts the tab query and, as soon as the tab is known and readable, its extraction and the lookup of a digest
 * already saved for it (both at once: the lookup decides which answer is shown).
 */
export function openPopup(api: Pick<Platform, 'activeTab' | 'extract'>, lookup: (url: string) => Promise<Digest | null>): Opening {
  const tab = api.activeTab().catch(() => null);
  const readable = tab.then((t) => (t && !tabProblem(t) ? t : null));
  const extraction = readable.then((t) => (t ? settled(api.extract(t.id, FIRST_REQUEST)) : null));
  const saved = readable.then((t) => (t?.url ? lookup(t.url).catch(() => null) : null));
  return { tab, extraction, saved };
}
