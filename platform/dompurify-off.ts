// Stand-in for DOMPurify inside the injected extraction script only (see wxt.config.ts): there the
// sanitiser's own allow-list rebuild runs alone, and DOMPurify runs where the HTML is rendered (popup and
// library call sanitizeArticleHtml again with the real DOMPurify). Saves ~8 KB gzipped in every page.
export default function createDOMPurify() {
  return { isSupported: false, sanitize: (html: string) => html };
}
