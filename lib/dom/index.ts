// Public entry of page reading outside the browser: saved page bytes to text, text to a Document.
export { decodeHtmlBytes } from './decode-html';
export { parseHtml } from './parse-html';
