// The clean article: lead and body, in the reader's text size, line width and typeface, with the reader's kept
// highlights drawn in it. The body HTML goes through sanitizeArticleHtml right here, before it touches the DOM,
// even though extraction sanitised it already: the page it came from is untrusted, and a stored record could have
// been edited. Links open in a new tab without opener. Images load only from the article's own site family
// (lib/sanitize/image-hosts.ts), lazily and without a referrer; the extension's pages send no cookies with them
// (manifest cross_origin_embedder_policy: credentialless, in Chromium). Any other image is a placeholder until the
// reader asks for it. A digest whose pictures were kept in the library ("keep images in the library") shows them
// from object URLs of the stored bytes, which request nothing, whatever the image setting; the note under the
// lead says how many of its images were not kept (those behave as above).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../lib/article';
import type { Highlight } from '../../lib/digest';
import type { Span } from '../../lib/entities';
import { entityText } from '../../lib/digest';
import type { ImageCapture } from '../../lib/images';
import { escapeHtmlText, sanitizeArticleHtml, imageFamily, inImageFamily } from '../../lib/sanitize';
import { drawHighlights } from './draw-highlights';
import { useKeptImageUrls } from './kept-image-urls';
import { clearMentions, highlightMentions } from './highlight-mentions';
import { useI18n } from './i18n-context';
import { readerStyle, type ReaderPrefs } from './reader';

interface Props {
  article: Article;
  /** The mentions to mark (spans into lead + "\n\n" + bodyText), or null for none. */
  highlight: { key: string; spans: Span[] } | null;
  reader: ReaderPrefs;
  /** Load images from the article's site (the user's setting); false shows placeholders and a button. */
  remoteImages?: boolean;
  /** The digest's pictures kept in the library (null or absent: none; its images are addresses). */
  kept?: ImageCapture | null;
  /** The reader's kept highlights, drawn in the text. */
  highlights?: readonly Highlight[];
  /** Told which highlights were found in the text (the others are no longer in the article). */
  onAnchored?: (ids: Set<string>) => void;
}

/**
 * Headings of the body renumbered from h2 down without gaps (h2, h4 → h2, h3): they sit under the digest's title,
 * and a screen reader's outline should not skip levels.
 */
function levelHeadings(root: DocumentFragment): void {
  const heads = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = [...new Set(heads.map((h) => Number(h.tagName[1])))].sort();
  for (const h of heads) {
    const level = Math.min(6, 2 + levels.indexOf(Number(h.tagName[1])));
    if (!h.textContent?.trim()) {
      h.remove();
      continue;
    }
    if (`H${level}` === h.tagName) continue;
    const renamed = h.ownerDocument.createElement(`h${level}`);
    while (h.firstChild) renamed.appendChild(h.firstChild);
    h.replaceWith(renamed);
  }
}

/**
 * The body to show. `images`: 'family' loads the images of the article's own site family and shows the others
 * as placeholders; 'all' (the reader pressed the button) loads every image; 'none' loads nothing.
 */
