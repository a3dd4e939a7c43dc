// extractArticle: the extraction pipeline. Pick a site profile → extract with it (one pass, no Readability) →
// validate → else the generic Vietnamese path (boilerplate boxes removed, Readability on a working copy). The
// document it is given is never modified. The pipeline is one generator that pauses between its long stages:
// extractArticle runs it straight through (tests, CLI); extractArticleAsync gives the page's event loop a turn
// at each pause, so a tab stays responsive while its article is extracted. Both stop at the time budget.
import type { Article, ExtractOptions, ExtractionResult, NotArticle } from '../article';
import { profileForHost } from '../profiles';
import { extractWithProfile, STRUCTURE_LAYOUT, type PathResult } from './profile-path';
import { genericSteps, type GenericStage } from './generic';
import { OverBudget, TIME_BUDGET_MS, underDeadline, workingCopy, type Deadline } from './budget';
import { articleTooLarge, capArticle } from '../article';
import { readPageMeta, choosePublished, type PageMeta } from './page-meta';
import { postVerdict, preVerdict, profileListingVerdict } from './not-article';
import { scanPage, type PageScan } from './page-scan';
import {
  jsonLdTypes,
  chooseTitle,
  mergeAuthors,
  detectLanguage,
  dateFromUrl,
  cleanTitle,
  datelineAgency,
  withoutPublisher,
  localOffset,
} from '../meta';
import { blocksToHtml, blocksToText } from './body';
import { cleanInline } from '../text';
import { declobbered, declobberedMeasured, type PageSize } from './declobber';
import { depthBounded, MAX_DOM_DEPTH } from './depth-guard';
import { unreadableReason } from './unreadable';
import { copiedFrom, dropHiddenInCopy } from './hidden-in-page';

export type { ExtractOptions, ExtractionResult } from '../article';

/** Pages with more text than this are refused: even reading their text whole would hold the tab. (Below it,
 * the element budget keeps Readability's share bounded: a 10 MB comment thread is read by region.) */
const MAX_TEXT_CHARS = 30_000_000;

/** A word: letters and digits, with inner dots, commas, apostrophes and hyphens ("U.S.", "1,200", "Hà-Nội"). */
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
/** Counted by test(), which builds no array of every word of the article. */
function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(s)) n++;
  return n;
}

function notArticle(
  meta: PageMeta | null,
  url: string,
  code: NotArticle['code'],
  reason: string,
  doc: Document,
): NotArticle {
  return {
    kind: 'not-article',
    url,
    code,
    reason,
    title: meta?.ogTitle ?? meta?.docTitle ?? cleanInline(doc.title ?? '') ?? null,
  };
}

/** The pipeline's pauses: after the page checks, after the site profile, after the page scan, and inside the generic path. */
export type Stage = 'checked' | 'profile' | 'scanned' | GenericStage;

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function deadlineOf(options: ExtractOptions): Deadline {
  const now = options.now ?? defaultNow;
  return { now, at: now() + (options.timeBudgetMs ?? TIME_BUDGET_MS) };
}

/** The pipeline; a stage that runs past the deadline inside one of its loops ends it with 'too-large' too. */
function* extractionSteps(
  document: Document,
  url: string,
  options: ExtractOptions,
  deadline: Deadline,
): Generator<Stage, ExtractionResult, void> {
  try {
    return yield* pipelineSteps(document, url, options, deadline);
  } catch (err) {
    if (!(err instanceof OverBudget)) throw err;
    const budgetMs = options.timeBudgetMs ?? TIME_BUDGET_MS;
    return notArticle(
      null,
      url,
      'too-large',
      `The page took longer than ${Math.round(budgetMs / 1000)} s to extract. Select the article's text and digest the selection instead.`,
      document,
    );
  }
}

