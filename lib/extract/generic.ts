// The generic path: @mozilla/readability on a clone of the document. On a Vietnamese page, boxes headed by
// Vietnamese boilerplate go first and the sapo, bylines, teasers, repeated headline and date line are handled
// apart (Readability often drops the sapo); on any other page Readability's content is kept, less the
// boilerplate it leaves inside (foreign-cleanup.ts: boxes under boilerplate headings, headline lists after
// the last paragraph, date, byline and tag lines).
import { runReadability } from './readability-run';
import { flattenDeepNesting, MAX_DEPTH } from './flatten';
import { collectBlocks, isHidden, visibleText } from './body';
import { cleanBlocks } from './blocks-cleanup';
import { removeBoilerplateBoxes, removeTeasers } from './boilerplate';
import { cleanForeignArticle, dropForeignLabelBlocks } from './foreign-cleanup';
import { dropClosingBio, dropForeignLines, dropWireCredits } from './foreign-lines';
import { removeScreenReaderText, screenReaderClasses } from './screen-reader-text';
import { leadText } from './lead';
import { creditText } from './credit-text';
import { removeCommentThreads } from './comment-thread';
import { NEVER_TEXT } from './block-tags';
import {
  agreedTitle,
  isMonthFirstLanguage,
  pageRegion,
  localOffset,
  looksVietnamese,
  parseByline,
  parseCredit,
  parseVietnameseDate,
  type ParsedDate,
} from '../meta';
import { dateByHeadline } from './article-header';
import { cleanInline, foldForSearch } from '../text';
import { dateWrittenByScript, parseDateElement, type ForeignDates, type PageMeta } from './page-meta';
import type { PathResult } from './profile-path';
import type { PageScan } from './page-scan';
import type { Block } from './body';

/** Elements that are never the article on a Vietnamese page, removed before Readability scores the page. */
const NEVER_ARTICLE = [...NEVER_TEXT, 'nav', 'footer', 'iframe', 'svg', 'select', 'button', 'link', 'meta'].join(', ');

const insideLinkOrList = (el: Element) =>
  !!el.closest('a, li, nav, footer, [class*="related"], [class*="relate"], [class*="other"]');

/** A date's label that says it is not the publication's: "Last updated", "Modified", "Cập nhật lần cuối". */
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified|edited)|^cập nhật lần cuối|^sửa lần cuối/iu;

/** Is `el` a date labelled as an update (its own text opens with the label, or the text just before it)? */
function labelledUpdate(el: Element, text: string): boolean {
  if (UPDATE_LABEL.test(text)) return true;
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && !(prev.nodeValue ?? '').trim()) prev = prev.previousSibling;
  const before = (prev?.textContent ?? '').trim();
  return before.length <= 30 && UPDATE_LABEL.test(before);
}

/**
 * The visible publication date near the top of the page (outside link lists); a date labelled as the last
 * update only when the page shows no other.
 */
export function findVisibleDate(scan: PageScan, meta: PageMeta, foreign?: ForeignDates): ParsedDate | null {
  let fallback: ParsedDate | null = null;
  let updated: ParsedDate | null = null;
  for (const { el } of scan.date) {
    if (el.localName === 'meta' || insideLinkOrList(el)) continue;
    const text = cleanInline(el.textContent ?? '');
    if (text.length > 120 && !el.getAttribute('datetime')) continue;
    const parsed = parseDateElement(el, meta, foreign);
    if (parsed.iso && labelledUpdate(el, text)) {
      updated ??= parsed;
      continue;
    }
    if (parsed.iso && parsed.hasTime) return parsed;
    if ((parsed.iso || parsed.note) && !fallback) fallback = parsed;
  }
  return fallback?.iso ? fallback : (updated ?? fallback);
}

/** The headline's neighbourhood: the sapo sits in the same header block as the h1 (at most three levels up). */
function near(headline: Element | null): Element | null {
  let box = headline?.parentElement ?? null;
  for (let i = 0; i < 2 && box?.parentElement && box.parentElement.localName !== 'body'; i++) box = box.parentElement;
  return box;
}

/**
 * The sapo: a lead-like element (sapo / lead / summary / description) near the headline, prose rather than
 * a list of links, and not a caption or a teaser elsewhere on the page.
 */