function sanitisedBody(
  article: Article,
  images: 'family' | 'all' | 'none',
  imageLabel: string,
  kept: ReadonlyMap<string, string>,
): string {
  const html = sanitizeArticleHtml(article.bodyHtml, article.canonicalUrl || article.url, document);
  const family = imageFamily(article.url);
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // sanitised just above (sanitizeArticleHtml); a template's content is inert
  for (const img of tpl.content.querySelectorAll('img')) {
    // An image without a text alternative is described by its caption, if anything: not announced as a file name.
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    // A kept picture: no address to request; showKeptImages gives it the stored bytes once it is in the page.
    const src = img.getAttribute('src') ?? '';
    if (kept.has(src)) {
      img.removeAttribute('src');
      img.setAttribute('data-kept', src);
      continue;
    }
    if (images === 'all' || (images === 'family' && inImageFamily(img.getAttribute('src') ?? '', family))) {
      img.setAttribute('loading', 'lazy');
      img.setAttribute('referrerpolicy', 'no-referrer');
      continue;
    }
    // Remote images off, or an image from another site: nothing is requested; the alt text (and the figure's caption) stand in.
    const label = img.getAttribute('alt') || imageLabel;
    const placeholder = document.createElement('span');
    placeholder.setAttribute('class', 'article__image-off');
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', label);
    placeholder.textContent = label;
    img.replaceWith(placeholder);
  }
  for (const a of [...tpl.content.querySelectorAll('a')]) {
    // A link with nothing to read (an image link without a description) is no use to anyone: keep its content only.
    const name =
      a.textContent?.trim() ||
      [...a.querySelectorAll('img, [role=img]')]
        .map((i) => i.getAttribute('alt') || i.getAttribute('aria-label'))
        .join('')
        .trim();
    if (!name) {
      a.replaceWith(...a.childNodes);
      continue;
    }
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  levelHeadings(tpl.content);
  return tpl.innerHTML;
}

/** The kept pictures' object URLs into the images sanitisedBody marked (blob: URLs this page made: nothing is requested). */
function showKeptImages(root: HTMLElement, urls: ReadonlyMap<string, string>): void {
  for (const img of root.querySelectorAll('img[data-kept]')) {
    const url = urls.get(img.getAttribute('data-kept') ?? '');
    if (url) img.setAttribute('src', url);
  }
}

export function ArticleView({
  article,
  highlight,
  reader,
  remoteImages = true,
  kept = null,
  highlights = [],
  onAnchored,
}: Props) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const [loadAnyway, setLoadAnyway] = useState(false);
  const images = loadAnyway ? 'all' : remoteImages ? 'family' : 'none';
  const keptUrls = useKeptImageUrls(kept);
  const sanitised = useMemo(
    () => sanitisedBody(article, images, t('digest.image'), keptUrls),
    [article, images, t, keptUrls],
  );
  const notKept = kept ? new Set(article.images.map((i) => i.src).filter((src) => !keptUrls.has(src))).size : 0;
  const withheld = images === 'all' ? 0 : (sanitised.match(/class="article__image-off"/g) ?? []).length;
  // Of the pictures not kept, those the body requests from their site now (an <img> left with its address).
  const notKeptRequested = notKept > 0 ? Math.min(notKept, (sanitised.match(/<img\s[^>]*src="/g) ?? []).length) : 0;
  const notKeptNote = [
    notKeptRequested > 0 ? t('digest.imagesNotKeptRequested', { count: notKeptRequested }) : '',
    notKept > notKeptRequested ? t('digest.imagesNotKept', { count: notKept - notKeptRequested }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  useLayoutEffect(() => {
    if (root.current) showKeptImages(root.current, keptUrls);
  }, [sanitised, keptUrls]);

  // Kept highlights first, then the marks of the entity chosen (they may cross each other: both are plain marks).
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    clearMentions(el);
    const found = drawHighlights(el, highlights, article.bodyText.length, (comment) =>
      t('digest.comment', { comment }),
    );
    onAnchored?.(found);
    if (!highlight) return;
    const marks = highlightMentions(el, entityText(article).normalize('NFC'), highlight.spans, highlight.key);
    marks[0]?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight, article, sanitised, highlights, t, onAnchored]);

  return (
    <div
      ref={root}
      class={`article article--${reader.articleFont}`}
      style={readerStyle(reader)}
      lang={article.lang || 'vi'}
      data-testid="article"
    >
      {/* Both parts are set as HTML so Preact never diffs the text nodes the highlighters split. */}
      {article.lead && (
        <div class="article__lead" dangerouslySetInnerHTML={{ __html: `<p>${escapeHtmlText(article.lead)}</p>` }} />
      )}
      {notKeptNote && (
        <p class="article__kept-note" data-testid="images-not-kept">
          {notKeptNote}
        </p>
      )}
      {withheld > 0 && (
        <button
          type="button"
          class="button article__load-images"
          data-testid="load-images"
          onClick={() => setLoadAnyway(true)}
        >
          {t('digest.loadImages', { count: withheld })}
        </button>
      )}
      {/* sanitisedBody: sanitizeArticleHtml's output, then edited by DOM calls only */}
      <div class="article__body" dangerouslySetInnerHTML={{ __html: sanitised }} />
    </div>
  );
}
