// Text nobody can read: a PDF or other binary file decoded as a page, or a page in one of the old Vietnamese
// font encodings (TCVN3/ABC, VNI) that browsers do not decode: the page looks right on screen only through its
// special font, the text underneath is mojibake. Extracting it would store garbage, so the user gets a clear
// message instead.

const SAMPLE = 20_000;
/** U+FFFD (bytes the decoder could not read) and control characters other than white space. */
// eslint-disable-next-line no-control-regex -- control characters are what we count
const UNDECODABLE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** VNI-Windows read as Latin-1: a vowel followed by the byte VNI uses for a mark ("Vieät", "Haø Noäi"). */
const VNI_PAIR = /[aeiouyAEIOUY][\u00f8\u00f9\u00fb\u00f5\u00ef\u00e2\u00ea\u00f6\u00e4\u00e6\u00e8\u00eb\u00f4]/g;
/** Letters and marks only Vietnamese uses, none of them in Latin-1 (ă đ ơ ư, hook above, dot below): real
 * Vietnamese text has many, VNI mojibake none. */
const VIETNAMESE_LETTER = /[ăđơưĂĐƠƯ]|\u0309|\u0323/g;

/** Why the page's text cannot be used, or null when it reads as text. */
export function unreadableReason(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (/^\s*%PDF-/.test(sample)) return 'This is a PDF file, not a web page.';
  const visible = sample.replace(/\s+/g, '');
  if (visible.length < 100) return null;
  const bad = (sample.match(UNDECODABLE) ?? []).length;
  if (bad / visible.length > 0.02) {
    return 'The page’s text could not be decoded: it is binary data or uses an old encoding (such as TCVN3) that the browser does not read.';
  }
  const vni = (sample.match(VNI_PAIR) ?? []).length;
  if (vni <= 20) return null; // real text of any language: no need to count its Vietnamese letters
  const vietnamese = (sample.normalize('NFD').match(VIETNAMESE_LETTER) ?? []).length;
  if (vni > vietnamese * 4 && vni / visible.length > 0.01) {
    return 'The page uses the old VNI font encoding: its text is not real Vietnamese characters and cannot be extracted.';
  }
  return null;
}
