// What the injected script does in the page, as a pure function of the Document: extract the article and
// report the selection. Kept here (not in the entrypoint) so it is tested in Node and the entrypoint stays a
// two-line shell. People and agreements are found by the caller (withEntities, in the extension's own
// context): the injected script must stay small (< 60 KB gzipped), and the lexicons are a third of it.
import { articleTooLarge, type Article, type ExtractionResult } from '../article';
import { extractArticleAsync } from '../extract';
import { siteDomain, stripTracking } from '../meta';
import { escapeHtmlText } from '../sanitize';
import { cleanText } from '../text';
import { MIN_SELECTION_WORDS, type ExtractRequest, type InjectedResult, type SelectionInfo } from './injected';

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The selection as paragraphs of clean text, or null when it is too short to digest. */
export function selectionInfo(raw: string | null | undefined): SelectionInfo | null {
  if (!raw) return null;
  const text = cleanText(raw)
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  const words = countWords(text);
  return words >= MIN_SELECTION_WORDS ? { text, words } : null;
}

/** An Article whose body is the user's selection; title, site, authors and date still come from the page. */
export function selectionArticle(
  page: ExtractionResult,
  doc: Document,
  url: string,
  sel: SelectionInfo,
  ms: number,
): Article {
  const meta: Partial<Article> = page.kind === 'article' ? page : {};
  const paragraphs = sel.text.split('\n\n');
  return {
    kind: 'article',
    url,
    canonicalUrl: meta.canonicalUrl ?? stripTracking(url),
    domain: meta.domain ?? siteDomain(url),
    siteName: meta.siteName ?? siteDomain(url),
    title: meta.title || cleanText(doc.title).trim() || siteDomain(url),
    authors: meta.authors ?? [],
    published: meta.published ?? null,
    publishedNote: meta.publishedNote ?? null,
    lead: null,
    bodyHtml: paragraphs.map((p) => `<p>${escapeHtmlText(p)}</p>`).join(''),
    bodyText: sel.text,
    images: [],
    lang: meta.lang ?? (doc.documentElement.getAttribute('lang') || 'vi'),
    wordCount: sel.words,
    extractor: { path: 'selection', profile: null, fallbackReason: null, ms },
  };
}

/**
 * Extract the page (or its selection) in the page itself. Asynchronous: the extraction pauses between its long
 * stages (`pause`, a macrotask by default) so the tab keeps answering input while a huge page is read.
 */
export async function digestDocument(
  doc: Document,
  url: string,
  request: ExtractRequest,
  selectedText: string | null,
  now: () => number = () => performance.now(),
  pause?: () => Promise<void>,
): Promise<InjectedResult> {
  const started = now();
  try {
    const selection = selectionInfo(selectedText);
    let result: ExtractionResult = await extractArticleAsync(
      doc,
      url,
      { force: request.force || request.mode === 'selection', now },
      pause,
    );
    if (request.mode === 'selection') {
      if (!selection) return { ok: false, error: 'no-selection' };
      result = selectionArticle(result, doc, url, selection, now() - started);
      const tooLarge = articleTooLarge(result);
      if (tooLarge) result = { kind: 'not-article', url, code: 'too-large', reason: tooLarge, title: result.title };
    }
    return { ok: true, result, entities: null, selection, ms: now() - started };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