export function findLead(scan: PageScan, headline: Element | null = null): string | null {
  const box = near(headline);
  for (const { el } of scan.lead) {
    if (el.localName === 'meta' || insideLinkOrList(el) || el.closest('figure, figcaption, table')) continue;
    if (box && !box.contains(el)) continue;
    const t = cleanInline(el.textContent ?? '');
    if (t.length < 40 || t.length > 1200 || el.querySelectorAll('p').length > 3) continue;
    let linkChars = 0;
    for (const a of el.querySelectorAll('a')) linkChars += cleanInline(a.textContent ?? '').length;
    if (linkChars > t.length * 0.3) continue;
    return leadText(el);
  }
  return null;
}

/** The page's byline: the people it credits and the source it names beside them ("By Jane Doe, Reuters"). */
export function findCredit(scan: PageScan): { names: string[]; source: string | null } {
  for (const { el } of scan.author) {
    if (insideLinkOrList(el) && el.localName !== 'a') continue;
    const text = cleanInline(creditText(el));
    if (!text || text.length > 80) continue;
    const credit = parseCredit(text);
    if (credit.names.length) return credit;
  }
  return { names: [], source: null };
}

/** The page's h1s that may be its headline (not a link, a menu or the logo), with their text. */
function headlineCandidates(scan: PageScan): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  for (const h1 of scan.h1) {
    const t = visibleText(h1);
    if (t.length >= 10 && t.length <= 300 && !h1.closest('a, header nav, [class*="logo"]'))
      out.push({ el: h1, text: t });
  }
  return out;
}

function headlineElement(scan: PageScan): { el: Element; text: string } | null {
  return headlineCandidates(scan)[0] ?? null;
}

/**
 * The headline: the title the page's headings and its metadata agree on (lib/meta/title-vote.ts), with the
 * heading that states it (where the lead is looked for), else the first candidate heading's element.
 */
function agreedHeadline(scan: PageScan, meta: PageMeta): { el: Element | null; text: string | null } {
  const candidates = headlineCandidates(scan);
  const text = agreedTitle({
    headings: candidates.map((c) => c.text),
    meta: [meta.jsonld?.headline, meta.ogTitle, meta.head.meta.get('twitter:title')],
    docTitle: meta.docTitle,
    siteName: meta.siteName,
    domain: meta.domain,
    sections: meta.sections,
  });
  const k = text ? foldForSearch(text) : null;
  const stating = candidates.find((c) => k !== null && foldForSearch(c.text).startsWith(k));
  return { el: (stating ?? candidates[0])?.el ?? null, text };
}

export function findTitle(scan: PageScan): string | null {
  return headlineElement(scan)?.text ?? null;
}

/**
 * Is the page Vietnamese? Its declared language, else its paragraphs' text (old Vietnamese templates declare
 * "en" by mistake). Decides whether the Vietnamese cleaning (boilerplate boxes, bylines, teasers) applies.
 */
export function isVietnamesePage(doc: Document, scan: PageScan): boolean {
  if (/^vi(?:$|[-_])/i.test((doc.documentElement?.getAttribute('lang') ?? '').trim())) return true;
  let sample = '';
  for (const p of scan.paragraphs) {
    sample += ` ${p.textContent ?? ''}`;
    if (sample.length > 3000) break;
  }
  if (sample.length < 200) sample += ` ${doc.title ?? ''} ${scan.h1.map((h) => h.textContent ?? '').join(' ')}`;
  return looksVietnamese(sample);
}

/** Where the generic path pauses, so a caller can let the page breathe between its long stages. */
export type GenericStage = 'generic:prepared' | 'generic:readability';

/**
 * The generic path on `clone`, a working copy of `doc` that it modifies (see workingCopy in budget.ts: the
 * whole page, or only the article's region of a huge one; or `doc` itself when that is already a private
 * copy). So everything read from the page through `scan` is read before the copy is touched. Yields between
 * its two long stages. `again`: another such copy, made only when Readability needs a second one
 * (readability-run.ts). `pageDepth`: the depth of `doc` (depthOf) when already measured.
 */
