// Title, publication, authors, the source they credit and the date of a digest, with a link to the original
// article on the same line (one line less before the article in the popup).
import type { Article } from '../../lib/article';
import { formatDate } from '../../lib/i18n';
import { safeHttpUrl } from '../../lib/sanitize';
import { useI18n } from './i18n-context';

export function DigestHeader({ article }: { article: Article }) {
  const { t, lang } = useI18n();
  const date = formatDate(article.published, lang);
  const url = safeHttpUrl(article.canonicalUrl || article.url, '');
  return (
    <header class="digest__header">
      <p class="digest__site">
        <span data-testid="site-name">{article.siteName || article.domain}</span>
        {article.extractor.path === 'selection' && <span class="digest__badge">{t('digest.selection')}</span>}
      </p>
      <h1 id="digest-title" class="digest__title" data-testid="title" lang={article.lang || 'vi'}>
        {article.title}
      </h1>
      <p class="digest__meta">
        {article.authors.length > 0 && (
          <span data-testid="authors">
            <span class="visually-hidden">{t('digest.by')}: </span>
            {article.authors.join(', ')}
          </span>
        )}
        {article.source && (
          <span data-testid="article-source">
            {t('digest.source')}: {article.source}
          </span>
        )}
        {date ? (
          <time dateTime={article.published ?? undefined} data-testid="published">
            <span class="visually-hidden">{t('digest.published')}: </span>
            {date}
          </time>
        ) : (
          <span class="digest__nodate">{t('digest.dateUnknown')}</span>
        )}
        <span>{t('digest.words', { count: article.wordCount })}</span>
        {url && (
          <a class="digest__source" href={url} target="_blank" rel="noopener noreferrer">
            {t('digest.openOriginal')} ↗
          </a>
        )}
      </p>
    </header>
  );
}
