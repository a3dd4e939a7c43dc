// The largest size each field of an article may have: far beyond anything a real article reaches, small
// enough that a hostile page cannot make a field the cost of the library (a 5-million-character JSON-LD
// headline became a title and slowed every library render 17×). One owner for these numbers: extraction
// cuts page values to them before parsing, and capArticle applies them to every article kept (from a page
// or from an imported backup).
import type { Article, ArticleImage } from './types';

export const FIELD_CAPS = {
  /** Longest Vietnamese headlines in the corpora are under 250 characters. */
  title: 500,
  author: 120,
  authors: 20,
  /** The generic path already refuses a sapo over 1,200 characters; profile leads stay well under this. */
  lead: 5_000,
  caption: 1_500,
  credit: 200,
  alt: 500,
  /** An image address; a longer one is dropped, not cut (a cut address names another resource). */
  imageUrl: 2_048,
  srcset: 10_000,
  images: 500,
  /** Inline style read for hiding and sizing checks. */
  style: 2_000,
  /** A <meta> content or <title> value read from the page, before any parsing. */
  metaValue: 2_000,
  /** A JSON-LD block bigger than this is skipped unparsed (real ones, even with the article body, are far smaller). */
  jsonLdBlock: 1_000_000,
  /** Objects read from one page's JSON-LD, and how deep its nesting is followed. */
  jsonLdObjects: 2_000,
  jsonLdDepth: 32,
  /** A note on how the date was found. */
  note: 500,
  /** Site name and short labels. */
  label: 200,
  /** Addresses of the article itself. */
  url: 4_096,
  /**
   * Article text (lead and body) kept in the library: ~60× the longest news article in the corpora (~15,000
   * characters). A longer "article" (a whole book, a page of generated text) is refused, in the extension and
   * the command line alike (`articleTooLarge`), instead of a record of tens of MB saved after a minute.
   */
  articleText: 1_000_000,
} as const;

/** Why `article` is too large to keep (the same rule for the extension and the command line), or null. */
export function articleTooLarge(article: Pick<Article, 'lead' | 'bodyText'>): string | null {
  const chars = (article.lead?.length ?? 0) + article.bodyText.length;
  if (chars <= FIELD_CAPS.articleText) return null;
  const limit = FIELD_CAPS.articleText.toLocaleString('en-US');
  return `The article is ${chars.toLocaleString('en-US')} characters long, more than the ${limit} characters a digest keeps. Select a shorter part of it and digest the selection instead.`;
}

/** `text` cut to `max` characters with an ellipsis (never splitting a surrogate pair); unchanged when it fits. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const capOrNull = (text: string | null, max: number) => (text === null ? null : capText(text, max));

function capImage(image: ArticleImage): ArticleImage | null {
  if (image.src.length > FIELD_CAPS.imageUrl) return null;
  return {
    ...image,
    alt: capText(image.alt, FIELD_CAPS.alt),
    caption: capOrNull(image.caption, FIELD_CAPS.caption),
    credit: capOrNull(image.credit, FIELD_CAPS.credit),
  };
}

/**
 * The article with every field within its cap (the body is bounded by the page-size budgets instead). A
 * value within its cap is returned as it is; the article is a new object only when something was cut.
 */
export function capArticle<T extends Article>(article: T): T {
  const images = article.images.slice(0, FIELD_CAPS.images).flatMap((i) => capImage(i) ?? []);
  const authors = article.authors.slice(0, FIELD_CAPS.authors).map((a) => capText(a, FIELD_CAPS.author));
  const capped: T = {
    ...article,
    title: capText(article.title, FIELD_CAPS.title),
    siteName: capText(article.siteName, FIELD_CAPS.label),
    authors,
    lead: capOrNull(article.lead, FIELD_CAPS.lead),
    publishedNote: capOrNull(article.publishedNote, FIELD_CAPS.note),
    images,
  };
  if (article.source !== undefined) capped.source = capOrNull(article.source, FIELD_CAPS.label);
  const same =
    capped.title === article.title &&
    capped.siteName === article.siteName &&
    capped.lead === article.lead &&
    capped.publishedNote === article.publishedNote &&
    capped.source === article.source &&
    authors.length === article.authors.length &&
    authors.every((a, i) => a === article.authors[i]) &&
    images.length === article.images.length &&
    images.every(
      (img, i) =>
        img.alt === article.images[i]!.alt &&
        img.caption === article.images[i]!.caption &&
        img.credit === article.images[i]!.credit,
    );
  return same ? article : capped;
}