export function* genericSteps(
  doc: Document,
  meta: PageMeta,
  scan: PageScan,
  clone: Document,
  again: () => Document | null,
  pageDepth: number | null = null,
): Generator<GenericStage, PathResult | null, void> {
  const vietnamese = isVietnamesePage(doc, scan);
  // Another language: its dates by its own order ("May 12, 2019"; "05/12/2019" month first in US English).
  const declared = doc.documentElement?.getAttribute('lang') || meta.head.meta.get('og:locale') || null;
  const foreign: ForeignDates | undefined = vietnamese
    ? undefined
    : {
        monthFirst: isMonthFirstLanguage(declared),
        zoneRegion: pageRegion(declared, meta.domain),
        offset: localOffset(null, meta.domain),
      };
  const headline = agreedHeadline(scan, meta);
  const credit = findCredit(scan);
  const page: PageFacts = {
    headline: headline.text,
    lead: findLead(scan, headline.el),
    authors: credit.names,
    source: credit.source,
    visibleDate: findVisibleDate(scan, meta, foreign),
  };
  // No date in the metadata or a dated element: the date line by its place next to the headline (old layouts).
  if (!page.visibleDate?.iso && !meta.metaDate?.iso && headline.el && doc.body) {
    page.visibleDate =
      dateByHeadline(doc.body, headline.el, (el) => parseDateElement(el, meta, foreign)) ?? page.visibleDate;
  }
  // Still none: a date only a script writes, said so in its note.
  if (!page.visibleDate?.iso && !meta.metaDate?.iso)
    page.visibleDate = dateWrittenByScript(meta, foreign) ?? page.visibleDate;
  // Read once from the page: the retry's copy (readability-run.ts) is prepared with the same classes.
  const srClasses = vietnamese ? null : screenReaderClasses(meta.head.styles);
  prepareCopy(clone, srClasses, pageDepth);
  yield 'generic:prepared';
  // Elsewhere Readability sees the page as it is (its title metadata decides which headings it keeps, its
  // <noscript> images replace lazy placeholders): our result must be at least as good as Readability's own.
  const parsed = runReadability(clone, () => {
    const fresh = again();
    if (fresh) prepareCopy(fresh, srClasses, pageDepth);
    return fresh;
  });
  if (!parsed?.content) return null;
  yield 'generic:readability';
  const root = parsed.content;
  removeCommentThreads(root); // readers' comments Readability kept at the end
  if (!vietnamese) {
    cleanForeignArticle(root);
    const credited = page.authors.length ? page.authors : parsed.byline ? parseByline(parsed.byline) : meta.metaAuthors;
    const lines = dropForeignLines(dropForeignLabelBlocks(collectBlocks(root, meta.baseUrl)), credited);
    // "Reporting by …; Editing by …" closing a wire story: its reporters when the page credits nobody else.
    const wire = dropWireCredits(lines);
    return readabilityResult(wire.blocks, parsed.byline, page, meta, parseByline(wire.reporters.join(', ')));
  }
  removeBoilerplateBoxes(root, 3000);
  removeTeasers(root);
  let blocks = collectBlocks(root, meta.baseUrl);
  const lead = page.lead;
  if (lead) {
    const k = foldForSearch(lead);
    blocks = blocks.filter((b) => foldForSearch(b.text) !== k);
  }
  // Readability keeps the headline and the date line when they sit inside the article element.
  const cleaned = cleanBlocks(blocks);
  const title = page.headline;
  const titleKey = title ? foldForSearch(title) : null;
  let start = 0;
  while (start < cleaned.blocks.length && start < 4) {
    const b = cleaned.blocks[start]!;
    const isTitle = titleKey !== null && foldForSearch(b.text) === titleKey;
    const isDateLine =
      b.text.length <= 60 && b.text.split(/\s+/).length <= 10 && parseVietnameseDate(b.text).iso !== null;
    if (!isTitle && !isDateLine) break;
    start++;
  }
  cleaned.blocks = cleaned.blocks.slice(start);
  const bylineAuthors = cleaned.bylineAuthors.length
    ? cleaned.bylineAuthors
    : parsed.byline
      ? parseByline(parsed.byline)
      : [];
  // The writer's bio closing the article ("Minh Anh là phóng viên …"): about the author, not the article.
  cleaned.blocks = dropClosingBio(cleaned.blocks, page.authors.length ? page.authors : bylineAuthors);
  return {
    title,
    lead,
    blocks: cleaned.blocks,
    authors: page.authors,
    bylineAuthors,
    source: cleaned.source ?? page.source,
    visibleDate: page.visibleDate,
    preferVisibleDate: false,
    layout: 'readability',
  };
}

