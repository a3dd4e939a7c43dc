// Parse an HTML string into a Document outside the browser (CLI, tests, benchmark). linkedom is a fast,
// spec-leaning DOM; the extraction core only uses standard DOM APIs, so the same code runs on a real page.
import { parseHTML } from 'linkedom';

/**
 * Parse `html` into a Document. `url` is accepted for symmetry with the browser (where the document knows
 * its address); extraction takes the URL as its own argument, so it is not stored on the document.
 */
export function parseHtml(html: string, url?: string): Document {
  void url;
  // linkedom treats a string without <html> as a fragment; wrap it so document.body always exists.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  return document as unknown as Document;
}