function* pipelineSteps(
  document: Document,
  url: string,
  options: ExtractOptions,
  deadline: Deadline,
): Generator<Stage, ExtractionResult, void> {
  const now = deadline.now;
  const budgetMs = options.timeBudgetMs ?? TIME_BUDGET_MS;
  const t0 = deadline.at - budgetMs;
  // Checked at every pause: a page that is still being extracted after the budget gets a message instead.
  const late = () => now() - t0 > budgetMs;
  const tooSlow = (meta: PageMeta | null) =>
    notArticle(
      meta,
      url,
      'too-large',
      `The page took longer than ${Math.round(budgetMs / 1000)} s to extract. Select the article's text and digest the selection instead.`,
      document,
    );
  // Named elements can shadow the DOM's built-ins on a hostile page: extract from an inert copy without them.
  // That copy is ours: the generic path may then work on it instead of cloning the page a second time.
  // The walk that looks for clobbering names measures the page too (depth, elements): the depth guard, the
  // element budget and the generic path's flattening need not walk it again.
  const page = document;
  let size: PageSize | null = null;
  if (document) {
    const declobbered = declobberedMeasured(document);
    document = depthBounded(declobbered.doc, MAX_DOM_DEPTH, declobbered.size?.depth ?? null);
    if (document === declobbered.doc) size = declobbered.size;
  }
  const ownCopy = document !== page;
  // A private copy has no layout: what the page's style hides is read on the page itself (hidden-in-page.ts).
  if (document && ownCopy) copiedFrom(document, page);
  if (!document || !document.documentElement || !document.body) {
    return { kind: 'not-article', url, code: 'unsupported', reason: 'This is not an HTML page.', title: null };
  }
  const pageText = document.body.textContent ?? '';
  if (pageText.length > (options.maxTextChars ?? MAX_TEXT_CHARS)) {
    return notArticle(null, url, 'too-large', 'The page is too large to extract.', document);
  }
  const unreadable = unreadableReason(pageText);
  if (unreadable) return notArticle(null, url, 'unsupported', unreadable, document);
  yield 'checked';
  if (late()) return tooSlow(null);
  const meta = readPageMeta(document, url);
  const profile = profileForHost(meta.domain);

  let result: PathResult | null = null;
  let fallbackReason: string | null = null;
  if (profile) {
    const attempt = extractWithProfile(document, profile, meta);
    result = attempt.result;
    fallbackReason = attempt.reason;
  }
  const path: 'profile' | 'generic' = result ? 'profile' : 'generic';
  yield 'profile';
  if (late()) return tooSlow(meta);

  let scan: PageScan | null = null;
  const getScan = () => (scan ??= scanPage(document));
  // A profile's own layout vouches for an article; a body read from the prose region alone does not.
  const vouched = !!result && result.layout !== STRUCTURE_LAYOUT;
  if (!options.force) {
    const signals = vouched || (!!meta.jsonld?.type && meta.jsonld.type !== 'WebPage') || meta.ogType === 'article';
    const verdict = preVerdict(url, signals, jsonLdTypes(document, meta.head.jsonLd), meta.ogType, getScan, vouched);
    if (verdict) return notArticle(meta, url, verdict.code, verdict.reason, document);
  }

  if (!result) {
    const scanned = getScan();
    yield 'scanned';
    if (late()) return tooSlow(meta);
    const copy = workingCopy(document, scanned.paragraphs, scanned.h1[0] ?? null, undefined, ownCopy, size?.elements);
    if (copy.kind === 'too-large') {
      return notArticle(
        meta,
        url,
        'too-large',
        "The page is too large to extract and no article stands out in it. Select the article's text and digest the selection instead.",
        document,
      );
    }
    // A second working copy, made the same way, for the rare page where Readability searches twice
    // (readability-run.ts). When the first copy was the page's private copy itself, that one is modified
    // by then: the second comes from the page again.
    const doc = document;
    const again = (): Document | null => {
      if (copy.kind === 'whole' && copy.doc === doc) {
        const fresh = depthBounded(declobbered(page), MAX_DOM_DEPTH);
        if (fresh === page) return null; // never the page itself
        copiedFrom(fresh, page);
        if (fresh.body) dropHiddenInCopy(fresh.body, fresh.body); // as workingCopy does on the first one
        return fresh;
      }
      const next = workingCopy(doc, scanned.paragraphs, scanned.h1[0] ?? null, undefined, ownCopy, size?.elements);
      return next.kind === 'too-large' ? null : next.doc;
    };
    // The generic path's own pauses, each followed by the same time check.
    const generic = genericSteps(document, meta, scanned, copy.doc, again, size?.depth ?? null);
    let step = generic.next();
    while (!step.done) {
      yield step.value;
      if (late()) return tooSlow(meta);
      step = generic.next();
    }
    result = step.value;
  }
  if (result && !options.force) {
    const verdict = vouched
      ? profileListingVerdict(url, result.blocks, result.lead, getScan)
      : postVerdict(result.blocks, result.lead, getScan());
    if (verdict) return notArticle(meta, url, verdict.code, verdict.reason, document);
  }
  if (!result || (!result.blocks.length && !result.lead)) {
    return notArticle(meta, url, 'no-content', 'No article text was found on this page.', document);
  }

  const title =
    cleanTitle(result.title ?? '') ||
    chooseTitle(
      { h1: null, meta: [meta.jsonld?.headline, meta.ogTitle, meta.docTitle] },
      meta.siteName,
      meta.domain,
      meta.sections,
    ) ||
    '';
  const credited = result.authors.length
    ? result.authors
    : result.bylineAuthors.length
      ? result.bylineAuthors
      : meta.metaAuthors;
  const authors = withoutPublisher(mergeAuthors([credited]), meta.siteName, meta.domain);
  const bodyText = blocksToText(result.blocks);
  const lead = result.lead;
  const lang = detectLanguage(document, `${lead ?? ''} ${bodyText.slice(0, 2000)}`, meta.head.meta);
  // Vietnamese sites stamp their addresses in local time (GMT+7); elsewhere the zone is unknown, and a
  // published date is full (with its offset) or none.
  const offset = localOffset(lang, meta.domain, profile !== null);
  const stamp = (u: string) => (offset && u ? dateFromUrl(u, offset) : null);
  const fromAddress =
    stamp(meta.canonicalUrl || url) ?? (meta.canonicalUrl && meta.canonicalUrl !== url ? stamp(url) : null);
  const published = choosePublished(
    meta,
    result.visibleDate,
    result.preferVisibleDate,
    offset,
    result.lead ?? result.blocks[0]?.text,
    fromAddress,
  );
  // body.ts builds this HTML from escaped text, a fixed tag set and checked http(s) URLs: it is already in
  // sanitizeArticleHtml's normal form (a test checks sanitize(bodyHtml) === bodyHtml), so no second parse here.
  const bodyHtml = blocksToHtml(result.blocks);
  const images = result.blocks.flatMap((b) => (b.image ? [b.image] : []));
  const article: Article = {
    kind: 'article',
    url,
    canonicalUrl: meta.canonicalUrl,
    domain: meta.domain,
    siteName: meta.siteName,
    title,
    authors,
    source: creditedSource(result, meta),
    published: published.iso,
    publishedNote: published.note,
    lead,
    bodyHtml,
    bodyText,
    images,
    lang,
    wordCount: countWords(`${lead ?? ''} ${bodyText}`),
    extractor: {
      path,
      profile: profile && path === 'profile' ? profile.id : (profile?.id ?? null),
      fallbackReason,
      ms: 0,
    },
  };
  const tooLarge = articleTooLarge(article);
  if (tooLarge) return notArticle(meta, url, 'too-large', tooLarge, document);
  article.extractor.ms = Math.max(0, now() - t0);
  return capArticle(article);
}

