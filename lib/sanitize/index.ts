// Public entry of the sanitiser every rendering of article HTML goes through, with its URL and image-host checks.
export { escapeHtmlAttr, escapeHtmlText, sanitizeArticleHtml } from './article-html';
export { imageFamily, inImageFamily, siteImageHosts } from './image-hosts';
export { isPublicWebHost } from './public-host';
export { keepableImageUrl, safeHttpUrl } from './urls';