/**
 * The working copy as Readability gets it: no deeper than the flattening budget and, on a Vietnamese page,
 * without hidden text, menus, footers, scripts and boxes headed by boilerplate; on another page, without its
 * screen-reader labels (`srClasses`: the page's screen-reader-only classes; null on a Vietnamese page).
 * Deterministic: a second copy prepared so is the same document.
 */
function prepareCopy(clone: Document, srClasses: ReadonlySet<string> | null, pageDepth: number | null): void {
  // Readability's time grows with depth x size: thousands of nested wrappers would freeze the tab.
  // The copy is no deeper than the page: body's children sit at depth 3 of the document (html = 1).
  if (clone.body) flattenDeepNesting(clone.body, MAX_DEPTH, pageDepth === null ? null : pageDepth - 2);
  if (srClasses) {
    // Labels only a screen reader reads ("Credit", "Image caption"): Readability drops the classes that say so.
    if (clone.body) removeScreenReaderText(clone.body, srClasses);
    return;
  }
  // Text the page hides is not article text (planted spam or instructions); Readability drops style and
  // class attributes before our own check in collectBlocks could see them, so remove it here.
  for (const el of [
    ...(clone.body?.querySelectorAll('[hidden], [style], [class], [aria-hidden], details:not([open]) > *') ?? []),
  ])
    if (isHidden(el)) el.remove();
  // Menus, footers and scripts are never the article; dropping them first saves Readability scoring them.
  // (Not forms: old ASP.NET pages wrap the whole page in one.)
  for (const el of clone.querySelectorAll(NEVER_ARTICLE)) el.remove();
  removeBoilerplateBoxes(clone.body ?? clone);
}

/** What the generic path reads from the page itself, before its working copy is modified. */
interface PageFacts {
  headline: string | null;
  lead: string | null;
  authors: string[];
  /** The source the byline names beside the people ("By Jane Doe, Reuters"). */
  source: string | null;
  visibleDate: ParsedDate | null;
}

/**
 * A non-Vietnamese page: Readability's content as it is (none of the Vietnamese cleaning, which would remove
 * text Readability rightly keeps). A heading Readability kept because it differs from the page's title
 * metadata stays in the body, and the title then comes from that metadata, as in Readability's reader view.
 * A separate lead only when the page's sapo is not already in the body. `reporters`: the people a wire
 * story's closing credit line names for its reporting, the authors when no byline names any.
 */
function readabilityResult(
  blocks: Block[],
  byline: string | null | undefined,
  page: PageFacts,
  meta: PageMeta,
  reporters: string[] = [],
): PathResult {
  const key = (s: string) =>
    foldForSearch(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const firstText = blocks.find((b) => b.kind !== 'figure')?.text;
  const headline = page.headline;
  const title = headline && firstText && key(firstText) === key(headline) ? null : headline;
  // A separate lead only for the page's own standfirst: next to the headline, the same text as the page's
  // description metadata (not a teaser, caption or widget text), and not already in the body.
  let lead = headline ? page.lead : null;
  const fromByline = byline ? parseByline(byline) : [];
  if (lead) {
    const leadKey = key(lead.replace(/(?:…|\.\.\.)\s*$/u, ''));
    const described = meta.description ? key(meta.description) : '';
    const agrees =
      described.length >= 20 &&
      (described.startsWith(leadKey.slice(0, 60)) || leadKey.startsWith(described.slice(0, 60)));
    if (!agrees || key(blocks.map((b) => b.text).join(' ')).includes(leadKey)) lead = null;
  }
  return {
    title,
    lead,
    blocks,
    authors: page.authors,
    bylineAuthors: fromByline.length ? fromByline : reporters,
    source: page.source ?? (byline ? parseCredit(byline).source : null),
    visibleDate: page.visibleDate,
    preferVisibleDate: false,
    layout: 'readability',
  };
}