/**
 * The source the article credits: a byline's or a closing credit line's ("Theo TTXVN", "Hà Thu (tổng hợp)"),
 * else an agency in the first paragraph's dateline ("WASHINGTON (AP) —"), else an agency the metadata names
 * as the author; never the page's own publication.
 */
function creditedSource(result: PathResult, meta: PageMeta): string | null {
  const first = result.blocks.find((b) => b.kind === 'p')?.text ?? '';
  const found =
    result.source ?? (result.lead ? datelineAgency(result.lead) : null) ?? datelineAgency(first) ?? meta.metaSource;
  return found && withoutPublisher([found], meta.siteName, meta.domain).length ? found : null;
}

/** The whole pipeline at once (Node, tests, the command line). */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): ExtractionResult {
  const deadline = deadlineOf(options);
  const steps = extractionSteps(document, url, options, deadline);
  for (;;) {
    const step = underDeadline(deadline, () => steps.next());
    if (step.done) return step.value;
  }
}

/**
 * The pipeline with `pause()` awaited between its stages (in a page: a macrotask, so input and paint get a
 * turn). `onStage` sees each stage end, for timing.
 */
export async function extractArticleAsync(
  document: Document,
  url: string,
  options: ExtractOptions = {},
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  onStage?: (stage: Stage) => void,
): Promise<ExtractionResult> {
  const deadline = deadlineOf(options);
  const steps = extractionSteps(document, url, options, deadline);
  for (;;) {
    const step = underDeadline(deadline, () => steps.next());
    if (step.done) return step.value;
    onStage?.(step.value);
    await pause();
  }
}
export { TIME_BUDGET_MS } from './budget';
export { declobbered } from './declobber';
export { splitCredit } from './images';
export { scanPage } from './page-scan';
