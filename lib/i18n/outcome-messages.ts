// The sentence for each way a digest can fail to come out, shared by the popup's message and the badge
// tooltip of a save from the context menu or the shortcut (which has no popup to explain itself in).
import type { AccessProblem } from '../digest';
import type { NotArticleCode } from '../article';
import type { StorageErrorCode } from '../storage';
import { t, type Lang, type StringKey } from './translate';

const ACCESS_KEYS: Record<AccessProblem | 'no-tab', StringKey> = {
  'browser-page': 'error.browserPage',
  store: 'error.store',
  pdf: 'error.pdf',
  file: 'error.file',
  'error-page': 'error.errorPage',
  'no-access': 'error.noAccess',
  'no-tab': 'error.noTab',
};

const STORAGE_CODES: readonly StorageErrorCode[] = ['quota', 'write-failed', 'newer-schema', 'not-found'];
const NOT_ARTICLE_CODES: readonly NotArticleCode[] = ['no-content', 'listing', 'video', 'too-large', 'unsupported'];

/** Verdicts that extracting anyway cannot change: the same budget or the same unreadable text stops it again. */
export const FINAL_VERDICTS: ReadonlySet<NotArticleCode> = new Set<NotArticleCode>(['too-large', 'unsupported']);

/** The heading of a not-an-article verdict: "does not look like an article", or "cannot be extracted". */
export function notArticleHeading(lang: Lang, code: NotArticleCode): string {
  return t(lang, FINAL_VERDICTS.has(code) ? 'notArticle.titleCannot' : 'notArticle.title');
}

/** Why the page could not be read, in `lang`. */
export function accessProblemText(lang: Lang, problem: AccessProblem | 'no-tab'): string {
  return t(lang, ACCESS_KEYS[problem] ?? 'error.noAccess');
}

/**
 * A failed background save as one sentence: access problems, not-an-article verdicts and storage errors in
 * words; anything else with its technical detail.
 */
export function saveFailureText(lang: Lang, reason: string, detail?: string): string {
  const prefix = t(lang, 'badge.failed');
  if (reason in ACCESS_KEYS) return `${prefix}: ${accessProblemText(lang, reason as AccessProblem)}`;
  if ((STORAGE_CODES as readonly string[]).includes(reason))
    return `${prefix}: ${t(lang, `storage.${reason as StorageErrorCode}`)}`;
  if (reason === 'not-article' && detail && (NOT_ARTICLE_CODES as readonly string[]).includes(detail)) {
    const code = detail as NotArticleCode;
    return `${prefix}: ${notArticleHeading(lang, code)}. ${t(lang, `notArticle.${code}`)}`;
  }
  return `${prefix} (${detail ?? reason})`;
}

/** What an error page means for the reader, by its HTTP status: not found, refused, a server error, or other. */
export function httpErrorText(lang: Lang, status: number): string {
  const key: StringKey =
    status === 404 || status === 410
      ? 'error.httpNotFound'
      : status === 401 || status === 403 || status === 451
        ? 'error.httpDenied'
        : status >= 500
          ? 'error.httpServer'
          : 'error.http';
  return t(lang, key, { status: String(status) });
}
