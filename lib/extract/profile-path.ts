// Extraction with a site profile: the profile's selectors are hints, the article's prose is the truth. Its body
// container is checked against the page's prose region (found from the text alone) and extended to prose that
// continues right after it; its removals never drop a box of article prose; when a redesign leaves none of
// its body selectors matching, the prose region stands in, with whatever title, lead, byline and date
// selectors still match. No Readability: one walk over the page's text plus a pass over the container.
import type { ProfileLayout, SiteProfile } from '../profiles';
import { collectBlocks, visibleText, type Block } from './body';
import { cleanBlocks, stripLeadingLabels } from './blocks-cleanup';
import { dropHiddenInCopy } from './hidden-in-page';
import { removeBoilerplateBoxes, removeTeasers, isBoilerplateHeading } from './boilerplate';
import { findLeadByShape, inStoryCard, leadText, type OutletContext } from './lead';
import { isBylineText, parseCredit } from '../meta';
import { cleanInline } from '../text';
import { FIELD_CAPS, capText } from '../article';
import { parseDateElement, type PageMeta } from './page-meta';
import type { ParsedDate } from '../meta';
import { isProse, PageText } from './text-blocks';
import { boxHeading, density, findProseRegion, type ProseRegion } from './prose-region';
import {
  continuesArticle,
  removeForeignBanners,
  removeLinkBoxes,
  removeWidgets,
  textKey,
  type ArticleKeys,
} from './article-boxes';
import { ArticleZone, dateNearHeadline, DocOrder, headlineBefore } from './article-header';
import { byTags, closestTag, hasFormControls } from './dom-find';

const REPEAT_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'div']);
const LINK_OR_ITEM = new Set(['a', 'li']);

export interface PathResult {
  title: string | null;
  lead: string | null;
  blocks: Block[];
  authors: string[];
  bylineAuthors: string[];
  visibleDate: ParsedDate | null;
  preferVisibleDate: boolean;
  layout: string;
  /** The origin a byline credits apart from its reporters ("TTXVN", "tổng hợp"); absent when none was read. */
  source?: string | null;
}

/** Layout name of a result built from the prose region alone (no body selector of the profile matched). */
export const STRUCTURE_LAYOUT = 'structure';

function matches(root: Document | Element, selectors: string[] | undefined): Element[] {
  for (const s of selectors ?? []) {
    try {
      const els = [...root.querySelectorAll(s)];
      if (els.length) return els;
    } catch {
      // an unsupported selector in one DOM implementation must not break the profile
    }
  }
  return [];
}

function first(
  root: Document | Element,
  selectors: string[] | undefined,
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const s of selectors ?? []) {
    try {
      // The first match is nearly always the one; all matches only when it is not acceptable.
      const el = root.querySelector(s);
      if (!el) continue;
      if (accept(el)) return el;
      for (const other of root.querySelectorAll(s)) if (other !== el && accept(other)) return other;
    } catch {
      /* see matches() */
    }
  }
  return null;
}

function selected(root: Element, selectors: string[]): Element[] {
  if (!selectors.length) return [];
  try {
    // One selector list: one walk over the container instead of one per selector.
    return [...root.querySelectorAll(selectors.join(', '))];
  } catch {
    // One selector this DOM does not support: fall back to them one by one, skipping the bad one.
  }
  const out: Element[] = [];
  for (const s of selectors) {
    try {
      out.push(...root.querySelectorAll(s));
    } catch {
      /* see matches() */
    }
  }
  return out;
}

/**
 * The profile's removals, except boxes of article prose (a redesign's in-body editorial box may carry a class
 * the profile removes). A removed byline is kept in `bylines`, to be reported.
 */
function removeUnlessProse(root: Element, selectors: string[], keys: ArticleKeys, bylines: string[]): void {
  for (const el of selected(root, selectors)) {
    if (!root.contains(el) || continuesArticle(el, keys)) continue;
    const text = cleanInline(el.textContent ?? '');
    if (text && text.length <= 120 && isBylineText(text)) bylines.push(text);
    el.remove();
  }
}

/** Elements repeating the headline or the lead inside the body (outermost first). */
function removeRepeats(root: Element, keys: string[], text: PageText): void {
  if (!keys.length) return;
  // Only elements of about the right length are keyed: one textContent per candidate, not per element.
  const lengths = keys.map((k) => k.length);
  const near = (chars: number) => lengths.some((l) => chars >= 0.8 * l && chars <= 2 * l + 20);
  for (const el of byTags(root, REPEAT_TAGS)) {
    if (!root.contains(el) || !near(text.measure(el).chars)) continue;
    const k = textKey(el.textContent ?? '');
    if (k && keys.includes(k)) el.remove();
  }
}

interface Page {
  doc: Document;
  meta: PageMeta;
  text: PageText;
  order: DocOrder;
  /** The page's prose region, found on first use (most pages never need it). */
  region: () => ProseRegion | null;
  outlet: OutletContext;
  site: SiteProfile;
}

