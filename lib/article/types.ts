// The result of extracting one page. Produced by lib/extract, stored inside a digest, shown by the popup.

export interface ArticleImage {
  /** Absolute URL of the real image (lazy data-src/srcset resolved). */
  src: string;
  alt: string;
  /** The caption that belongs to this image, without the photo credit when it can be split off. */
  caption: string | null;
  /** "Ảnh: Tuấn Anh", kept apart from the caption when the page separates it. */
  credit: string | null;
}

export interface ExtractorInfo {
  /** Which path produced the body: a site profile, or the generic Vietnamese path (Readability underneath). */
  path: 'profile' | 'generic' | 'selection';
  /** The profile id (e.g. "vnexpress") when a profile matched. */
  profile: string | null;
  /** Why a profile that claimed the site was not used (redesigned page, empty body...). */
  fallbackReason: string | null;
  /** Milliseconds spent in extraction, measured by the caller's clock. */
  ms: number;
}

export interface Article {
  kind: 'article';
  /** The address the page was read from. */
  url: string;
  /** canonical link / og:url, tracking parameters (utm_*, fbclid...) removed. */
  canonicalUrl: string;
  /** Host without "www." (e.g. "vnexpress.net"). */
  domain: string;
  /** Human name of the publication ("VnExpress", "Báo Quốc tế", "Quân đội nhân dân"). */
  siteName: string;
  /** Without site suffix or section name. */
  title: string;
  /** Reporters credited, display spelling; never the publisher or a CMS user name. */
  authors: string[];
  /**
   * The origin the article credits apart from its reporters ("TTXVN" from "Theo TTXVN", "Ngôi Sao", "tổng hợp",
   * "online-tech-tips"), shown as "Nguồn" / "Source". Null when none; absent in digests saved before it existed.
   */
  source?: string | null;
  /**
   * ISO 8601 with offset (Vietnamese pages: +07:00), or the day alone when the page gives no time (or, on a
   * page that is not Vietnamese, a time without its zone), or null; publishedNote says how or why.
   */
  published: string | null;
  /** Why published is null, or how it was found/inferred (e.g. "year inferred from the URL"). */
  publishedNote: string | null;
  /** The sapo / lead paragraph, plain text. */
  lead: string | null;
  /** Sanitised article body HTML (lead not repeated), images with captions, subheadings, lists, tables. */
  bodyHtml: string;
  /** Plain text of the body: paragraphs separated by a blank line (lead not repeated). */
  bodyText: string;
  images: ArticleImage[];
  /** BCP 47 language of the page ("vi" for Vietnamese). */
  lang: string;
  /** Words of lead plus body. */
  wordCount: number;
  extractor: ExtractorInfo;
}

export type NotArticleCode =
  | 'no-content' // nothing article-like on the page
  | 'listing' // home, section, tag or search-results page
  | 'video' // video-only page
  | 'too-large' // over the extraction budget
  | 'unsupported'; // not an HTML document

export interface NotArticle {
  kind: 'not-article';
  url: string;
  code: NotArticleCode;
  /** A sentence for the user (English; the UI translates by code). */
  reason: string;
  /** Title of the page, so the UI can say which page was refused. */
  title: string | null;
}

export type ExtractionResult = Article | NotArticle;

export interface ExtractOptions {
  /** Skip the not-an-article verdict ("extract anyway"). */
  force?: boolean;
  /** Clock for timing (performance.now in the browser, in Node too); injectable for tests. */
  now?: () => number;
  /** Refuse ('too-large') a page with more characters of text than this (default 30,000,000). */
  maxTextChars?: number;
  /** Give up with a 'too-large' verdict when still extracting after this many ms (default TIME_BUDGET_MS). */
  timeBudgetMs?: number;
}
