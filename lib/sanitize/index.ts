// Public entry of the sanitiser every rendering of article HTML goes through, with its URL and image-host checks.
export { escapeHtmlAttr, escapeHtmlText, sanitizeArticleHtml } from './article-html';
// DOMPurify's settings and its self-test, for the end-to-end test that runs it in Chromium under a strict CSP.
export { PURIFIER_PROBE, PURIFIER_PROBE_CLEAN, PURIFY_CONFIG } from './article-html';
export { imageFamily, inImageFamily, siteImageHosts } from './image-hosts';
export { isPublicWebHost } from './public-host';
export { keepableImageUrl, safeHttpUrl } from './urls';
