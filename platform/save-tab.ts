// Saving a tab's digest without the popup (context menu, keyboard shortcut): extract in the tab, save,
// and say what happened. Dependencies are passed in so the background's logic is tested without a browser.
import { accessProblemFromError, pageAccessProblem, type AccessProblem } from '../lib/digest';
import type { ExtractRequest, InjectedResult } from '../lib/digest';
import type { DigestStore, StorageErrorCode } from '../lib/storage';
import { saveDigest, type ImagesForSave } from './save-use-case';

export type SaveTabOutcome =
  | { ok: true; created: boolean; id: string; title: string; source: 'page' | 'selection'; imagesNoRoom?: boolean }
  | { ok: false; reason: AccessProblem | 'not-article' | 'failed' | StorageErrorCode; detail?: string };

export interface SaveTabDeps {
  extract: (tabId: number, request: ExtractRequest) => Promise<InjectedResult>;
  store: DigestStore;
  /** How this tab's images are read for "keep images in the library" (undefined when the setting is off). */
  imagesFor?: (tabId: number) => Promise<ImagesForSave | undefined>;
}

/**
 * Digests the page; when the page is not an article but the user selected text, digests the selection
 * (the clipper fallback), since there is no popup to ask.
 */
export async function saveTabDigest(deps: SaveTabDeps, tab: { id: number; url: string }): Promise<SaveTabOutcome> {
  const problem = tab.url ? pageAccessProblem(tab.url) : null;
  if (problem) return { ok: false, reason: problem };
  let answer: InjectedResult;
  try {
    answer = await deps.extract(tab.id, { mode: 'page', force: false });
    if (answer.ok && answer.result.kind === 'not-article' && answer.selection) {
      answer = await deps.extract(tab.id, { mode: 'selection', force: true });
    }
  } catch (err) {
    return { ok: false, reason: accessProblemFromError(err instanceof Error ? err.message : String(err)) };
  }
  if (!answer.ok) return { ok: false, reason: answer.error === 'pdf' ? 'pdf' : 'failed', detail: answer.error };
  if (answer.result.kind !== 'article') return { ok: false, reason: 'not-article', detail: answer.result.code };
  const source = answer.result.extractor.path === 'selection' ? 'selection' : 'page';
  // The same save use case as the popup's (save-use-case.ts).
  const imagesFor = await deps.imagesFor?.(tab.id).catch(() => undefined);
  const saved = await saveDigest(
    deps.store,
    { article: answer.result, entities: answer.entities ?? { people: [], agreements: [] }, source },
    imagesFor,
  );
  if (!saved.ok)
    return { ok: false, reason: saved.code === 'unanswered' ? 'write-failed' : saved.code, detail: saved.detail };
  return {
    ok: true,
    created: saved.created,
    id: saved.digest.id,
    title: saved.digest.article.title,
    source,
    ...(saved.images?.quota ? { imagesNoRoom: true } : {}),
  };
}