/** Prose boxes right after `el` (and after its parent, when `el` ends it): the article continues there. */
function continuation(el: Element, text: PageText, headline: Element | null): Element[] {
  const out: Element[] = [];
  let from: Element | null = el;
  for (let level = 0; level < 2 && from && from.localName !== 'body'; level++) {
    let gap = 0;
    let sib = from.nextElementSibling;
    for (; sib; sib = sib.nextElementSibling) {
      const heading = boxHeading(sib);
      if ((heading && isBoilerplateHeading(heading)) || hasFormControls(sib) || (headline && sib.contains(headline)))
        return out;
      const m = text.measure(sib);
      // Prose, and no teaser: a related story's card also has a paragraph (its sapo) under a linked headline.
      if (
        m.paragraphs >= 1 &&
        m.proseChars >= 80 &&
        density(m) <= 0.25 &&
        continuesArticle(sib, { lead: null, title: null })
      ) {
        out.push(sib);
        gap = 0;
      } else if (m.chars > 0 && ++gap > 2) return out;
    }
    if (out.length) return out;
    from = from.parentElement;
  }
  return out;
}

/** Up to two short lines right after the body that read as a byline ("Lê Phương", "Theo TTXVN"): read them too. */
function trailingBylines(last: Element): Element[] {
  const out: Element[] = [];
  for (let sib = last.nextElementSibling, n = 0; sib && n < 2; sib = sib.nextElementSibling, n++) {
    const t = cleanInline(sib.textContent ?? '');
    if (!t) continue;
    if (t.length > 120 || !isBylineText(t)) break;
    out.push(sib);
  }
  return out;
}

/**
 * The body parts to read: the profile's container, unless it holds under 70 % of the prose region around it
 * (a body half-found) or under half of a prose region that comes before it (a container of another kind);
 * then the region. Either way, prose boxes right after it are added.
 */
function bodyParts(
  page: Page,
  container: Element,
  headline: Element | null,
): { parts: Element[]; note: string | null } {
  const { text } = page;
  let parts = [container];
  let note: string | null = null;
  const held = text.measure(container).proseChars;
  // A container holding nearly all the page's prose needs no region to be checked against.
  const region = held >= 0.85 * text.measure(page.doc.body).proseChars ? null : page.region();
  if (region && !region.parts.every((p) => container.contains(p))) {
    const around = region.parts.some((p) => p.contains(container) || p === container);
    // A region elsewhere counts only when it comes first: prose after the article is comments or teasers.
    const before = page.order.firstWithin(region.parts[0]!) < page.order.firstWithin(container);
    if (around ? held < 0.7 * region.proseChars : before && held < 0.5 * region.proseChars) {
      parts = region.parts;
      note = `the profile's body held ${Math.round((100 * held) / Math.max(1, region.proseChars))} % of the article's prose; the prose region was read instead`;
    }
  }
  const more = continuation(parts[parts.length - 1]!, text, headline).filter((m) => !parts.some((p) => p.contains(m)));
  const all = [...parts, ...more];
  return { parts: [...all, ...trailingBylines(all[all.length - 1]!)], note };
}

