// Public entry of reading saved pages: their bytes to text, by the charset they declare (parsing the text into a
// Document outside the browser is Node's side: node/parse-html.ts).
export { decodeHtmlBytes } from './decode-html';
