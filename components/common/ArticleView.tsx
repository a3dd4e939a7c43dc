// The clean article: lead and body. The body HTML goes through sanitizeArticleHtml right here, before it
// touches the DOM, even though extraction sanitised it already: the page it came from is untrusted, and a
// stored record could have been edited. Links open in a new tab without opener. Images load only from the
// article's own site family (lib/sanitize/image-hosts.ts), lazily and without a referrer; the extension's
// pages send no cookies with them (manifest cross_origin_embedder_policy: credentialless, in Chromium). Any
// other image is a placeholder until the reader asks for it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../lib/article/types';
import type { Span } from '../../lib/entities/types';
import { entityText } from '../../lib/digest/injected';
import { escapeHtmlText, sanitizeArticleHtml } from '../../lib/sanitize/article-html';
import { imageFamily, inImageFamily } from '../../lib/sanitize/image-hosts';
import { clearMentions, highlightMentions } from './highlight-mentions';
import { useI18n } from './i18n-context';

interface Props {
  article: Article;
  /** The mentions to mark (spans into lead + "\n\n" + bodyText), or null for none. */
  highlight: { key: string; spans: Span[] } | null;
  serif: boolean;
  /** Load images from the article's site (the user's setting); false shows placeholders and a button. */
  remoteImages?: boolean;
}

/**
 * The body to show. `images`: 'family' loads the images of the article's own site family and shows the others
 * as placeholders; 'all' (the reader pressed the button) loads every image; 'none' loads nothing.
 */
function safeBody(article: Article, images: 'family' | 'all' | 'none', imageLabel: string): string {
  const html = sanitizeArticleHtml(article.bodyHtml, article.canonicalUrl || article.url, document);
  const family = imageFamily(article.url);
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  for (const a of tpl.content.querySelectorAll('a')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of tpl.content.querySelectorAll('img')) {
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
  return tpl.innerHTML;
}

export function ArticleView({ article, highlight, serif, remoteImages = true }: Props) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const [loadAnyway, setLoadAnyway] = useState(false);
  const images = loadAnyway ? 'all' : remoteImages ? 'family' : 'none';
  const body = useMemo(() => safeBody(article, images, t('digest.image')), [article, images, t]);
  const withheld = images === 'all' ? 0 : (body.match(/class="article__image-off"/g) ?? []).length;
  const lead = useMemo(() => (article.lead ? `<p>${escapeHtmlText(article.lead)}</p>` : ''), [article]);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    if (!highlight) return clearMentions(el);
    const marks = highlightMentions(el, entityText(article).normalize('NFC'), highlight.spans, highlight.key);
    marks[0]?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [highlight, article, body]);

  return (
    <div ref={root} class={`article ${serif ? 'article--serif' : ''}`} lang={article.lang || 'vi'} data-testid="article">
      {/* Both parts are set as HTML so Preact never diffs the text nodes the highlighter splits. */}
      {lead && <div class="article__lead" dangerouslySetInnerHTML={{ __html: lead }} />}
      {withheld > 0 && (
        <button type="button" class="button article__load-images" data-testid="load-images" onClick={() => setLoadAnyway(true)}>
          {t('digest.loadImages', { count: withheld })}
        </button>
      )}
      <div class="article__body" dangerouslySetInnerHTML={{ __html: body }} />
    </div>
  );
}