function extractParts(page: Page, parts: Element[], layout: ProfileLayout, headline: Element | null): PathResult {
  const { doc, meta, order, outlet, text } = page;
  // The part with the most prose is the body proper; a part before it may be the sapo (a region's first part).
  const main = parts.reduce((a, b) => (text.measure(b).proseChars > text.measure(a).proseChars ? b : a));
  const articleZone = new ArticleZone(order, headline, parts[0]!);
  const zone = (el: Element) => articleZone.contains(el);
  const size = (el: Element) => text.measure(el).chars;
  const titleEl = first(doc, layout.title, zone) ?? headline;
  const title = titleEl ? capText(visibleText(titleEl), FIELD_CAPS.title).replace(/<\/?>/g, '').trim() || null : null;
  // A lead selector may also match a related story's sapo: only the article's own, never a card's.
  const leadEl =
    first(doc, layout.lead, (el) => zone(el) && !closestTag(el, LINK_OR_ITEM) && !inStoryCard(el, size)) ??
    findLeadByShape(order, headline, main, meta.description, size);
  const lead = leadEl ? leadText(leadEl, outlet) : null;
  const repeatKeys = [lead, leadEl?.textContent, title]
    .filter((s): s is string => !!s)
    .map(textKey)
    .filter(Boolean);
  const keys: ArticleKeys = { lead: lead ? textKey(lead) : null, title: title ? textKey(title) : null };
  const longestKey = Math.max(0, ...repeatKeys.map((k) => k.length));

  const removedBylines: string[] = [];
  const blocks: Block[] = [];
  for (const part of parts) {
    if (text.measure(part).chars <= 2 * longestKey + 40 && repeatKeys.includes(textKey(part.textContent ?? '')))
      continue; // the sapo or the headline itself
    // Work on a copy of each part only: the page is never touched.
    const clone = part.cloneNode(true) as Element;
    dropHiddenInCopy(part, clone); // on a rendered page: what its stylesheets hide (lib/extract/hidden-in-page.ts)
    removeUnlessProse(clone, layout.remove ?? [], keys, removedBylines);
    removeBoilerplateBoxes(clone, 3000);
    removeTeasers(clone);
    const cloneText = PageText.of(clone);
    removeLinkBoxes(clone, cloneText);
    removeWidgets(clone);
    removeForeignBanners(clone, meta.baseUrl, page.site.domains, page.site.imageHosts ?? []);
    removeRepeats(clone, repeatKeys, cloneText);
    blocks.push(...collectBlocks(clone, meta.baseUrl));
  }
  const unrepeated = blocks.filter(
    (b) =>
      !(
        (b.kind === 'p' || b.kind === 'h') &&
        b.text.length <= 2 * longestKey + 40 &&
        repeatKeys.includes(textKey(b.text))
      ),
  );
  const cleaned = cleanBlocks(stripLeadingLabels(unrepeated, title), outlet);

  const credits = matches(doc, layout.author)
    .filter(zone)
    .map((el) => parseCredit(capText(el.textContent ?? '', FIELD_CAPS.metaValue)));
  const removed = removedBylines.map((t) => parseCredit(t));
  const authors = credits.flatMap((c) => c.names);
  const dateEl = first(doc, layout.date, zone);
  const visibleDate =
    (dateEl ? parseDateElement(dateEl, meta) : null) ??
    dateNearHeadline(order, articleZone, parts[0]!, (el) => parseDateElement(el, meta));
  return {
    title,
    lead,
    blocks: cleaned.blocks,
    authors: authors.length ? authors : removed.flatMap((c) => c.names),
    bylineAuthors: cleaned.bylineAuthors,
    visibleDate: visibleDate?.iso || visibleDate?.note ? visibleDate : null,
    preferVisibleDate: !!layout.preferVisibleDate,
    layout: layout.name,
    source: [...credits, ...removed].find((c) => c.source)?.source ?? cleaned.source,
  };
}

const words = (blocks: Block[]) => blocks.reduce((n, b) => n + (b.text ? b.text.split(/\s+/).length : 0), 0);

/** Two prose blocks side by side under one parent: running text, not a list of teasers' descriptions. */
function hasRunningText(region: ProseRegion, text: PageText): boolean {
  return region.parts.some((part) => {
    const prose = text.blocks.filter((b) => part.contains(b.el) && isProse(b));
    return (
      prose.some((b) => prose.some((o) => o !== b && o.el.parentElement === b.el.parentElement)) ||
      prose.some((b) => b.sentences >= 6)
    );
  });
}

/** Every layout's selectors but the body's, for a page whose body no layout finds. */
function structureLayout(profile: SiteProfile): ProfileLayout {
  const union = (k: 'title' | 'lead' | 'author' | 'date' | 'remove') => [
    ...new Set(profile.layouts.flatMap((l) => l[k] ?? [])),
  ];
  return {
    name: STRUCTURE_LAYOUT,
    title: union('title'),
    lead: union('lead'),
    body: [],
    author: union('author'),
    date: union('date'),
    remove: union('remove'),
  };
}

/**
 * Try the profile's layouts in order; when no body selector matches, the page's prose region. Returns the
 * result and, when the profile's own body was not used, why.
 */
export function extractWithProfile(
  doc: Document,
  profile: SiteProfile,
  meta: PageMeta,
): { result: PathResult | null; reason: string | null } {
  if (!doc.body) return { result: null, reason: 'the page has no body' };
  const text = PageText.of(doc.body);
  const order = new DocOrder(text.blocks);
  let region: ProseRegion | null | undefined;
  const page: Page = {
    doc,
    meta,
    text,
    order,
    region: () => (region === undefined ? (region = findProseRegion(doc.body!, text)) : region),
    outlet: { siteName: profile.siteName, domain: meta.domain },
    site: profile,
  };
  let reason = `no ${profile.id} layout matched the page (redesigned?)`;
  for (const layout of profile.layouts) {
    const container = first(doc, layout.body);
    if (!container) continue;
    const headline = headlineBefore(order, container);
    const { parts, note } = bodyParts(page, container, headline);
    const r = extractParts(page, parts, layout, headline);
    const n = words(r.blocks);
    if (n < 40 && !(r.lead && n >= 10)) {
      reason = `${profile.id} layout "${layout.name}" matched but its body has ${n} words`;
      continue;
    }
    return { result: r, reason: note };
  }
  // A redesign: the article is still there, in the page's prose region, under classes the profile never saw.
  const found = page.region();
  if (found && found.proseChars >= 500 && hasRunningText(found, text)) {
    const headline = headlineBefore(order, found.parts[0]!);
    if (headline) {
      const parts = [...found.parts, ...trailingBylines(found.parts[found.parts.length - 1]!)];
      const r = extractParts(page, parts, structureLayout(profile), headline);
      if (words(r.blocks) >= 60) return { result: r, reason: `${reason}; read from the page's prose region` };
    }
  }
  return { result: null, reason };
}
